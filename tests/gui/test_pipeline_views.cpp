// SPDX-License-Identifier: GPL-3.0-or-later
// The Cancellations (pipeline) view and the Audit log view.

#include "WizardTestFleet.h"
#include "text/Labels.h"
#include "views/AuditPage.h"
#include "views/AuditView.h"
#include "views/CancellationsView.h"
#include "wizard/CardTable.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
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

// Stores count active cards numbered first, first + 1 ... in one write and returns their ids.
// Each has waited a minute longer than the one before: the longest waiting is the last, so the
// list's order is not the ids' order.
std::vector<CardId> addWaitingCards(WizardTestFleet& fleet, int first, int count)
{
    std::vector<Card> cards;
    for (int n = first; n < first + count; ++n) {
        Card card;
        card.iccid = testIccid(n);
        card.msisdn = testMsisdn(n);
        card.carrier = Carrier::Cmcc;
        card.plan = QStringLiteral("Telemarketing 58");
        card.monthlyFee = Money::fromFen(5800);
        card.department = QStringLiteral("Sales");
        card.state = CardState::Active;
        card.stateSince = fleet.clock().nowUtc().addDays(-40).addSecs(-60 * (n - first));
        cards.push_back(card);
    }
    CardId firstId = 0;
    const Status written = fleet.store().write(fleet.session().operatorName(), [&](StoreWriter& w) {
        firstId = w.insertCards(
            cards, AuditDraft{AuditAction::CardCreated, std::nullopt, CardState::Active, {}});
        return Status{};
    });
    REQUIRE(written.ok());
    std::vector<CardId> ids;
    for (int n = 0; n < count; ++n)
        ids.push_back(firstId + n);
    return ids;
}

// What the pipeline list says of a state: its cards, and its lost ones when there are any.
QString stateText(CardState state, int cards, int lost)
{
    QString text = QStringLiteral("%1\n%2 card(s)").arg(stateLabel(state)).arg(cards);
    if (lost > 0)
        text += QStringLiteral(" (%1 lost)").arg(lost);
    return text;
}

QStringList stateTexts(QListWidget& states)
{
    QStringList texts;
    for (int row = 0; row < states.count(); ++row)
        texts << states.item(row)->text();
    return texts;
}

std::vector<CardId> pageIds(const CardTable& cards)
{
    std::vector<CardId> ids;
    for (int row = 0; row < cards.rowCount(); ++row)
        ids.push_back(cards.cardAt(row));
    return ids;
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

TEST_CASE("The pipeline view reads its counts while shown, and a hidden one reads nothing",
          "[gui][pipeline]")
{
    WizardTestFleet fleet;
    const CardId stillActive = fleet.addCard(1, Carrier::Cmcc, Money::fromFen(5800));
    fleet.addCard(2, Carrier::Cmcc, Money::fromFen(5800), true);
    const CardId third = fleet.addCard(3, Carrier::Ctcc, Money::fromFen(3900));
    for (const auto& [n, lost] : {std::pair{4, true}, std::pair{5, false}})
        fleet.move(fleet.addCard(n, Carrier::Cucc, Money::fromFen(3900), lost),
                   toState(CardState::ArrearsCleared));
    const CardId requested = fleet.addCard(6, Carrier::Cucc, Money::fromFen(3900), true);
    fleet.move(requested, toState(CardState::ArrearsCleared));
    TransitionRequest request = toState(CardState::CancellationRequested);
    request.channel = Channel::CarrierHall;
    request.checklistConfirmed = true;
    fleet.move(requested, request);

    // A stack shows one page at a time, as the main window's does.
    QStackedWidget pages;
    auto* elsewhere = new QWidget(&pages);
    auto* view = new CancellationsView(fleet.session(), &pages);
    pages.addWidget(elsewhere);
    pages.addWidget(view);
    pages.setCurrentWidget(elsewhere);
    pages.show();
    REQUIRE(QTest::qWaitForWindowExposed(&pages));
    auto* states = child<QListWidget>(*view, "pipelineStates");
    REQUIRE(states->count() == 5);
    CHECK(states->item(0)->text() == stateLabel(CardState::Active)); // not read before shown

    pages.setCurrentWidget(view);
    const QStringList counted{
        stateText(CardState::Active, 3, 1), stateText(CardState::ArrearsCleared, 2, 1),
        stateText(CardState::CancellationRequested, 1, 1),
        stateText(CardState::CarrierConfirmed, 0, 0), stateText(CardState::Void, 0, 0)};
    CHECK(stateTexts(*states) == counted);
    auto* cards = child<CardTable>(*view, "pipelineCards");
    CHECK(pageIds(*cards) == std::vector<CardId>{requested});

    // A write while the view is hidden: the refresh every write asks for reads nothing ...
    pages.setCurrentWidget(elsewhere);
    fleet.clock().advanceDays(1);
    fleet.move(stillActive, toState(CardState::ArrearsCleared));
    request.channel = Channel::SelfOnline;
    fleet.move(stillActive, request);
    view->refresh();
    CHECK(stateTexts(*states) == counted);
    CHECK(pageIds(*cards) == std::vector<CardId>{requested});

    // ... until the view shows again.
    pages.setCurrentWidget(view);
    CHECK(stateTexts(*states) == QStringList{stateText(CardState::Active, 2, 1),
                                             stateText(CardState::ArrearsCleared, 2, 1),
                                             stateText(CardState::CancellationRequested, 2, 1),
                                             stateText(CardState::CarrierConfirmed, 0, 0),
                                             stateText(CardState::Void, 0, 0)});
    CHECK(cards->rowCount() == 2);
    CHECK(cards->rowOf(stillActive) == 1); // it has waited the shortest

    // Shown, a refresh reads at once.
    fleet.move(third, toState(CardState::ArrearsCleared));
    view->refresh();
    CHECK(states->item(0)->text() == stateText(CardState::Active, 1, 1));
    CHECK(states->item(1)->text() == stateText(CardState::ArrearsCleared, 3, 1));
}

TEST_CASE("The pipeline view pages through a state, longest waiting first", "[gui][pipeline]")
{
    WizardTestFleet fleet;
    const int count = 2 * CancellationsView::kPageSize + 50;
    const std::vector<CardId> ids = addWaitingCards(fleet, 1000, count);
    const std::vector<CardId> longestFirst(ids.rbegin(), ids.rend());

    CancellationsView view(fleet.session());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.selectState(CardState::Active);
    auto* cards = child<CardTable>(view, "pipelineCards");
    auto* pageLabel = child<QLabel>(view, "pipelinePageLabel");
    auto* previous = child<QPushButton>(view, "pipelinePrevious");
    auto* next = child<QPushButton>(view, "pipelineNext");
    CHECK(pageLabel->text() == QStringLiteral("Cards 1–200 of 450"));
    CHECK_FALSE(previous->isEnabled());

    std::vector<CardId> seen = pageIds(*cards);
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(pageLabel->text() == QStringLiteral("Cards 201–400 of 450"));
    for (const CardId id : pageIds(*cards))
        seen.push_back(id);
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(pageLabel->text() == QStringLiteral("Cards 401–450 of 450"));
    CHECK_FALSE(next->isEnabled());
    for (const CardId id : pageIds(*cards))
        seen.push_back(id);
    CHECK(seen == longestFirst);

    QTest::mouseClick(previous, Qt::LeftButton);
    CHECK(pageLabel->text() == QStringLiteral("Cards 201–400 of 450"));
    CHECK(pageIds(*cards) ==
          std::vector<CardId>(longestFirst.begin() + 200, longestFirst.begin() + 400));

    // Cards leaving the state while the last page shows: the view keeps to the pages left.
    QTest::mouseClick(next, Qt::LeftButton);
    const std::vector<CardId> leaving(ids.begin(), ids.begin() + 60);
    const auto moved =
        fleet.session().lifecycle().transition(leaving, toState(CardState::ArrearsCleared));
    REQUIRE(moved.ok());
    REQUIRE(moved->ok());
    view.refresh();
    CHECK(pageLabel->text() == QStringLiteral("Cards 201–390 of 390"));
    CHECK(pageIds(*cards) ==
          std::vector<CardId>(longestFirst.begin() + 200, longestFirst.begin() + 390));
    CHECK_FALSE(next->isEnabled());
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
