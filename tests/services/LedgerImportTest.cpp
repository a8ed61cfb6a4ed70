// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServicesFixture.h"
#include "WalkLifecycle.h"
#include "services/ImportService.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace simfleet;
using namespace simfleet::servicestest;

namespace {

void importFleet(ServiceDb& db, int count)
{
    seedCards(db, 1, count);
}

Result<ImportSummary> importLedger(ServiceDb& db, const QByteArray& bytes,
                                   const ImportOptions& options = {})
{
    ImportService service(db.context());
    return service.importLedger(db.file(QStringLiteral("bills.csv"), bytes), options);
}

} // namespace

TEST_CASE("Ledger import: charges, payments and adjustments by ICCID or phone number")
{
    ServiceDb db;
    importFleet(db, 3);
    QByteArray bytes = "iccid,phone,kind,amount,date,reference\n";
    bytes += iccid(1).toUtf8() + ",,charge,58.00,2025-01-01,BILL-1\n";
    bytes += iccid(1).toUtf8() + ",,payment,¥20,2025-01-10,PAY-1\n";
    bytes += "," + msisdn(2).toUtf8() + ",收费,100,2025-02-01,BILL-2\n";
    bytes += "," + msisdn(2).toUtf8() + ",调整,-12.50,2025-02-03,\n";
    bytes += iccid(3).toUtf8() + ",,adjustment,3.2,2025-02-03,fix\n";
    const Result<ImportSummary> summary = importLedger(db, bytes);
    REQUIRE(summary.ok());
    REQUIRE(summary->ok());
    CHECK(summary->rows == 5);
    CHECK(summary->imported == 5);

    CHECK(db.card(iccid(1)).balance == Money::fromFen(3800));
    CHECK(db.card(iccid(2)).balance == Money::fromFen(8750));
    CHECK(db.card(iccid(3)).balance == Money::fromFen(320));
    const std::vector<LedgerEntry> ledger = db.store().ledgerOf(db.card(iccid(1)).id);
    REQUIRE(ledger.size() == 2);
    CHECK(ledger[1].kind == EntryKind::Payment);
    CHECK(ledger[1].amount == yuan(20)); // written positive
    CHECK(ledger[1].reference == QStringLiteral("PAY-1"));
    CHECK(ledger[1].date == QDate(2025, 1, 10));
}

namespace {

// The seal's digest worked out apart from the store and the core: each stored entry as Qt writes
// a JSON array of its columns' texts, a line each, hashed by Qt.
QByteArray digestOf(std::vector<LedgerEntry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const LedgerEntry& a, const LedgerEntry& b) { return a.id < b.id; });
    QByteArray bytes;
    for (const LedgerEntry& e : entries) {
        const QJsonArray columns{QString::number(e.id),
                                 QString::number(e.cardId),
                                 entryKindCode(e.kind),
                                 QString::number(e.amount.fen()),
                                 e.date.toString(Qt::ISODate),
                                 e.reference,
                                 e.operatorName,
                                 e.recordedAt.toUTC().toString(Qt::ISODateWithMs)};
        bytes += QJsonDocument(columns).toJson(QJsonDocument::Compact) + '\n';
    }
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

TEST_CASE("Ledger import: one audit row for the file, sealing every entry it stored")
{
    ServiceDb db;
    importFleet(db, 3);
    const std::size_t auditBefore = db.auditCount();
    QByteArray bytes = "iccid,phone,kind,amount,date,reference\n";
    bytes += iccid(1).toUtf8() + ",,charge,58.00,2025-01-01,\"BILL \"\"1\"\"\"\n";
    bytes += iccid(1).toUtf8() + ",,payment,¥20,2025-01-10,PAY-1\n";
    bytes += "," + msisdn(2).toUtf8() + ",收费,100,2025-02-01,账单-2\n";
    bytes += "," + msisdn(2).toUtf8() + ",调整,-12.50,2025-02-03,\n";
    bytes += iccid(3).toUtf8() + ",,adjustment,3.2,2025-02-03,fix\n";
    const Result<ImportSummary> summary = importLedger(db, bytes);
    REQUIRE(summary.ok());
    REQUIRE(summary->ok());

    std::vector<LedgerEntry> entries;
    for (int n = 1; n <= 3; ++n) {
        for (const LedgerEntry& e : db.store().ledgerOf(db.card(iccid(n)).id))
            entries.push_back(e);
    }
    REQUIRE(entries.size() == 5);
    const auto [lowest, highest] =
        std::minmax_element(entries.begin(), entries.end(),
                            [](const LedgerEntry& a, const LedgerEntry& b) { return a.id < b.id; });

    const std::vector<AuditEvent> audit = db.store().auditOf(std::nullopt);
    REQUIRE(audit.size() == auditBefore + 1);
    const AuditEvent& row = audit.back();
    CHECK(row.action == AuditAction::LedgerImported);
    CHECK_FALSE(row.cardId.has_value());
    CHECK(row.iccid.isEmpty());
    CHECK(row.operatorName == QStringLiteral("tester"));
    CHECK(row.details.value(QStringLiteral("file")).toString() == QStringLiteral("bills.csv"));
    CHECK(row.details.value(QStringLiteral("first_entry_id")).toInteger() == lowest->id);
    CHECK(row.details.value(QStringLiteral("last_entry_id")).toInteger() == highest->id);
    CHECK(highest->id - lowest->id == 4);
    CHECK(row.details.value(QStringLiteral("entries")).toInteger() == 5);
    CHECK(row.details.value(QStringLiteral("charges_fen")).toInteger() == 15800);
    CHECK(row.details.value(QStringLiteral("payments_fen")).toInteger() == 2000);
    CHECK(row.details.value(QStringLiteral("adjustments_fen")).toInteger() == -930);
    CHECK(row.details.value(QStringLiteral("entries_sha256")).toString().toLatin1() ==
          digestOf(entries));
    CHECK(row.details.size() == 8);
    CHECK_FALSE(db.store().verifyAuditChain().firstBreak.has_value());
}

TEST_CASE("Ledger import is all-or-nothing")
{
    ServiceDb db;
    importFleet(db, 3);
    walkToVoid(db.context(), db.card(iccid(3)).id);
    const std::size_t auditBefore = db.auditCount();

    const QByteArray good =
        "iccid,kind,amount,date,reference\n" + iccid(1).toUtf8() + ",charge,58,2025-01-01,B1\n";
    struct Bad {
        const char* what;
        QByteArray row;
        QString column;
        ErrorCode code;
    };
    const std::vector<Bad> cases{
        {"unknown card", iccid(9).toUtf8() + ",charge,58,2025-01-01,B2\n", QStringLiteral("iccid"),
         ErrorCode::CardNotFound},
        {"void card", iccid(3).toUtf8() + ",payment,5,2025-01-01,P\n", QStringLiteral("iccid"),
         ErrorCode::CardVoid},
        {"negative charge", iccid(2).toUtf8() + ",charge,-58,2025-01-01,B2\n",
         QStringLiteral("amount"), ErrorCode::AmountNotPositive},
        {"zero adjustment", iccid(2).toUtf8() + ",adjustment,0,2025-01-01,A\n",
         QStringLiteral("amount"), ErrorCode::AmountNotPositive},
        {"unknown kind", iccid(2).toUtf8() + ",refund,5,2025-01-01,R\n", QStringLiteral("kind"),
         ErrorCode::EntryKindUnknown},
        {"bad amount", iccid(2).toUtf8() + ",charge,five,2025-01-01,B2\n", QStringLiteral("amount"),
         ErrorCode::MoneyMalformed},
        {"bad date", iccid(2).toUtf8() + ",charge,5,2025-13-01,B2\n", QStringLiteral("date"),
         ErrorCode::DateInvalid},
    };
    for (const Bad& bad : cases) {
        DYNAMIC_SECTION(bad.what)
        {
            const Result<ImportSummary> summary = importLedger(db, good + bad.row);
            REQUIRE(summary.ok());
            REQUIRE(summary->issues.size() == 1);
            CHECK(summary->issues.front().line == 3);
            CHECK(summary->issues.front().column == bad.column);
            CHECK(summary->issues.front().error.code == bad.code);
            CHECK(db.store().ledgerOf(db.card(iccid(1)).id).empty());
            CHECK(db.auditCount() == auditBefore);
        }
    }
    SECTION("a file without a kind column")
    {
        const Result<ImportSummary> summary =
            importLedger(db, "iccid,amount,date\n" + iccid(1).toUtf8() + ",5,2025-01-01\n");
        REQUIRE_FALSE(summary.ok());
        CHECK(summary.error().code == ErrorCode::CsvMissingColumn);
        CHECK(summary.error().detail == QStringLiteral("kind"));
    }
}

TEST_CASE("Ledger import: a charge reopens an arrears-cleared card, audited")
{
    ServiceDb db;
    importFleet(db, 1);
    const CardId id = db.card(iccid(1)).id;
    moveCard(db.context(), id, TransitionRequest{CardState::ArrearsCleared, {}, false, {}, {}});

    ImportOptions dryRun;
    dryRun.dryRun = true;
    const QByteArray bytes =
        "iccid,kind,amount,date,reference\n" + iccid(1).toUtf8() + ",charge,30,2025-03-01,LATE\n";
    const Result<ImportSummary> preview = importLedger(db, bytes, dryRun);
    REQUIRE(preview.ok());
    CHECK(preview->imported == 1);
    CHECK(db.card(iccid(1)).state == CardState::ArrearsCleared);

    const Result<ImportSummary> summary = importLedger(db, bytes);
    REQUIRE(summary.ok());
    REQUIRE(summary->ok());
    const Card card = db.card(iccid(1));
    CHECK(card.state == CardState::Active);
    CHECK(card.balance == yuan(30));
    const std::vector<AuditEvent> audit = db.store().auditOf(id);
    REQUIRE(audit.size() >= 2);
    CHECK(audit[audit.size() - 2].action == AuditAction::LedgerEntryPosted);
    CHECK(audit.back().action == AuditAction::StateChanged);
    CHECK(audit.back().fromState == CardState::ArrearsCleared);
    CHECK(audit.back().toState == CardState::Active);
}

TEST_CASE("Ledger import names every bad row, even after rows it had posted, and keeps none")
{
    ServiceDb db;
    importFleet(db, 3);
    const std::size_t auditBefore = db.auditCount();
    const QByteArray bytes =
        "iccid,kind,amount,date,reference\n" + iccid(1).toUtf8() + ",charge,58,2025-01-01,B1\n" +
        iccid(9).toUtf8() + ",charge,58,2025-01-01,B2\n" + iccid(2).toUtf8() +
        ",payment,10,2025-01-02,P1\n" + iccid(2).toUtf8() + ",charge,ten,2025-01-02,B3\n";
    const Result<ImportSummary> summary = importLedger(db, bytes);
    REQUIRE(summary.ok());
    REQUIRE(summary->issues.size() == 2);
    CHECK(summary->issues[0].line == 3);
    CHECK(summary->issues[0].error.code == ErrorCode::CardNotFound);
    CHECK(summary->issues[1].line == 5);
    CHECK(summary->issues[1].error.code == ErrorCode::MoneyMalformed);
    CHECK(db.store().ledgerOf(db.card(iccid(1)).id).empty());
    CHECK(db.store().ledgerOf(db.card(iccid(2)).id).empty());
    CHECK(db.card(iccid(1)).balance == Money{});
    CHECK(db.auditCount() == auditBefore);
}

TEST_CASE("Ledger import: a dry run checks and counts but posts nothing")
{
    ServiceDb db;
    importFleet(db, 2);
    const std::size_t auditBefore = db.auditCount();
    ImportOptions options;
    options.dryRun = true;
    const Result<ImportSummary> summary = importLedger(
        db,
        "iccid,kind,amount,date,reference\n" + iccid(1).toUtf8() + ",charge,58,2025-01-01,B1\n" +
            iccid(2).toUtf8() + ",payment,5,2025-01-01,P1\n",
        options);
    REQUIRE(summary.ok());
    CHECK(summary->ok());
    CHECK(summary->dryRun);
    CHECK(summary->rows == 2);
    CHECK(summary->imported == 2);
    CHECK(db.store().ledgerOf(db.card(iccid(1)).id).empty());
    CHECK(db.card(iccid(2)).balance == Money{});
    CHECK(db.auditCount() == auditBefore);
}

TEST_CASE("Ledger import: entries around a reopening charge keep the file's order, and add up")
{
    ServiceDb db;
    importFleet(db, 2);
    const CardId cleared = db.card(iccid(1)).id;
    const CardId active = db.card(iccid(2)).id;
    moveCard(db.context(), cleared,
             TransitionRequest{CardState::ArrearsCleared, {}, false, {}, {}});
    const std::size_t auditBefore = db.auditCount();

    const QByteArray bytes =
        "iccid,kind,amount,date,reference\n" + iccid(2).toUtf8() + ",payment,10,2025-03-01,P1\n" +
        iccid(1).toUtf8() + ",charge,30,2025-03-01,LATE\n" + iccid(2).toUtf8() +
        ",charge,58,2025-03-02,B1\n" + iccid(1).toUtf8() + ",payment,5,2025-03-03,P2\n" +
        iccid(1).toUtf8() + ",charge,1,2025-03-04,B2\n";
    const Result<ImportSummary> summary = importLedger(db, bytes);
    REQUIRE(summary.ok());
    REQUIRE(summary->ok());
    CHECK(summary->imported == 5);

    CHECK(db.card(iccid(1)).state == CardState::Active);
    CHECK(db.card(iccid(1)).balance == yuan(26));
    CHECK(db.card(iccid(2)).balance == yuan(48));
    CHECK(db.store().ledgerOf(cleared).size() == 3);
    CHECK(db.store().ledgerOf(active).size() == 2);

    // The reopening charge and the move it makes keep their own rows; then the file's one row,
    // whose seal covers all five entries, the reopening charge among them.
    const std::vector<AuditEvent> audit = db.store().auditOf(std::nullopt);
    REQUIRE(audit.size() == auditBefore + 3);
    const std::vector<std::pair<std::optional<CardId>, AuditAction>> expected{
        {cleared, AuditAction::LedgerEntryPosted},
        {cleared, AuditAction::StateChanged},
        {std::nullopt, AuditAction::LedgerImported},
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("event " << i);
        CHECK(audit[auditBefore + i].cardId == expected[i].first);
        CHECK(audit[auditBefore + i].action == expected[i].second);
    }
    CHECK(audit[auditBefore].details.value(QStringLiteral("reference")).toString() ==
          QStringLiteral("LATE"));
    const std::optional<LedgerImportSeal> seal = ledgerImportSealOf(audit.back().details);
    REQUIRE(seal.has_value());
    CHECK(seal->entries == 5);
    CHECK(seal->lastId - seal->firstId == 4);
    CHECK(seal->charges == yuan(89));
    CHECK(seal->payments == yuan(15));
    std::vector<LedgerEntry> entries = db.store().ledgerOf(cleared);
    for (const LedgerEntry& e : db.store().ledgerOf(active))
        entries.push_back(e);
    CHECK(seal->entriesSha256 == digestOf(entries));
    AuditChainVerifier verifier([&db](std::int64_t first, std::int64_t last) {
        return db.store().sealLedgerEntries(first, last);
    });
    for (const AuditEvent& event : audit)
        verifier.feed(event);
    CHECK_FALSE(verifier.firstBreak().has_value());
}

TEST_CASE("Ledger import: a row dated after today is named, in a dry run too, and nothing posted")
{
    ServiceDb db; // the fixed clock's business day is 2025-03-14
    importFleet(db, 2);
    const std::size_t auditBefore = db.auditCount();
    const QByteArray bytes = "iccid,kind,amount,日期,reference\n" + iccid(1).toUtf8() +
                             ",charge,58,2025-03-14,B1\n" + iccid(2).toUtf8() +
                             ",payment,58,2025-03-15,P1\n";
    for (const bool dryRun : {true, false}) {
        ImportOptions options;
        options.dryRun = dryRun;
        const Result<ImportSummary> summary = importLedger(db, bytes, options);
        REQUIRE(summary.ok());
        REQUIRE(summary->issues.size() == 1);
        CHECK(summary->issues[0].line == 3);
        CHECK(summary->issues[0].column == QStringLiteral("日期"));
        CHECK(summary->issues[0].error ==
              Error{ErrorCode::DateInFuture, QStringLiteral("2025-03-15"), 0});
    }
    CHECK(db.store().ledgerOf(db.card(iccid(1)).id).empty());
    CHECK(db.auditCount() == auditBefore);
}

TEST_CASE("Ledger import: a row with fewer fields than the header is refused, named")
{
    ServiceDb db;
    importFleet(db, 1);
    const QByteArray bytes =
        "iccid,kind,amount,date,reference\n" + iccid(1).toUtf8() + ",charge,58,2025-01-01\n";
    const Result<ImportSummary> summary = importLedger(db, bytes);
    REQUIRE(summary.ok());
    REQUIRE(summary->issues.size() == 1);
    CHECK(summary->issues[0].line == 2);
    CHECK(summary->issues[0].error == Error{ErrorCode::CsvFieldCount, QStringLiteral("4/5"), 0});
    CHECK(db.store().ledgerOf(db.card(iccid(1)).id).empty());
}

TEST_CASE("Ledger import: bill dates as Chinese Excel and WPS write them")
{
    ServiceDb db; // the fixed clock's business day is 2025-03-14
    importFleet(db, 2);
    QByteArray bytes = "iccid,kind,amount,日期,reference\n";
    bytes += iccid(1).toUtf8() + ",charge,58,2025/3/1,B1\n";
    bytes += iccid(1).toUtf8() + ",payment,20,2025/03/02,P1\n";
    bytes += iccid(2).toUtf8() + ",charge,39,2025-3-1,B2\n";
    const Result<ImportSummary> summary = importLedger(db, bytes);
    REQUIRE(summary.ok());
    REQUIRE(summary->ok());
    const std::vector<LedgerEntry> first = db.store().ledgerOf(db.card(iccid(1)).id);
    REQUIRE(first.size() == 2);
    CHECK(first[0].date == QDate(2025, 3, 1));
    CHECK(first[1].date == QDate(2025, 3, 2));
    const std::vector<LedgerEntry> second = db.store().ledgerOf(db.card(iccid(2)).id);
    REQUIRE(second.size() == 1);
    CHECK(second[0].date == QDate(2025, 3, 1));

    SECTION("an ambiguous or impossible date is still named at its line and column")
    {
        const std::size_t auditBefore = db.auditCount();
        QByteArray bad = "iccid,kind,amount,日期,reference\n";
        for (const char* date : {"3/1/2025", "01/03/2025", "2025/13/1", "2025/2/30", "25/3/1"})
            bad += iccid(2).toUtf8() + ",charge,1," + date + ",X\n";
        const Result<ImportSummary> refused = importLedger(db, bad);
        REQUIRE(refused.ok());
        REQUIRE(refused->issues.size() == 5);
        for (std::size_t i = 0; i < refused->issues.size(); ++i) {
            CHECK(refused->issues[i].line == static_cast<int>(i) + 2);
            CHECK(refused->issues[i].column == QStringLiteral("日期"));
            CHECK(refused->issues[i].error.code == ErrorCode::DateInvalid);
        }
        CHECK(db.store().ledgerOf(db.card(iccid(2)).id).size() == 1);
        CHECK(db.auditCount() == auditBefore);
    }
}
