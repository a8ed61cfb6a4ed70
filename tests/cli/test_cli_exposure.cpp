// SPDX-License-Identifier: GPL-3.0-or-later
// report exposure --format json is written out holder by holder as the report is read, not built
// as one QJsonDocument: its bytes must still be exactly what QJsonDocument would write, with texts
// that need escaping or lie outside the BMP, to stdout and to a file, as the fleet stands and as
// of a past day (the replayed history), and for a fleet with nobody to list.
#include "CliRunner.h"

#include <QDate>
#include <QFile>
#include <catch2/catch.hpp>

using namespace clitest;

namespace {

void require(const CliResult& result)
{
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
}

QString quoted(QString field)
{
    return QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString row(int serial, const QString& holderName, const QString& holderId,
            const QString& department, const QString& assignee)
{
    return QStringList{makeIccid(serial),
                       makePhone(serial),
                       QStringLiteral("cmcc"),
                       QStringLiteral("Plan"),
                       QStringLiteral("58.00"),
                       quoted(holderName),
                       holderId,
                       quoted(department),
                       quoted(assignee),
                       QStringLiteral("2024-01-15")}
        .join(QLatin1Char(','));
}

// Parsed and written again by QJsonDocument: the same bytes, when they are what it writes.
void requireAsQtWrites(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString() << " at " << error.offset);
    REQUIRE_FALSE(parsed.isNull());
    CHECK(parsed.toJson(QJsonDocument::Indented) == json);
}

QByteArray exposureJson(const CliFixture& fixture, const QStringList& extra = {})
{
    const CliResult result =
        fixture.run(QStringList{QStringLiteral("report"), QStringLiteral("exposure"),
                                QStringLiteral("--format"), QStringLiteral("json")} +
                    extra);
    require(result);
    return result.out.toUtf8();
}

} // namespace

TEST_CASE("exposure JSON is byte for byte what QJsonDocument writes", "[cli][report]")
{
    CliFixture fixture;
    const QString company = QStringLiteral("91350100M000100Y43");
    const QStringList rows{
        row(1, QStringLiteral("张\"三\""), makeResidentId(1), QStringLiteral("销售\t东区"),
            QStringLiteral("张\"三\"")),
        row(2, QStringLiteral("张\"三\""), makeResidentId(1), QStringLiteral("C:\\fleet"),
            QStringLiteral("Agent \\ two")),
        row(3, QString::fromUtf8("\xF0\xA0\x80\x8B明"), makeResidentId(3),
            QString::fromUtf8("部门\xF0\x9F\x93\xB1"), QString::fromUtf8("\xF0\xA0\x80\x8B明")),
        row(4, QStringLiteral("Li Si"), QString(), QStringLiteral("Sales"),
            QStringLiteral("Li Si")),
        row(5, QStringLiteral("Company"), company, QStringLiteral("Sales"), QString()),
        row(6, QStringLiteral("Wang / Wu"), makeResidentId(6), QString(),
            QStringLiteral("<b>&amp;</b>")),
        row(7, QStringLiteral("Wang / Wu"), makeResidentId(6), QStringLiteral("Sales \"East\""),
            QStringLiteral("Zhao")),
    };
    const QString cards = fixture.writeFile(QStringLiteral("cards.csv"), cardCsv(rows));
    require(fixture.run({QStringLiteral("import"), QStringLiteral("cards"), cards}));

    const QByteArray today = exposureJson(fixture);
    requireAsQtWrites(today);
    const QJsonObject report = QJsonDocument::fromJson(today).object();
    CHECK(report.value(QStringLiteral("total_cards")).toInteger() == 5);
    CHECK(report.value(QStringLiteral("unidentified_cards")).toInteger() == 1);
    CHECK(report.value(QStringLiteral("holders")).toArray().size() == 3);
    CHECK(today.contains("\\t"));              // the tab, escaped as Qt escapes it
    CHECK(today.contains("\\\""));             // the quotes
    CHECK(today.contains("\xF0\x9F\x93\xB1")); // outside the BMP, as UTF-8

    // The same bytes in a file.
    const QString path = fixture.path(QStringLiteral("exposure.json"));
    require(fixture.run({QStringLiteral("report"), QStringLiteral("exposure"),
                         QStringLiteral("--format"), QStringLiteral("json"),
                         QStringLiteral("--output"), path}));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == today);

    // As of yesterday the cards were not there yet: the history says so, in the same shape.
    const QByteArray yesterday =
        exposureJson(fixture, {QStringLiteral("--as-of"),
                               QDate::currentDate().addDays(-1).toString(Qt::ISODate)});
    requireAsQtWrites(yesterday);
    CHECK(QJsonDocument::fromJson(yesterday)
              .object()
              .value(QStringLiteral("holders"))
              .toArray()
              .isEmpty());
}

TEST_CASE("exposure JSON of a fleet with nobody to list is what QJsonDocument writes",
          "[cli][report]")
{
    CliFixture fixture;
    const QString cards = fixture.writeFile(
        QStringLiteral("cards.csv"),
        cardCsv({row(1, QStringLiteral("Company"), QStringLiteral("91350100M000100Y43"),
                     QStringLiteral("Sales"), QString())}));
    require(fixture.run({QStringLiteral("import"), QStringLiteral("cards"), cards}));
    const QByteArray json = exposureJson(fixture);
    requireAsQtWrites(json);
    CHECK(json.contains("\"holders\": [\n    ]"));
}
