// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/LedgerEntryDialog.h"

#include "Session.h"
#include "common/Display.h"
#include "common/Feedback.h"
#include "common/Icons.h"
#include "common/ServiceCall.h"
#include "services/LedgerChecks.h"
#include "text/ErrorText.h"
#include "ui_LedgerEntryDialog.h"

#include <QPushButton>

namespace simfleet::gui {

LedgerEntryDialog::LedgerEntryDialog(Session& session, const Card& card, Kind kind, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LedgerEntryDialog>()), m_session(session),
      m_card(card), m_kind(kind)
{
    m_ui->setupUi(this);
    const bool payment = kind == Kind::Payment;
    setWindowTitle(payment ? tr("Record payment") : tr("Record charge"));
    setWindowIcon(svgIcon(payment ? u"pay" : u"charge"));
    m_ui->introLabel->setText(
        payment ? tr("Payment on card %1. It now shows: %2.")
                      .arg(cardCaption(card), balanceSummary(card.balance))
                : tr("Charge (monthly rent, usage, early-termination fee) on card %1. It now "
                     "shows: %2.")
                      .arg(cardCaption(card), balanceSummary(card.balance)));
    // Nothing is dated after today (the core refuses it too): a payment dated ahead would count
    // as settled before the money came in.
    m_ui->dateEdit->setMaximumDate(session.clock().today());
    m_ui->dateEdit->setDate(session.clock().today());
    m_ui->referenceEdit->setPlaceholderText(payment ? tr("Receipt or transfer number (required)")
                                                    : tr("Bill number (optional)"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setText(payment ? tr("Record payment") : tr("Record charge"));
    if (payment && card.balance.isPositive()) {
        m_ui->amountEdit->setText(card.balance.toPlainString());
        m_ui->amountEdit->selectAll();
    }
    showProblem(m_ui->amountProblem, {});
    showProblem(m_ui->refusalLabel, {});

    connect(m_ui->amountEdit, &QLineEdit::textChanged, this, &LedgerEntryDialog::validateInput);
    connect(m_ui->referenceEdit, &QLineEdit::textChanged, this, &LedgerEntryDialog::validateInput);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LedgerEntryDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LedgerEntryDialog::reject);
    validateInput();
}

LedgerEntryDialog::~LedgerEntryDialog() = default;

void LedgerEntryDialog::validateInput()
{
    const QString text = m_ui->amountEdit->text();
    const auto amount = Money::parse(text);
    // Nothing typed yet is not a mistake; the button simply waits for an amount.
    showProblem(m_ui->amountProblem,
                amount || text.trimmed().isEmpty() ? QString() : describe(amount.error()));
    // What the core would refuse for want of a reference, the button waits for.
    const EntryKind kind = m_kind == Kind::Payment ? EntryKind::Payment : EntryKind::Charge;
    const bool referenceGiven = !checkEntryReference(kind, m_ui->referenceEdit->text());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(amount.ok() && referenceGiven);
    showProblem(m_ui->refusalLabel, {});
}

void LedgerEntryDialog::accept()
{
    const auto amount = Money::parse(m_ui->amountEdit->text());
    if (!amount) {
        showProblem(m_ui->amountProblem, describe(amount.error()));
        return;
    }
    const QString reference = m_ui->referenceEdit->text().trimmed();
    const QDate date = m_ui->dateEdit->date();
    const auto posted = callService([&] {
        auto ledger = m_session.ledger();
        return m_kind == Kind::Payment ? ledger.pay(m_card.id, *amount, reference, date)
                                       : ledger.charge(m_card.id, *amount, reference, date);
    });
    if (!posted) {
        showProblem(m_ui->refusalLabel, describe(posted.error()));
        return;
    }
    QDialog::accept();
}

} // namespace simfleet::gui
