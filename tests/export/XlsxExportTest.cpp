// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxExport.h"

#include "SampleReports.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace simfleet;
using namespace simfleet::exports;
using namespace simfleet::exportstest;

namespace {

// The workbook's parts, read back out of the zip by export_zip_part.
class Workbook {
public:
    explicit Workbook(QString path) : m_path(std::move(path)) {}
    QString part(const QString& name) const
    {
        QProcess process;
        process.start(QStringLiteral(SIMFLEET_ZIP_PART), {m_path, name});
        REQUIRE(process.waitForFinished(-1));
        INFO("member " << name.toStdString());
        REQUIRE(process.exitCode() == 0);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private:
    QString m_path;
};

double columnWidth(const QString& sheet, int column)
{
    const QRegularExpression pattern(
        QStringLiteral("<col min=\"%1\" max=\"%1\" width=\"([0-9.]+)\"").arg(column));
    const QRegularExpressionMatch match = pattern.match(sheet);
    REQUIRE(match.hasMatch());
    return match.captured(1).toDouble();
}

} // namespace

TEST_CASE("XLSX reads back: Chinese text, numbers, frozen header, totals, widths")
{
    OutputDir dir;
    ReportDocument document = outstandingDocument(sampleOutstanding());
    document.company = QStringLiteral("杭州示例电销服务有限公司");
    const QString path = dir.path(QStringLiteral("outstanding.xlsx"));
    REQUIRE_FALSE(writeXlsx(document, path).has_value());
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files) ==
          QStringList{QStringLiteral("outstanding.xlsx")});

    const Workbook book(path);
    const QString strings = book.part(QStringLiteral("xl/sharedStrings.xml"));
    for (const QString& expected :
         {QStringLiteral("Outstanding balances"), QStringLiteral("As of 2025-03-14"),
          QStringLiteral("杭州示例电销服务有限公司"), kLongDepartment, kCareDepartment,
          QStringLiteral("Over 90 days"), QStringLiteral("Total")}) {
        INFO(expected.toStdString());
        CHECK(strings.contains(expected));
    }

    const QString workbook = book.part(QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains(QStringLiteral("name=\"Outstanding balances and aging\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"Ledger tie-out\"")));

    const QString sheet = book.part(QStringLiteral("xl/worksheets/sheet1.xml"));
    // Title, four heading lines, the table title and a blank row: the header is row 8.
    CHECK(sheet.contains(QStringLiteral("ySplit=\"8\"")));
    CHECK(sheet.contains(QStringLiteral("state=\"frozen\"")));
    CHECK(sheet.contains(QStringLiteral("<v>170</v>")));    // 17000 fen
    CHECK(sheet.contains(QStringLiteral("<v>45.5</v>")));   // 4550 fen
    CHECK(sheet.contains(QStringLiteral("<v>12.34</v>")));  // 1234 fen
    CHECK(sheet.contains(QStringLiteral("<v>227.84</v>"))); // the totals row
    CHECK(sheet.contains(QStringLiteral("<row r=\"12\""))); // header 8, three groups, totals 12
    CHECK_FALSE(sheet.contains(QStringLiteral("<row r=\"13\"")));
    // The widest first-column text is 10 Chinese characters: 20 columns plus a margin.
    CHECK(columnWidth(sheet, 1) >= 22);
    CHECK(columnWidth(sheet, 1) < 24);

    const QString styles = book.part(QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains(QStringLiteral("formatCode=\"#,##0.00\"")));

    const QString tieOut = book.part(QStringLiteral("xl/worksheets/sheet2.xml"));
    CHECK(tieOut.contains(QStringLiteral("<v>-30</v>")));
    CHECK(tieOut.contains(QStringLiteral("<v>197.84</v>")));

    const QString core = book.part(QStringLiteral("docProps/app.xml"));
    CHECK(core.contains(QStringLiteral("杭州示例电销服务有限公司")));
}

TEST_CASE("XLSX to a folder that does not exist fails and writes nothing")
{
    OutputDir dir;
    const QString nowhere = dir.path(QStringLiteral("missing/report.xlsx"));
    const ExportStatus failed = writeXlsx(exposureDocument(sampleExposure(2)), nowhere);
    REQUIRE(failed.has_value());
    CHECK(failed->path == nowhere);
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("Sheet names follow Excel's rules")
{
    CHECK(sheetName(QStringLiteral("Follow up now: requests [old]?"), {}) ==
          QStringLiteral("Follow up now_ requests _old__"));
    CHECK(sheetName(QStringLiteral("A very long title that does not fit in a sheet tab"), {})
              .size() == 31);
    CHECK(sheetName(QStringLiteral("'quoted'"), {}) == QStringLiteral("quoted"));
    CHECK(sheetName(QString(), {}) == QStringLiteral("Sheet"));
    CHECK(sheetName(QStringLiteral("Totals"), {QStringLiteral("totals")}) ==
          QStringLiteral("Totals (2)"));
    const QString longName = QStringLiteral("A very long title that does not fit in a sheet tab");
    const QString first = sheetName(longName, {});
    const QString second = sheetName(longName, {first});
    CHECK(second.size() == 31);
    CHECK(second.endsWith(QStringLiteral(" (2)")));
}
