// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: measures the fleet view over a million cards (first page, search, sort, a far page,
// the longest stall of the GUI thread while the table is scrolled, resident memory, selecting them
// all). Hidden from normal runs; run it on purpose with the environment set:
//   SIMFLEET_PERF_DB=/tmp/million.db (created the first time)  QT_QPA_PLATFORM=offscreen
//   test_gui "[.perf]"

#include "FleetTestDatabase.h"
#include "PerfProbes.h"
#include "SqliteStore.h"
#include "fleet/FleetColumns.h"
#include "fleet/FleetTableModel.h"
#include "views/FleetView.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <iostream>

using namespace simfleet;
using namespace simfleet::gui;
using namespace simfleet::gui::testing;

namespace {

constexpr int kCards = 1000000;

void createMillion(const QString& path)
{
    const SystemClock clock;
    auto store = openSqliteStore(path, clock);
    REQUIRE(store.ok());
    const Status written = store.value()->write(QStringLiteral("perf"), [](StoreWriter& writer) {
        for (int n = 0; n < kCards; ++n) {
            Card card = FleetTestDatabase::makeCard(n);
            card.carrier = kAllCarriers[static_cast<std::size_t>(n % 4)];
            card.department = QStringLiteral("Dept %1").arg(n % 25);
            card.assignee = QStringLiteral("Agent %1").arg(n % 400);
            const CardId id = writer.insertCard(
                card, AuditDraft{AuditAction::CardCreated, std::nullopt, card.state, {}});
            if (n % 20 == 0) {
                LedgerEntry entry;
                entry.cardId = id;
                entry.amount = Money::fromFen((n % 300 + 1) * 100);
                entry.date = FleetTestDatabase::now().date();
                writer.postLedgerEntry(
                    entry,
                    AuditDraft{AuditAction::LedgerEntryPosted, std::nullopt, std::nullopt, {}});
            }
        }
        return Status{};
    });
    REQUIRE(written.ok());
}

qint64 timeUntilSettled(FleetTableModel& model, const std::function<void()>& action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    REQUIRE(QTest::qWaitFor([&] { return model.hasResult() && !model.isLoading(); }, 600000));
    return timer.elapsed();
}

QString perfDatabase()
{
    const QString path = qEnvironmentVariable("SIMFLEET_PERF_DB");
    REQUIRE_FALSE(path.isEmpty());
    if (!QFileInfo::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        createMillion(path);
        std::cout << "created " << kCards << " cards in " << timer.elapsed() << " ms\n";
    }
    return path;
}

} // namespace

TEST_CASE("measure the fleet view over a million cards", "[.perf]")
{
    const QString path = perfDatabase();
    const SystemClock clock;
    StallMeter stalls;

    QTableView view;
    view.resize(1200, 800);
    QElapsedTimer opening;
    opening.start();
    auto* model = new FleetTableModel(path, clock, &view);
    view.setModel(model);
    view.show();
    REQUIRE(QTest::qWaitFor([&] { return model->cardAt(0) != nullptr; }, 600000));
    const qint64 first = opening.elapsed();
    REQUIRE(QTest::qWaitFor([&] { return model->hasResult() && !model->isLoading(); }, 600000));
    std::cout << "rows " << model->rowCount() << "; first page after " << first
              << " ms; count, totals and departments after " << opening.elapsed() << " ms\n";

    CardFilter search;
    search.search = QStringLiteral("1390004");
    std::cout << "search '1390004': " << timeUntilSettled(*model, [&] { model->setFilter(search); })
              << " ms, " << model->rowCount() << " rows\n";
    search.search = QStringLiteral("Agent 17");
    std::cout << "search 'Agent 17': "
              << timeUntilSettled(*model, [&] { model->setFilter(search); }) << " ms, "
              << model->rowCount() << " rows\n";
    std::cout << "clear search: " << timeUntilSettled(*model, [&] { model->setFilter({}); })
              << " ms\n";
    CardFilter owes;
    owes.owesOnly = true;
    std::cout << "owes money: " << timeUntilSettled(*model, [&] { model->setFilter(owes); })
              << " ms, " << model->rowCount() << " rows\n";
    std::cout << "all again: " << timeUntilSettled(*model, [&] { model->setFilter({}); })
              << " ms\n";
    std::cout << "sort by balance: "
              << timeUntilSettled(*model, [&] { model->sort(8, Qt::DescendingOrder); }) << " ms\n";
    std::cout << "page at row 900000: "
              << timeUntilSettled(*model, [&] { model->fetchRow(900000); }) << " ms\n";
    std::cout << "sort by department: " << timeUntilSettled(*model, [&] {
        model->sort(static_cast<int>(FleetColumn::Department), Qt::AscendingOrder);
    }) << " ms\n";
    std::cout << "page at row 900000: "
              << timeUntilSettled(*model, [&] { model->fetchRow(900000); }) << " ms\n";
    for (const CardState state : {CardState::Active, CardState::CancellationRequested}) {
        CardFilter inState;
        inState.state = state;
        std::cout << "state " << stateCode(state).toStdString() << ": "
                  << timeUntilSettled(*model, [&] { model->setFilter(inState); }) << " ms, "
                  << model->rowCount() << " rows\n";
    }
    std::cout << "all again: " << timeUntilSettled(*model, [&] { model->setFilter({}); })
              << " ms\n";
    std::cout << "refresh (with totals and departments): "
              << timeUntilSettled(*model, [&] { model->refresh(); }) << " ms\n";

    // Drag the scroll bar about for two seconds, as an impatient user would.
    QElapsedTimer scrolling;
    scrolling.start();
    while (scrolling.elapsed() < 2000) {
        view.verticalScrollBar()->setValue(
            QRandomGenerator::global()->bounded(view.verticalScrollBar()->maximum()));
        QTest::qWait(20);
    }
    REQUIRE(QTest::qWaitFor([&] { return !model->isLoading(); }, 600000));
    std::cout << "longest GUI-thread stall: " << stalls.worstMs() << " ms\n";
    std::cout << "resident memory: " << memoryNow().residentKiB / 1024 << " MiB; pages cached "
              << model->cachedPageCount() << "\n";
}

TEST_CASE("measure selecting a million cards in the fleet view", "[.perf]")
{
    const QString path = perfDatabase();
    auto clock = std::make_unique<SystemClock>();
    auto store = openSqliteStore(path, *clock);
    REQUIRE(store.ok());
    Session session(std::move(store).value(), std::move(clock), QStringLiteral("perf"), path);
    FleetView fleet(session);
    fleet.resize(1600, 900);
    fleet.show();
    FleetTableModel& model = fleet.model();
    REQUIRE(QTest::qWaitFor([&] { return model.hasResult() && !model.isLoading(); }, 600000));

    QElapsedTimer timer;
    timer.start();
    fleet.table().selectAll();
    const qint64 selecting = timer.restart();
    const qint64 counted = fleet.selectedCardCount();
    const qint64 counting = timer.restart();
    const std::vector<CardId> ids = fleet.selectedCards();
    const qint64 collecting = timer.elapsed();
    std::cout << "select all " << model.rowCount() << " rows: " << selecting << " ms; "
              << fleet.table().selectionModel()->selection().size() << " range(s); counted "
              << counted << " in " << counting << " ms; " << ids.size() << " ids in " << collecting
              << " ms\n";
    CHECK(ids.size() == static_cast<std::size_t>(model.rowCount()));
}
