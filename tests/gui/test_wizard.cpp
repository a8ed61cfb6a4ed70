// SPDX-License-Identifier: GPL-3.0-or-later
// The cancellation wizard driven end to end, as an operator would, on a temporary database.

#include "WizardTestFleet.h"
#include "text/ErrorText.h"
#include "text/Labels.h"
#include "wizard/CancellationWizard.h"
#include "wizard/CardTable.h"
#include "wizard/CardsPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <set>

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

bool nextEnabled(QWizard& wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

std::vector<QCheckBox*> materialBoxes(QWizard& wizard)
{
    std::vector<QCheckBox*> boxes;
    for (QCheckBox* box : wizard.findChildren<QCheckBox*>()) {
        if (box->objectName().startsWith(QLatin1String("checkMaterial")))
            boxes.push_back(box);
    }
    return boxes;
}

std::size_t distinctMaterials(Store& store, const std::vector<Carrier>& carriers)
{
    std::set<QString> materials;
    for (const Carrier carrier : carriers) {
        for (const QString& material : store.carrierProfile(carrier).materials)
            materials.insert(material);
    }
    return materials.size();
}

// The state changes of one card, oldest first.
std::vector<AuditEvent> stateChanges(Store& store, CardId id)
{
    std::vector<AuditEvent> changes;
    for (const AuditEvent& event : store.auditOf(id)) {
        if (event.action == AuditAction::StateChanged)
            changes.push_back(event);
    }
    return changes;
}

void recordPayment(QWizard& wizard, CardTable* table, CardId card, const QString& amount)
{
    table->selectRow(table->rowOf(card));
    auto* amountEdit = child<QLineEdit>(wizard, "paymentAmount");
    amountEdit->clear();
    QTest::keyClicks(amountEdit, amount);
    child<QLineEdit>(wizard, "paymentReference")->setText(QStringLiteral("BANK-7781"));
    click(child<QPushButton>(wizard, "recordPayment"));
}

// Cards page -> settle page -> channel page -> checklist -> review, every card settled.
void walkToReview(QWizard& wizard, Channel channel)
{
    click(wizard.button(QWizard::NextButton));
    REQUIRE(wizard.currentId() == CancellationWizard::SettlePageId);
    REQUIRE(nextEnabled(wizard));
    click(wizard.button(QWizard::NextButton));
    REQUIRE(wizard.currentId() == CancellationWizard::ChannelPageId);
    click(child<QRadioButton>(wizard, channel == Channel::SelfOnline ? "channelSelfOnline"
                                                                     : "channelCarrierHall"));
    click(wizard.button(QWizard::NextButton));
    REQUIRE(wizard.currentId() == CancellationWizard::ChecklistPageId);
    child<QCheckBox>(wizard, "checkBackup")->setChecked(true);
    for (QCheckBox* box : materialBoxes(wizard))
        box->setChecked(true);
    child<QCheckBox>(wizard, "checkPolicy")->setChecked(true);
    click(wizard.button(QWizard::NextButton));
    REQUIRE(wizard.currentId() == CancellationWizard::ReviewPageId);
}

} // namespace

TEST_CASE("The cancellation wizard settles, requests and records a batch", "[gui][wizard]")
{
    WizardTestFleet fleet;
    const CardId owing = fleet.addCard(1, Carrier::Cmcc, Money::fromFen(5800));
    const CardId settled = fleet.addCard(2, Carrier::Cucc, Money::fromFen(3900), true);
    const CardId cleared = fleet.addCard(3, Carrier::Cmcc, Money::fromFen(1000));
    const CardId requested = fleet.addCard(4, Carrier::Ctcc, Money::fromFen(2000));
    fleet.charge(owing, Money::fromFen(5800));
    fleet.move(cleared, toState(CardState::ArrearsCleared));
    TransitionRequest request = toState(CardState::ArrearsCleared);
    fleet.move(requested, request);
    request.to = CardState::CancellationRequested;
    request.channel = Channel::SelfOnline;
    request.checklistConfirmed = true;
    fleet.move(requested, request);

    CancellationWizard wizard(fleet.session(), {owing, settled, cleared, requested});
    QSignalSpy changed(&wizard, &CancellationWizard::dataChanged);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));

    // 1. Cards: the requested card cannot proceed, and says why.
    REQUIRE(wizard.currentId() == CancellationWizard::CardsPageId);
    auto* cards = child<CardTable>(wizard, "cardsTable");
    auto* blocked = child<CardTable>(wizard, "blockedTable");
    CHECK(cards->rowCount() == 3);
    REQUIRE(blocked->rowCount() == 1);
    CHECK(blocked->cardAt(0) == requested);
    const auto why = fleet.session().lifecycle().preview({requested}, request);
    REQUIRE(why.size() == 1);
    CHECK(blocked->note(0) == describe(why.front().reason));
    CHECK(wizard.draft().cards == std::vector<CardId>{owing, settled, cleared});
    REQUIRE(nextEnabled(wizard));
    click(wizard.button(QWizard::NextButton));

    // 2. Settle: Next refused while a card owes money, whatever else is done.
    REQUIRE(wizard.currentId() == CancellationWizard::SettlePageId);
    CHECK_FALSE(nextEnabled(wizard));
    auto* status = child<QLabel>(wizard, "settleStatus");
    CHECK(status->text().contains(Money::fromFen(5800).toDisplayString()));
    auto* settle = child<CardTable>(wizard, "settleTable");

    // An amount the core refuses posts nothing.
    recordPayment(wizard, settle, owing, QStringLiteral("12.345"));
    CHECK_FALSE(child<QLabel>(wizard, "paymentError")->text().isEmpty());
    CHECK(fleet.store().ledgerOf(owing).size() == 1);
    CHECK_FALSE(nextEnabled(wizard));

    // A part payment still leaves money owed.
    recordPayment(wizard, settle, owing, QStringLiteral("20"));
    CHECK(fleet.balanceOf(owing) == Money::fromFen(3800));
    CHECK_FALSE(nextEnabled(wizard));
    CHECK(status->text().contains(Money::fromFen(3800).toDisplayString()));

    recordPayment(wizard, settle, owing, QStringLiteral("¥38.00"));
    CHECK(fleet.balanceOf(owing).isZero());
    CHECK(child<QLabel>(wizard, "paymentError")->text().isEmpty());
    REQUIRE(nextEnabled(wizard));
    CHECK(changed.count() == 2);
    CHECK(wizard.draft().paidInWizard == Money::fromFen(5800));
    CHECK(wizard.draft().paymentsRecorded == 2);
    click(wizard.button(QWizard::NextButton));

    // 3. Channel: nothing chosen, no way on.
    REQUIRE(wizard.currentId() == CancellationWizard::ChannelPageId);
    CHECK_FALSE(nextEnabled(wizard));
    const QString profileText =
        child<QWidget>(wizard, "carrierProfile")->property("plainText").toString();
    CHECK(profileText.contains(fleet.store().carrierProfile(Carrier::Cmcc).hotline));
    click(child<QRadioButton>(wizard, "channelCarrierHall"));
    CHECK(wizard.draft().channel == Channel::CarrierHall);
    REQUIRE(nextEnabled(wizard));
    click(wizard.button(QWizard::NextButton));

    // 4. Checklist: every item, each material of both carriers once.
    REQUIRE(wizard.currentId() == CancellationWizard::ChecklistPageId);
    const std::vector<QCheckBox*> materials = materialBoxes(wizard);
    CHECK(materials.size() == distinctMaterials(fleet.store(), {Carrier::Cmcc, Carrier::Cucc}));
    CHECK_FALSE(nextEnabled(wizard));
    click(child<QCheckBox>(wizard, "checkBackup"));
    click(child<QCheckBox>(wizard, "checkPolicy"));
    for (QCheckBox* box : materials) {
        CHECK_FALSE(nextEnabled(wizard));
        click(box);
    }
    REQUIRE(wizard.draft().checklistConfirmed());
    REQUIRE(nextEnabled(wizard));
    click(wizard.button(QWizard::NextButton));

    // 5. Review: the batch, the money and the rent that stops.
    REQUIRE(wizard.currentId() == CancellationWizard::ReviewPageId);
    const QString summary = child<QLabel>(wizard, "reviewSummary")->text();
    CHECK(summary.contains(Money::fromFen(5800 + 3900 + 1000).toDisplayString()));
    CHECK(summary.contains(stateLabel(CardState::CancellationRequested)));
    CHECK(fleet.stateOf(owing) == CardState::Active); // nothing moved before the commit
    click(wizard.button(QWizard::CommitButton));

    // 6. Done.
    REQUIRE(wizard.currentId() == CancellationWizard::DonePageId);
    auto* exportPacket = child<QPushButton>(wizard, "exportPacket");
    CHECK(exportPacket->isEnabled()); // the packets themselves: test_packets_view.cpp
    CHECK(child<QLabel>(wizard, "doneSummary")->text().contains(QLatin1String("3")));
    CHECK(changed.count() == 3);
    click(wizard.button(QWizard::FinishButton));

    // The store: three cards requested through the business hall, the fourth untouched.
    for (const CardId id : {owing, settled, cleared}) {
        const Card card = fleet.store().cardById(id).value();
        CHECK(card.state == CardState::CancellationRequested);
        CHECK(card.stateSince == fleet.clock().nowUtc());
        const std::vector<AuditEvent> changes = stateChanges(fleet.store(), id);
        REQUIRE_FALSE(changes.empty());
        const AuditEvent& last = changes.back();
        CHECK(last.fromState == CardState::ArrearsCleared);
        CHECK(last.toState == CardState::CancellationRequested);
        CHECK(last.operatorName == QStringLiteral("Wang Fang"));
        CHECK(last.details.value(QStringLiteral("channel")).toString() ==
              channelCode(Channel::CarrierHall));
        CHECK(last.details.value(QStringLiteral("checklist")).toBool());
    }
    // Active cards went through arrears-cleared, each edge audited.
    const std::vector<AuditEvent> owingChanges = stateChanges(fleet.store(), owing);
    REQUIRE(owingChanges.size() == 2);
    CHECK(owingChanges[0].fromState == CardState::Active);
    CHECK(owingChanges[0].toState == CardState::ArrearsCleared);
    CHECK(stateChanges(fleet.store(), cleared).size() == 2); // its own earlier move, then this one
    CHECK(fleet.stateOf(requested) == CardState::CancellationRequested);
    CHECK(stateChanges(fleet.store(), requested).size() == 2);
    // The two payments, by the operator, with the reference.
    const std::vector<LedgerEntry> ledger = fleet.store().ledgerOf(owing);
    REQUIRE(ledger.size() == 3);
    CHECK(ledger[1].kind == EntryKind::Payment);
    CHECK(ledger[1].reference == QStringLiteral("BANK-7781"));
    CHECK(ledger[1].operatorName == QStringLiteral("Wang Fang"));
}

TEST_CASE("The cancellation wizard refuses the whole batch when the core refuses one card",
          "[gui][wizard]")
{
    WizardTestFleet fleet;
    const CardId first = fleet.addCard(11, Carrier::Ctcc, Money::fromFen(5800));
    const CardId second = fleet.addCard(12, Carrier::Ctcc, Money::fromFen(5800));

    CancellationWizard wizard(fleet.session(), {first, second});
    QSignalSpy changed(&wizard, &CancellationWizard::dataChanged);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    walkToReview(wizard, Channel::SelfOnline);

    // A bill arrives while the operator reviews.
    fleet.charge(second, Money::fromFen(1234));
    click(wizard.button(QWizard::CommitButton));

    CHECK(wizard.currentId() == CancellationWizard::ReviewPageId);
    auto* refusals = child<QListWidget>(wizard, "refusalList");
    REQUIRE(refusals->count() == 1);
    const Error owes{ErrorCode::OwesMoney, {}, 1234};
    CHECK(refusals->item(0)->text().contains(describe(owes)));
    CHECK(refusals->item(0)->text().contains(testIccid(12)));
    CHECK(fleet.stateOf(first) == CardState::Active);
    CHECK(fleet.stateOf(second) == CardState::Active);
    CHECK(stateChanges(fleet.store(), first).empty());
    CHECK(changed.count() == 0);

    // Paid, the same commit goes through.
    REQUIRE(fleet.session().ledger().pay(second, Money::fromFen(1234), QStringLiteral("R-2")).ok());
    click(wizard.button(QWizard::CommitButton));
    CHECK(wizard.currentId() == CancellationWizard::DonePageId);
    CHECK(fleet.stateOf(first) == CardState::CancellationRequested);
    CHECK(fleet.stateOf(second) == CardState::CancellationRequested);
}

TEST_CASE("The cancellation wizard builds a batch from a filter", "[gui][wizard]")
{
    WizardTestFleet fleet;
    const CardId mobile = fleet.addCard(21, Carrier::Cmcc, Money::fromFen(5800));
    fleet.addCard(22, Carrier::Cucc, Money::fromFen(5800));
    const CardId lostMobile = fleet.addCard(23, Carrier::Cmcc, Money::fromFen(5800), true);

    CancellationWizard wizard(fleet.session(), {});
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    CHECK(child<QRadioButton>(wizard, "useFilter")->isChecked());
    CHECK_FALSE(child<QRadioButton>(wizard, "useSelection")->isEnabled());
    CHECK(wizard.draft().cards.size() == 3);

    auto* carrier = child<QComboBox>(wizard, "carrierFilter");
    carrier->setCurrentIndex(carrier->findData(carrierCode(Carrier::Cmcc)));
    CHECK(wizard.draft().cards == std::vector<CardId>{mobile, lostMobile});
    click(child<QCheckBox>(wizard, "lostOnly"));
    CHECK(wizard.draft().cards == std::vector<CardId>{lostMobile});

    auto* state = child<QComboBox>(wizard, "stateFilter");
    state->setCurrentIndex(state->findData(stateCode(CardState::ArrearsCleared)));
    CHECK(wizard.draft().cards.empty());
    CHECK_FALSE(nextEnabled(wizard));
}

TEST_CASE("The cancellation wizard takes at most one batch of a large selection", "[gui][wizard]")
{
    WizardTestFleet fleet;
    const CardId first = fleet.addCard(31, Carrier::Cmcc, Money::fromFen(5800));
    const CardId second = fleet.addCard(32, Carrier::Cucc, Money::fromFen(5800));
    const CardId beyond = fleet.addCard(33, Carrier::Cmcc, Money::fromFen(5800));
    // Select all on a big fleet: here the ids between are gone (the reader skips them), but the
    // selection's size and order are what the wizard sees.
    std::vector<CardId> selection{first, second};
    for (CardId id = 1'000'000; selection.size() < CardsPage::kFilterLimit + 10; ++id)
        selection.push_back(id);
    selection.insert(selection.begin() + CardsPage::kFilterLimit + 5, beyond);

    CancellationWizard wizard(fleet.session(), selection);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    CHECK(child<QRadioButton>(wizard, "useSelection")->isChecked());
    // The first batch only: the card selected after it waits for the next run.
    CHECK(wizard.draft().cards == std::vector<CardId>{first, second});
    const QString proceed = child<QLabel>(wizard, "proceedLabel")->text();
    CHECK(proceed.contains(QLocale().toString(CardsPage::kFilterLimit)));
    CHECK(proceed.contains(QLocale().toString(static_cast<qlonglong>(selection.size()))));
}
