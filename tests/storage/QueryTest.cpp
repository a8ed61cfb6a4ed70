// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardFilterSql.h"
#include "StorageTestSupport.h"

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <tuple>

using namespace simfleet;
using namespace simfleet::storagetest;

namespace {

constexpr int kFleetSize = 300;

// A few hundred cards, some with charges, payments or credit, read back as stored.
struct Fleet {
    StoreFixture fixture;
    std::vector<Card> cards; // as stored (ids, balances, versions)

    Fleet()
    {
        const Status status =
            fixture.store().write(QStringLiteral("loader"), [&](StoreWriter& writer) -> Status {
                for (int n = 0; n < kFleetSize; ++n) {
                    const CardId id = writer.insertCard(sampleCard(n), created());
                    if (n % 3 == 0)
                        writer.postLedgerEntry(entry(id, EntryKind::Charge, 100 * (1 + n % 17),
                                                     QDate(2024, 1, 1 + n % 28)),
                                               posted());
                    if (n % 4 == 0)
                        writer.postLedgerEntry(
                            entry(id, EntryKind::Payment, 50 + n, QDate(2024, 2, 1)), posted());
                }
                return {};
            });
        REQUIRE(status.ok());
        fixture.store().forEachCard({}, [&](const Card& card) { cards.push_back(card); });
        REQUIRE(cards.size() == kFleetSize);
    }
};

bool matches(const Card& card, const CardFilter& filter)
{
    if (filter.state && card.state != *filter.state)
        return false;
    if (filter.carrier && card.carrier != *filter.carrier)
        return false;
    if (!filter.department.isEmpty() && card.department != filter.department)
        return false;
    if (!filter.assignee.isEmpty() && card.assignee != filter.assignee)
        return false;
    if (!filter.homeArea.isEmpty() && card.homeArea() != filter.homeArea)
        return false;
    if (filter.owesOnly && !card.balance.isPositive())
        return false;
    if (filter.lostOnly && !card.lost)
        return false;
    const QString search = filter.search.trimmed();
    if (search.isEmpty())
        return true;
    bool digits = true;
    for (QChar c : search)
        digits = digits && c.isDigit();
    if (digits)
        return card.iccid.startsWith(search) || card.msisdn.startsWith(search);
    return card.holderName.contains(search) || card.assignee.contains(search);
}

// The order the fleet table promises: the column, then the id, both in the chosen direction.
bool before(const Card& a, const Card& b, CardSortColumn column)
{
    const auto key = [column](const Card& c) -> std::tuple<QString, std::int64_t> {
        switch (column) {
        case CardSortColumn::Iccid:
            return {c.iccid, std::int64_t{0}};
        case CardSortColumn::Msisdn:
            return {c.msisdn, std::int64_t{0}};
        case CardSortColumn::Carrier:
            return {carrierCode(c.carrier), std::int64_t{0}};
        case CardSortColumn::Plan:
            return {c.plan, std::int64_t{0}};
        case CardSortColumn::MonthlyFee:
            return {QString(), c.monthlyFee.fen()};
        case CardSortColumn::Department:
            return {c.department, std::int64_t{0}};
        case CardSortColumn::Assignee:
            return {c.assignee, std::int64_t{0}};
        case CardSortColumn::State: // lifecycle order
            return {QString(), static_cast<std::int64_t>(c.state)};
        case CardSortColumn::Balance:
            return {QString(), c.balance.fen()};
        case CardSortColumn::StateSince:
            return {QString(), c.stateSince.toMSecsSinceEpoch()};
        case CardSortColumn::Lost:
            return {QString(), c.lost ? 1 : 0};
        }
        return {};
    };
    const auto [textA, numberA] = key(a);
    const auto [textB, numberB] = key(b);
    // Stored text compares by UTF-8 bytes, which is code point order: compare the same way.
    const auto ka = std::make_tuple(textA.toUtf8(), numberA, a.id);
    const auto kb = std::make_tuple(textB.toUtf8(), numberB, b.id);
    return ka < kb;
}

std::vector<CardId> expectedIds(const std::vector<Card>& cards, const CardQuery& query)
{
    std::vector<Card> selected;
    std::copy_if(cards.begin(), cards.end(), std::back_inserter(selected),
                 [&](const Card& c) { return matches(c, query.filter); });
    std::sort(selected.begin(), selected.end(), [&](const Card& a, const Card& b) {
        return query.descending ? before(b, a, query.sortBy) : before(a, b, query.sortBy);
    });
    std::vector<CardId> ids;
    for (const Card& c : selected)
        ids.push_back(c.id);
    return ids;
}

std::vector<CardId> idsOf(const std::vector<Card>& cards)
{
    std::vector<CardId> ids;
    for (const Card& c : cards)
        ids.push_back(c.id);
    return ids;
}

std::vector<CardFilter> sampleFilters(const std::vector<Card>& cards)
{
    std::vector<CardFilter> filters(14);
    filters[1].state = CardState::CancellationRequested;
    filters[2].carrier = Carrier::Ctcc;
    filters[3].department = QStringLiteral("销售1部");
    filters[4].assignee = QStringLiteral("李四2");
    filters[5].homeArea = QStringLiteral("广东省深圳市");
    filters[6].owesOnly = true;
    filters[7].lostOnly = true;
    filters[8].search = cards[42].iccid.left(17);   // an ICCID prefix
    filters[9].search = cards[7].msisdn.left(9);    // a phone-number prefix
    filters[10].search = QStringLiteral(" 张三3 "); // a holder name, padded
    filters[11].search = QStringLiteral("四5");     // part of an assignee
    filters[12].search = QStringLiteral("%");       // a LIKE wildcard is just a character
    filters[13].state = CardState::Active;
    filters[13].carrier = Carrier::Cmcc;
    filters[13].owesOnly = true;
    return filters;
}

constexpr CardSortColumn kSortColumns[] = {
    CardSortColumn::Iccid,      CardSortColumn::Msisdn,     CardSortColumn::Carrier,
    CardSortColumn::Plan,       CardSortColumn::MonthlyFee, CardSortColumn::Department,
    CardSortColumn::Assignee,   CardSortColumn::State,      CardSortColumn::Balance,
    CardSortColumn::StateSince, CardSortColumn::Lost,
};

} // namespace

TEST_CASE("Counting and filtering agree with a filter applied by hand")
{
    Fleet fleet;
    for (const CardFilter& filter : sampleFilters(fleet.cards)) {
        const auto expected = expectedIds(fleet.cards, CardQuery{filter, {}, false, 0, -1});
        INFO("search '" << filter.search.toStdString() << "'");
        CHECK(fleet.fixture.store().countCards(filter) ==
              static_cast<std::int64_t>(expected.size()));
        CHECK(idsOf(fleet.fixture.store().cards(CardQuery{filter, {}, false, 0, -1})) == expected);
    }
    // The samples are not vacuous.
    const auto filters = sampleFilters(fleet.cards);
    CHECK(fleet.fixture.store().countCards(filters[8]) >= 1);
    CHECK(fleet.fixture.store().countCards(filters[9]) >= 1);
    CHECK(fleet.fixture.store().countCards(filters[10]) >= 1);
    CHECK(fleet.fixture.store().countCards(filters[11]) >= 1);
    CHECK(fleet.fixture.store().countCards(filters[12]) == 0);
    CHECK(fleet.fixture.store().countCards(filters[13]) >= 1);
}

TEST_CASE("Every sort column pages through the fleet in a stable order, both ways")
{
    Fleet fleet;
    CardFilter owing;
    owing.owesOnly = true;
    for (const CardFilter& filter : {CardFilter{}, owing}) {
        for (CardSortColumn column : kSortColumns) {
            for (bool descending : {false, true}) {
                INFO("column " << static_cast<int>(column) << (descending ? " desc" : " asc"));
                const auto expected =
                    expectedIds(fleet.cards, CardQuery{filter, column, descending, 0, -1});
                std::vector<CardId> paged;
                for (std::int64_t offset = 0;; offset += 37) {
                    const auto page = fleet.fixture.store().cards(
                        CardQuery{filter, column, descending, offset, 37});
                    CHECK(page.size() <= 37);
                    for (const Card& c : page)
                        paged.push_back(c.id);
                    if (page.size() < 37)
                        break;
                }
                CHECK(paged == expected);
            }
        }
    }
}

TEST_CASE("The sorted ids of a question follow every sort column both ways, ties by id")
{
    Fleet fleet;
    const auto filters = sampleFilters(fleet.cards);
    for (std::size_t f = 0; f < filters.size(); ++f) {
        for (CardSortColumn column : kSortColumns) {
            for (bool descending : {false, true}) {
                INFO("filter " << f << " column " << static_cast<int>(column)
                               << (descending ? " desc" : " asc"));
                const auto expected =
                    expectedIds(fleet.cards, CardQuery{filters[f], column, descending, 0, -1});
                CHECK(fleet.fixture.store().cardIds(filters[f], column, descending) == expected);
            }
        }
    }
    // The columns with few distinct values really do lean on the id to break ties.
    CardFilter active;
    active.state = CardState::Active;
    const auto lostFirst = fleet.fixture.store().cardIds(active, CardSortColumn::Lost, true);
    REQUIRE(lostFirst.size() >= 2);
    CHECK(fleet.fixture.store().cardById(lostFirst.front())->lost);
    CHECK_FALSE(fleet.fixture.store().cardById(lostFirst.back())->lost);
}

TEST_CASE("Cards by id come in the order asked for and skip ids that are not stored")
{
    Fleet fleet;
    const CardId highest = fleet.cards.back().id;
    const std::vector<CardId> asked{fleet.cards[17].id,  highest + 5, fleet.cards[3].id,
                                    fleet.cards[250].id, 0,           fleet.cards[3].id};
    const auto found = fleet.fixture.store().cardsByIds(asked);
    CHECK(idsOf(found) == std::vector<CardId>{fleet.cards[17].id, fleet.cards[3].id,
                                              fleet.cards[250].id, fleet.cards[3].id});
    // Whole cards, as stored.
    REQUIRE(found.size() == 4);
    CHECK(found[0] == fleet.cards[17]);
    CHECK(found[2] == fleet.cards[250]);
    CHECK(fleet.fixture.store().cardsByIds({}).empty());

    // A slice of the sorted ids reads back as the same page the offset query returns.
    CardFilter owing;
    owing.owesOnly = true;
    const auto ids = fleet.fixture.store().cardIds(owing, CardSortColumn::Balance, true);
    REQUIRE(ids.size() > 30);
    const auto slice = std::span<const CardId>(ids).subspan(10, 20);
    CHECK(fleet.fixture.store().cardsByIds(slice) ==
          fleet.fixture.store().cards(CardQuery{owing, CardSortColumn::Balance, true, 10, 20}));
}

TEST_CASE("A write transaction's sorted ids and cards by id see its own changes")
{
    Fleet fleet;
    const Status status =
        fleet.fixture.store().write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
            const CardId id = writer.insertCard(sampleCard(kFleetSize), created());
            writer.postLedgerEntry(entry(id, EntryKind::Charge, 999999, QDate(2024, 3, 1)),
                                   posted());
            const auto ids = writer.cardIds({}, CardSortColumn::Balance, true);
            CHECK(ids.size() == kFleetSize + 1);
            CHECK(ids.front() == id);
            const std::vector<CardId> one{id};
            const auto cards = writer.cardsByIds(one);
            REQUIRE(cards.size() == 1);
            CHECK(cards.front().balance == Money::fromFen(999999));
            return {};
        });
    CHECK(status.ok());
}

TEST_CASE("The whole fleet by ICCID or number pages straight off an index, nothing else does")
{
    Fleet fleet;
    const auto filters = sampleFilters(fleet.cards);
    for (std::size_t f = 0; f < filters.size(); ++f) {
        for (CardSortColumn column : kSortColumns) {
            for (bool descending : {false, true}) {
                INFO("filter " << f << " column " << static_cast<int>(column)
                               << (descending ? " desc" : " asc"));
                const bool indexed =
                    f == 0 && (column == CardSortColumn::Iccid || column == CardSortColumn::Msisdn);
                const CardQuery firstPage{filters[f], column, descending, 0, 37};
                const auto read = fleet.fixture.store().cardsInIndexOrder(firstPage);
                CHECK(read.has_value() == indexed);
                if (!read)
                    continue;
                CHECK(*read == fleet.fixture.store().cards(firstPage));
                const auto expected = expectedIds(fleet.cards, firstPage);
                CHECK(idsOf(*read) == std::vector<CardId>(expected.begin(), expected.begin() + 37));
                const CardQuery later{filters[f], column, descending, 290, 37};
                CHECK(idsOf(*fleet.fixture.store().cardsInIndexOrder(later)) ==
                      std::vector<CardId>(expected.begin() + 290, expected.end()));
            }
        }
    }

    // What "straight off an index" means to SQLite: no sort of the matching rows before the
    // first one comes out. A sort by balance, which has no index, is the contrast.
    SQLite::Database db = fleet.fixture.raw();
    const auto plan = [&](CardSortColumn column, bool descending) {
        SQLite::Statement explain(db, "EXPLAIN QUERY PLAN SELECT c.* FROM cards c" +
                                          sqlite::orderBySql(column, descending) + " LIMIT 37");
        std::string details;
        while (explain.executeStep())
            details += explain.getColumn(3).getString() + "\n";
        return details;
    };
    for (CardSortColumn column : kSortColumns) {
        for (bool descending : {false, true}) {
            INFO("column " << static_cast<int>(column) << (descending ? " desc" : " asc"));
            const std::string details = plan(column, descending);
            INFO(details);
            CHECK((details.find("TEMP B-TREE") == std::string::npos) ==
                  sqlite::indexHoldsOrder({}, column));
        }
    }
}

TEST_CASE("Pages beyond the end are empty")
{
    Fleet fleet;
    CHECK(fleet.fixture.store().cards(CardQuery{{}, {}, false, kFleetSize, 10}).empty());
    CHECK(fleet.fixture.store().cards(CardQuery{{}, {}, false, kFleetSize - 3, 10}).size() == 3);
}

TEST_CASE("Totals and departments come from the stored cards")
{
    Fleet fleet;
    FleetTotals expected;
    std::set<QString> departments;
    for (const Card& c : fleet.cards) {
        ++expected.cards;
        if (c.state == CardState::CancellationRequested || c.state == CardState::CarrierConfirmed)
            ++expected.cardsInCancellation;
        if (c.balance.isPositive())
            expected.outstanding += c.balance;
        else
            expected.credit -= c.balance;
        if (!c.department.isEmpty())
            departments.insert(c.department);
    }
    const FleetTotals totals = fleet.fixture.store().totals();
    CHECK(totals.cards == expected.cards);
    CHECK(totals.cardsInCancellation == expected.cardsInCancellation);
    CHECK(totals.outstanding == expected.outstanding);
    CHECK(totals.credit == expected.credit);
    CHECK(expected.outstanding.isPositive());
    CHECK(expected.credit.isPositive());

    std::vector<QString> sorted(departments.begin(), departments.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
    CHECK(fleet.fixture.store().departments() == sorted);
}

TEST_CASE("State counts give every state's cards and lost cards, under a filter too")
{
    Fleet fleet;
    CardFilter owing;
    owing.owesOnly = true;
    CardFilter lostOnly;
    lostOnly.lostOnly = true;
    CardFilter voided;
    voided.state = CardState::Void;
    CardFilter nobody;
    nobody.search = QStringLiteral("nobody by this name");
    for (const CardFilter& filter : {CardFilter{}, owing, lostOnly, voided, nobody}) {
        std::vector<StateCount> expected;
        for (const CardState state : kAllStates) {
            StateCount count{state, 0, 0};
            for (const Card& c : fleet.cards) {
                if (c.state == state && matches(c, filter)) {
                    ++count.cards;
                    count.lost += c.lost ? 1 : 0;
                }
            }
            expected.push_back(count);
        }
        INFO("owing " << filter.owesOnly << " lost " << filter.lostOnly << " state "
                      << filter.state.has_value() << " search '" << filter.search.toStdString()
                      << "'");
        CHECK(fleet.fixture.store().stateCounts(filter) == expected);
    }

    // The fleet is not vacuous: every state holds cards, some of them lost.
    const auto all = fleet.fixture.store().stateCounts({});
    REQUIRE(all.size() == kAllStates.size());
    for (const StateCount& count : all) {
        CHECK(count.cards > count.lost);
        CHECK(count.lost > 0);
    }
    const auto onlyVoid = fleet.fixture.store().stateCounts(voided);
    CHECK(onlyVoid.back().cards > 0);
    CHECK(onlyVoid.front().cards == 0);
}

TEST_CASE("A write transaction's state counts see its own changes")
{
    Fleet fleet;
    const auto before = fleet.fixture.store().stateCounts({});
    const Status status =
        fleet.fixture.store().write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
            Card card = sampleCard(kFleetSize + 1); // n % 5 == 1: arrears-cleared
            card.lost = true;
            writer.insertCard(card, created());
            const auto inside = writer.stateCounts({});
            const auto cleared = static_cast<std::size_t>(CardState::ArrearsCleared);
            CHECK(inside[cleared].cards == before[cleared].cards + 1);
            CHECK(inside[cleared].lost == before[cleared].lost + 1);
            return Error{ErrorCode::StorageConflict, {}, 0}; // roll back
        });
    CHECK_FALSE(status.ok());
    CHECK(fleet.fixture.store().stateCounts({}) == before);
}

TEST_CASE("Streams visit every matching card once, with its whole ledger")
{
    Fleet fleet;
    std::vector<QString> iccids;
    fleet.fixture.store().forEachCard({}, [&](const Card& c) { iccids.push_back(c.iccid); });
    CHECK(std::is_sorted(iccids.begin(), iccids.end()));
    CHECK(iccids.size() == kFleetSize);

    CardFilter filter;
    filter.carrier = Carrier::Cucc;
    std::vector<CardId> visited;
    std::size_t entries = 0;
    fleet.fixture.store().forEachCardWithLedger(
        filter, [&](const Card& card, std::span<const LedgerEntry> ledger) {
            visited.push_back(card.id);
            CHECK(card.carrier == Carrier::Cucc);
            // A visitor may read the store while the stream runs.
            const auto stored = fleet.fixture.store().ledgerOf(card.id);
            CHECK(std::equal(ledger.begin(), ledger.end(), stored.begin(), stored.end()));
            Money sum;
            for (const LedgerEntry& e : ledger)
                sum += balanceEffect(e);
            CHECK(sum == card.balance);
            entries += ledger.size();
        });
    std::vector<CardId> expected;
    for (const Card& c : fleet.cards) {
        if (c.carrier == Carrier::Cucc)
            expected.push_back(c.id);
    }
    std::sort(expected.begin(), expected.end());
    CHECK(visited == expected);
    CHECK(entries > 0);
}
