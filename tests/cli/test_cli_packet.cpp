// SPDX-License-Identifier: GPL-3.0-or-later
// company set/show and packet export/list/show/verify, as a script would run them.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace clitest;

namespace {

// GB 32100-2015 check character, computed rather than copied.
QString withUsccCheck(const QString& body)
{
    static const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static const int kWeights[] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += static_cast<int>(kAlphabet.indexOf(body.at(i))) * kWeights[i];
    return body + kAlphabet.at((31 - sum % 31) % 31);
}

const QString kCompany = QStringLiteral("北京示例科技有限公司");

CliResult setCompany(const CliFixture& fixture, const QString& uscc)
{
    REQUIRE(fixture.run({QStringLiteral("init")}).exitCode == 0); // only init and imports create
    return fixture.run({QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("--name"),
                        kCompany, QStringLiteral("--uscc"), uscc, QStringLiteral("--address"),
                        QStringLiteral("北京市海淀区中关村大街1号"), QStringLiteral("--phone"),
                        QStringLiteral("010-62345678"), QStringLiteral("--agent-name"),
                        QStringLiteral("李明"), QStringLiteral("--agent-id"), makeResidentId(900)});
}

void requireOk(const CliResult& result)
{
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
}

// Imported cards 1..count, moved to cancellation-requested.
void requestCancellation(const CliFixture& fixture, int count)
{
    importCards(fixture, count);
    for (const char* state : {"arrears-cleared", "cancellation-requested"}) {
        QStringList args{QStringLiteral("transition"), QStringLiteral("--to"),
                         QString::fromLatin1(state), QStringLiteral("--channel"),
                         QStringLiteral("carrier-hall")};
        for (int serial = 1; serial <= count; ++serial)
            args << makeIccid(serial);
        requireOk(fixture.run(args));
    }
}

QStringList zipsIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.zip")}, QDir::Files);
}

} // namespace

TEST_CASE("company set validates the USCC and the agent ID; show masks the ID", "[cli][packet]")
{
    CliFixture fixture;
    REQUIRE(fixture.run({QStringLiteral("init")}).exitCode == 0);
    const CliResult none = fixture.run({QStringLiteral("company"), QStringLiteral("show")});
    CHECK(none.exitCode == 3);

    QString bad = withUsccCheck(QStringLiteral("91110108MA01ABCDE"));
    bad[17] = bad.at(17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const CliResult refused = setCompany(fixture, bad);
    INFO(refused.describe());
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("--uscc")));

    requireOk(setCompany(fixture, withUsccCheck(QStringLiteral("91110108MA01ABCDE"))));
    const CliResult shown = fixture.run({QStringLiteral("company"), QStringLiteral("show")});
    requireOk(shown);
    CHECK(shown.out.contains(kCompany));
    CHECK_FALSE(shown.out.contains(makeResidentId(900)));
    CHECK(shown.out.contains(makeResidentId(900).left(6) + QStringLiteral("********")));

    const CliResult json = fixture.run({QStringLiteral("company"), QStringLiteral("show"),
                                        QStringLiteral("--format"), QStringLiteral("json")});
    requireOk(json);
    CHECK(CliFixture::json(json).object().value(QStringLiteral("name")).toString() == kCompany);
    CHECK_FALSE(json.out.contains(makeResidentId(900)));

    const CliResult badId =
        fixture.run({QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("--agent-id"),
                     QStringLiteral("110105198502300012")});
    CHECK(badId.exitCode == 3);
    CHECK(badId.err.contains(QStringLiteral("--agent-id")));
}

TEST_CASE("packet export refuses a card that owes money and writes nothing", "[cli][packet]")
{
    CliFixture fixture;
    requireOk(setCompany(fixture, withUsccCheck(QStringLiteral("91110108MA01ABCDE"))));
    requestCancellation(fixture, 2);
    // A late bill on card 2 (the ledger accepts it; the packet must not).
    requireOk(fixture.run({QStringLiteral("charge"), makeIccid(2), QStringLiteral("12.50"),
                           QStringLiteral("--ref"), QStringLiteral("late bill")}));
    const QString out = fixture.path(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));

    const CliResult refused = fixture.run(
        {QStringLiteral("packet"), QStringLiteral("export"), QStringLiteral("--carrier"),
         QStringLiteral("cmcc"), QStringLiteral("--output"), out, makeIccid(1), makeIccid(2)});
    INFO(refused.describe());
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(makeIccid(2)));
    CHECK(refused.err.contains(QStringLiteral("¥12.50")));
    CHECK_FALSE(refused.err.contains(makeIccid(1)));
    CHECK(refused.out.isEmpty());
    CHECK(zipsIn(out).isEmpty());
    const CliResult listed = fixture.run({QStringLiteral("packet"), QStringLiteral("list"),
                                          QStringLiteral("--format"), QStringLiteral("json")});
    requireOk(listed);
    CHECK(CliFixture::json(listed).array().isEmpty());
    const CliResult audit =
        fixture.run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK_FALSE(audit.out.contains(QStringLiteral("packet-included")));
}

TEST_CASE("packet export writes the zips, list/show report them, verify checks them",
          "[cli][packet]")
{
    CliFixture fixture;
    const CliResult noCarrier = fixture.run({QStringLiteral("packet"), QStringLiteral("export")});
    CHECK(noCarrier.exitCode == 2);

    requireOk(setCompany(fixture, withUsccCheck(QStringLiteral("91110108MA01ABCDE"))));
    requestCancellation(fixture, 3);
    const QString out = fixture.path(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));
    const CliResult exported = fixture.run({QStringLiteral("packet"), QStringLiteral("export"),
                                            QStringLiteral("--carrier"), QStringLiteral("cmcc"),
                                            QStringLiteral("--output"), out});
    requireOk(exported);
    const QStringList paths = exported.outLines();
    REQUIRE_FALSE(paths.isEmpty());
    CHECK(paths.size() == zipsIn(out).size());
    for (const QString& path : paths) {
        CHECK(QFile::exists(path));
        CHECK(QFileInfo(path).fileName().startsWith(QStringLiteral("packet-")));
        const CliResult verified =
            fixture.run({QStringLiteral("packet"), QStringLiteral("verify"), path});
        INFO(verified.describe());
        CHECK(verified.exitCode == 0);
    }

    const CliResult listed = fixture.run({QStringLiteral("packet"), QStringLiteral("list"),
                                          QStringLiteral("--format"), QStringLiteral("json")});
    requireOk(listed);
    const QJsonArray packets = CliFixture::json(listed).array();
    REQUIRE(packets.size() == paths.size());
    qint64 cards = 0;
    for (const QJsonValue& value : packets) {
        CHECK(value.toObject().value(QStringLiteral("carrier")).toString() ==
              QStringLiteral("cmcc"));
        CHECK(value.toObject().value(QStringLiteral("operator")).toString() ==
              QStringLiteral("tester"));
        cards += value.toObject().value(QStringLiteral("card_count")).toInteger();
    }
    CHECK(cards == 3);

    const qint64 firstId = packets.at(0).toObject().value(QStringLiteral("id")).toInteger();
    const CliResult shown =
        fixture.run({QStringLiteral("packet"), QStringLiteral("show"), QString::number(firstId),
                     QStringLiteral("--format"), QStringLiteral("json")});
    requireOk(shown);
    const QJsonArray shownCards =
        CliFixture::json(shown).object().value(QStringLiteral("cards")).toArray();
    CHECK_FALSE(shownCards.isEmpty());
    for (const QJsonValue& card : shownCards)
        CHECK(card.toObject().value(QStringLiteral("state")).toString() ==
              QStringLiteral("cancellation-requested"));
    CHECK(fixture.run({QStringLiteral("packet"), QStringLiteral("show"), QStringLiteral("999")})
              .exitCode == 3);

    // Nothing is left to export by default now.
    const CliResult again = fixture.run({QStringLiteral("packet"), QStringLiteral("export"),
                                         QStringLiteral("--carrier"), QStringLiteral("cmcc"),
                                         QStringLiteral("--output"), out});
    CHECK(again.exitCode == 3);

    // A byte changed in the zip: verify fails with 3.
    QFile zip(paths.constFirst());
    REQUIRE(zip.open(QIODevice::ReadWrite));
    QByteArray bytes = zip.readAll();
    bytes[100] = static_cast<char>(bytes.at(100) ^ 0x20);
    zip.seek(0);
    zip.write(bytes);
    zip.close();
    const CliResult tampered =
        fixture.run({QStringLiteral("packet"), QStringLiteral("verify"), paths.constFirst()});
    INFO(tampered.describe());
    CHECK(tampered.exitCode == 3);
}

TEST_CASE("packet export makes a missing output folder, and names one it cannot make",
          "[cli][packet]")
{
    CliFixture fixture;
    requireOk(setCompany(fixture, withUsccCheck(QStringLiteral("91110108MA01ABCDE"))));
    requestCancellation(fixture, 2);
    const QString blocker = fixture.writeText(QStringLiteral("plainfile"), QStringLiteral("x"));
    const QString impossible = blocker + QStringLiteral("/packets");
    const CliResult refused = fixture.run({QStringLiteral("packet"), QStringLiteral("export"),
                                           QStringLiteral("--carrier"), QStringLiteral("cmcc"),
                                           QStringLiteral("--output"), impossible});
    INFO(refused.describe());
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.simplified().contains(QStringLiteral("cannot write %1").arg(impossible)));

    const QString missing = fixture.path(QStringLiteral("not/yet/there"));
    const CliResult exported = fixture.run({QStringLiteral("packet"), QStringLiteral("export"),
                                            QStringLiteral("--carrier"), QStringLiteral("cmcc"),
                                            QStringLiteral("--output"), missing});
    requireOk(exported);
    CHECK_FALSE(zipsIn(missing).isEmpty());
}

TEST_CASE("packet export names the zip and its files in Chinese when the locale is Chinese",
          "[cli][packet]")
{
    CliFixture fixture;
    requireOk(setCompany(fixture, withUsccCheck(QStringLiteral("91110108MA01ABCDE"))));
    requestCancellation(fixture, 2);
    const QString out = fixture.path(QStringLiteral("zh"));
    const CliResult exported = fixture.runRaw(
        {QStringLiteral("packet"), QStringLiteral("export"), QStringLiteral("--carrier"),
         QStringLiteral("cmcc"), QStringLiteral("--output"), out, QStringLiteral("--db"),
         fixture.db(), QStringLiteral("--operator"), QStringLiteral("tester")},
        {QStringLiteral("LC_ALL=zh_CN.UTF-8"), QStringLiteral("LANG=zh_CN.UTF-8")});
    requireOk(exported);
    const QStringList zips = zipsIn(out);
    REQUIRE_FALSE(zips.isEmpty());
    for (const QString& zip : zips) {
        INFO(zip.toStdString());
        CHECK(zip.startsWith(QStringLiteral("中国移动-")));
        CHECK(zip.contains(QStringLiteral("-注销申请-")));
        // Nothing English but the extension.
        CHECK_FALSE(zip.chopped(4).contains(QRegularExpression(QStringLiteral("[A-Za-z]"))));
        const CliResult verified = fixture.run(
            {QStringLiteral("packet"), QStringLiteral("verify"), QDir(out).filePath(zip)});
        INFO(verified.describe());
        CHECK(verified.exitCode == 0);
        CHECK(verified.out.contains(QStringLiteral("注销申请书.pdf")));
    }
}
