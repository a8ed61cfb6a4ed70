// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/LedgerCards.h"

#include "ServicesFixture.h"
#include "WalkLifecycle.h"
#include "services/import/CardDirectory.h"
#include "services/import/ImportPass.h"

using namespace simfleet;
using namespace simfleet::servicestest;

namespace {

// A card stored as given, whatever the shape of its ICCID and number.
CardId storeCard(ServiceDb& db, const QString& iccidText, const QString& msisdnText)
{
    Card card;
    card.iccid = iccidText;
    card.msisdn = msisdnText;
    card.state = CardState::Active;
    CardId id = 0;
    REQUIRE(db.store()
                .write(QStringLiteral("tester"),
                       [&](StoreWriter& writer) -> Status {
                           id = writer.insertCard(card, AuditDraft{AuditAction::CardCreated,
                                                                   std::nullopt,
                                                                   CardState::Active,
                                                                   {}});
                           return {};
                       })
                .ok());
    return id;
}

// 20 digits: 8986, 15 digits of n, a Luhn check digit.
QString longIccid(int n)
{
    const QString body = QStringLiteral("8986%1").arg(n, 15, 10, QLatin1Char('0'));
    return body + luhnCheckDigit(body);
}

Result<ImportSummary> importLedger(ServiceDb& db, const QByteArray& bytes)
{
    ImportService service(db.context());
    return service.importLedger(db.file(QStringLiteral("bills.csv"), bytes));
}

} // namespace

TEST_CASE("A card directory finds the cards the store finds, by ICCID and by number")
{
    ServiceDb db;
    seedCards(db, 1, 40);
    const CardId twenty = storeCard(db, longIccid(7), msisdn(900));
    const CardId odd = storeCard(db, QStringLiteral("ICC-77"), msisdn(901));
    const CardId noNumber = storeCard(db, longIccid(8), QString());
    const CardDirectory directory = CardDirectory::load(db.store(), true, true);

    for (int n = 1; n <= 40; ++n) {
        INFO("card " << n);
        const Card card = db.card(iccid(n));
        const auto byIccid = directory.findByIccid(iccid(n));
        const auto byNumber = directory.findByMsisdn(msisdn(n));
        REQUIRE(byIccid.has_value());
        REQUIRE(byNumber == byIccid);
        CHECK(directory.id(*byIccid) == card.id);
        CHECK(directory.state(*byIccid) == card.state);
        CHECK(directory.iccid(*byIccid) == card.iccid);
    }
    const auto found20 = directory.findByIccid(longIccid(7));
    REQUIRE(found20.has_value());
    CHECK(directory.id(*found20) == twenty);
    CHECK(directory.iccid(*found20) == longIccid(7));
    CHECK(directory.findByMsisdn(msisdn(900)) == found20);
    // An ICCID of another shape: found by its number, and given back as stored.
    const auto foundOdd = directory.findByMsisdn(msisdn(901));
    REQUIRE(foundOdd.has_value());
    CHECK(directory.id(*foundOdd) == odd);
    CHECK(directory.iccid(*foundOdd) == QStringLiteral("ICC-77"));
    CHECK(directory.id(*directory.findByIccid(longIccid(8))) == noNumber);

    CHECK_FALSE(directory.findByIccid(iccid(41)).has_value());
    CHECK_FALSE(directory.findByIccid(longIccid(1)).has_value()); // 20 digits, not 19
    CHECK_FALSE(directory.findByMsisdn(msisdn(41)).has_value());
    CHECK_FALSE(directory.findByMsisdn(QString()).has_value());
}

TEST_CASE("Ledger import does the same whether it asks the store or a directory of the cards")
{
    // A few cards for the file: a directory pays; hundreds: asking the store pays.
    for (const int fleet : {4, 600}) {
        DYNAMIC_SECTION("a fleet of " << fleet)
        {
            ServiceDb db;
            seedCards(db, 1, fleet);
            const CardId cleared = db.card(iccid(1)).id;
            moveCard(db.context(), cleared,
                     TransitionRequest{CardState::ArrearsCleared, {}, false, {}, {}});
            walkToVoid(db.context(), db.card(iccid(3)).id);
            const std::size_t auditBefore = db.auditCount();

            const QByteArray header = "iccid,msisdn,kind,amount,date,reference\n";
            QByteArray bytes = header;
            bytes += iccid(2).toUtf8() + ",,payment,10,2025-03-01,P1\n";
            bytes += "," + msisdn(1).toUtf8() + ",charge,30,2025-03-01,LATE\n"; // reopens
            bytes += "," + msisdn(2).toUtf8() + ",charge,58,2025-03-02,B1\n";
            bytes += iccid(1).toUtf8() + ",,charge,1,2025-03-04,B2\n"; // active again by now
            bytes += iccid(4).toUtf8() + ",,adjustment,-2.5,2025-03-04,fix\n";
            const QString path = db.file(QStringLiteral("plan.csv"), bytes);
            const Result<ImportPass> pass = ImportPass::open(path, ImportOptions{});
            REQUIRE(pass.ok());
            const LedgerColumns columns = mapLedgerColumns(pass->headers());
            CHECK(LedgerCards::forFile(db.store(), columns, pass->bytesTotal()).asksStore() ==
                  (fleet > 4));

            const Result<ImportSummary> summary = importLedger(db, bytes);
            REQUIRE(summary.ok());
            REQUIRE(summary->ok());
            CHECK(summary->imported == 5);
            CHECK(db.card(iccid(1)).state == CardState::Active);
            CHECK(db.card(iccid(1)).balance == yuan(31));
            CHECK(db.card(iccid(2)).balance == yuan(48));
            CHECK(db.card(iccid(4)).balance == Money::fromFen(-250));
            const std::vector<AuditEvent> audit = db.store().auditOf(std::nullopt);
            // The reopening charge and its move have rows of their own; the file has one.
            REQUIRE(audit.size() == auditBefore + 3);
            const std::vector<std::pair<QString, AuditAction>> expected{
                {iccid(1), AuditAction::LedgerEntryPosted},
                {iccid(1), AuditAction::StateChanged},
                {QString(), AuditAction::LedgerImported},
            };
            for (std::size_t i = 0; i < expected.size(); ++i) {
                INFO("event " << i);
                CHECK(audit[auditBefore + i].iccid == expected[i].first);
                CHECK(audit[auditBefore + i].action == expected[i].second);
            }

            QByteArray refused = header;
            refused += iccid(3).toUtf8() + ",,payment,5,2025-03-05,P\n";
            refused += ",13812345678,charge,5,2025-03-05,B\n";
            refused += iccid(fleet + 1).toUtf8() + ",,charge,5,2025-03-05,B\n";
            refused += iccid(2).toUtf8() + ",,charge,5,2025-03-15,B\n";
            refused += iccid(2).toUtf8() + ",,charge,5,2025-03-05,B\n";
            const std::size_t auditAfter = db.auditCount();
            const Result<ImportSummary> bad = importLedger(db, refused);
            REQUIRE(bad.ok());
            REQUIRE(bad->issues.size() == 4);
            CHECK(bad->imported == 1);
            const std::vector<std::pair<QString, ErrorCode>> issues{
                {QStringLiteral("iccid"), ErrorCode::CardVoid},
                {QStringLiteral("msisdn"), ErrorCode::CardNotFound},
                {QStringLiteral("iccid"), ErrorCode::CardNotFound},
                {QStringLiteral("date"), ErrorCode::DateInFuture},
            };
            for (std::size_t i = 0; i < issues.size(); ++i) {
                INFO("issue " << i);
                CHECK(bad->issues[i].line == static_cast<int>(i) + 2);
                CHECK(bad->issues[i].column == issues[i].first);
                CHECK(bad->issues[i].error.code == issues[i].second);
            }
            CHECK(db.auditCount() == auditAfter);
            CHECK(db.card(iccid(2)).balance == yuan(48));
        }
    }
}
