// SPDX-License-Identifier: GPL-3.0-or-later
// The card dialogs go through the core's services: the core's refusal is shown, the dialog stays
// open with the input intact, and nothing is written until the core accepts.

#include "FleetTestDatabase.h"
#include "card/LifecycleActions.h"
#include "card/TransitionDialog.h"
#include "dialogs/EditCardDialog.h"
#include "dialogs/LedgerEntryDialog.h"
#include "dialogs/MarkLostDialog.h"
#include "text/ErrorText.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
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

QPushButton* okButton(QDialog& dialog)
{
    auto* box = child<QDialogButtonBox>(dialog, "buttonBox");
    QPushButton* ok = box->button(QDialogButtonBox::Ok);
    return ok ? ok : box->button(QDialogButtonBox::Save);
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("the payment dialog refuses a bad amount and records a good one", "[dialogs]")
{
    FleetTestDatabase db;
    const CardId id = db.addCard();
    REQUIRE(db.session().ledger().charge(id, Money::fromFen(12340), QStringLiteral("rent")).ok());

    LedgerEntryDialog dialog(db.session(), db.card(id), LedgerEntryDialog::Kind::Payment);
    dialog.show();
    auto* amount = child<QLineEdit>(dialog, "amountEdit");
    auto* problem = child<QLabel>(dialog, "amountProblem");
    auto* refusal = child<QLabel>(dialog, "refusalLabel");
    // A payment starts with what the card owes, and waits for its receipt number.
    CHECK(amount->text() == QStringLiteral("123.40"));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    typeInto(child<QLineEdit>(dialog, "referenceEdit"), QStringLiteral("BANK-7"));
    CHECK(okButton(dialog)->isEnabled());

    SECTION("amounts the core's Money does not parse keep the button disabled")
    {
        for (const QString& text :
             {QStringLiteral("12.345"), QStringLiteral("abc"), QStringLiteral("1,2,3.4.5")}) {
            typeInto(amount, text);
            INFO(text.toStdString());
            CHECK_FALSE(okButton(dialog)->isEnabled());
            CHECK(problem->isVisible());
            CHECK(problem->text() == describe(Money::parse(text).error()));
        }
        typeInto(amount, QString());
        CHECK_FALSE(okButton(dialog)->isEnabled());
        CHECK_FALSE(problem->isVisible());
    }

    SECTION("a refusal from the ledger service keeps the dialog open with the input")
    {
        typeInto(amount, QStringLiteral("-5"));
        REQUIRE(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        CHECK(dialog.isVisible());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(refusal->isVisible());
        CHECK_FALSE(refusal->text().isEmpty());
        CHECK(amount->text() == QStringLiteral("-5"));
        CHECK(db.store().ledgerOf(id).size() == 1);
    }

    SECTION("a good amount is recorded with its date and reference")
    {
        typeInto(amount, QStringLiteral("¥100.00"));
        const QDate date = db.clock().today().addDays(-2);
        child<QDateEdit>(dialog, "dateEdit")->setDate(date);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        const auto ledger = db.store().ledgerOf(id);
        REQUIRE(ledger.size() == 2);
        const auto payment = std::find_if(ledger.begin(), ledger.end(), [](const LedgerEntry& e) {
            return e.kind == EntryKind::Payment;
        });
        REQUIRE(payment != ledger.end());
        CHECK(payment->amount == Money::fromFen(10000));
        CHECK(payment->reference == QStringLiteral("BANK-7"));
        CHECK(payment->date == date);
        CHECK(payment->operatorName == db.session().operatorName());
        CHECK(db.card(id).balance == Money::fromFen(2340));
    }
}

TEST_CASE("the payment dialog: Tab leaves the date, no date after today, a receipt is required",
          "[dialogs]")
{
    FleetTestDatabase db;
    const CardId id = db.addCard();
    REQUIRE(db.session().ledger().charge(id, Money::fromFen(5800), QStringLiteral("rent")).ok());
    LedgerEntryDialog dialog(db.session(), db.card(id), LedgerEntryDialog::Kind::Payment);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    auto* date = child<QDateEdit>(dialog, "dateEdit");
    auto* reference = child<QLineEdit>(dialog, "referenceEdit");
    const QDate today = db.clock().today();

    // The clerk's keystrokes: Tab from the date goes to the reference, not to the date's month.
    date->setFocus();
    REQUIRE(date->hasFocus());
    QTest::keyClick(date, Qt::Key_Tab);
    CHECK(reference->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ZZ-0001"));
    CHECK(reference->text() == QStringLiteral("ZZ-0001"));
    CHECK(date->date() == today);
    QTest::keyClick(reference, Qt::Key_Backtab);
    CHECK(date->hasFocus());

    // The date cannot be set past today.
    date->setDate(today.addDays(13));
    CHECK(date->date() == today);

    // Without a reference the button stays disabled; with one, the payment is recorded.
    reference->clear();
    CHECK_FALSE(okButton(dialog)->isEnabled());
    typeInto(reference, QStringLiteral("   "));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    typeInto(reference, QStringLiteral("ZZ-0001"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(db.card(id).balance == Money{});
}

TEST_CASE("the charge dialog posts a charge", "[dialogs]")
{
    FleetTestDatabase db;
    const CardId id = db.addCard();
    LedgerEntryDialog dialog(db.session(), db.card(id), LedgerEntryDialog::Kind::Charge);
    dialog.show();
    CHECK(child<QLineEdit>(dialog, "amountEdit")->text().isEmpty());
    typeInto(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("58"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(db.card(id).balance == Money::fromFen(5800));
}

TEST_CASE("the edit dialog saves through the card service and shows its refusal", "[dialogs]")
{
    FleetTestDatabase db;
    const CardId id = db.addCard();
    const Card before = db.card(id);
    EditCardDialog dialog(db.session(), before);
    dialog.show();

    // Holder data is never put into the fields unmasked.
    CHECK(child<QLineEdit>(dialog, "holderIdEdit")->text().isEmpty());
    CHECK_FALSE(
        child<QLineEdit>(dialog, "holderIdEdit")->placeholderText().contains(before.holderId));

    typeInto(child<QLineEdit>(dialog, "msisdnEdit"), QStringLiteral("12345"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(dialog, "refusalLabel")->isVisible());
    CHECK(db.card(id).msisdn == before.msisdn);

    typeInto(child<QLineEdit>(dialog, "msisdnEdit"), QStringLiteral("13912345678"));
    typeInto(child<QLineEdit>(dialog, "planEdit"), QStringLiteral("Unlimited 88"));
    typeInto(child<QLineEdit>(dialog, "feeEdit"), QStringLiteral("88.00"));
    typeInto(child<QLineEdit>(dialog, "departmentEdit"), QStringLiteral("Outbound 2"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const Card after = db.card(id);
    CHECK(after.msisdn == QStringLiteral("13912345678"));
    CHECK(after.plan == QStringLiteral("Unlimited 88"));
    CHECK(after.monthlyFee == Money::fromFen(8800));
    CHECK(after.department == QStringLiteral("Outbound 2"));
    CHECK(after.holderId == before.holderId); // left empty: kept
}

TEST_CASE("the edit dialog changes the declared home area, audited, and refuses a bad one",
          "[dialogs]")
{
    FleetTestDatabase db;
    const CardId id =
        db.addCard([](Card& card) { card.numberHomeArea = QStringLiteral("上海市"); });
    const std::size_t auditBefore = db.store().auditOf(id).size();
    {
        EditCardDialog dialog(db.session(), db.card(id));
        dialog.show();
        auto* homeArea = child<QLineEdit>(dialog, "homeAreaEdit");
        CHECK(homeArea->text().isEmpty());
        CHECK(homeArea->placeholderText().contains(QStringLiteral("上海市")));

        typeInto(homeArea, QStringLiteral("-"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        CHECK(dialog.isVisible());
        CHECK(child<QLabel>(dialog, "refusalLabel")
                  ->text()
                  .contains(describe(Error{ErrorCode::HomeAreaInvalid, QStringLiteral("-"), 0})));
        CHECK(db.store().auditOf(id).size() == auditBefore);

        homeArea->setText(QStringLiteral("北京市")); // QTest types only ASCII
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const Card after = db.card(id);
    CHECK(after.declaredHomeArea == QStringLiteral("北京市"));
    CHECK(after.numberHomeArea == QStringLiteral("上海市"));
    CHECK(after.homeArea() == QStringLiteral("北京市"));
    const auto history = db.store().auditOf(id);
    REQUIRE(history.size() == auditBefore + 1);
    CHECK(history.back().action == AuditAction::CardEdited);

    // Opened again, the field holds the declared one; emptied, the number's stands again.
    EditCardDialog again(db.session(), after);
    again.show();
    auto* homeArea = child<QLineEdit>(again, "homeAreaEdit");
    CHECK(homeArea->text() == QStringLiteral("北京市"));
    homeArea->clear();
    QTest::mouseClick(okButton(again), Qt::LeftButton);
    CHECK(again.result() == QDialog::Accepted);
    CHECK(db.card(id).homeArea() == QStringLiteral("上海市"));
}

TEST_CASE("the lost dialog sets and clears the flag, audited", "[dialogs]")
{
    FleetTestDatabase db;
    const CardId id = db.addCard();
    {
        MarkLostDialog dialog(db.session(), db.card(id));
        dialog.show();
        child<QPlainTextEdit>(dialog, "noteEdit")->setPlainText(QStringLiteral("left in a taxi"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(db.card(id).lost);
    CHECK(db.store().auditOf(id).back().action == AuditAction::LostFlagSet);
    {
        MarkLostDialog dialog(db.session(), db.card(id));
        dialog.show();
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK_FALSE(db.card(id).lost);
    CHECK(db.store().auditOf(id).back().action == AuditAction::LostFlagCleared);
}

TEST_CASE("the transition dialog needs the carrier's receipt number", "[dialogs]")
{
    FleetTestDatabase db;
    const CardId id = db.addCard([](Card& card) { card.state = CardState::CancellationRequested; });
    const auto actions = lifecycleActionsFor(CardState::CancellationRequested, Money{});
    REQUIRE(actions.front().input == EdgeInput::CarrierReference);

    TransitionDialog dialog(db.session(), db.card(id), actions.front());
    dialog.show();
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(dialog, "refusalLabel")->text() ==
          describe(Error{ErrorCode::NeedsReference, {}, 0}));
    CHECK(db.card(id).state == CardState::CancellationRequested);

    typeInto(child<QLineEdit>(dialog, "inputEdit"), QStringLiteral("HZ-2026-0042"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(db.card(id).state == CardState::CarrierConfirmed);
}
