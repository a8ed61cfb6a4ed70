// SPDX-License-Identifier: GPL-3.0-or-later
// The main window over a temporary database: the welcome page while it is empty, the fleet with
// its status bar once cards arrive, instant search from the keyboard, the pages in navigation.

#include "FleetTestDatabase.h"
#include "MainWindow.h"
#include "app/AppSettings.h"
#include "card/CardDetailPanel.h"
#include "fleet/FleetTableModel.h"
#include "views/FleetView.h"
#include "views/WelcomePage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace simfleet;
using namespace simfleet::gui;
using namespace simfleet::gui::testing;

namespace {

constexpr int kWaitMs = 30000;

// The window gets a session of its own over the test database, as the application gives it.
std::unique_ptr<Session> secondSession(FleetTestDatabase& db)
{
    auto clock = std::make_unique<FixedClock>(FleetTestDatabase::now());
    auto store = openSqliteStore(db.path(), *clock);
    REQUIRE(store.ok());
    return std::make_unique<Session>(std::move(store).value(), std::move(clock),
                                     QStringLiteral("Sun Li"), db.path());
}

void waitForFleet(MainWindow& window)
{
    FleetTableModel& model = window.fleetView().model();
    REQUIRE(QTest::qWaitFor(
        [&] { return model.hasResult() && !model.isLoading() && model.totals().has_value(); },
        kWaitMs));
}

QString statusText(MainWindow& window)
{
    QStringList parts;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        parts << label->text();
    }
    return parts.join(QLatin1Char('|'));
}

} // namespace

TEST_CASE("an empty database shows the welcome page, then the fleet once it has cards",
          "[mainwindow]")
{
    FleetTestDatabase db;
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(secondSession(db), settings);
    window.show();
    waitForFleet(window);

    auto* welcome = window.findChild<WelcomePage*>();
    REQUIRE(welcome != nullptr);
    CHECK(welcome->isVisible());
    CHECK_FALSE(window.fleetView().isVisible());

    db.insertCards(3, {}, [](int n) { return n == 1 ? 5800 : 0; });
    window.refreshAll();
    REQUIRE(QTest::qWaitFor([&] { return window.fleetView().isVisible(); }, kWaitMs));
    waitForFleet(window);
    CHECK_FALSE(welcome->isVisible());
    const QString status = statusText(window);
    CHECK(status.contains(QStringLiteral("Showing 3 of 3 cards")));
    CHECK(status.contains(Money::fromFen(5800).toDisplayString()));
    CHECK(status.contains(QStringLiteral("Operator: Sun Li")));
}

TEST_CASE("Ctrl+F searches the fleet as the user types", "[mainwindow]")
{
    FleetTestDatabase db;
    db.insertCards(40, {});
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(secondSession(db), settings);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    waitForFleet(window);
    FleetTableModel& model = window.fleetView().model();
    REQUIRE(model.rowCount() == 40);

    window.showPage(MainWindow::Page::Audit);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    REQUIRE(search != nullptr);
    CHECK(search->hasFocus());
    CHECK(window.findChild<QListWidget*>(QStringLiteral("navigation"))->currentRow() ==
          static_cast<int>(MainWindow::Page::Fleet));

    QTest::keyClicks(search, fleetMsisdn(17));
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 1 && !model.isLoading(); }, kWaitMs));
    CHECK(model.cardAt(0)->iccid == fleetIccid(17));

    // Down goes to the result, which the card panel then shows.
    QTest::keyClick(search, Qt::Key_Down);
    REQUIRE(QTest::qWaitFor([&] { return window.fleetView().detailPanel().card().has_value(); },
                            kWaitMs));
    CHECK(window.fleetView().detailPanel().card()->msisdn == fleetMsisdn(17));
    // The card actions follow the card on the panel.
    auto* pay = window.findChild<QAction*>(QStringLiteral("actionPay"));
    REQUIRE(pay != nullptr);
    CHECK(pay->isEnabled());
}

TEST_CASE("the navigation shows each page", "[mainwindow]")
{
    FleetTestDatabase db;
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(secondSession(db), settings);
    window.show();
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    REQUIRE(navigation != nullptr);
    REQUIRE(pages != nullptr);
    CHECK(navigation->count() == 5);
    CHECK(pages->count() == 5);
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        CHECK(pages->currentIndex() == row);
    }
}
