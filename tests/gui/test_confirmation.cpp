// SPDX-License-Identifier: GPL-3.0-or-later
// The carrier-confirmation wizard: receipt numbers, then void for the cards with no money left.

#include "WizardTestFleet.h"
#include "services/CancellationService.h"
#include "text/ErrorText.h"
#include "wizard/CardTable.h"
#include "wizard/ConfirmationWizard.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <algorithm>

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

// Near the left edge: a radio button or check box in a wide layout only takes clicks on its
// indicator and text.
void click(QAbstractButton* button)
{
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {},
                      QPoint(std::min(8, button->width() / 2), button->height() / 2));
}

// Cards already requested for cancellation, the way the cancellation wizard leaves them.
std::vector<CardId> requestedCards(WizardTestFleet& fleet, int first, int count)
{
    std::vector<CardId> ids;
    for (int n = first; n < first + count; ++n)
        ids.push_back(fleet.addCard(n, Carrier::Cmcc, Money::fromFen(5800)));
    const auto outcome = CancellationService(fleet.session().context())
                             .requestCancellation(ids, Channel::SelfHotline, true);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->ok());
    return ids;
}

// Answers the confirmation that voiding asks for, once it is shown, and keeps its text.
struct ConfirmationAnswer {
    bool act{true};
    bool asked{false};
    QString text;

    void arm()
    {
        asked = false;
        QTimer::singleShot(0, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            REQUIRE(box != nullptr);
            CHECK(box->objectName() == QStringLiteral("confirmIrreversible"));
            CHECK(box->defaultButton() == box->button(QMessageBox::Cancel));
            asked = true;
            text = box->text();
            if (act)
                box->findChild<QPushButton*>(QStringLiteral("confirmAct"))->click();
            else
                box->button(QMessageBox::Cancel)->click();
        });
    }
};

std::optional<AuditEvent> lastChangeTo(Store& store, CardId id, CardState state)
{
    std::optional<AuditEvent> found;
    for (const AuditEvent& event : store.auditOf(id)) {
        if (event.action == AuditAction::StateChanged && event.toState == state)
            found = event;
    }
    return found;
}

} // namespace

TEST_CASE("The confirmation wizard records the receipt and voids the cards with a zero balance",
          "[gui][confirmation]")
{
    WizardTestFleet fleet;
    const std::vector<CardId> ids = requestedCards(fleet, 31, 3);
    const CardId zero = ids[0];
    const CardId credit = ids[1];
    const CardId finalBill = ids[2];
    // A prepaid credit and a final bill keep two cards from being voided.
    REQUIRE(
        fleet.session().ledger().pay(credit, Money::fromFen(500), QStringLiteral("PRE-1")).ok());
    fleet.charge(finalBill, Money::fromFen(1230));

    ConfirmationWizard wizard(fleet.session());
    QSignalSpy changed(&wizard, &ConfirmationWizard::dataChanged);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));

    // Receipts: nothing ticked means straight on to voiding; ticked cards need the receipt.
    REQUIRE(wizard.currentId() == ConfirmationWizard::ReceiptsPageId);
    auto* requested = child<CardTable>(wizard, "requestedTable");
    REQUIRE(requested->rowCount() == 3);
    QAbstractButton* commit = wizard.button(QWizard::CommitButton);
    CHECK(commit->isEnabled());
    click(child<QPushButton>(wizard, "tickAll"));
    CHECK(requested->checkedCards().size() == 3);
    CHECK_FALSE(commit->isEnabled());
    QTest::keyClicks(child<QLineEdit>(wizard, "receiptForAll"), QStringLiteral("HZ-2026-0001"));
    REQUIRE(commit->isEnabled());
    click(commit);

    // Void: the zero-balance card can go; the others say why not.
    REQUIRE(wizard.currentId() == ConfirmationWizard::VoidPageId);
    for (const CardId id : ids) {
        CHECK(fleet.stateOf(id) == CardState::CarrierConfirmed);
        const auto confirmed = lastChangeTo(fleet.store(), id, CardState::CarrierConfirmed);
        REQUIRE(confirmed.has_value());
        CHECK(confirmed->details.value(QStringLiteral("reference")).toString() ==
              QStringLiteral("HZ-2026-0001"));
        CHECK(confirmed->operatorName == QStringLiteral("Wang Fang"));
    }
    CHECK(changed.count() == 1);

    auto* voidTable = child<CardTable>(wizard, "voidTable");
    REQUIRE(voidTable->rowCount() == 3);
    TransitionRequest toVoid;
    toVoid.to = CardState::Void;
    for (const CardId id : {credit, finalBill}) {
        const int row = voidTable->rowOf(id);
        const auto refusals = fleet.session().lifecycle().preview({id}, toVoid);
        REQUIRE(refusals.size() == 1);
        CHECK(refusals.front().reason.code == ErrorCode::BalanceNotZero);
        CHECK(voidTable->note(row) == describe(refusals.front().reason));
        CHECK_FALSE(voidTable->isChecked(row));
        CHECK_FALSE(voidTable->item(row, 0)->flags().testFlag(Qt::ItemIsUserCheckable));
    }
    CHECK(voidTable->isChecked(voidTable->rowOf(zero)));
    CHECK(voidTable->checkedCards() == std::vector<CardId>{zero});
    CHECK(child<QLabel>(wizard, "voidSummary")->text().contains(QLatin1String("2")));
    ConfirmationAnswer answer;
    answer.arm();
    click(wizard.button(QWizard::CommitButton));
    CHECK(answer.asked);

    REQUIRE(wizard.currentId() == ConfirmationWizard::SummaryPageId);
    CHECK(changed.count() == 2);
    CHECK(fleet.stateOf(zero) == CardState::Void);
    CHECK(fleet.stateOf(credit) == CardState::CarrierConfirmed);
    CHECK(fleet.stateOf(finalBill) == CardState::CarrierConfirmed);
    const auto voided = lastChangeTo(fleet.store(), zero, CardState::Void);
    REQUIRE(voided.has_value());
    CHECK(voided->fromState == CardState::CarrierConfirmed);
    CHECK(wizard.draft().voided.size() == 1);
    CHECK(wizard.draft().stillWaiting == 2);
}

TEST_CASE("The confirmation wizard takes a receipt number per card", "[gui][confirmation]")
{
    WizardTestFleet fleet;
    const std::vector<CardId> ids = requestedCards(fleet, 41, 2);

    ConfirmationWizard wizard(fleet.session());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto* requested = child<CardTable>(wizard, "requestedTable");
    click(child<QRadioButton>(wizard, "receiptPerCard"));
    CHECK_FALSE(child<QLineEdit>(wizard, "receiptForAll")->isEnabled());
    requested->setChecked(requested->rowOf(ids[0]), true);
    requested->setChecked(requested->rowOf(ids[1]), true);
    QAbstractButton* commit = wizard.button(QWizard::CommitButton);
    CHECK_FALSE(commit->isEnabled());
    requested->setNote(requested->rowOf(ids[0]), QStringLiteral("R-100"));
    CHECK_FALSE(commit->isEnabled());
    requested->setNote(requested->rowOf(ids[1]), QStringLiteral("R-200"));
    REQUIRE(commit->isEnabled());
    click(commit);

    REQUIRE(wizard.currentId() == ConfirmationWizard::VoidPageId);
    CHECK(lastChangeTo(fleet.store(), ids[0], CardState::CarrierConfirmed)
              ->details.value(QStringLiteral("reference"))
              .toString() == QStringLiteral("R-100"));
    CHECK(lastChangeTo(fleet.store(), ids[1], CardState::CarrierConfirmed)
              ->details.value(QStringLiteral("reference"))
              .toString() == QStringLiteral("R-200"));

    // Both balances are zero: untick one, void the other.
    auto* voidTable = child<CardTable>(wizard, "voidTable");
    REQUIRE(voidTable->checkedCards().size() == 2);
    voidTable->setChecked(voidTable->rowOf(ids[1]), false);
    ConfirmationAnswer answer;
    answer.arm();
    click(wizard.button(QWizard::CommitButton));
    CHECK(answer.asked);
    REQUIRE(wizard.currentId() == ConfirmationWizard::SummaryPageId);
    CHECK(fleet.stateOf(ids[0]) == CardState::Void);
    CHECK(fleet.stateOf(ids[1]) == CardState::CarrierConfirmed);
}

TEST_CASE("Voiding starts from the cards just confirmed, and asks before it voids",
          "[gui][confirmation]")
{
    WizardTestFleet fleet;
    // Three cards confirmed in an earlier run, all at a zero balance: voidable, not this batch.
    const std::vector<CardId> earlier = requestedCards(fleet, 61, 3);
    std::vector<CarrierReceipt> receipts;
    for (const CardId id : earlier)
        receipts.push_back({id, QStringLiteral("OLD-1")});
    REQUIRE(CancellationService(fleet.session().context()).confirmByCarrier(receipts)->ok());
    // Five cards wait for the carrier; the clerk selected the last two in the fleet.
    const std::vector<CardId> waiting = requestedCards(fleet, 71, 5);
    const std::vector<CardId> mine{waiting[3], waiting[4]};

    ConfirmationWizard wizard(fleet.session(), mine);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));

    // The selection comes first, ticked; the other waiting cards are not.
    auto* requested = child<CardTable>(wizard, "requestedTable");
    REQUIRE(requested->rowCount() == 5);
    CHECK(requested->cardAt(0) == mine[0]);
    CHECK(requested->cardAt(1) == mine[1]);
    CHECK(requested->checkedCards() == mine);
    QTest::keyClicks(child<QLineEdit>(wizard, "receiptForAll"), QStringLiteral("HZ-7"));
    click(wizard.button(QWizard::CommitButton));
    REQUIRE(wizard.currentId() == ConfirmationWizard::VoidPageId);
    for (const CardId id : waiting)
        CHECK(fleet.stateOf(id) == (id == mine[0] || id == mine[1]
                                        ? CardState::CarrierConfirmed
                                        : CardState::CancellationRequested));

    // Five confirmed cards can be voided; only the two just confirmed start ticked.
    auto* voidTable = child<CardTable>(wizard, "voidTable");
    REQUIRE(voidTable->rowCount() == 5);
    std::vector<CardId> ticked = voidTable->checkedCards();
    std::sort(ticked.begin(), ticked.end());
    CHECK(ticked == mine);

    // Tick all / Tick none, and Space on a selected row.
    click(child<QPushButton>(wizard, "voidTickAll"));
    CHECK(voidTable->checkedCards().size() == 5);
    click(child<QPushButton>(wizard, "voidTickNone"));
    CHECK(voidTable->checkedCards().empty());
    voidTable->setFocus();
    voidTable->selectRow(voidTable->rowOf(earlier[0]));
    QTest::keyClick(voidTable, Qt::Key_Space);
    CHECK(voidTable->checkedCards() == std::vector<CardId>{earlier[0]});
    QTest::keyClick(voidTable, Qt::Key_Space);
    CHECK(voidTable->checkedCards().empty());
    for (const CardId id : mine)
        voidTable->setChecked(voidTable->rowOf(id), true);

    // The confirmation names the count and the monthly fees; Cancel voids nothing.
    ConfirmationAnswer answer;
    answer.act = false;
    answer.arm();
    click(wizard.button(QWizard::CommitButton));
    REQUIRE(answer.asked);
    CHECK(answer.text.contains(QStringLiteral("2")));
    CHECK(answer.text.contains(Money::fromFen(2 * 5800).toDisplayString()));
    CHECK(wizard.currentId() == ConfirmationWizard::VoidPageId);
    for (const CardId id : mine)
        CHECK(fleet.stateOf(id) == CardState::CarrierConfirmed);

    answer.act = true;
    answer.arm();
    click(wizard.button(QWizard::CommitButton));
    REQUIRE(answer.asked);
    REQUIRE(wizard.currentId() == ConfirmationWizard::SummaryPageId);
    for (const CardId id : mine)
        CHECK(fleet.stateOf(id) == CardState::Void);
    for (const CardId id : earlier)
        CHECK(fleet.stateOf(id) == CardState::CarrierConfirmed);

    // The done page counts the three left by choice as such, not as waiting for a zero balance.
    CHECK(wizard.draft().voided.size() == 2);
    CHECK(wizard.draft().leftUnticked == 3);
    CHECK(wizard.draft().stillWaiting == 0);
    const QString done = child<QLabel>(wizard, "confirmationSummary")->text();
    CHECK(done.contains(QStringLiteral("could have been voided")));
    CHECK_FALSE(done.contains(QStringLiteral("balance is zero")));
}

TEST_CASE("The batch confirmation is all or nothing", "[gui][confirmation]")
{
    WizardTestFleet fleet;
    const std::vector<CardId> ids = requestedCards(fleet, 51, 2);
    const CardId active = fleet.addCard(53, Carrier::Cmcc, Money::fromFen(5800));

    CancellationService service(fleet.session().context());
    const auto outcome = service.confirmByCarrier({{ids[0], QStringLiteral("R-1")},
                                                   {ids[1], QStringLiteral("  ")},
                                                   {active, QStringLiteral("R-3")}});
    REQUIRE(outcome.ok());
    REQUIRE(outcome->refused.size() == 2);
    CHECK(outcome->refused[0].card.id == ids[1]);
    CHECK(outcome->refused[0].reason.code == ErrorCode::NeedsReference);
    CHECK(outcome->refused[1].card.id == active);
    CHECK(outcome->refused[1].reason.code == ErrorCode::TransitionNotAllowed);
    CHECK(outcome->moved.empty());
    CHECK(fleet.stateOf(ids[0]) == CardState::CancellationRequested);
}
