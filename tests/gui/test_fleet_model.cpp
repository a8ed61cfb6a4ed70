// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet table model over 100,000 cards: count first (or, for the whole fleet by ICCID, the
// first page read off the index and then the count), pages on demand from its own reader thread,
// search, filters and sorting done by the store, refresh keeping the rows.

#include "FleetTestDatabase.h"
#include "fleet/FleetColumns.h"
#include "fleet/FleetTableModel.h"

#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

using namespace simfleet;
using namespace simfleet::gui;
using namespace simfleet::gui::testing;

namespace {

constexpr int kFleetSize = 100000;
constexpr int kWaitMs = 120000; // a deadline for a slow machine, not a measurement

// How the big fleet is made, so the tests can count what each filter must find.
Carrier carrierOf(int n)
{
    return kAllCarriers[static_cast<std::size_t>(n % 4)];
}
QString departmentOf(int n)
{
    return QStringLiteral("Dept %1").arg(n % 10);
}
bool isLost(int n)
{
    return n % 1000 == 7;
}
std::int64_t chargeOf(int n)
{
    return n % 50 == 0 ? (n % 97 + 1) * 100 : 0;
}
CardState stateOf(int n)
{
    return n % 7 == 3 ? CardState::ArrearsCleared : CardState::Active;
}

FleetTestDatabase& bigFleet()
{
    static FleetTestDatabase* fleet = [] {
        auto* db = new FleetTestDatabase;
        db->insertCards(
            kFleetSize,
            [](Card& card, int n) {
                card.carrier = carrierOf(n);
                card.department = departmentOf(n);
                card.assignee = QStringLiteral("Agent %1").arg(n % 100, 2, 10, QLatin1Char('0'));
                card.monthlyFee = Money::fromFen((n % 5 + 1) * 1000);
                card.state = stateOf(n);
                card.stateSince = FleetTestDatabase::now().addDays(-(n % 365));
                card.lost = isLost(n);
            },
            chargeOf);
        return db;
    }();
    return *fleet;
}

int countWhere(const std::function<bool(int)>& matches)
{
    int count = 0;
    for (int n = 0; n < kFleetSize; ++n) {
        count += matches(n) ? 1 : 0;
    }
    return count;
}

void waitUntilSettled(FleetTableModel& model)
{
    REQUIRE(QTest::qWaitFor([&] { return model.hasResult() && !model.isLoading(); }, kWaitMs));
}

const Card& loadedRow(FleetTableModel& model, int row)
{
    model.fetchRow(row);
    // Not loading any more: a row kept from before a refresh has been replaced by now.
    REQUIRE(QTest::qWaitFor([&] { return model.cardAt(row) != nullptr && !model.isLoading(); },
                            kWaitMs));
    return *model.cardAt(row);
}

int filteredCount(const CardFilter& filter)
{
    FleetTableModel model(bigFleet().path(), bigFleet().clock());
    model.setFilter(filter);
    waitUntilSettled(model);
    return model.rowCount();
}

} // namespace

TEST_CASE("the fleet model knows the row count first and reads pages on demand", "[fleet]")
{
    FleetTableModel model(bigFleet().path(), bigFleet().clock());
    waitUntilSettled(model);

    CHECK(model.rowCount() == kFleetSize);
    CHECK(model.columnCount() == kFleetColumnCount);
    REQUIRE(model.totals().has_value());
    CHECK(model.totals()->cards == kFleetSize);

    // The first page comes with the count; a row far down is not read until it is asked for.
    REQUIRE(model.cardAt(0) != nullptr);
    CHECK(model.cardAt(0)->iccid == fleetIccid(0));
    CHECK(model.cardAt(77777) == nullptr);
    CHECK(model.data(model.index(77777, 0)).toString() == QStringLiteral("…"));
    // Its id is known already: every row's id comes with the count.
    const CardId farId = model.idAt(77777);
    CHECK(farId != 0);
    CHECK(model.idAt(kFleetSize) == 0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const Card& far = loadedRow(model, 77777);
    CHECK(far.iccid == fleetIccid(77777));
    CHECK(far.id == farId);
    CHECK(model.data(model.index(77777, static_cast<int>(FleetColumn::Msisdn))).toString() ==
          fleetMsisdn(77777));
    CHECK(changed.count() >= 1);
    // Neighbouring rows of the same page came with it.
    REQUIRE(model.cardAt(77777 - 77777 % 256) != nullptr);
}

TEST_CASE("the whole fleet by ICCID shows its first page before the count, then grows to it",
          "[fleet]")
{
    // What the rows are when the first page is shown, before anything else arrives.
    struct Seen {
        int rows{-1};
        bool counted{true};
        bool finished{true};
        CardId idPastThePage{-1};
        std::vector<QString> iccids;
    };
    std::vector<Seen> seen;
    int finishedCount = 0;

    FleetTableModel model(bigFleet().path(), bigFleet().clock());
    QObject::connect(&model, &FleetTableModel::queryFinished, [&] { ++finishedCount; });
    QObject::connect(&model, &FleetTableModel::firstPageShown, [&] {
        Seen now;
        now.rows = model.rowCount();
        now.counted = model.isCounted();
        now.finished = finishedCount > 0;
        now.idPastThePage = model.idAt(static_cast<int>(FleetLoader::kPageSize));
        for (int row = 0; row < model.rowCount(); ++row) {
            now.iccids.push_back(model.cardAt(row) ? model.cardAt(row)->iccid : QString());
        }
        seen.push_back(now);
        finishedCount = 0;
    });
    const auto firstIccids = [](bool descending) {
        std::vector<QString> iccids;
        for (int row = 0; row < static_cast<int>(FleetLoader::kPageSize); ++row) {
            iccids.push_back(fleetIccid(descending ? kFleetSize - 1 - row : row));
        }
        return iccids;
    };

    waitUntilSettled(model);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].rows == static_cast<int>(FleetLoader::kPageSize));
    CHECK_FALSE(seen[0].counted);
    CHECK_FALSE(seen[0].finished);
    CHECK(seen[0].idPastThePage == 0); // no id beyond the page: the list is not there yet
    CHECK(seen[0].iccids == firstIccids(false));
    // Then the count and every row's id, with the page still in place.
    CHECK(model.isCounted());
    CHECK(model.rowCount() == kFleetSize);
    CHECK(model.idAt(kFleetSize - 1) != 0);
    CHECK(model.cardAt(0)->iccid == fleetIccid(0));
    CHECK(loadedRow(model, 77777).iccid == fleetIccid(77777));

    // A sort no index holds waits for its count as before, and sorts the whole fleet.
    model.sort(static_cast<int>(FleetColumn::Balance), Qt::DescendingOrder);
    waitUntilSettled(model);
    CHECK(seen.size() == 1);
    REQUIRE(model.rowCount() == kFleetSize);
    for (int row = 1; row < static_cast<int>(FleetLoader::kPageSize); ++row) {
        CHECK(model.cardAt(row - 1)->balance >= model.cardAt(row)->balance);
    }

    // Back to ICCID, both ways: the first page comes first again, in the order asked for.
    model.sort(static_cast<int>(FleetColumn::Iccid), Qt::DescendingOrder);
    waitUntilSettled(model);
    REQUIRE(seen.size() == 2);
    CHECK(seen[1].iccids == firstIccids(true));
    CHECK(model.rowCount() == kFleetSize);
    CHECK(loadedRow(model, kFleetSize - 1).iccid == fleetIccid(0));
    model.sort(static_cast<int>(FleetColumn::Iccid), Qt::AscendingOrder);
    waitUntilSettled(model);
    REQUIRE(seen.size() == 3);
    CHECK(seen[2].iccids == firstIccids(false));

    // A filter is counted first, and lists only what it matches; cleared, the whole fleet's
    // first page comes first again.
    CardFilter department;
    department.department = departmentOf(3);
    model.setFilter(department);
    waitUntilSettled(model);
    CHECK(seen.size() == 3);
    CHECK(model.rowCount() == countWhere([](int n) { return departmentOf(n) == departmentOf(3); }));
    CHECK(model.cardAt(0)->iccid == fleetIccid(3));
    model.setFilter({});
    waitUntilSettled(model);
    REQUIRE(seen.size() == 4);
    CHECK(seen[3].iccids == firstIccids(false));
    CHECK(model.rowCount() == kFleetSize);
}

TEST_CASE("the fleet model keeps a bounded number of pages", "[fleet]")
{
    FleetTableModel model(bigFleet().path(), bigFleet().clock());
    waitUntilSettled(model);
    const int pages = static_cast<int>(FleetTableModel::kMaxCachedPages) + 16;
    for (int page = 0; page < pages; ++page) {
        loadedRow(model, page * static_cast<int>(FleetLoader::kPageSize));
    }
    CHECK(model.cachedPageCount() <= FleetTableModel::kMaxCachedPages);
    // The least recently used page went first; it comes back when asked for again.
    CHECK(model.cardAt(static_cast<int>(FleetLoader::kPageSize)) == nullptr);
    CHECK(loadedRow(model, static_cast<int>(FleetLoader::kPageSize)).iccid ==
          fleetIccid(static_cast<int>(FleetLoader::kPageSize)));
}

TEST_CASE("the fleet model searches by ICCID and number through the store", "[fleet]")
{
    FleetTableModel model(bigFleet().path(), bigFleet().clock());
    waitUntilSettled(model);

    CardFilter filter;
    filter.search = fleetIccid(12345);
    model.setFilter(filter);
    waitUntilSettled(model);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.cardAt(0)->msisdn == fleetMsisdn(12345));

    filter.search = fleetMsisdn(54321);
    model.setFilter(filter);
    waitUntilSettled(model);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.cardAt(0)->iccid == fleetIccid(54321));

    // A number prefix: 1390001xxxx is every card from 10000 to 19999.
    filter.search = QStringLiteral("1390001");
    model.setFilter(filter);
    waitUntilSettled(model);
    CHECK(model.rowCount() == 10000);
    CHECK(model.cardAt(0)->msisdn == fleetMsisdn(10000));

    filter.search = QStringLiteral("13999999");
    model.setFilter(filter);
    waitUntilSettled(model);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the fleet model filters by state, carrier, department, debt and loss", "[fleet]")
{
    CardFilter owes;
    owes.owesOnly = true;
    CHECK(filteredCount(owes) == countWhere([](int n) { return chargeOf(n) > 0; }));

    CardFilter lost;
    lost.lostOnly = true;
    CHECK(filteredCount(lost) == countWhere(isLost));

    CardFilter unicom;
    unicom.carrier = Carrier::Cucc;
    CHECK(filteredCount(unicom) == countWhere([](int n) { return carrierOf(n) == Carrier::Cucc; }));

    CardFilter department;
    department.department = departmentOf(3);
    CHECK(filteredCount(department) ==
          countWhere([](int n) { return departmentOf(n) == departmentOf(3); }));

    CardFilter cleared;
    cleared.state = CardState::ArrearsCleared;
    CHECK(filteredCount(cleared) ==
          countWhere([](int n) { return stateOf(n) == CardState::ArrearsCleared; }));

    CardFilter combined;
    combined.carrier = Carrier::Cmcc;
    combined.owesOnly = true;
    CHECK(filteredCount(combined) ==
          countWhere([](int n) { return carrierOf(n) == Carrier::Cmcc && chargeOf(n) > 0; }));
}

TEST_CASE("the fleet model sorts by any column through the store", "[fleet]")
{
    FleetTableModel model(bigFleet().path(), bigFleet().clock());
    waitUntilSettled(model);

    // What each column sorts by, to check the order of a whole page.
    const std::vector<std::pair<FleetColumn, std::function<qint64(const Card&)>>> numericKeys{
        {FleetColumn::MonthlyFee,
         [](const Card& c) {
             return c.monthlyFee.fen();
         }},
        {FleetColumn::Balance,
         [](const Card& c) {
             return c.balance.fen();
         }},
        {FleetColumn::DaysInState,
         [&](const Card& c) {
             return c.stateSince.daysTo(FleetTestDatabase::now());
         }},
        {FleetColumn::Lost,
         [](const Card& c) {
             return c.lost ? 1 : 0;
         }},
    };
    for (const auto& [column, key] : numericKeys) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(static_cast<int>(column), order);
            waitUntilSettled(model);
            REQUIRE(model.rowCount() == kFleetSize);
            for (int row = 1; row < static_cast<int>(FleetLoader::kPageSize); ++row) {
                const qint64 before = key(*model.cardAt(row - 1));
                const qint64 after = key(*model.cardAt(row));
                INFO("column " << static_cast<int>(column) << " row " << row);
                CHECK((order == Qt::AscendingOrder ? before <= after : before >= after));
            }
        }
    }

    model.sort(static_cast<int>(FleetColumn::Balance), Qt::DescendingOrder);
    waitUntilSettled(model);
    std::int64_t largest = 0;
    for (int n = 0; n < kFleetSize; ++n) {
        largest = std::max(largest, chargeOf(n));
    }
    CHECK(model.cardAt(0)->balance.fen() == largest);

    model.sort(static_cast<int>(FleetColumn::Msisdn), Qt::DescendingOrder);
    waitUntilSettled(model);
    CHECK(model.cardAt(0)->msisdn == fleetMsisdn(kFleetSize - 1));
    CHECK(loadedRow(model, kFleetSize - 1).msisdn == fleetMsisdn(0));

    // Every other column sorts too, keeping every row.
    for (const FleetColumn column :
         {FleetColumn::Iccid, FleetColumn::Carrier, FleetColumn::Plan, FleetColumn::Department,
          FleetColumn::Assignee, FleetColumn::State}) {
        model.sort(static_cast<int>(column), Qt::DescendingOrder);
        waitUntilSettled(model);
        CHECK(model.rowCount() == kFleetSize);
        CHECK(model.cardAt(0) != nullptr);
    }
    CHECK(model.cardAt(0)->state == CardState::ArrearsCleared); // state, descending
}

TEST_CASE("pages of a sorted, filtered fleet follow one sorting and agree with the count",
          "[fleet]")
{
    FleetTestDatabase db;
    const auto isNorth = [](int n) {
        return n % 2 == 0;
    };
    const auto charge = [](int n) -> std::int64_t {
        return (n % 7) * 100;
    }; // many ties
    db.insertCards(
        1000,
        [&](Card& card, int n) {
            card.department = isNorth(n) ? QStringLiteral("North") : QStringLiteral("South");
        },
        charge);
    // Balance descending, ties by id descending (ids follow the numbers they were made from).
    std::vector<int> expected;
    for (int n = 0; n < 1000; ++n) {
        if (isNorth(n)) {
            expected.push_back(n);
        }
    }
    std::sort(expected.begin(), expected.end(), [&](int a, int b) {
        return std::make_pair(charge(a), a) > std::make_pair(charge(b), b);
    });

    FleetTableModel model(db.path(), db.clock());
    CardFilter north;
    north.department = QStringLiteral("North");
    model.setFilter(north);
    model.sort(static_cast<int>(FleetColumn::Balance), Qt::DescendingOrder);
    waitUntilSettled(model);
    REQUIRE(model.rowCount() == static_cast<int>(expected.size()));

    // A card written after the question that sorts first: the pages still to come belong to the
    // question as it was asked (no row shifts onto the next page), until a refresh asks again.
    const CardId newcomer =
        db.addCard([](Card& card) { card.department = QStringLiteral("North"); });
    db.chargeRaw(newcomer, Money::fromFen(1000000));
    for (int row = 0; row < model.rowCount(); ++row) {
        INFO("row " << row);
        REQUIRE(loadedRow(model, row).iccid.toStdString() ==
                fleetIccid(expected[static_cast<std::size_t>(row)]).toStdString());
    }

    model.refresh();
    waitUntilSettled(model);
    REQUIRE(model.rowCount() == static_cast<int>(expected.size()) + 1);
    CHECK(loadedRow(model, 0).id == newcomer);
    CHECK(loadedRow(model, 300).iccid == fleetIccid(expected[299]));
}

TEST_CASE("a refresh shows what was written and keeps the rows in place", "[fleet]")
{
    FleetTestDatabase db;
    db.insertCards(600, {}, [](int n) { return n == 300 ? 12340 : 0; });
    FleetTableModel model(db.path(), db.clock());
    waitUntilSettled(model);
    REQUIRE(model.rowCount() == 600);
    const Card owing = loadedRow(model, 300);
    REQUIRE(owing.balance == Money::fromFen(12340));
    REQUIRE(model.totals()->outstanding == Money::fromFen(12340));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy totals(&model, &FleetTableModel::totalsChanged);
    REQUIRE(db.session().ledger().pay(owing.id, Money::fromFen(12340), QStringLiteral("R1")).ok());
    model.refresh();
    // Until the fresh page arrives, the old row stays on screen rather than a blank.
    CHECK(model.cardAt(300) != nullptr);
    waitUntilSettled(model);
    CHECK(loadedRow(model, 300).balance.isZero());
    CHECK(resets.isEmpty());
    REQUIRE(totals.count() >= 1);
    CHECK(model.totals()->outstanding.isZero());

    db.addCard();
    model.refresh();
    waitUntilSettled(model);
    CHECK(model.rowCount() == 601);
    CHECK(resets.isEmpty());
}

TEST_CASE("a fleet that cannot be read says why instead of showing nothing", "[fleet]")
{
    QTemporaryDir dir;
    const SystemClock clock;
    FleetTableModel model(dir.filePath(QStringLiteral("gone.db")), clock);
    QSignalSpy failed(&model, &FleetTableModel::loadFailed);
    REQUIRE(failed.wait(kWaitMs));
    CHECK_FALSE(failed.front().front().toString().isEmpty());
    CHECK_FALSE(model.hasResult());
    CHECK(model.rowCount() == 0);
}
