// SPDX-License-Identifier: GPL-3.0-or-later
// The card detail panel: masked holder data and an audited unmask, the ledger's running balance,
// and lifecycle buttons enabled by the core's guards with the refusal as the tooltip.

#include "FleetTestDatabase.h"
#include "card/CardDetailPanel.h"
#include "card/LifecycleActions.h"
#include "rules/Masking.h"
#include "text/ErrorText.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

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

QString owesText(std::int64_t fen)
{
    return describe(Error{ErrorCode::OwesMoney, {}, fen});
}

} // namespace

TEST_CASE("an owing card cannot move toward cancellation, and the panel says why", "[panel]")
{
    FleetTestDatabase db;
    const CardId id = db.addCard();
    REQUIRE(db.session().ledger().charge(id, Money::fromFen(12340), QStringLiteral("rent")).ok());

    CardDetailPanel panel(db.session());
    panel.showCard(id);

    auto* cleared = child<QPushButton>(panel, "markArrearsClearedButton");
    auto* request = child<QPushButton>(panel, "requestCancellationButton");
    CHECK_FALSE(cleared->isEnabled());
    CHECK_FALSE(request->isEnabled());
    CHECK(cleared->toolTip() == owesText(12340));
    CHECK(request->toolTip() == owesText(12340));
    CHECK(request->toolTip().contains(QStringLiteral("¥123.40")));
    CHECK(child<QLabel>(panel, "lifecycleHint")->text().contains(owesText(12340)));

    // Once paid, both moves are open.
    REQUIRE(db.session().ledger().pay(id, Money::fromFen(12340), QStringLiteral("R1")).ok());
    panel.reload();
    CHECK(child<QPushButton>(panel, "markArrearsClearedButton")->isEnabled());
    CHECK(child<QPushButton>(panel, "requestCancellationButton")->isEnabled());
}

TEST_CASE("an arrears-cleared card that owes money cannot be requested for cancellation", "[panel]")
{
    FleetTestDatabase db;
    const CardId id = db.addCard([](Card& card) { card.state = CardState::ArrearsCleared; });
    db.chargeRaw(id, Money::fromFen(12340));

    CardDetailPanel panel(db.session());
    panel.showCard(id);
    auto* request = child<QPushButton>(panel, "requestCancellationButton");
    CHECK_FALSE(request->isEnabled());
    CHECK(request->toolTip() == owesText(12340));
    // The back edge needs no money guard: it stays available.
    CHECK(child<QPushButton>(panel, "reopenButton")->isEnabled());
}

TEST_CASE("holder data is masked until unmasked, and unmasking is audited", "[panel]")
{
    FleetTestDatabase db;
    const CardId id = db.addCard();
    const Card card = db.card(id);

    CardDetailPanel panel(db.session());
    panel.showCard(id);
    auto* holderId = child<QLabel>(panel, "holderIdValue");
    auto* holderName = child<QLabel>(panel, "holderValue");
    CHECK(holderId->text() == maskId(card.holderId));
    CHECK(holderName->text() == maskName(card.holderName));
    CHECK_FALSE(holderId->text().contains(card.holderId));

    QTest::mouseClick(child<QToolButton>(panel, "unmaskButton"), Qt::LeftButton);
    CHECK(holderId->text() == card.holderId);
    CHECK(holderName->text() == card.holderName);
    const auto history = db.store().auditOf(id);
    REQUIRE_FALSE(history.empty());
    CHECK(history.back().action == AuditAction::HolderUnmasked);
    CHECK(history.back().operatorName == db.session().operatorName());

    // Another card starts masked again.
    const CardId other = db.addCard();
    panel.showCard(other);
    CHECK(holderId->text() == maskId(db.card(other).holderId));
}

TEST_CASE("the ledger shows a running balance", "[panel]")
{
    FleetTestDatabase db;
    const CardId id = db.addCard();
    auto ledger = db.session().ledger();
    const QDate today = db.clock().today();
    REQUIRE(
        ledger.charge(id, Money::fromFen(5800), QStringLiteral("Sep"), today.addDays(-60)).ok());
    REQUIRE(
        ledger.charge(id, Money::fromFen(5800), QStringLiteral("Oct"), today.addDays(-30)).ok());
    REQUIRE(ledger.pay(id, Money::fromFen(8000), QStringLiteral("P1"), today.addDays(-5)).ok());

    CardDetailPanel panel(db.session());
    panel.showCard(id);
    QAbstractItemModel* model = child<QTableView>(panel, "ledgerTable")->model();
    REQUIRE(model->rowCount() == 3);
    const int balanceColumn = 3;
    CHECK(model->data(model->index(0, balanceColumn)).toString() ==
          Money::fromFen(5800).toDisplayString());
    CHECK(model->data(model->index(1, balanceColumn)).toString() ==
          Money::fromFen(11600).toDisplayString());
    CHECK(model->data(model->index(2, balanceColumn)).toString() ==
          db.card(id).balance.toDisplayString());
    CHECK(child<QLabel>(panel, "balanceValue")->text().contains(QStringLiteral("¥36.00")));
}

TEST_CASE("in a narrow panel the ledger's column titles stay whole", "[panel]")
{
    FleetTestDatabase db;
    const CardId id = db.addCard();
    // Six-figure amounts and balances leave the stretched reference little room.
    for (int month = 0; month < 2; ++month) {
        REQUIRE(db.session()
                    .ledger()
                    .charge(id, Money::fromFen(12345678), QStringLiteral("超套餐通话费 2026-09"))
                    .ok());
    }
    CardDetailPanel panel(db.session());
    panel.resize(420, 700);
    panel.show();
    panel.showCard(id);
    QTest::qWait(50);
    const QHeaderView* header = child<QTableView>(panel, "ledgerTable")->horizontalHeader();
    for (int section = 0; section < header->count(); ++section) {
        INFO(header->model()->headerData(section, Qt::Horizontal).toString().toStdString());
        CHECK(header->sectionSize(section) >= header->sectionSizeHint(section));
    }
}

TEST_CASE("a void card offers no move and no money action", "[panel]")
{
    FleetTestDatabase db;
    const CardId id = db.addCard([](Card& card) { card.state = CardState::Void; });
    CardDetailPanel panel(db.session());
    panel.showCard(id);
    CHECK(panel.findChildren<QPushButton*>(QStringLiteral("requestCancellationButton")).isEmpty());
    CHECK_FALSE(child<QPushButton>(panel, "payButton")->isEnabled());
    CHECK(child<QPushButton>(panel, "payButton")->toolTip() ==
          describe(Error{ErrorCode::CardVoid, {}, 0}));
}

TEST_CASE("lifecycle actions follow the core's table and guards", "[panel]")
{
    const Money owes = Money::fromFen(100);
    const Money zero;
    const Money credit = Money::fromFen(-100);

    auto active = lifecycleActionsFor(CardState::Active, zero);
    REQUIRE(active.size() == 2);
    CHECK(active[0].target == CardState::ArrearsCleared);
    CHECK(active[0].input == EdgeInput::None);
    CHECK_FALSE(active[0].refusal);
    CHECK(active[1].target == CardState::CancellationRequested);
    CHECK(active[1].input == EdgeInput::ChannelAndChecklist);
    CHECK_FALSE(active[1].refusal);

    for (const auto& action : lifecycleActionsFor(CardState::Active, owes)) {
        REQUIRE(action.refusal);
        CHECK(action.refusal->code == ErrorCode::OwesMoney);
    }

    auto requested = lifecycleActionsFor(CardState::CancellationRequested, zero);
    REQUIRE(requested.size() == 2);
    CHECK(requested[0].target == CardState::CarrierConfirmed);
    CHECK(requested[0].input == EdgeInput::CarrierReference);
    CHECK(requested[1].target == CardState::ArrearsCleared);
    CHECK(requested[1].input == EdgeInput::Reason);

    auto confirmed = lifecycleActionsFor(CardState::CarrierConfirmed, credit);
    REQUIRE(confirmed.size() == 1);
    CHECK(confirmed[0].target == CardState::Void);
    REQUIRE(confirmed[0].refusal);
    CHECK(confirmed[0].refusal->code == ErrorCode::BalanceNotZero);
    CHECK_FALSE(lifecycleActionsFor(CardState::CarrierConfirmed, zero)[0].refusal);

    CHECK(lifecycleActionsFor(CardState::Void, zero).empty());
}

TEST_CASE("the home area shows the declared one, and the number's when they differ", "[panel]")
{
    FleetTestDatabase db;
    const CardId declared = db.addCard([](Card& card) {
        card.numberHomeArea = QStringLiteral("上海市");
        card.declaredHomeArea = QStringLiteral("北京");
    });
    const CardId agreeing = db.addCard([](Card& card) {
        card.numberHomeArea = QStringLiteral("上海市");
        card.declaredHomeArea = QStringLiteral("上海市");
    });
    const CardId derived =
        db.addCard([](Card& card) { card.numberHomeArea = QStringLiteral("上海市"); });

    CardDetailPanel panel(db.session());
    auto* homeArea = child<QLabel>(panel, "homeAreaValue");
    panel.showCard(declared);
    CHECK(homeArea->text() == QStringLiteral("北京 (number says 上海市)"));
    panel.showCard(agreeing);
    CHECK(homeArea->text() == QStringLiteral("上海市"));
    panel.showCard(derived);
    CHECK(homeArea->text() == QStringLiteral("上海市"));
}
