// SPDX-License-Identifier: GPL-3.0-or-later
// The Cancellations (pipeline) view and the Audit log view.

#include "WizardTestFleet.h"
#include "views/AuditPage.h"
#include "views/AuditView.h"
#include "views/CancellationsView.h"
#include "wizard/CardTable.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace simfleet;
using namespace simfleet::gui;
using namespace simfleet::gui::testing;

namespace {

template <class T> T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

void waitForPage(AuditView& view)
{
    QSignalSpy loaded(&view, &AuditView::pageLoaded);
    REQUIRE(loaded.wait(60000));
}

} // namespace

TEST_CASE("The pipeline view counts cards per state and lists the chosen state", "[gui][pipeline]")
{
    WizardTestFleet fleet;
    const CardId first = fleet.addCard(81, Carrier::Cmcc, Money::fromFen(5800));
    const CardId lost = fleet.addCard(82, Carrier::Cucc, Money::fromFen(3900), true);
    fleet.addCard(83, Carrier::Cmcc, Money::fromFen(5800));
    fleet.move(first, toState(CardState::ArrearsCleared));
    fleet.move(lost, toState(CardState::ArrearsCleared));

    CancellationsView view(fleet.session());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto* states = child<QListWidget>(view, "pipelineStates");
    REQUIRE(states->count() == 5);
    CHECK(states->item(static_cast<int>(CardState::Active))
              ->text()
              .contains(QLatin1String("1 card")));
    const QString cleared = states->item(static_cast<int>(CardState::ArrearsCleared))->text();
    CHECK(cleared.contains(QLatin1String("2 card")));
    CHECK(cleared.contains(QLatin1String("1 lost")));

    view.selectState(CardState::ArrearsCleared);
    auto* cards = child<CardTable>(view, "pipelineCards");
    REQUIRE(cards->rowCount() == 2);
    const int lostRow = cards->rowOf(lost);
    REQUIRE(lostRow >= 0);
    CHECK(cards->item(lostRow, 0)->background() != cards->item(1 - lostRow, 0)->background());

    // Changes elsewhere show after refresh().
    TransitionRequest request = toState(CardState::CancellationRequested);
    request.channel = Channel::CarrierHotline;
    request.checklistConfirmed = true;
    fleet.move(first, request);
    view.refresh();
    CHECK(cards->rowCount() == 1);
    CHECK(states->item(static_cast<int>(CardState::CancellationRequested))
              ->text()
              .contains(QLatin1String("1 card")));
}

TEST_CASE("An audit page keeps only the newest events it needs", "[gui][audit]")
{
    WizardTestFleet fleet;
    for (int n = 0; n < 25; ++n)
        fleet.addCard(100 + n, Carrier::Ctcc, Money::fromFen(1000));

    AuditPageRequest request;
    request.pageSize = 10;
    AuditPage page = loadAuditPage(fleet.store(), request);
    CHECK(page.total == 25);
    CHECK(page.matching == 25);
    REQUIRE(page.rows.size() == 10);
    CHECK(page.rows.front().seq == 25);
    CHECK(page.rows.back().seq == 16);

    request.page = 2;
    page = loadAuditPage(fleet.store(), request);
    REQUIRE(page.rows.size() == 5);
    CHECK(page.rows.front().seq == 5);
    CHECK(page.rows.back().seq == 1);

    request.page = 7; // beyond the end: the last page
    page = loadAuditPage(fleet.store(), request);
    CHECK(page.page == 2);
    CHECK(page.rows.size() == 5);

    request.page = 0;
    request.filter = testIccid(107);
    page = loadAuditPage(fleet.store(), request);
    CHECK(page.matching == 1);
    REQUIRE(page.rows.size() == 1);
    CHECK(page.rows.front().iccid == testIccid(107));
}

TEST_CASE("The audit view pages, filters and verifies the chain", "[gui][audit]")
{
    WizardTestFleet fleet;
    const int cards = AuditView::kPageSize + 30;
    for (int n = 0; n < cards; ++n)
        fleet.addCard(200 + n, Carrier::Cmcc, Money::fromFen(5800));
    const CardId charged = fleet.store().cardByIccid(testIccid(205)).value().id;
    fleet.charge(charged, Money::fromFen(5800));

    AuditView view(fleet.session());
    waitForPage(view);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto* table = child<QTableWidget>(view, "auditTable");
    REQUIRE(table->rowCount() == AuditView::kPageSize);
    CHECK(table->item(0, 0)->text() == QString::number(cards + 1)); // newest first
    CHECK(table->item(0, 2)->text() == QStringLiteral("Wang Fang"));
    CHECK(table->item(0, 3)->text() == testIccid(205));
    auto* newer = child<QPushButton>(view, "newerPage");
    auto* older = child<QPushButton>(view, "olderPage");
    CHECK_FALSE(newer->isEnabled());
    REQUIRE(older->isEnabled());

    QTest::mouseClick(older, Qt::LeftButton);
    waitForPage(view);
    CHECK(table->rowCount() == cards + 1 - AuditView::kPageSize);
    CHECK(table->item(table->rowCount() - 1, 0)->text() == QStringLiteral("1"));
    CHECK_FALSE(older->isEnabled());
    CHECK(newer->isEnabled());

    QTest::keyClicks(child<QLineEdit>(view, "auditFilter"), testIccid(205));
    waitForPage(view);
    CHECK(table->rowCount() == 2); // created, then charged
    CHECK(view.currentPage().matching == 2);

    QSignalSpy verified(&view, &AuditView::chainVerified);
    QTest::mouseClick(child<QPushButton>(view, "verifyChain"), Qt::LeftButton);
    REQUIRE(verified.wait(60000));
    CHECK(child<QLabel>(view, "verifyResult")
              ->text()
              .startsWith(QStringLiteral("Chain intact: %1").arg(cards + 1)));
}
