// SPDX-License-Identifier: GPL-3.0-or-later
// The main window over a temporary database: the welcome page while it is empty, the fleet with
// its status bar once cards arrive, instant search from the keyboard, the pages in navigation, and
// a selection handed on whole, whether or not its rows have been read.

#include "FleetTestDatabase.h"
#include "MainWindow.h"
#include "app/AppSettings.h"
#include "card/CardDetailPanel.h"
#include "fleet/FleetColumns.h"
#include "fleet/FleetTableModel.h"
#include "views/AuditView.h"
#include "views/FleetView.h"
#include "views/WelcomePage.h"
#include "wizard/CancellationWizard.h"
#include "wizard/ConfirmationWizard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

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

// A main window over the test database, with settings of its own, shown.
struct ShownWindow {
    explicit ShownWindow(FleetTestDatabase& db)
        : settings(settingsDir.filePath(QStringLiteral("settings.ini"))),
          window(secondSession(db), settings)
    {
        window.show();
    }

    QTemporaryDir settingsDir;
    AppSettings settings;
    MainWindow window;
};

void waitForFleet(MainWindow& window)
{
    FleetTableModel& model = window.fleetView().model();
    REQUIRE(QTest::qWaitFor(
        [&] { return model.hasResult() && !model.isLoading() && model.totals().has_value(); },
        kWaitMs));
}

// In front and with its fleet read, as the user finds it before typing.
void bringToFront(MainWindow& window)
{
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    waitForFleet(window);
}

QString statusText(MainWindow& window)
{
    QStringList parts;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        parts << label->text();
    }
    return parts.join(QLatin1Char('|'));
}

// The ids of the cards a filter finds, in the fleet view's first order (by ICCID), asked of the
// store page by page as the table would not.
std::vector<CardId> idsInIccidOrder(Store& store, const CardFilter& filter)
{
    CardQuery query;
    query.filter = filter;
    std::vector<CardId> ids;
    for (const Card& card : store.cards(query)) {
        ids.push_back(card.id);
    }
    return ids;
}

// Runs action, which opens a modal wizard, and returns what that wizard drafted before closing it.
std::vector<CardId> draftedByWizard(MainWindow& window, const std::function<void()>& action)
{
    std::vector<CardId> drafted;
    bool seen = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* wizard = window.findChild<CancellationWizard*>();
        if (wizard && wizard->isVisible()) {
            seen = true;
            drafted = wizard->draft().cards;
            poll.stop();
            wizard->reject();
        }
    });
    poll.start();
    action();
    REQUIRE(seen);
    return drafted;
}

} // namespace

TEST_CASE("an empty database shows the welcome page, then the fleet once it has cards",
          "[mainwindow]")
{
    FleetTestDatabase db;
    ShownWindow shown(db);
    MainWindow& window = shown.window;
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

TEST_CASE("the fleet's first page and its card come before the count, which the status bar waits "
          "for",
          "[mainwindow]")
{
    FleetTestDatabase db;
    db.insertCards(300, {});
    ShownWindow shown(db);
    MainWindow& window = shown.window;
    FleetTableModel& model = window.fleetView().model();
    struct Seen {
        int rows{-1};
        QString status;
        std::optional<CardId> onPanel;
    };
    std::vector<Seen> seen;
    QObject::connect(&model, &FleetTableModel::firstPageShown, &window, [&] {
        seen.push_back(
            {model.rowCount(), statusText(window), window.fleetView().detailPanel().cardId()});
    });
    waitForFleet(window);

    REQUIRE(seen.size() == 1);
    CHECK(seen[0].rows == static_cast<int>(FleetLoader::kPageSize));
    CHECK(seen[0].status.contains(QStringLiteral("Reading the fleet")));
    // The first card is on the panel already, and stays there when the rest of the list comes.
    REQUIRE(seen[0].onPanel.has_value());
    CHECK(db.store().cardById(*seen[0].onPanel)->iccid == fleetIccid(0));
    CHECK(window.fleetView().detailPanel().cardId() == seen[0].onPanel);
    CHECK(window.fleetView().table().currentIndex().row() == 0);
    CHECK(statusText(window).contains(QStringLiteral("Showing 300 of 300 cards")));

    // Sorted the other way, with the totals known: the page is still not the count ("Showing 256
    // of 300"), and the panel keeps its card, which lies beyond the new first page.
    window.fleetView().table().sortByColumn(static_cast<int>(FleetColumn::Iccid),
                                            Qt::DescendingOrder);
    waitForFleet(window);
    REQUIRE(seen.size() == 2);
    CHECK(seen[1].rows == static_cast<int>(FleetLoader::kPageSize));
    CHECK(seen[1].status.contains(QStringLiteral("Reading the fleet")));
    CHECK_FALSE(seen[1].status.contains(QStringLiteral("Showing")));
    CHECK(seen[1].onPanel == seen[0].onPanel);
    CHECK(window.fleetView().detailPanel().cardId() == seen[0].onPanel);
    CHECK(window.fleetView().table().currentIndex().row() == 299);
    CHECK(statusText(window).contains(QStringLiteral("Showing 300 of 300 cards")));
}

TEST_CASE("Ctrl+F searches the fleet as the user types", "[mainwindow]")
{
    FleetTestDatabase db;
    db.insertCards(40, {});
    ShownWindow shown(db);
    MainWindow& window = shown.window;
    bringToFront(window);
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

TEST_CASE("the card panel follows a search: Enter shows the first match, a miss clears it",
          "[mainwindow]")
{
    FleetTestDatabase db;
    db.insertCards(40, {});
    ShownWindow shown(db);
    MainWindow& window = shown.window;
    bringToFront(window);
    FleetTableModel& model = window.fleetView().model();
    const CardDetailPanel& panel = window.fleetView().detailPanel();
    const auto shownMsisdn = [&panel] {
        return panel.card() ? panel.card()->msisdn : QString();
    };
    REQUIRE(QTest::qWaitFor([&] { return panel.card().has_value(); }, kWaitMs));
    const QString first = shownMsisdn();

    // A search that no longer lists the card on the panel: the panel shows the match instead.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    REQUIRE(search != nullptr);
    search->setFocus();
    QTest::keyClicks(search, fleetMsisdn(23));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 1 && !model.isLoading(); }, kWaitMs));
    REQUIRE(QTest::qWaitFor([&] { return shownMsisdn() == fleetMsisdn(23); }, kWaitMs));
    CHECK(shownMsisdn() != first);
    CHECK(window.fleetView().table().hasFocus());

    // A search that finds nothing leaves nothing on the panel.
    search->setFocus();
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("99999999999"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 0 && !model.isLoading(); }, kWaitMs));
    REQUIRE(QTest::qWaitFor([&] { return !panel.card().has_value(); }, kWaitMs));
}

TEST_CASE("the navigation shows each page", "[mainwindow]")
{
    FleetTestDatabase db;
    ShownWindow shown(db);
    MainWindow& window = shown.window;
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

TEST_CASE("select all hands every card of a filtered fleet on, read or not", "[mainwindow]")
{
    // 1,500 cards, 1,000 of them in Sales: four pages, of which only the first is read.
    FleetTestDatabase db;
    db.insertCards(1500, [](Card& card, int n) {
        card.department = n % 3 == 2 ? QStringLiteral("Ops") : QStringLiteral("Sales");
    });
    ShownWindow shown(db);
    MainWindow& window = shown.window;
    waitForFleet(window);
    FleetView& fleet = window.fleetView();
    FleetTableModel& model = fleet.model();

    auto* department = window.findChild<QComboBox*>(QStringLiteral("departmentCombo"));
    REQUIRE(department != nullptr);
    REQUIRE(department->findText(QStringLiteral("Sales")) > 0);
    department->setCurrentIndex(department->findText(QStringLiteral("Sales")));
    REQUIRE(
        QTest::qWaitFor([&] { return model.rowCount() == 1000 && !model.isLoading(); }, kWaitMs));
    REQUIRE(model.cardAt(999) == nullptr); // the last page was never asked for

    QTableView& table = fleet.table();
    table.setFocus();
    QTest::keyClick(&table, Qt::Key_A, Qt::ControlModifier);

    CardFilter sales;
    sales.department = QStringLiteral("Sales");
    const std::vector<CardId> expected = idsInIccidOrder(db.store(), sales);
    REQUIRE(expected.size() == 1000);
    CHECK(fleet.selectedCardCount() == 1000);
    CHECK(fleet.selectedCards() == expected);
    auto* wizardAction = window.findChild<QAction*>(QStringLiteral("actionCancellationWizard"));
    REQUIRE(wizardAction != nullptr);
    CHECK(wizardAction->text().contains(QLocale().toString(1000)));

    std::vector<CardId> drafted = draftedByWizard(window, [&] { wizardAction->trigger(); });
    std::sort(drafted.begin(), drafted.end());
    std::vector<CardId> expectedSorted = expected;
    std::sort(expectedSorted.begin(), expectedSorted.end());
    CHECK(drafted == expectedSorted);
}

TEST_CASE("a finished confirmation wizard leaves no stale batch on the toolbar", "[mainwindow]")
{
    FleetTestDatabase db;
    db.insertCards(10, {});
    ShownWindow shown(db);
    MainWindow& window = shown.window;
    waitForFleet(window);
    FleetView& fleet = window.fleetView();
    fleet.table().selectionModel()->select(
        QItemSelection(fleet.model().index(0, 0),
                       fleet.model().index(4, fleet.model().columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect);
    auto* wizardAction = window.findChild<QAction*>(QStringLiteral("actionCancellationWizard"));
    REQUIRE(wizardAction != nullptr);
    REQUIRE(wizardAction->text().contains(QStringLiteral("5")));

    // Through the wizard to its last page and Finish, as a clerk would.
    bool finished = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* wizard = window.findChild<ConfirmationWizard*>();
        if (!wizard || !wizard->isVisible())
            return;
        if (wizard->currentId() != ConfirmationWizard::SummaryPageId) {
            wizard->next();
            return;
        }
        poll.stop();
        finished = true;
        wizard->accept();
    });
    poll.start();
    window.findChild<QAction*>(QStringLiteral("actionConfirmationWizard"))->trigger();
    REQUIRE(finished);
    CHECK(fleet.selectedCardCount() == 0);
    CHECK_FALSE(wizardAction->text().contains(QStringLiteral("5")));
}

TEST_CASE("scattered selected rows give each card once, in row order", "[mainwindow]")
{
    FleetTestDatabase db;
    db.insertCards(1000, {});
    ShownWindow shown(db);
    MainWindow& window = shown.window;
    waitForFleet(window);
    FleetView& fleet = window.fleetView();
    FleetTableModel& model = fleet.model();
    const int lastColumn = model.columnCount() - 1;
    auto rows = [&](int top, int left, int bottom, int right) {
        return QItemSelectionRange(model.index(top, left), model.index(bottom, right));
    };

    // Out of order and overlapping, and one block of rows split by column, as a table with moved
    // columns selects it.
    QItemSelection selection;
    selection.append(rows(900, 0, 999, lastColumn));
    selection.append(rows(300, 0, 310, 3));
    selection.append(rows(300, 4, 310, lastColumn));
    selection.append(rows(5, 0, 7, lastColumn));
    selection.append(rows(305, 0, 320, lastColumn));
    fleet.table().selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);

    const std::vector<CardId> all = idsInIccidOrder(db.store(), {});
    REQUIRE(all.size() == 1000);
    std::vector<CardId> expected;
    for (const auto& [first, last] : {std::pair{5, 7}, std::pair{300, 320}, std::pair{900, 999}}) {
        for (int row = first; row <= last; ++row) {
            expected.push_back(all[static_cast<std::size_t>(row)]);
        }
    }
    CHECK(fleet.selectedCardCount() == static_cast<qint64>(expected.size()));
    CHECK(fleet.selectedCards() == expected);
}

TEST_CASE(
    "a write on the fleet page has the fleet and its card read again, the audit log once shown",
    "[mainwindow]")
{
    FleetTestDatabase db;
    db.insertCards(5, {});
    ShownWindow shown(db);
    MainWindow& window = shown.window;
    waitForFleet(window);
    CardDetailPanel& panel = window.fleetView().detailPanel();
    window.fleetView().table().setCurrentIndex(window.fleetView().model().index(0, 0));
    REQUIRE(QTest::qWaitFor([&] { return panel.card().has_value(); }, kWaitMs));
    auto* audit = window.findChild<AuditView*>();
    REQUIRE(audit != nullptr);
    // The audit view reads its newest page once when it is made; on a busy machine that read
    // can end after the counting below begins.
    REQUIRE(QTest::qWaitFor([&] { return !audit->currentPage().rows.empty(); }, kWaitMs));

    int queries = 0;
    int cardsShown = 0;
    int auditPages = 0;
    QObject::connect(&window.fleetView().model(), &FleetTableModel::queryFinished,
                     [&] { ++queries; });
    QObject::connect(&panel, &CardDetailPanel::cardShown, [&] { ++cardsShown; });
    QObject::connect(audit, &AuditView::pageLoaded, [&] { ++auditPages; });

    const Money before = panel.card()->balance;
    // A payment of ¥10.00, recorded through the panel's own dialog.
    QTimer::singleShot(0, [] {
        QWidget* dialog = QApplication::activeModalWidget();
        REQUIRE(dialog != nullptr);
        dialog->findChild<QLineEdit*>(QStringLiteral("amountEdit"))->setText(QStringLiteral("10"));
        dialog->findChild<QLineEdit*>(QStringLiteral("referenceEdit"))
            ->setText(QStringLiteral("R-1"));
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
    });
    panel.findChild<QPushButton*>(QStringLiteral("payButton"))->click();
    CHECK(panel.card()->balance == before - Money::fromFen(1000));
    CHECK(QTest::qWaitFor([&] { return queries > 0; }, kWaitMs));
    CHECK(QTest::qWaitFor([&] { return cardsShown > 0; }, kWaitMs));
    // The hidden audit page waits: it reads its page again only once it is shown.
    CHECK(auditPages == 0);
    window.showPage(MainWindow::Page::Audit);
    CHECK(QTest::qWaitFor([&] { return auditPages > 0; }, kWaitMs));
    CHECK(audit->currentPage().rows.front().action == AuditAction::LedgerEntryPosted);
}
