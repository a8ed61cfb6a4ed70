// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServicesFixture.h"
#include "WalkLifecycle.h"
#include "rules/Validators.h"
#include "services/ImportService.h"
#include "text/ErrorText.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <atomic>
#include <mutex>

using namespace simfleet;
using namespace simfleet::servicestest;

namespace {

Result<ImportSummary> importCards(ServiceDb& db, const QByteArray& bytes,
                                  const ImportOptions& options = {})
{
    ImportService service(db.context());
    return service.importCards(db.file(QStringLiteral("cards.csv"), bytes), options);
}

ImportSummary importedOk(ServiceDb& db, const QByteArray& bytes, const ImportOptions& options = {})
{
    const Result<ImportSummary> summary = importCards(db, bytes, options);
    REQUIRE(summary.ok());
    INFO("first issue at line " << (summary->issues.empty() ? 0 : summary->issues.front().line));
    REQUIRE(summary->ok());
    return summary.value();
}

struct BadRow {
    const char* what;
    QByteArray row; // written as line 4, after two good rows
    QString column; // the header the issue must name
    ErrorCode code;
};

} // namespace

TEST_CASE("Card import: a clean file is imported whole, active, with its home area and audit")
{
    ServiceDb db;
    const ImportSummary summary = importedOk(db, cardFile(1, 5));
    CHECK(summary.rows == 5);
    CHECK(summary.imported == 5);
    CHECK(summary.updated == 0);
    CHECK(summary.unchanged == 0);
    CHECK(summary.canonicalColumns.at(4) == QStringLiteral("monthly_fee"));

    CHECK(db.cardCount() == 5);
    const Card card = db.card(iccid(3));
    CHECK(card.msisdn == msisdn(3));
    CHECK(card.carrier == Carrier::Cmcc);
    CHECK(card.plan == QStringLiteral("Plan 3"));
    CHECK(card.monthlyFee == Money::fromFen(5800));
    CHECK(card.holderName == QStringLiteral("Holder 3"));
    CHECK(card.holderId == residentId(3));
    CHECK(card.activatedOn == QDate(2024, 1, 15));
    CHECK(card.state == CardState::Active);
    CHECK(card.stateSince == fixedNow());
    CHECK_FALSE(card.homeArea().isEmpty());

    const std::vector<AuditEvent> audit = db.store().auditOf(card.id);
    REQUIRE(audit.size() == 1);
    CHECK(audit.front().action == AuditAction::CardCreated);
    CHECK(audit.front().operatorName == QStringLiteral("tester"));
}

TEST_CASE("Card import is all-or-nothing: each kind of bad row writes nothing and is named")
{
    ServiceDb db;
    // Already stored: card 100 (active) and card 101 (void).
    importedOk(db, cardFile(100, 2));
    walkToVoid(db.context(), db.card(iccid(101)).id);
    const std::int64_t cardsBefore = db.cardCount();
    const std::size_t auditBefore = db.auditCount();

    QByteArray badIccid = cardRow(3);
    badIccid.replace(iccid(3).toUtf8(),
                     iccid(3).chopped(1).toUtf8() + (iccid(3).back() == u'9' ? "0" : "9"));
    QByteArray voidChange = cardRow(101);
    voidChange.replace("Plan 101", "Another plan");

    const std::vector<BadRow> cases{
        {"bad ICCID check digit", badIccid, QStringLiteral("iccid"), ErrorCode::IccidChecksum},
        {"bad phone number", cardRow(3).replace(msisdn(3).toUtf8(), "12345"),
         QStringLiteral("msisdn"), ErrorCode::MsisdnInvalid},
        {"unknown carrier", cardRow(3).replace(",cmcc,", ",Vodafone,"), QStringLiteral("carrier"),
         ErrorCode::CarrierUnknown},
        {"bad money", cardRow(3).replace(",58.00,", ",58.505,"), QStringLiteral("monthly_fee"),
         ErrorCode::MoneyTooManyDecimals},
        {"bad date", cardRow(3).replace("2024-01-15", "2024-02-30"), QStringLiteral("activated_on"),
         ErrorCode::DateInvalid},
        {"bad holder id", cardRow(3).replace(residentId(3).toUtf8(), "110105199001011234X"),
         QStringLiteral("holder_id"), ErrorCode::HolderIdInvalid},
        {"duplicate ICCID in the file", cardRow(3).replace(iccid(3).toUtf8(), iccid(1).toUtf8()),
         QStringLiteral("iccid"), ErrorCode::DuplicateIccid},
        {"duplicate phone number in the file",
         cardRow(3).replace(msisdn(3).toUtf8(), msisdn(2).toUtf8()), QStringLiteral("msisdn"),
         ErrorCode::DuplicateMsisdn},
        {"phone number of another stored card",
         cardRow(3).replace(msisdn(3).toUtf8(), msisdn(100).toUtf8()), QStringLiteral("msisdn"),
         ErrorCode::DuplicateMsisdn},
        {"change to a void card", voidChange, QStringLiteral("iccid"), ErrorCode::CardVoid},
    };
    for (const BadRow& bad : cases) {
        DYNAMIC_SECTION(bad.what)
        {
            const QByteArray bytes = cardFile(1, 2) + bad.row + cardRow(4);
            const Result<ImportSummary> summary = importCards(db, bytes);
            REQUIRE(summary.ok());
            CHECK_FALSE(summary->ok());
            REQUIRE(summary->issues.size() == 1);
            const ImportIssue& issue = summary->issues.front();
            CHECK(issue.line == 4);
            CHECK(issue.column == bad.column);
            CHECK(issue.error.code == bad.code);
            CHECK(summary->issuesFound == 1);
            CHECK(db.cardCount() == cardsBefore);
            CHECK(db.auditCount() == auditBefore);
        }
    }

    SECTION("an unterminated quote")
    {
        const QByteArray bytes = cardFile(1, 2) + iccid(3).toUtf8() + "," + msisdn(3).toUtf8() +
                                 ",cmcc,\"Plan\n" + cardRow(4) + cardRow(5);
        const Result<ImportSummary> summary = importCards(db, bytes);
        REQUIRE(summary.ok());
        REQUIRE(summary->issues.size() == 1);
        CHECK(summary->issues.front().line == 4);
        CHECK(summary->issues.front().column == QStringLiteral("plan"));
        CHECK(summary->issues.front().error.code == ErrorCode::CsvMalformed);
        CHECK(db.cardCount() == cardsBefore);
        CHECK(db.auditCount() == auditBefore);
    }

    SECTION("a missing required column is the result's error")
    {
        QByteArray bytes = "iccid,msisdn,plan\n";
        bytes += iccid(3).toUtf8() + "," + msisdn(3).toUtf8() + ",Plan\n";
        const Result<ImportSummary> summary = importCards(db, bytes);
        REQUIRE_FALSE(summary.ok());
        CHECK(summary.error().code == ErrorCode::CsvMissingColumn);
        CHECK(summary.error().detail == QStringLiteral("carrier"));
        CHECK(db.cardCount() == cardsBefore);
    }

    SECTION("every bad row is reported, not only the first")
    {
        const QByteArray bytes = cardFile(1, 2) + cardRow(3).replace(",cmcc,", ",x,") + cardRow(4) +
                                 cardRow(5).replace("2024-01-15", "15/01/2024");
        const Result<ImportSummary> summary = importCards(db, bytes);
        REQUIRE(summary.ok());
        REQUIRE(summary->issues.size() == 2);
        CHECK(summary->issues[0].line == 4);
        CHECK(summary->issues[1].line == 6);
        CHECK(db.cardCount() == cardsBefore);
    }
}

TEST_CASE("Card import: a bad row after thousands of stored rows takes them all back")
{
    ServiceDb db;
    // Rows are written while the rest of the file is still being read, so by the time the last
    // lines are read the first thousands are in the open transaction.
    const QByteArray good = cardFile(1, 5000);
    const std::vector<BadRow> cases{
        {"a bad carrier", cardRow(9001).replace(",cmcc,", ",nope,"), QStringLiteral("carrier"),
         ErrorCode::CarrierUnknown},
        // Into an empty store rows go without a lookup, and the table's unique indexes are set
        // aside until the last row is in: a repeat must be refused before it reaches the table.
        {"a repeated ICCID", cardRow(9001).replace(iccid(9001).toUtf8(), iccid(1).toUtf8()),
         QStringLiteral("iccid"), ErrorCode::DuplicateIccid},
        {"a repeated number", cardRow(9001).replace(msisdn(9001).toUtf8(), msisdn(1).toUtf8()),
         QStringLiteral("msisdn"), ErrorCode::DuplicateMsisdn},
    };
    for (const BadRow& bad : cases) {
        DYNAMIC_SECTION(bad.what)
        {
            const Result<ImportSummary> summary = importCards(db, good + bad.row);
            REQUIRE(summary.ok());
            REQUIRE(summary->issues.size() == 1);
            CHECK(summary->issues.front().line == 5002);
            CHECK(summary->issues.front().column == bad.column);
            CHECK(summary->issues.front().error.code == bad.code);
            CHECK(db.cardCount() == 0);
            CHECK(db.auditCount() == 0);
        }
    }
}

TEST_CASE("Card import: a number moved off a stored card is not free for another row")
{
    ServiceDb db;
    importedOk(db, cardFile(100, 1));
    const QByteArray moved = cardRow(100).replace(msisdn(100).toUtf8(), msisdn(200).toUtf8());
    const QByteArray taker = cardRow(3).replace(msisdn(3).toUtf8(), msisdn(100).toUtf8());
    const std::int64_t cardsBefore = db.cardCount();
    const std::size_t auditBefore = db.auditCount();

    // The number belonged to card 100 when the import began, whichever row comes first.
    for (const bool moveFirst : {true, false}) {
        DYNAMIC_SECTION("the move " << (moveFirst ? "first" : "last"))
        {
            const QByteArray bytes = kCardHeader + (moveFirst ? moved + taker : taker + moved);
            const Result<ImportSummary> summary = importCards(db, bytes);
            REQUIRE(summary.ok());
            REQUIRE(summary->issues.size() == 1);
            CHECK(summary->issues.front().line == (moveFirst ? 3 : 2));
            CHECK(summary->issues.front().error.code == ErrorCode::DuplicateMsisdn);
            CHECK(db.cardCount() == cardsBefore);
            CHECK(db.auditCount() == auditBefore);
            CHECK(db.card(iccid(100)).msisdn == msisdn(100));
        }
    }
}

TEST_CASE("Card import: an identical row for a void card is unchanged, not an error")
{
    ServiceDb db;
    importedOk(db, cardFile(1, 2));
    walkToVoid(db.context(), db.card(iccid(2)).id);
    const ImportSummary summary = importedOk(db, cardFile(1, 2));
    CHECK(summary.imported == 0);
    CHECK(summary.updated == 0);
    CHECK(summary.unchanged == 2);
    CHECK(db.card(iccid(2)).state == CardState::Void);
}

TEST_CASE("Card import: re-importing updates changed fields with an audit row, masked")
{
    ServiceDb db;
    importedOk(db, cardFile(1, 4));
    const Card before = db.card(iccid(2));

    QByteArray bytes = cardFile(1, 4);
    bytes.replace("Plan 2", "Unlimited");
    bytes.replace("Holder 2", "Wang Wu");
    bytes += cardRow(5);
    const ImportSummary summary = importedOk(db, bytes);
    CHECK(summary.imported == 1);
    CHECK(summary.updated == 1);
    CHECK(summary.unchanged == 3);

    const Card after = db.card(iccid(2));
    CHECK(after.plan == QStringLiteral("Unlimited"));
    CHECK(after.holderName == QStringLiteral("Wang Wu"));
    CHECK(after.id == before.id);
    CHECK(after.version > before.version);

    const std::vector<AuditEvent> audit = db.store().auditOf(after.id);
    REQUIRE(audit.size() == 2);
    const AuditEvent& edit = audit.back();
    CHECK(edit.action == AuditAction::CardEdited);
    CHECK(edit.details.value(QStringLiteral("fields")).toArray() ==
          QJsonArray{QStringLiteral("plan"), QStringLiteral("holder_name")});
    const QByteArray json = QJsonDocument(edit.details).toJson();
    CHECK(json.contains("Unlimited"));
    CHECK_FALSE(json.contains("Wang Wu")); // holder name masked
    CHECK_FALSE(json.contains("Holder 2"));
}

TEST_CASE("Card import: new cards between stored ones are all created, in the file's order")
{
    ServiceDb db;
    importedOk(db, kCardHeader + cardRow(2) + cardRow(4));
    const std::size_t auditBefore = db.auditCount();

    // The new rows 1, 3 and 5 are not next to each other in the file.
    const ImportSummary summary = importedOk(db, cardFile(1, 5));
    CHECK(summary.imported == 3);
    CHECK(summary.unchanged == 2);

    const std::vector<AuditEvent> audit = db.store().auditOf(std::nullopt);
    REQUIRE(audit.size() == auditBefore + 3);
    const int expected[] = {1, 3, 5};
    CardId previous = db.card(iccid(4)).id;
    for (std::size_t i = 0; i < 3; ++i) {
        const AuditEvent& created = audit[auditBefore + i];
        const Card card = db.card(iccid(expected[i]));
        CHECK(created.action == AuditAction::CardCreated);
        CHECK(created.iccid == iccid(expected[i]));
        CHECK(created.cardId == card.id);
        CHECK(card.id > previous);
        CHECK(card.msisdn == msisdn(expected[i]));
        CHECK(card.plan == QStringLiteral("Plan %1").arg(expected[i]));
        previous = card.id;
    }
}

TEST_CASE("Card import: columns absent from the file leave stored fields alone")
{
    ServiceDb db;
    importedOk(db, cardFile(1, 1));
    QByteArray bytes = "ICCID,Phone,Carrier,Department\n";
    bytes += iccid(1).toUtf8() + "," + msisdn(1).toUtf8() + ",China Mobile,Support\n";
    const ImportSummary summary = importedOk(db, bytes);
    CHECK(summary.updated == 1);
    const Card card = db.card(iccid(1));
    CHECK(card.department == QStringLiteral("Support"));
    CHECK(card.plan == QStringLiteral("Plan 1"));
    CHECK(card.holderId == residentId(1));
}

TEST_CASE("Card import: a dry run checks and counts but writes nothing")
{
    ServiceDb db;
    importedOk(db, cardFile(1, 2));
    const std::size_t auditBefore = db.auditCount();
    QByteArray bytes = cardFile(1, 4);
    bytes.replace("Plan 1", "Changed");

    ImportOptions options;
    options.dryRun = true;
    const ImportSummary summary = importedOk(db, bytes, options);
    CHECK(summary.dryRun);
    CHECK(summary.imported == 2);
    CHECK(summary.updated == 1);
    CHECK(summary.unchanged == 1);
    CHECK(db.cardCount() == 2);
    CHECK(db.card(iccid(1)).plan == QStringLiteral("Plan 1"));
    CHECK(db.auditCount() == auditBefore);
}

TEST_CASE("Card import: Chinese headers in a GB18030 file, as Excel saves them")
{
    ServiceDb db;
    const QString text =
        QStringLiteral(
            "ICCID,手机号,运营商,套餐,月租(元),机主姓名,证件号码,部门,使用人,开卡日期,备注\r\n"
            "%1,%2,中国移动,畅聊套餐,\"1,058.00\",张三丰,%3,销售部,李四,2023-06-01,无\r\n"
            "%4,%5,联通,,,,,,,,\r\n")
            .arg(iccid(1), msisdn(1), residentId(1), iccid(2), msisdn(2));
    const ImportSummary summary = importedOk(db, gb18030(text));
    CHECK(summary.encoding == TextEncoding::Gb18030);
    CHECK(summary.imported == 2);
    CHECK(summary.canonicalColumns.back().isEmpty()); // 备注 is not a card column

    const Card card = db.card(iccid(1));
    CHECK(card.carrier == Carrier::Cmcc);
    CHECK(card.plan == QStringLiteral("畅聊套餐"));
    CHECK(card.monthlyFee == Money::fromFen(105800));
    CHECK(card.holderName == QStringLiteral("张三丰"));
    CHECK(card.department == QStringLiteral("销售部"));
    CHECK(card.assignee == QStringLiteral("李四"));
    CHECK(db.card(iccid(2)).carrier == Carrier::Cucc);
}

TEST_CASE("Card import: UTF-8 with a BOM and CRLF line ends")
{
    ServiceDb db;
    QByteArray bytes = "\xEF\xBB\xBF" + cardFile(1, 3);
    bytes.replace("\n", "\r\n");
    SECTION("imports")
    {
        const ImportSummary summary = importedOk(db, bytes);
        CHECK(summary.encoding == TextEncoding::Utf8Bom);
        CHECK(summary.headers.front() == QStringLiteral("iccid"));
        CHECK(summary.imported == 3);
        CHECK(db.card(iccid(3)).activatedOn == QDate(2024, 1, 15)); // no stray CR in last field
    }
    SECTION("names lines as an editor shows them")
    {
        QByteArray broken = "\xEF\xBB\xBF" + kCardHeader + cardRow(1) + cardRow(2) + "\n" +
                            cardRow(3).replace(",cmcc,", ",nope,");
        broken.replace("\n", "\r\n");
        const Result<ImportSummary> summary = importCards(db, broken);
        REQUIRE(summary.ok());
        REQUIRE(summary->issues.size() == 1);
        CHECK(summary->issues.front().line == 5); // after a blank line
        CHECK(summary->issues.front().column == QStringLiteral("carrier"));
        CHECK(db.cardCount() == 0);
    }
}

TEST_CASE("Card import: cancelling during the write rolls everything back")
{
    ServiceDb db;
    const QString path = db.file(QStringLiteral("many.csv"), cardFile(1, 6000));
    const qint64 size = QFileInfo(path).size();
    std::atomic_bool cancel{false};
    // Progress comes from the reading thread: collect it, check it on this one.
    std::mutex mutex;
    std::vector<std::pair<qint64, qint64>> reported;
    ImportOptions options;
    options.cancel = &cancel;
    options.progress = [&](qint64 done, qint64 total) {
        const std::lock_guard lock(mutex);
        reported.emplace_back(done, total);
        if (done > size / 2) // rows are being written by now
            cancel = true;
    };
    ImportService service(db.context());
    const Result<ImportSummary> summary = service.importCards(path, options);
    REQUIRE(summary.ok());
    CHECK(summary->cancelled);
    CHECK_FALSE(summary->ok());
    CHECK(summary->imported == 0);
    CHECK(db.cardCount() == 0);
    CHECK(db.auditCount() == 0);
    REQUIRE_FALSE(reported.empty());
    CHECK(std::is_sorted(reported.begin(), reported.end()));
    for (const auto& [done, total] : reported) {
        CHECK(total == size);
        CHECK(done <= size);
    }
}

TEST_CASE("Card import: a file with no rows is refused")
{
    ServiceDb db;
    const Result<ImportSummary> summary = importCards(db, kCardHeader);
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().code == ErrorCode::CsvEmpty);
}

TEST_CASE("Card import: an empty, UTF-16, binary or endless file is named as such")
{
    ServiceDb db;
    const auto refusal = [&](const QByteArray& bytes) {
        const Result<ImportSummary> summary = importCards(db, bytes);
        REQUIRE_FALSE(summary.ok());
        return summary.error().code;
    };
    CHECK(refusal(QByteArray()) == ErrorCode::FileEmpty);
    CHECK(refusal("\n\n\r\n") == ErrorCode::FileEmpty);

    // What Excel's "Unicode text" writes: UTF-16 with a byte-order mark, or without one.
    const QString text = QString::fromUtf8(kCardHeader + cardRow(1));
    QByteArray utf16le("\xFF\xFE");
    utf16le.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    CHECK(refusal(utf16le) == ErrorCode::FileUtf16);
    CHECK(refusal(utf16le.mid(2)) == ErrorCode::FileUtf16);
    QByteArray binary("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10); // a zip's first bytes
    binary += QByteArray(200, '\x7f');
    CHECK(refusal(binary) == ErrorCode::FileNotText);

    // A device never ends; it is refused before a byte is read.
    ImportService service(db.context());
    const Result<ImportSummary> endless = service.importCards(QStringLiteral("/dev/zero"), {});
    REQUIRE_FALSE(endless.ok());
    CHECK(endless.error() == Error{ErrorCode::FileNotText, QStringLiteral("/dev/zero"), 0});
    CHECK(db.cardCount() == 0);
}

TEST_CASE("Card import: a row with fewer or more fields than the header is refused, named")
{
    ServiceDb db;
    QByteArray shortRow = cardRow(3);
    shortRow.truncate(shortRow.indexOf(",Plan"));
    shortRow += "\n";
    QByteArray longRow = cardRow(4);
    longRow.insert(longRow.size() - 1, ",extra");
    const Result<ImportSummary> summary =
        importCards(db, kCardHeader + cardRow(1) + cardRow(2) + shortRow + longRow);
    REQUIRE(summary.ok());
    REQUIRE(summary->issues.size() == 2);
    CHECK(summary->issues[0].line == 4);
    CHECK(summary->issues[0].column.isEmpty());
    CHECK(summary->issues[0].error == Error{ErrorCode::CsvFieldCount, QStringLiteral("3/10"), 0});
    CHECK(describe(summary->issues[0].error) ==
          QStringLiteral("row has 3 fields, the header has 10"));
    CHECK(summary->issues[1].line == 5);
    CHECK(summary->issues[1].error == Error{ErrorCode::CsvFieldCount, QStringLiteral("11/10"), 0});
    CHECK(db.cardCount() == 0);
}

TEST_CASE("Card import: activation dates as Chinese Excel and WPS write them")
{
    ServiceDb db;
    QByteArray bytes = cardFile(1, 4);
    bytes.replace(cardRow(1), cardRow(1).replace("2024-01-15", "2025/3/1"));
    bytes.replace(cardRow(2), cardRow(2).replace("2024-01-15", "2025/03/01"));
    bytes.replace(cardRow(3), cardRow(3).replace("2024-01-15", "2025-3-1"));
    bytes.replace(cardRow(4), cardRow(4).replace("2024-01-15", "2025年3月1日"));
    importedOk(db, bytes);
    for (int n = 1; n <= 4; ++n) {
        INFO("card " << n);
        CHECK(db.card(iccid(n)).activatedOn == QDate(2025, 3, 1));
    }

    SECTION("an ambiguous or impossible date is still named at its line and column")
    {
        const std::int64_t cardsBefore = db.cardCount();
        QByteArray bad = kCardHeader;
        bad += cardRow(10).replace("2024-01-15", "3/1/2025");
        bad += cardRow(11).replace("2024-01-15", "01/03/2025");
        bad += cardRow(12).replace("2024-01-15", "2025/13/1");
        bad += cardRow(13).replace("2024-01-15", "2025/2/30");
        bad += cardRow(14).replace("2024-01-15", "25/3/1");
        bad += cardRow(15);
        const Result<ImportSummary> summary = importCards(db, bad);
        REQUIRE(summary.ok());
        REQUIRE(summary->issues.size() == 5);
        const std::vector<QString> texts{QStringLiteral("3/1/2025"), QStringLiteral("01/03/2025"),
                                         QStringLiteral("2025/13/1"), QStringLiteral("2025/2/30"),
                                         QStringLiteral("25/3/1")};
        for (std::size_t i = 0; i < texts.size(); ++i) {
            const ImportIssue& issue = summary->issues[i];
            CHECK(issue.line == static_cast<int>(i) + 2);
            CHECK(issue.column == QStringLiteral("activated_on"));
            CHECK(issue.error == Error{ErrorCode::DateInvalid, texts[i], 0});
        }
        CHECK(db.cardCount() == cardsBefore);
    }
}

TEST_CASE("Card import: a declared home area (home_area or 归属地) wins over the number's")
{
    ServiceDb db;
    const QString shanghai = QStringLiteral("上海市");
    const QString mars = QStringLiteral("火星基地"); // no geocoder knows it: kept as given

    SECTION("under its English name; a blank cell leaves the number's")
    {
        QByteArray bytes = "iccid,msisdn,carrier,Home Area\n";
        bytes += iccid(1).toUtf8() + "," + msisdn(1).toUtf8() + ",cmcc,  上海市 \n";
        bytes += iccid(2).toUtf8() + "," + msisdn(2).toUtf8() + ",cmcc,\n";
        bytes += iccid(3).toUtf8() + "," + msisdn(3).toUtf8() + ",cmcc," + mars.toUtf8() + "\n";
        const ImportSummary summary = importedOk(db, bytes);
        CHECK(summary.canonicalColumns.at(3) == QStringLiteral("home_area"));
        const Card first = db.card(iccid(1));
        CHECK(first.declaredHomeArea == shanghai);
        CHECK(first.numberHomeArea == homeAreaOf(msisdn(1)));
        CHECK(first.homeArea() == shanghai);
        const Card second = db.card(iccid(2));
        CHECK(second.declaredHomeArea.isEmpty());
        CHECK(second.homeArea() == homeAreaOf(msisdn(2)));
        CHECK_FALSE(second.homeArea().isEmpty());
        CHECK(db.card(iccid(3)).homeArea() == mars);

        // The filter goes by the card's home area, whatever the numbers say.
        CardFilter inShanghai;
        inShanghai.homeArea = shanghai;
        const std::int64_t byNumber = homeAreaOf(msisdn(2)) == shanghai ? 1 : 0;
        CHECK(db.store().countCards(inShanghai) == 1 + byNumber);
        CardFilter onMars;
        onMars.homeArea = mars;
        CHECK(db.store().countCards(onMars) == 1);
    }
    SECTION("under its Chinese header, in a GB18030 file as Excel saves it")
    {
        const QString text = QStringLiteral("ICCID,手机号,运营商,归属地\n%1,%2,中国移动,上海市\n")
                                 .arg(iccid(1), msisdn(1));
        const ImportSummary summary = importedOk(db, gb18030(text));
        CHECK(summary.canonicalColumns.at(3) == QStringLiteral("home_area"));
        CHECK(db.card(iccid(1)).homeArea() == shanghai);
    }
    SECTION("a re-import changes it with an audit row; a blank cell drops it; no column keeps it")
    {
        importedOk(db, cardFile(1, 1));
        const QByteArray header = "iccid,msisdn,carrier,归属地\n";
        const QByteArray row = iccid(1).toUtf8() + "," + msisdn(1).toUtf8() + ",cmcc,";
        ImportSummary summary = importedOk(db, header + row + "上海市\n");
        CHECK(summary.updated == 1);
        const Card declared = db.card(iccid(1));
        CHECK(declared.homeArea() == shanghai);
        const AuditEvent edit = db.store().auditOf(declared.id).back();
        CHECK(edit.action == AuditAction::CardEdited);
        CHECK(edit.details.value(QStringLiteral("fields")).toArray() ==
              QJsonArray{QStringLiteral("home_area")});
        const QJsonObject change = edit.details.value(QStringLiteral("changes"))
                                       .toObject()
                                       .value(QStringLiteral("home_area"))
                                       .toObject();
        CHECK(change.value(QStringLiteral("from")).toString().isEmpty());
        CHECK(change.value(QStringLiteral("to")).toString() == shanghai);
        CHECK(change.value(QStringLiteral("from_number")).toString() == homeAreaOf(msisdn(1)));

        summary = importedOk(db, cardFile(1, 1)); // no home area column
        CHECK(summary.unchanged == 1);
        CHECK(db.card(iccid(1)).homeArea() == shanghai);

        summary = importedOk(db, header + row + "\n");
        CHECK(summary.updated == 1);
        CHECK(db.card(iccid(1)).declaredHomeArea.isEmpty());
        CHECK(db.card(iccid(1)).homeArea() == homeAreaOf(msisdn(1)));
    }
    SECTION("a value that is no place name is named at its line and column, nothing written")
    {
        QByteArray bytes = "iccid,msisdn,carrier,归属地\n";
        bytes += iccid(1).toUtf8() + "," + msisdn(1).toUtf8() + ",cmcc,上海市\n";
        bytes += iccid(2).toUtf8() + "," + msisdn(2).toUtf8() + ",cmcc,\"上海\n市\"\n";
        bytes += iccid(3).toUtf8() + "," + msisdn(3).toUtf8() + ",cmcc," +
                 QByteArray("北京").repeated(17) + "\n";
        bytes += iccid(4).toUtf8() + "," + msisdn(4).toUtf8() + ",cmcc,-\n";
        const Result<ImportSummary> summary = importCards(db, bytes);
        REQUIRE(summary.ok());
        REQUIRE(summary->issues.size() == 3);
        for (std::size_t i = 0; i < 3; ++i) {
            CHECK(summary->issues[i].column == QStringLiteral("归属地"));
            CHECK(summary->issues[i].error.code == ErrorCode::HomeAreaInvalid);
        }
        CHECK(summary->issues[0].line == 3);
        CHECK(summary->issues[1].line == 5);
        CHECK(summary->issues[2].line == 6);
        CHECK(summary->issues[2].error.detail == QStringLiteral("-"));
        CHECK(describe(summary->issues[2].error).contains(QLatin1String("not a home area")));
        CHECK(db.cardCount() == 0);
    }
}
