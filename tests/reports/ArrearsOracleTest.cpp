// SPDX-License-Identifier: GPL-3.0-or-later
// The outstanding report from the store's summaries against the same report computed from every
// card's whole ledger (ReportService::outstandingFromLedgers, the definition), on random fleets:
// bills, partial and over-payments, signed adjustments, charges posted long after their date,
// entries in several transactions and through both of the store's posting paths, and as-of days
// before, between and after the entries. They must agree to the fen.
#include "DatabaseFile.h"
#include "Migrator.h"
#include "OracleSupport.h"
#include "ReportFixture.h"
#include "services/ReportService.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

using namespace simfleet;
using namespace simfleet::testing;

namespace {

class RandomFleet : public RandomDraws {
public:
    using RandomDraws::RandomDraws;

    Card card(int index)
    {
        static const std::array<QString, 4> departments{
            QStringLiteral("电销一部"), QStringLiteral("电销二部"), QStringLiteral("客服部"), {}};
        static const std::array<QString, 5> assignees{QStringLiteral("张伟"),
                                                      QStringLiteral("李娜"),
                                                      QStringLiteral("王芳"),
                                                      QStringLiteral("刘洋"),
                                                      {}};
        static const std::array<QString, 4> areas{QStringLiteral("浙江省杭州市"),
                                                  QStringLiteral("上海市"),
                                                  QStringLiteral("广东省深圳市"),
                                                  {}};
        Card card;
        card.iccid = demo::withLuhnDigit(
            QStringLiteral("898600%1").arg(index + 1000000, 13, 10, QLatin1Char('0')));
        card.msisdn = QStringLiteral("138%1").arg(index, 8, 10, QLatin1Char('0'));
        card.carrier = kAllCarriers.at(static_cast<std::size_t>(below(4)));
        card.department = departments.at(static_cast<std::size_t>(below(4)));
        card.assignee = assignees.at(static_cast<std::size_t>(below(5)));
        card.numberHomeArea = areas.at(static_cast<std::size_t>(below(4)));
        if (chance(10))
            card.declaredHomeArea = QStringLiteral("北京市");
        card.monthlyFee = fen(1000, 20000);
        card.activatedOn = QDate(2025, 1, 1);
        return card;
    }

    // A year of monthly bills with the ways a fleet pays them.
    std::vector<LedgerEntry> year(CardId card)
    {
        std::vector<LedgerEntry> entries;
        const int habit = below(5); // 0 pays in full, 1 in part, 2 never, 3 ahead, 4 at random
        const Money rent = fen(1000, 20000);
        for (int month = 1; month <= 12; ++month) {
            const QDate billDay(2026, month, 1 + below(3));
            entries.push_back(make(card, EntryKind::Charge, billDay, rent));
            if (chance(30))
                entries.push_back(
                    make(card, EntryKind::Charge, billDay.addDays(below(20)), fen(1, 5000)));
            const QDate payDay = billDay.addDays(below(40));
            if (habit == 0 || (habit == 4 && chance(50)))
                entries.push_back(make(card, EntryKind::Payment, payDay, rent));
            else if (habit == 1 && chance(70))
                entries.push_back(
                    make(card, EntryKind::Payment, payDay, fen(1, static_cast<int>(rent.fen()))));
            else if (habit == 3 && month % 4 == 1)
                entries.push_back(
                    make(card, EntryKind::Payment, payDay, Money::fromFen(rent.fen() * 5)));
            if (chance(8))
                entries.push_back(make(card, EntryKind::Adjustment, payDay,
                                       Money::fromFen(fen(1, 3000).fen() * (chance(50) ? 1 : -1))));
        }
        return entries;
    }

    // Entries that arrive after the year was stored: a charge dated months back (it changes
    // which charges oldest-first settlement leaves unpaid), a payment, a refund of credit.
    std::vector<LedgerEntry> late(CardId card)
    {
        std::vector<LedgerEntry> entries;
        if (chance(50))
            entries.push_back(
                make(card, EntryKind::Charge, QDate(2026, 1 + below(12), 15), fen(100, 9000)));
        if (chance(40))
            entries.push_back(
                make(card, EntryKind::Payment, QDate(2027, 1, 1 + below(20)), fen(100, 30000)));
        if (chance(10))
            entries.push_back(make(card, EntryKind::Adjustment, QDate(2026, 12, 28),
                                   Money::fromFen(-fen(1, 9000).fen())));
        return entries;
    }

private:
    static LedgerEntry make(CardId card, EntryKind kind, QDate date, Money amount)
    {
        return entryOf(card, kind, date, amount);
    }
};

// Every grouping, as of days before, within and after the ledger.
void requireSummariesAgree(Store& store)
{
    ReportService reports(store);
    for (const QDate asOf :
         {QDate(2025, 12, 31), QDate(2026, 1, 2), QDate(2026, 3, 31), QDate(2026, 7, 15),
          QDate(2026, 12, 31), QDate(2027, 1, 10), QDate(2027, 6, 30)}) {
        for (const OutstandingGrouping grouping : kAllGroupings) {
            INFO("as of " << asOf.toString(Qt::ISODate).toStdString() << ", grouped by "
                          << groupingCode(grouping).toStdString());
            requireSameReport(reports.outstanding(grouping, asOf),
                              reports.outstandingFromLedgers(grouping, asOf));
        }
    }
    // The status bar's totals agree with the cards' balances.
    Money owed;
    Money credit;
    store.forEachCard({}, [&](const Card& card) {
        if (card.balance.isPositive())
            owed += card.balance;
        else
            credit -= card.balance;
    });
    const FleetTotals totals = store.totals();
    CHECK(totals.outstanding == owed);
    CHECK(totals.credit == credit);
}

} // namespace

TEST_CASE("The outstanding report from the summaries equals the whole-ledger computation")
{
    const std::uint32_t seed = GENERATE(1u, 2u, 3u);
    INFO("seed " << seed);
    RandomFleet random(seed);
    TempStore temp(chinaMorning(QDate(2027, 7, 1)));
    // More cards than the store rewrites one by one, so a bulk posting takes the other path.
    constexpr int kCards = 700;

    std::vector<Card> cards;
    REQUIRE(temp.store()
                .write(QStringLiteral("tester"),
                       [&](StoreWriter& writer) -> Status {
                           for (int i = 0; i < kCards; ++i) {
                               Card card = random.card(i);
                               card.id = writer.insertCard(card, postedAudit());
                               cards.push_back(card);
                           }
                           std::vector<LedgerPosting> postings;
                           for (const Card& card : cards) {
                               for (const LedgerEntry& entry : random.year(card.id))
                                   postings.push_back({entry, card.iccid, postedAudit()});
                           }
                           writer.postLedgerEntries(postings);
                           return {};
                       })
                .ok());
    requireSummariesAgree(temp.store());

    // Late entries, one at a time, in a transaction per card, for some cards.
    for (const Card& card : cards) {
        if (!random.chance(30))
            continue;
        REQUIRE(temp.store()
                    .write(QStringLiteral("tester"),
                           [&](StoreWriter& writer) -> Status {
                               for (const LedgerEntry& entry : random.late(card.id))
                                   writer.postLedgerEntry(entry, postedAudit());
                               return {};
                           })
                    .ok());
    }
    requireSummariesAgree(temp.store());

    // Edits move cards, and their arrears, to other departments, assignees and home areas;
    // some in the same transaction as a new bill.
    REQUIRE(temp.store()
                .write(QStringLiteral("tester"),
                       [&](StoreWriter& writer) -> Status {
                           for (const Card& original : cards) {
                               if (!random.chance(25))
                                   continue;
                               Card card = *writer.cardById(original.id);
                               const Card moved = random.card(static_cast<int>(card.id));
                               card.department = moved.department;
                               card.assignee = moved.assignee;
                               card.declaredHomeArea = moved.declaredHomeArea;
                               if (random.chance(30)) {
                                   LedgerEntry bill = entry(EntryKind::Charge, QDate(2027, 2, 1),
                                                            random.fen(100, 9000));
                                   bill.cardId = card.id;
                                   writer.postLedgerEntry(bill, postedAudit());
                                   card.version = writer.cardById(card.id)->version;
                               }
                               writer.updateCard(card, postedAudit());
                           }
                           return {};
                       })
                .ok());
    requireSummariesAgree(temp.store());
}

TEST_CASE("A report read inside a write sees the postings of that same write")
{
    RandomFleet random(7);
    TempStore temp(chinaMorning(QDate(2027, 1, 31)));
    REQUIRE(temp.store()
                .write(QStringLiteral("tester"),
                       [&](StoreWriter& writer) -> Status {
                           Card card = random.card(1);
                           card.id = writer.insertCard(card, postedAudit());
                           LedgerEntry bill = entry(EntryKind::Charge, QDate(2027, 1, 1), yuan(58));
                           bill.cardId = card.id;
                           writer.postLedgerEntry(bill, postedAudit());
                           const OutstandingReport report = ReportService(writer).outstanding(
                               OutstandingGrouping::Carrier, QDate(2027, 1, 31));
                           CHECK(report.total.outstanding == yuan(58));
                           CHECK(report.total.aging.days0to30 == yuan(58));
                           CHECK(writer.totals().outstanding == yuan(58));
                           return {};
                       })
                .ok());
}

TEST_CASE("A rolled-back posting leaves the summaries as they were")
{
    RandomFleet random(11);
    TempStore temp(chinaMorning(QDate(2027, 1, 31)));
    CardId id = 0;
    REQUIRE(temp.store()
                .write(QStringLiteral("tester"),
                       [&](StoreWriter& writer) -> Status {
                           id = writer.insertCard(random.card(1), postedAudit());
                           return {};
                       })
                .ok());
    const Status refused =
        temp.store().write(QStringLiteral("tester"), [&](StoreWriter& writer) -> Status {
            LedgerEntry bill = entry(EntryKind::Charge, QDate(2027, 1, 1), yuan(58));
            bill.cardId = id;
            writer.postLedgerEntry(bill, postedAudit());
            return Error{ErrorCode::FieldRequired, QStringLiteral("amount"), 0};
        });
    CHECK_FALSE(refused.ok());
    CHECK(temp.store().totals().outstanding == Money());
    CHECK(ReportService(temp.store())
              .outstanding(OutstandingGrouping::Carrier, QDate(2027, 1, 31))
              .groups.empty());
}

TEST_CASE("A database of the release before the summaries migrates with them built from its bills")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("simfleet.db"));
    RandomFleet random(5);
    {
        // Schema 7 and rows as that release wrote them: each card's cached balance is its sum.
        auto db = sqlite::openForWriting(path, true, 1000);
        REQUIRE(sqlite::migrate(*db, 7, {}) == 7);
        SQLite::Statement card(*db, "INSERT INTO cards (id, iccid, carrier, department, assignee,"
                                    " home_area, state) VALUES (?, ?, ?, ?, ?, ?, 'active')");
        SQLite::Statement bill(*db, "INSERT INTO ledger_entries (card_id, kind, amount_fen, date,"
                                    " operator, recorded_at) VALUES (?, ?, ?, ?, 'tester',"
                                    " '2027-01-01T00:00:00.000Z')");
        for (CardId id = 1; id <= 300; ++id) {
            const Card made = random.card(static_cast<int>(id));
            card.bind(1, id);
            card.bind(2, made.iccid.toStdString());
            card.bind(3, carrierCode(made.carrier).toStdString());
            card.bind(4, made.department.toStdString());
            card.bind(5, made.assignee.toStdString());
            card.bind(6, made.numberHomeArea.toStdString());
            card.exec();
            card.reset();
            Money balance;
            for (const LedgerEntry& entry : random.year(id)) {
                bill.bind(1, id);
                bill.bind(2, entryKindCode(entry.kind).toStdString());
                bill.bind(3, entry.amount.fen());
                bill.bind(4, entry.date.toString(Qt::ISODate).toStdString());
                bill.exec();
                bill.reset();
                balance += balanceEffect(entry);
            }
            db->exec("UPDATE cards SET balance_fen = " + std::to_string(balance.fen()) +
                     " WHERE id = " + std::to_string(id));
        }
    }

    FixedClock clock(chinaMorning(QDate(2027, 2, 1)));
    StoreOpenOptions options;
    options.backupBeforeMigrate = false;
    auto opened = openSqliteStore(path, clock, options);
    REQUIRE(opened.ok());
    CHECK(*schemaVersionOf(path) == latestSchemaVersion());
    requireSummariesAgree(**opened);
}
