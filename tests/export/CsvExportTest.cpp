// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExport.h"

#include "ExportFormat.h"
#include "SampleReports.h"

#include <QFile>

using namespace simfleet;
using namespace simfleet::exports;
using namespace simfleet::exportstest;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// One table of one column per kind, rows as given.
ReportDocument oneTable(std::vector<ReportColumn> columns, std::vector<ReportRow> rows)
{
    ReportDocument document;
    document.title = QStringLiteral("Test");
    ReportTable table;
    table.columns = std::move(columns);
    table.rows = std::move(rows);
    document.tables.push_back(std::move(table));
    return document;
}

QList<QByteArray> lines(const QByteArray& bytes)
{
    return bytes.split('\n');
}

} // namespace

TEST_CASE("CSV starts with a UTF-8 BOM, ends every line with CRLF and keeps Chinese")
{
    ReportDocument document = outstandingDocument(sampleOutstanding());
    document.company = QStringLiteral("杭州示例电销服务有限公司");
    const QByteArray bytes = csvBytes(document);
    REQUIRE(bytes.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")));
    CHECK(bytes.endsWith(QByteArrayLiteral("\r\n")));
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n')
            REQUIRE((i > 0 && bytes[i - 1] == '\r'));
    }
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(QStringLiteral("Outstanding balances\r\nAs of 2025-03-14\r\n"
                                         "杭州示例电销服务有限公司\r\n")));
    CHECK(text.contains(QStringLiteral(
        "Department,Cards,Outstanding,0-30 days,31-60 days,61-90 days,Over 90 days\r\n"
        "华东大区电话销售一部,3,170.00,100.00,50.00,0.00,20.00\r\n")));
    CHECK(text.contains(QStringLiteral("Total,5,227.84,112.34,50.00,45.50,20.00\r\n")));
    // The credit line of the tie-out is a negative amount, written as a number.
    CHECK(text.contains(QStringLiteral("In credit (held for the company),1,-30.00\r\n")));
}

TEST_CASE("CSV neutralises text that a spreadsheet would run, but not our numbers")
{
    const ReportDocument document =
        oneTable({{QStringLiteral("Text"), ColumnKind::Text},
                  {QStringLiteral("Money"), ColumnKind::Money},
                  {QStringLiteral("Count"), ColumnKind::Integer},
                  {QStringLiteral("Day"), ColumnKind::Date}},
                 {{QStringLiteral("=HYPERLINK(\"http://x\")"), fen(-500), std::int64_t{-3},
                   QDate(2025, 1, 2)},
                  {QStringLiteral("+1"), fen(0), std::int64_t{0}, ReportCell{}},
                  {QStringLiteral("-5.00"), fen(1), std::int64_t{1}, ReportCell{}},
                  {QStringLiteral("@SUM(A1)"), ReportCell{}, ReportCell{}, ReportCell{}},
                  {QStringLiteral("\tcmd"), ReportCell{}, ReportCell{}, ReportCell{}},
                  {QStringLiteral("\rcmd"), ReportCell{}, ReportCell{}, ReportCell{}},
                  {QStringLiteral("a=b, \"quoted\""), ReportCell{}, ReportCell{}, ReportCell{}}});
    const QString text = QString::fromUtf8(csvBytes(document).mid(3));
    // Quotes around the first because it holds quotes; the ' goes inside them.
    CHECK(
        text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",-5.00,-3,2025-01-02\r\n")));
    CHECK(text.contains(QStringLiteral("'+1,0.00,0,\r\n")));
    CHECK(text.contains(QStringLiteral("'-5.00,0.01,1,\r\n"))); // text "-5.00" is not a number
    CHECK(text.contains(QStringLiteral("'@SUM(A1),,,\r\n")));
    CHECK(text.contains(QStringLiteral("'\tcmd,,,\r\n")));
    CHECK(text.contains(QStringLiteral("\"'\rcmd\",,,\r\n"))); // a CR needs quotes too
    CHECK(text.contains(QStringLiteral("\"a=b, \"\"quoted\"\"\",,,\r\n")));

    CHECK(csvCellText(ReportCell{fen(-123456)}) == QStringLiteral("-1234.56"));
    CHECK(csvCellText(ReportCell{std::int64_t{-7}}) == QStringLiteral("-7"));
    CHECK(csvCellText(ReportCell{QStringLiteral("-7")}) == QStringLiteral("'-7"));
}

TEST_CASE("CSV headings and company names are neutralised too")
{
    ReportDocument document = oneTable({{QStringLiteral("=Header"), ColumnKind::Text}}, {});
    document.title = QStringLiteral("-Title");
    document.company = QStringLiteral("@Company");
    const QList<QByteArray> records = lines(csvBytes(document).mid(3));
    REQUIRE(records.size() >= 4);
    CHECK(records[0] == QByteArrayLiteral("'-Title\r"));
    CHECK(records[1] == QByteArrayLiteral("'@Company\r"));
    CHECK(records[3] == QByteArrayLiteral("'=Header\r"));
}

TEST_CASE("writeCsv writes exactly the bytes, and a bad path leaves nothing")
{
    OutputDir dir;
    const ReportDocument document = exposureDocument(sampleExposure(4));
    const QString path = dir.path(QStringLiteral("exposure.csv"));
    REQUIRE_FALSE(writeCsv(document, path).has_value());
    CHECK(readAll(path) == csvBytes(document));

    const QString nowhere = dir.path(QStringLiteral("missing/exposure.csv"));
    const ExportStatus failed = writeCsv(document, nowhere);
    REQUIRE(failed.has_value());
    CHECK(failed->kind == ExportError::Kind::CannotWrite);
    CHECK(failed->path == nowhere);
    CHECK(describe(*failed).startsWith(QStringLiteral("cannot write ")));
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("Export formats by name and suffix; writeDocument picks the writer")
{
    CHECK(parseExportFormat(u" XLSX ") == ExportFormat::Xlsx);
    CHECK_FALSE(parseExportFormat(u"json").has_value());
    CHECK(exportFormatOfPath(QStringLiteral("/tmp/报表.PDF")) == ExportFormat::Pdf);
    CHECK_FALSE(exportFormatOfPath(QStringLiteral("/tmp/report")).has_value());

    OutputDir dir;
    const ReportDocument document = exposureDocument(sampleExposure(2));
    const QString path = dir.path(QStringLiteral("exposure.csv"));
    REQUIRE_FALSE(writeDocument(document, ExportFormat::Csv, path).has_value());
    CHECK(readAll(path) == csvBytes(document));
}
