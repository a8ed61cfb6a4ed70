// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SettleArrearsPage.h"

#include "services/LedgerChecks.h"
#include "text/ErrorText.h"
#include "ui_WizardSettlePage.h"
#include "wizard/CardsById.h"

#include <QKeyEvent>

namespace simfleet::gui {
namespace {

QString standingOf(const Card& card)
{
    if (card.balance.isPositive())
        return SettleArrearsPage::tr("owes %1").arg(card.balance.toDisplayString());
    if (card.balance.isNegative())
        return SettleArrearsPage::tr("settled; prepaid credit %1")
            .arg((-card.balance).toDisplayString());
    return SettleArrearsPage::tr("settled");
}

void showError(QLabel* label, const QString& text)
{
    label->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    label->setText(text);
}

} // namespace

SettleArrearsPage::SettleArrearsPage(Session& session, CancellationDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_draft(draft),
      m_ui(std::make_unique<Ui::WizardSettlePage>())
{
    m_ui->setupUi(this);
    m_ui->settleTable->setColumns({CardColumn::Iccid, CardColumn::Msisdn, CardColumn::Carrier,
                                   CardColumn::State, CardColumn::Balance, CardColumn::Note},
                                  tr("Standing"));
    m_ui->settleStatus->setTextFormat(Qt::RichText);
    m_ui->paymentAmount->installEventFilter(this);
    m_ui->paymentReference->installEventFilter(this);

    connect(m_ui->settleTable, &QTableWidget::itemSelectionChanged, this,
            &SettleArrearsPage::selectionChanged);
    connect(m_ui->recordPayment, &QPushButton::clicked, this, &SettleArrearsPage::recordPayment);
    connect(m_ui->payAllInFull, &QPushButton::clicked, this,
            &SettleArrearsPage::payEveryCardInFull);
}

SettleArrearsPage::~SettleArrearsPage() = default;

void SettleArrearsPage::initializePage()
{
    showError(m_ui->paymentError, {});
    refresh();
    selectFirstOwingCard();
}

bool SettleArrearsPage::isComplete() const
{
    return !m_cards.empty() && m_owingCards == 0;
}

// Enter in the amount or reference field records the payment; it must not reach the wizard,
// whose default button would then move on.
bool SettleArrearsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            recordPayment();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void SettleArrearsPage::refresh()
{
    const CardId selected =
        m_ui->settleTable->selectedCards().empty() ? 0 : m_ui->settleTable->selectedCards().front();
    m_cards = loadCards(m_session.store(), m_draft.cards);
    m_ui->settleTable->setCards(m_cards, m_session.clock());

    Money owed;
    Money credit;
    int creditCards = 0;
    m_owingCards = 0;
    for (int row = 0; row < m_ui->settleTable->rowCount(); ++row) {
        const Card& card = m_cards[static_cast<std::size_t>(row)];
        m_ui->settleTable->setNote(row, standingOf(card));
        if (card.balance.isPositive()) {
            ++m_owingCards;
            owed += card.balance;
        } else if (card.balance.isNegative()) {
            ++creditCards;
            credit -= card.balance;
        }
    }
    if (const int row = m_ui->settleTable->rowOf(selected); row >= 0)
        m_ui->settleTable->selectRow(row);

    QStringList lines;
    if (m_owingCards > 0) {
        //: The article's first rule, 提前结清费用: settle all fees before cancelling.
        const QString owing = tr("%n card(s) still owe %1 in total. Settle all fees first: Next "
                                 "stays disabled while any card owes money.",
                                 nullptr, m_owingCards)
                                  .arg(owed.toDisplayString());
        lines << QStringLiteral("<span style=\"color: #b00020; font-weight: bold;\">%1</span>")
                     .arg(owing.toHtmlEscaped());
    } else {
        lines << QStringLiteral("<b>%1</b>").arg(tr("Every card is settled.").toHtmlEscaped());
    }
    if (m_draft.paymentsRecorded > 0)
        lines << tr("Recorded in this wizard: %n payment(s), %1.", nullptr,
                    m_draft.paymentsRecorded)
                     .arg(m_draft.paidInWizard.toDisplayString())
                     .toHtmlEscaped();
    if (creditCards > 0)
        lines << tr("%n card(s) hold prepaid credit (%1 in total): refund or transfer it before "
                    "the cards can be voided.",
                    nullptr, creditCards)
                     .arg(credit.toDisplayString())
                     .toHtmlEscaped();
    m_ui->settleStatus->setText(lines.join(QStringLiteral("<br>")));
    m_ui->payAllInFull->setEnabled(m_owingCards > 0);
    selectionChanged();
    Q_EMIT completeChanged();
}

void SettleArrearsPage::selectFirstOwingCard()
{
    for (int row = 0; row < m_ui->settleTable->rowCount(); ++row) {
        if (m_cards[static_cast<std::size_t>(row)].balance.isPositive()) {
            m_ui->settleTable->selectRow(row);
            return;
        }
    }
}

void SettleArrearsPage::selectionChanged()
{
    const std::vector<CardId> selected = m_ui->settleTable->selectedCards();
    const int row = selected.empty() ? -1 : m_ui->settleTable->rowOf(selected.front());
    m_ui->recordPayment->setEnabled(row >= 0);
    if (row < 0) {
        m_ui->selectedCard->setText(tr("Select a card in the list."));
        return;
    }
    const Card& card = m_cards[static_cast<std::size_t>(row)];
    m_ui->selectedCard->setText(tr("%1 (%2): %3").arg(card.msisdn, card.iccid, standingOf(card)));
    m_ui->paymentAmount->setText(card.balance.isPositive() ? card.balance.toPlainString()
                                                           : QString());
}

void SettleArrearsPage::recordPayment()
{
    const std::vector<CardId> selected = m_ui->settleTable->selectedCards();
    if (selected.empty()) {
        showError(m_ui->paymentError, tr("Select the card the payment is for."));
        return;
    }
    const auto amount = Money::parse(m_ui->paymentAmount->text());
    if (!amount) {
        showError(m_ui->paymentError, tr("Amount: %1").arg(describe(amount.error())));
        m_ui->paymentAmount->setFocus();
        return;
    }
    if (!referenceGiven())
        return;
    const auto posted =
        m_session.ledger().pay(selected.front(), *amount, m_ui->paymentReference->text().trimmed());
    if (!posted) {
        showError(m_ui->paymentError, describe(posted.error()));
        return;
    }
    showError(m_ui->paymentError, {});
    m_draft.paidInWizard += *amount;
    ++m_draft.paymentsRecorded;
    refresh();
    selectFirstOwingCard();
    Q_EMIT paymentRecorded();
}

bool SettleArrearsPage::referenceGiven()
{
    const auto refused = checkEntryReference(EntryKind::Payment, m_ui->paymentReference->text());
    if (!refused)
        return true;
    // Said once here rather than once per card by the ledger service.
    showError(m_ui->paymentError, describe(*refused));
    m_ui->paymentReference->setFocus();
    return false;
}

void SettleArrearsPage::payEveryCardInFull()
{
    if (!referenceGiven())
        return;
    QStringList failures;
    bool paidAny = false;
    for (const Card& card : m_cards) {
        if (!card.balance.isPositive())
            continue;
        const auto posted =
            m_session.ledger().pay(card.id, card.balance, m_ui->paymentReference->text().trimmed());
        if (!posted) {
            failures << tr("%1: %2").arg(card.iccid, describe(posted.error()));
            continue;
        }
        paidAny = true;
        m_draft.paidInWizard += card.balance;
        ++m_draft.paymentsRecorded;
    }
    showError(m_ui->paymentError, failures.join(QLatin1Char('\n')));
    refresh();
    selectFirstOwingCard();
    if (paidAny)
        Q_EMIT paymentRecorded();
}

} // namespace simfleet::gui
