// SPDX-License-Identifier: GPL-3.0-or-later
// A ledger import into an empty ledger folds each card's arrears as its entries are posted
// (ArrearsAsPosted) instead of working them out from the stored ledger afterwards. The summaries
// it leaves must be those of the whole-ledger computation (the outstanding report's definition)
// and, row for row, those the store keeps when the same entries are posted one by one (the
// refold): on random fleets with bills, part and over-payments, signed adjustments, charges that
// reopen a card in credit, charges dated before earlier ones (which the fold gives up to the
// ledger), edits in the same transaction, and a second import into the ledger the first left.
#include "OracleSupport.h"
#include "ReportFixture.h"
#include "domain/LedgerImportSeal.h"
#include "ports/LedgerBatch.h"
#include "services/ReportService.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace simfleet;
using namespace simfleet::testing;

namespace {

class Random : public RandomDraws {
public:
    using RandomDraws::RandomDraws;

    Card card(int index)
    {
        static const std::array<QString, 3> departments{
            QStringLiteral("电销一部"), QStringLiteral("客服部"), {}};
        static const std::array<QString, 3> areas{
            QStringLiteral("浙江省杭州市"), QStringLiteral("上海市"), {}};
        Card card;
        card.iccid = demo::withLuhnDigit(
            QStringLiteral("898600%1").arg(index + 2000000, 13, 10, QLatin1Char('0')));
        card.msisdn = QStringLiteral("139%1").arg(index, 8, 10, QLatin1Char('0'));
        card.carrier = kAllCarriers.at(static_cast<std::size_t>(below(4)));
        card.department = departments.at(static_cast<std::size_t>(below(3)));
        card.numberHomeArea = areas.at(static_cast<std::size_t>(below(3)));
        card.monthlyFee = fen(1000, 20000);
        card.activatedOn = QDate(2025, 1, 1);
        return card;
    }

    // One month of a card's bills and what it paid, in date order but for a charge now and then
    // dated months back (the fold gives such a card up). Habits (0-4): pays in full, in part,
    // never, far ahead (credit that later bills reopen), or at random.
    std::vector<LedgerEntry> month(CardId card, int habit, Money rent, int month)
    {
        std::vector<LedgerEntry> entries;
        const QDate billDay(2026, month, 1 + below(3));
        entries.push_back(make(card, EntryKind::Charge, billDay, rent));
        if (chance(20)) // a second charge the same day
            entries.push_back(make(card, EntryKind::Charge, billDay, fen(1, 3000)));
        const QDate payDay = billDay.addDays(1 + below(20));
        if (habit == 0 || (habit == 4 && chance(50)))
            entries.push_back(make(card, EntryKind::Payment, payDay, rent));
        else if (habit == 1 && chance(70))
            entries.push_back(
                make(card, EntryKind::Payment, payDay, fen(1, static_cast<int>(rent.fen()))));
        else if (habit == 3 && month % 4 == 1)
            entries.push_back(
                make(card, EntryKind::Payment, payDay, Money::fromFen(rent.fen() * 5)));
        if (chance(6))
            entries.push_back(make(card, EntryKind::Adjustment, payDay,
                                   Money::fromFen(fen(1, 3000).fen() * (chance(50) ? 1 : -1))));
        if (chance(2)) // reaches the file after later bills
            entries.push_back(
                make(card, EntryKind::Charge, QDate(2026, 1 + below(month), 10), fen(100, 9000)));
        return entries;
    }

private:
    static LedgerEntry make(CardId card, EntryKind kind, QDate date, Money amount)
    {
        return entryOf(card, kind, date, amount);
    }
};

// The entries as an import posts them: in batches, sealed by one audit row.
void postAsImport(StoreWriter& writer, Store& store, std::span<const LedgerEntry> entries,
                  std::size_t batches)
{
    const std::int64_t first = writer.nextLedgerEntryId();
    const std::size_t perBatch = entries.size() / batches + 1;
    for (std::size_t start = 0; start < entries.size(); start += perBatch) {
        LedgerBatch batch;
        for (const LedgerEntry& e :
             entries.subspan(start, std::min(perBatch, entries.size() - start)))
            batch.add(e.cardId, store.cardById(e.cardId)->iccid, e.kind, e.amount, e.date,
                      e.reference);
        writer.postLedgerBatch(std::move(batch));
    }
    const LedgerImportSeal seal = writer.sealLedgerEntries(first, writer.nextLedgerEntryId() - 1);
    writer.appendAudit(std::nullopt,
                       AuditDraft{AuditAction::LedgerImported, std::nullopt, std::nullopt,
                                  ledgerImportDetails(QStringLiteral("bills.csv"), seal)});
}

void requireSummariesAgree(Store& store)
{
    ReportService reports(store);
    for (const QDate asOf : {QDate(2026, 3, 31), QDate(2026, 12, 31), QDate(2027, 6, 30)}) {
        for (const OutstandingGrouping grouping : kAllGroupings) {
            INFO("as of " << asOf.toString(Qt::ISODate).toStdString() << ", grouped by "
                          << groupingCode(grouping).toStdString());
            requireSameReport(reports.outstanding(grouping, asOf),
                              reports.outstandingFromLedgers(grouping, asOf));
        }
    }
}

// Every summary table's rows, in key order, as text.
std::vector<std::string> summaryRows(const QString& path)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    std::vector<std::string> rows;
    for (const char* sql : {"SELECT 'card', card_id, day, unpaid_fen FROM card_arrears"
                            " ORDER BY card_id, day",
                            "SELECT grouping, group_key, day, unpaid_fen FROM group_arrears"
                            " ORDER BY grouping, group_key, day",
                            "SELECT grouping, group_key, cards, '' FROM group_owing_cards"
                            " ORDER BY grouping, group_key",
                            "SELECT 'extent', last_date, '', '' FROM ledger_extent"}) {
        SQLite::Statement select(db, sql);
        while (select.executeStep()) {
            std::string row;
            for (int i = 0; i < 4; ++i)
                row += select.getColumn(i).getString() + '|';
            rows.push_back(row);
        }
    }
    return rows;
}

std::vector<Card> insertCards(Store& store, Random& random, int count)
{
    std::vector<Card> cards;
    REQUIRE(store
                .write(QStringLiteral("tester"),
                       [&](StoreWriter& writer) -> Status {
                           for (int i = 0; i < count; ++i) {
                               Card card = random.card(i);
                               card.id = writer.insertCard(card, postedAudit());
                               cards.push_back(card);
                           }
                           return {};
                       })
                .ok());
    return cards;
}

} // namespace

TEST_CASE("An import into an empty ledger leaves the summaries of the whole-ledger computation")
{
    const std::uint32_t seed = GENERATE(1u, 2u, 3u);
    INFO("seed " << seed);
    const QDateTime now = chinaMorning(QDate(2027, 7, 1));
    TempStore imported(now);
    TempStore oneByOne(now); // the same entries through the refold, for the rows themselves
    Random random(seed);
    const std::vector<Card> cards = insertCards(imported.store(), random, 600);
    Random same(seed);
    REQUIRE(insertCards(oneByOne.store(), same, 600).size() == cards.size());

    // A year of bills, month by month, the cards' entries interleaved.
    std::vector<int> habits;
    std::vector<Money> rents;
    for (std::size_t i = 0; i < cards.size(); ++i) {
        habits.push_back(random.below(5));
        rents.push_back(random.fen(1000, 20000));
    }
    std::vector<LedgerEntry> file;
    for (int month = 1; month <= 12; ++month) {
        for (std::size_t i = 0; i < cards.size(); ++i) {
            for (const LedgerEntry& e : random.month(cards[i].id, habits[i], rents[i], month))
                file.push_back(e);
        }
    }
    // Some cards move to another department in the same transaction, after the entries.
    std::vector<CardId> moved;
    for (const Card& card : cards) {
        if (random.chance(10))
            moved.push_back(card.id);
    }
    const auto moveCards = [&](StoreWriter& writer) {
        for (const CardId id : moved) {
            Card card = *writer.cardById(id);
            card.department = QStringLiteral("新部门");
            writer.updateCard(card, postedAudit());
        }
    };

    REQUIRE(imported.store()
                .write(QStringLiteral("tester"),
                       [&](StoreWriter& writer) -> Status {
                           postAsImport(writer, imported.store(), file, 3);
                           moveCards(writer);
                           return {};
                       })
                .ok());
    REQUIRE(oneByOne.store()
                .write(QStringLiteral("tester"),
                       [&](StoreWriter& writer) -> Status {
                           for (const LedgerEntry& e : file)
                               writer.postLedgerEntry(e, postedAudit());
                           moveCards(writer);
                           return {};
                       })
                .ok());
    requireSummariesAgree(imported.store());
    CHECK(summaryRows(imported.path()) == summaryRows(oneByOne.path()));

    // A second file into the ledger the first left: worked out from the ledger.
    std::vector<LedgerEntry> later;
    const auto add = [&](CardId card, LedgerEntry e) {
        e.cardId = card;
        later.push_back(e);
    };
    for (const Card& card : cards) {
        if (random.chance(40))
            add(card.id, entry(EntryKind::Charge, QDate(2026, 1 + random.below(12), 20),
                               random.fen(100, 9000)));
        if (random.chance(30))
            add(card.id, entry(EntryKind::Payment, QDate(2027, 1, 5), random.fen(100, 40000)));
    }
    REQUIRE(imported.store()
                .write(QStringLiteral("tester"),
                       [&](StoreWriter& writer) -> Status {
                           postAsImport(writer, imported.store(), later, 2);
                           return {};
                       })
                .ok());
    REQUIRE(oneByOne.store()
                .write(QStringLiteral("tester"),
                       [&](StoreWriter& writer) -> Status {
                           for (const LedgerEntry& e : later)
                               writer.postLedgerEntry(e, postedAudit());
                           return {};
                       })
                .ok());
    requireSummariesAgree(imported.store());
    CHECK(summaryRows(imported.path()) == summaryRows(oneByOne.path()));
}
