// SPDX-License-Identifier: GPL-3.0-or-later
// report outstanding|pipeline|savings|exposure in every format: JSON for scripts, CSV for
// spreadsheets, XLSX and PDF files (which need --output), on a small hand-built fleet.
#include "CliRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace clitest;

namespace {

const QStringList kKinds{QStringLiteral("outstanding"), QStringLiteral("pipeline"),
                         QStringLiteral("savings"), QStringLiteral("exposure")};

// What each kind's document is called (its PDF title and first CSV line).
QString titleOf(const QString& kind)
{
    if (kind == QLatin1String("outstanding"))
        return QStringLiteral("Outstanding balances");
    if (kind == QLatin1String("pipeline"))
        return QStringLiteral("Cancellation pipeline");
    if (kind == QLatin1String("savings"))
        return QStringLiteral("Savings from cancellations");
    return QStringLiteral("Employee exposure");
}

void require(const CliResult& result)
{
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
}

// Three cards at 58.00 a month: #1 (China Mobile) owes 100.00 charged on 2024-01-01, #2 (China
// Mobile) is cancelled and confirmed by the carrier, #3 (China Unicom) is active and settled.
void buildFleet(const CliFixture& fixture)
{
    const QString cards = fixture.writeFile(
        QStringLiteral("cards.csv"),
        cardCsv({cardRow(1, QStringLiteral("cmcc")), cardRow(2, QStringLiteral("cmcc")),
                 cardRow(3, QStringLiteral("cucc"))}));
    require(fixture.run({QStringLiteral("import"), QStringLiteral("cards"), cards}));
    require(fixture.run({QStringLiteral("charge"), makeIccid(1), QStringLiteral("100"),
                         QStringLiteral("--ref"), QStringLiteral("BILL-1"),
                         QStringLiteral("--date"), QStringLiteral("2024-01-01")}));
    const QString second = makeIccid(2);
    const auto move = [&](const QString& to, const QStringList& extra) {
        require(fixture.run(
            QStringList{QStringLiteral("transition"), QStringLiteral("--to"), to, second} + extra));
    };
    move(QStringLiteral("arrears-cleared"), {});
    move(QStringLiteral("cancellation-requested"),
         {QStringLiteral("--channel"), QStringLiteral("carrier-hall")});
    move(QStringLiteral("carrier-confirmed"), {QStringLiteral("--ref"), QStringLiteral("HZ-1")});
}

QJsonObject reportJson(const CliFixture& fixture, const QString& kind)
{
    const CliResult result = fixture.run(
        {QStringLiteral("report"), kind, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    return CliFixture::json(result).object();
}

qint64 integer(const QJsonObject& object, const QString& key)
{
    REQUIRE(object.contains(key));
    return object.value(key).toInteger(-1);
}

QJsonObject stage(const QJsonObject& pipeline, const QString& state)
{
    for (const QJsonValue& value : pipeline.value(QStringLiteral("stages")).toArray()) {
        if (value.toObject().value(QStringLiteral("state")).toString() == state)
            return value.toObject();
    }
    FAIL("no stage " << state.toStdString());
    return {};
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// stdout as bytes: CliResult decodes it, and decoding drops a BOM.
QByteArray stdoutBytes(const CliFixture& fixture, const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), fixture.dataHome());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SIMFLEET_CLI_PATH),
                  arguments + QStringList{QStringLiteral("--db"), fixture.db(),
                                          QStringLiteral("--operator"), QStringLiteral("tester")});
    REQUIRE(process.waitForFinished(-1));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

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

} // namespace

TEST_CASE("every report prints JSON whose figures match the fleet", "[cli][report]")
{
    CliFixture fixture;
    buildFleet(fixture);

    SECTION("outstanding keeps issue 2's shape")
    {
        const QJsonObject report = reportJson(fixture, QStringLiteral("outstanding"));
        for (const QString& key : {QStringLiteral("as_of"), QStringLiteral("groups"),
                                   QStringLiteral("total"), QStringLiteral("credit_fen")})
            CHECK(report.contains(key));
        const QJsonArray groups = report.value(QStringLiteral("groups")).toArray();
        REQUIRE(groups.size() == 1);
        CHECK(groups.at(0).toObject().value(QStringLiteral("key")).toString() ==
              QStringLiteral("cmcc"));
        const QJsonObject total = report.value(QStringLiteral("total")).toObject();
        CHECK(integer(total, QStringLiteral("cards")) == 1);
        CHECK(integer(total, QStringLiteral("outstanding_fen")) == 10000);
        CHECK(total.value(QStringLiteral("aging_fen"))
                  .toObject()
                  .value(QStringLiteral("90+"))
                  .toInteger() == 10000);
        CHECK(integer(report, QStringLiteral("credit_fen")) == 0);
    }

    SECTION("pipeline: cards per state, in lifecycle order")
    {
        const QJsonObject report = reportJson(fixture, QStringLiteral("pipeline"));
        CHECK(integer(report, QStringLiteral("total_cards")) == 3);
        const QJsonArray stages = report.value(QStringLiteral("stages")).toArray();
        REQUIRE(stages.size() == 5);
        CHECK(stages.at(0).toObject().value(QStringLiteral("state")).toString() ==
              QStringLiteral("active"));
        CHECK(integer(stage(report, QStringLiteral("active")), QStringLiteral("cards")) == 2);
        CHECK(integer(stage(report, QStringLiteral("carrier-confirmed")),
                      QStringLiteral("cards")) == 1);
        CHECK(integer(stage(report, QStringLiteral("void")), QStringLiteral("cards")) == 0);
        CHECK(report.value(QStringLiteral("follow_up")).toArray().isEmpty());
        CHECK(report.value(QStringLiteral("blocked")).toArray().isEmpty());
        CHECK(integer(report, QStringLiteral("blocked_balance_fen")) == 0);
        CHECK(report.value(QStringLiteral("lost_not_cancelled")).toArray().isEmpty());
    }

    SECTION("savings: the confirmed card's rent, and what the others still cost")
    {
        const QJsonObject report = reportJson(fixture, QStringLiteral("savings"));
        CHECK(integer(report, QStringLiteral("confirmed_cards")) == 1);
        CHECK(integer(report, QStringLiteral("monthly_rent_stopped_fen")) == 5800);
        CHECK(integer(report, QStringLiteral("projected_12_months_fen")) == 12 * 5800);
        CHECK(integer(report, QStringLiteral("still_paid_cards")) == 2);
        CHECK(integer(report, QStringLiteral("still_paid_monthly_rent_fen")) == 2 * 5800);
        qint64 cards = 0;
        qint64 rent = 0;
        for (const QJsonValue& value : report.value(QStringLiteral("months")).toArray()) {
            const QJsonObject month = value.toObject();
            CHECK(month.value(QStringLiteral("month")).toString().size() == 7); // YYYY-MM
            cards += integer(month, QStringLiteral("cards"));
            rent += integer(month, QStringLiteral("monthly_rent_stopped_fen"));
        }
        CHECK(cards == 1);
        CHECK(rent == 5800);
    }

    SECTION("exposure: one holder per resident ID, masked")
    {
        const QJsonObject report = reportJson(fixture, QStringLiteral("exposure"));
        CHECK(integer(report, QStringLiteral("total_cards")) == 3); // confirmed is not yet void
        CHECK(integer(report, QStringLiteral("unidentified_cards")) == 0);
        const QJsonArray holders = report.value(QStringLiteral("holders")).toArray();
        REQUIRE(holders.size() == 3);
        for (const QJsonValue& value : holders) {
            const QJsonObject holder = value.toObject();
            CHECK(integer(holder, QStringLiteral("card_count")) == 1);
            CHECK(holder.value(QStringLiteral("holder_id")).toString().contains(QLatin1Char('*')));
        }
        const QString printed =
            QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact));
        for (int serial = 1; serial <= 3; ++serial)
            CHECK_FALSE(printed.contains(makeResidentId(serial)));
    }
}

TEST_CASE("every report writes CSV with a BOM, to stdout or a file", "[cli][report]")
{
    CliFixture fixture;
    buildFleet(fixture);
    const QByteArray bom("\xEF\xBB\xBF");

    for (const QString& kind : kKinds) {
        INFO(kind.toStdString());
        const QString path = fixture.path(kind + QStringLiteral(".csv"));
        const CliResult written =
            fixture.run({QStringLiteral("report"), kind, QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--output"), path});
        INFO(written.describe());
        REQUIRE(written.exitCode == 0);
        CHECK(written.outLines() == QStringList{path});
        const QByteArray bytes = readBytes(path);
        CHECK(bytes.startsWith(bom));
        CHECK(bytes.contains(titleOf(kind).toUtf8()));
        CHECK(bytes.contains("\r\n"));

        // Redirected to a file, stdout holds the same bytes, the BOM included.
        CHECK(stdoutBytes(fixture, {QStringLiteral("report"), kind, QStringLiteral("--format"),
                                    QStringLiteral("csv")}) == bytes);
    }

    const CliResult table = fixture.run({QStringLiteral("report"), QStringLiteral("savings")});
    CHECK_FALSE(table.out.contains(QStringLiteral("有限公司"))); // no profile, no company line

    const QByteArray outstanding = readBytes(fixture.path(QStringLiteral("outstanding.csv")));
    CHECK(outstanding.contains("\r\nTotal,1,100.00,0.00,0.00,0.00,100.00\r\n"));
    const QByteArray savings = readBytes(fixture.path(QStringLiteral("savings.csv")));
    CHECK(savings.contains(",1,58.00\r\n"));
}

TEST_CASE("xlsx and pdf need --output; with it they write the file", "[cli][report]")
{
    CliFixture fixture;
    buildFleet(fixture);
    // The heading names the company from its profile.
    const QString company = QStringLiteral("杭州示例科技有限公司");
    require(fixture.run({QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("--name"),
                         company, QStringLiteral("--uscc"), QStringLiteral("91350100M000100Y43")}));

    for (const QString& kind : kKinds) {
        for (const QString& format : {QStringLiteral("xlsx"), QStringLiteral("pdf")}) {
            INFO((kind + QLatin1Char(' ') + format).toStdString());
            const CliResult refused =
                fixture.run({QStringLiteral("report"), kind, QStringLiteral("--format"), format});
            INFO(refused.describe());
            CHECK(refused.exitCode == 2);
            CHECK(refused.err.contains(QStringLiteral("--output")));
            CHECK(refused.out.isEmpty());

            const QString path = fixture.path(kind + QLatin1Char('.') + format);
            const CliResult written =
                fixture.run({QStringLiteral("report"), kind, QStringLiteral("--format"), format,
                             QStringLiteral("--output"), path});
            INFO(written.describe());
            REQUIRE(written.exitCode == 0);
            CHECK(written.outLines() == QStringList{path});
            REQUIRE(QFileInfo(path).size() > 0);
            if (format == QLatin1String("xlsx")) {
                CHECK(readBytes(path).startsWith("PK")); // a zip, as every workbook is
            } else {
                const QString text = pdfText(path);
                CHECK(text.contains(titleOf(kind)));
                CHECK(text.contains(company));
                if (kind == QLatin1String("outstanding"))
                    CHECK(text.contains(QStringLiteral("100.00")));
            }
        }
    }
}

TEST_CASE("report options are checked before the database is opened", "[cli][report]")
{
    CliFixture fixture;
    const std::vector<QStringList> mistakes{
        {QStringLiteral("report"), QStringLiteral("savings"), QStringLiteral("--format"),
         QStringLiteral("docx")},
        {QStringLiteral("report"), QStringLiteral("pipeline"), QStringLiteral("--by"),
         QStringLiteral("carrier")},
        {QStringLiteral("report"), QStringLiteral("exposure"), QStringLiteral("--format=pdf")},
        {QStringLiteral("report"), QStringLiteral("outstanding"), QStringLiteral("--output"),
         QString()},
        {QStringLiteral("report"), QStringLiteral("forecast")},
    };
    for (const QStringList& arguments : mistakes) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult result = fixture.run(arguments);
        INFO(result.describe());
        CHECK(result.exitCode == 2);
        // One message of ours (Qt may add its own warnings when it starts a GUI for a PDF).
        const QStringList ours =
            result.errLines().filter(QRegularExpression(QStringLiteral("^simfleet-cli: ")));
        CHECK(ours.size() == 1);
    }
    CHECK_FALSE(QFileInfo::exists(fixture.db()));

    // A table for people, by default, with the as-of day in its heading.
    buildFleet(fixture);
    const CliResult table = fixture.run({QStringLiteral("report"), QStringLiteral("pipeline"),
                                         QStringLiteral("--as-of"), QStringLiteral("2030-06-30")});
    INFO(table.describe());
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.startsWith(QStringLiteral("Cancellation pipeline\n")));
    CHECK(table.out.contains(QStringLiteral("2030-06-30")));
    CHECK(table.out.contains(QStringLiteral("Cards per state")));
}
