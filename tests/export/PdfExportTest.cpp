// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfExport.h"

#include "PdfChart.h"
#include "SampleReports.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace simfleet;
using namespace simfleet::exports;
using namespace simfleet::exportstest;

namespace {

// The PDF's text as poppler reads it, pages separated by form feeds.
QString pdfText(const QString& path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext (poppler-utils) is needed to read the PDF back");
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess process;
    process.start(pdftotext,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(-1));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList pages(const QString& text)
{
    QStringList split = text.split(QLatin1Char('\f'));
    while (!split.isEmpty() && split.back().trimmed().isEmpty())
        split.removeLast();
    return split;
}

} // namespace

TEST_CASE("PDF holds the title, company, as-of date, Chinese groups and page numbers")
{
    OutputDir dir;
    ReportDocument document = outstandingDocument(sampleOutstanding());
    document.company = QStringLiteral("杭州示例电销服务有限公司");
    const QString path = dir.path(QStringLiteral("outstanding.pdf"));
    REQUIRE_FALSE(writePdf(document, path).has_value());

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArrayLiteral("%PDF-"));

    const QString text = pdfText(path);
    for (const QString& expected :
         {QStringLiteral("Outstanding balances"), QStringLiteral("As of 2025-03-14"),
          QStringLiteral("杭州示例电销服务有限公司"), kLongDepartment, kCareDepartment,
          QStringLiteral("Aging by group"), QStringLiteral("Over 90 days"),
          QStringLiteral("¥227.84"), QStringLiteral("Ledger tie-out"),
          QStringLiteral("Page 1 of 1")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
}

TEST_CASE("A long PDF repeats the table header and numbers every page")
{
    OutputDir dir;
    const ReportDocument document = exposureDocument(sampleExposure(160));
    const QString path = dir.path(QStringLiteral("exposure.pdf"));
    REQUIRE_FALSE(writePdf(document, path).has_value());

    const QStringList split = pages(pdfText(path));
    const auto count = split.size();
    REQUIRE(count >= 3);
    for (qsizetype page = 0; page < count; ++page) {
        INFO("page " << page + 1);
        CHECK(split[page].contains(QStringLiteral("Holder ID")));
        CHECK(split[page].contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(count)));
    }
    // Every holder's row made it, once: the last one is on the last page.
    CHECK(split.back().contains(QStringLiteral("110105********0159")));
    CHECK(split.join(QString()).count(QStringLiteral("110105********0042")) == 1);
}

TEST_CASE("PDF to a folder that does not exist fails and writes nothing")
{
    OutputDir dir;
    const QString nowhere = dir.path(QStringLiteral("missing/report.pdf"));
    const ExportStatus failed = writePdf(exposureDocument(sampleExposure(1)), nowhere);
    REQUIRE(failed.has_value());
    CHECK(failed->kind == ExportError::Kind::CannotWrite);
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("Chart axis steps are 1, 2 or 5 times a power of ten, at least one yuan")
{
    CHECK(axisStep(0, 5) == 100);
    CHECK(axisStep(17000, 5) == 5000); // ¥170 in five steps of ¥50
    CHECK(axisStep(1000000, 5) == 200000);
    CHECK(axisStep(1000001, 5) == 500000);
}

TEST_CASE("Every report kind renders: several tables, a one-series chart, empty lists")
{
    OutputDir dir;
    const QString pipeline = dir.path(QStringLiteral("pipeline.pdf"));
    REQUIRE_FALSE(writePdf(pipelineDocument(samplePipeline()), pipeline).has_value());
    const QString pipelineText = pdfText(pipeline);
    for (const QString& expected :
         {QStringLiteral("Cancellation pipeline"), QStringLiteral("Cards per state"),
          QStringLiteral("Blocked by a new charge (2)"),
          QStringLiteral("Lost, not yet cancelled (1)"), QStringLiteral("8986000000000000004"),
          QStringLiteral("北京市"), QStringLiteral("China Unicom")}) {
        INFO(expected.toStdString());
        CHECK(pipelineText.contains(expected));
    }

    const QString savings = dir.path(QStringLiteral("savings.pdf"));
    REQUIRE_FALSE(writePdf(savingsDocument(sampleSavings()), savings).has_value());
    const QString savingsText = pdfText(savings);
    for (const QString& expected :
         {QStringLiteral("Savings from cancellations"),
          QStringLiteral("Monthly rent stopped per month"), QStringLiteral("2025-02"),
          QStringLiteral("¥1,152.00"), QStringLiteral("¥188.00")}) {
        INFO(expected.toStdString());
        CHECK(savingsText.contains(expected));
    }
}
