// SPDX-License-Identifier: GPL-3.0-or-later
#include "card/CardDetailPanel.h"

#include "Session.h"
#include "card/LedgerTableModel.h"
#include "card/TransitionDialog.h"
#include "common/Display.h"
#include "common/HeaderTitles.h"
#include "common/Icons.h"
#include "common/ServiceCall.h"
#include "dialogs/EditCardDialog.h"
#include "dialogs/LedgerEntryDialog.h"
#include "dialogs/MarkLostDialog.h"
#include "packets/CardPackets.h"
#include "ports/StoreError.h"
#include "rules/Lifecycle.h"
#include "rules/Masking.h"
#include "text/AuditText.h"
#include "text/ErrorText.h"
#include "text/Labels.h"
#include "ui_CardDetailPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidgetItem>
#include <QVBoxLayout>

namespace simfleet::gui {

namespace {

// Soft colours per state: the forward path warms up toward void, which is grey.
QString badgeStyle(CardState state)
{
    const char* colours = "#e3ecfa; color: #1d4f91";
    switch (state) {
    case CardState::Active:
        colours = "#e3ecfa; color: #1d4f91";
        break;
    case CardState::ArrearsCleared:
        colours = "#e2f3e8; color: #1f6b3f";
        break;
    case CardState::CancellationRequested:
        colours = "#fdf1dc; color: #8a5a00";
        break;
    case CardState::CarrierConfirmed:
        colours = "#f6e3f3; color: #7a2e6e";
        break;
    case CardState::Void:
        colours = "#ececec; color: #555555";
        break;
    }
    return QStringLiteral("background: %1; border-radius: 9px; padding: 2px 10px; "
                          "font-weight: 600;")
        .arg(QLatin1String(colours));
}

QString iconFor(CardState target, bool forward)
{
    if (!forward) {
        return QStringLiteral("back");
    }
    switch (target) {
    case CardState::ArrearsCleared:
        return QStringLiteral("cleared");
    case CardState::CancellationRequested:
        return QStringLiteral("wizard");
    case CardState::CarrierConfirmed:
        return QStringLiteral("confirm");
    case CardState::Void:
        return QStringLiteral("void");
    case CardState::Active:
        break;
    }
    return QStringLiteral("back");
}

} // namespace

CardDetailPanel::CardDetailPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CardDetailPanel>()), m_session(session),
      m_ledger(new LedgerTableModel(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.35);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    QFont balance = m_ui->balanceValue->font();
    balance.setPointSizeF(balance.pointSizeF() * 1.2);
    balance.setBold(true);
    m_ui->balanceValue->setFont(balance);
    m_ui->lostBadge->setStyleSheet(QStringLiteral(
        "background: #fdecea; color: #b02a1f; border-radius: 9px; padding: 2px 10px; "
        "font-weight: 600;"));
    m_ui->lifecycleHint->setStyleSheet(QStringLiteral("color: #6b7280;"));

    m_ui->payButton->setIcon(svgIcon(u"pay"));
    m_ui->chargeButton->setIcon(svgIcon(u"charge"));
    m_ui->lostButton->setIcon(svgIcon(u"lost"));
    m_ui->editButton->setIcon(svgIcon(u"edit"));
    m_ui->unmaskButton->setIcon(svgIcon(u"unmask"));

    m_ui->ledgerTable->setModel(m_ledger);
    m_ui->ledgerTable->verticalHeader()->hide();
    m_ui->ledgerTable->verticalHeader()->setDefaultSectionSize(
        m_ui->ledgerTable->fontMetrics().height() + 8);
    // Every column fits its content except the reference, which takes the rest and elides.
    m_ui->ledgerTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->ledgerTable->horizontalHeader()->setSectionResizeMode(LedgerTableModel::Reference,
                                                                QHeaderView::Stretch);
    keepStretchedTitlesWhole(*m_ui->ledgerTable->horizontalHeader());
    m_ui->ledgerTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->historyTree->header()->setStretchLastSection(true);
    keepStretchedTitlesWhole(*m_ui->historyTree->header());
    addPacketsTab();

    connect(m_ui->payButton, &QPushButton::clicked, this, &CardDetailPanel::recordPayment);
    connect(m_ui->chargeButton, &QPushButton::clicked, this, &CardDetailPanel::recordCharge);
    connect(m_ui->lostButton, &QPushButton::clicked, this, &CardDetailPanel::reportLost);
    connect(m_ui->editButton, &QPushButton::clicked, this, &CardDetailPanel::editCard);
    connect(m_ui->unmaskButton, &QToolButton::clicked, this, &CardDetailPanel::toggleUnmask);
    showCard(std::nullopt);
}

CardDetailPanel::~CardDetailPanel() = default;

void CardDetailPanel::addPacketsTab()
{
    auto* tab = new QWidget(m_ui->tabs);
    tab->setObjectName(QStringLiteral("packetsTab"));
    m_packets = new QLabel(tab);
    m_packets->setObjectName(QStringLiteral("packetsValue"));
    m_packets->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_packets->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_packets->setWordWrap(true);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_packets, 1);
    m_ui->tabs->addTab(tab, tr("Packets"));
}

void CardDetailPanel::showCard(std::optional<CardId> id)
{
    if (id != m_id) {
        m_unmaskedId.reset(); // unmasking is for one card, on purpose
    }
    m_id = id;
    reload();
}

void CardDetailPanel::showMessage(const QString& text)
{
    m_card.reset();
    m_ui->emptyLabel->setText(text);
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
    Q_EMIT cardShown();
}

void CardDetailPanel::reload()
{
    if (!m_id) {
        showMessage(tr("Select a card to see its details, its ledger and its history."));
        return;
    }
    std::vector<LedgerEntry> ledger;
    std::vector<AuditEvent> history;
    QString packets;
    try {
        m_card = m_session.store().cardById(*m_id);
        if (m_card) {
            ledger = m_session.store().ledgerOf(*m_id);
            history = m_session.store().auditOf(*m_id);
            packets = CardPackets::describe(m_session.store(), *m_id);
        }
    } catch (const StoreError& error) {
        showMessage(describe(error.error()));
        return;
    }
    if (!m_card) {
        showMessage(tr("This card is no longer in the database."));
        return;
    }
    fillFields();
    fillLifecycle();
    m_ledger->setEntries(std::move(ledger));
    m_ui->ledgerTable->scrollToBottom();
    fillHistory(history);
    m_packets->setText(packets);
    m_ui->stack->setCurrentWidget(m_ui->cardPage);
    Q_EMIT cardShown();
}

void CardDetailPanel::fillFields()
{
    const Card& card = *m_card;
    m_ui->titleLabel->setText(card.iccid);
    m_ui->stateBadge->setText(stateLabel(card.state));
    m_ui->stateBadge->setStyleSheet(badgeStyle(card.state));
    m_ui->lostBadge->setText(tr("Lost (挂失)"));
    m_ui->lostBadge->setVisible(card.lost);

    m_ui->balanceValue->setText(balanceSummary(card.balance));
    m_ui->balanceValue->setStyleSheet(card.balance.isPositive()
                                          ? QStringLiteral("color: #b02a1f;")
                                          : QStringLiteral("color: #1f6b3f;"));

    const QString none = tr("—");
    auto orNone = [&none](const QString& text) {
        return text.isEmpty() ? none : text;
    };
    m_ui->msisdnValue->setText(orNone(card.msisdn));
    m_ui->carrierValue->setText(carrierLabel(card.carrier));
    m_ui->planValue->setText(orNone(card.plan));
    m_ui->feeValue->setText(card.monthlyFee.toDisplayString());
    m_ui->departmentValue->setText(orNone(card.department));
    m_ui->homeAreaValue->setText(orNone(homeAreaText(card)));
    m_ui->activatedValue->setText(orNone(isoDate(card.activatedOn)));
    const qint64 days = daysInState(card, m_session.clock());
    const QString since = isoDate(card.stateSince.toLocalTime().date());
    m_ui->sinceValue->setText(days == 1 ? tr("%1 (1 day)").arg(since)
                                        : tr("%1 (%2 days)").arg(since).arg(days));
    m_ui->sinceValue->setToolTip(localDateTime(card.stateSince));
    fillHolder();

    // A void card is final; the core refuses any change to it, and the buttons say so up front.
    const bool isVoid = isFinal(card.state);
    const bool readOnly = m_session.isReadOnly();
    const QString voidReason = isVoid     ? describe(Error{ErrorCode::CardVoid, {}, 0})
                               : readOnly ? describe(Error{ErrorCode::StorageReadOnly, {}, 0})
                                          : QString();
    for (QPushButton* button :
         {m_ui->payButton, m_ui->chargeButton, m_ui->lostButton, m_ui->editButton}) {
        button->setEnabled(!isVoid && !readOnly);
        button->setToolTip(voidReason);
    }
    m_ui->lostButton->setText(card.lost ? tr("Clear &lost…") : tr("Report &lost…"));
    if (!isVoid && !readOnly) {
        m_ui->payButton->setToolTip(tr("Record a payment (Ctrl+P)"));
        m_ui->chargeButton->setToolTip(tr("Record a charge: monthly rent, usage or an "
                                          "early-termination fee"));
        m_ui->editButton->setToolTip(tr("Edit the card's fields"));
        m_ui->lostButton->setToolTip(card.lost ? tr("The card is back: clear the lost flag")
                                               : tr("The card is lost or stolen (挂失)"));
    }
}

void CardDetailPanel::fillHolder()
{
    const Card& card = *m_card;
    const QString none = tr("—");
    // The assignee is masked while the holder is, when the two are the same person.
    const QString assignee =
        m_unmaskedId ? card.assignee : shownAssignee(card.assignee, card.holderName);
    m_ui->assigneeValue->setText(assignee.isEmpty() ? none : assignee);
    if (m_unmaskedId) {
        m_ui->holderValue->setText(card.holderName.isEmpty() ? none : card.holderName);
        m_ui->holderIdValue->setText(m_unmaskedId->isEmpty() ? none : *m_unmaskedId);
        m_ui->unmaskButton->setText(tr("Hide"));
        m_ui->unmaskButton->setIcon(svgIcon(u"mask"));
        m_ui->unmaskButton->setToolTip(tr("Show the holder's data masked again"));
    } else {
        m_ui->holderValue->setText(card.holderName.isEmpty() ? none : maskName(card.holderName));
        m_ui->holderIdValue->setText(card.holderId.isEmpty() ? none : maskId(card.holderId));
        m_ui->unmaskButton->setText(tr("Unmask"));
        m_ui->unmaskButton->setIcon(svgIcon(u"unmask"));
        m_ui->unmaskButton->setToolTip(
            tr("Show the holder's full name and ID. This is personal data: the look is recorded "
               "in the audit log under your name."));
    }
    m_ui->unmaskButton->setEnabled(!card.holderId.isEmpty() || !card.holderName.isEmpty());
}

void CardDetailPanel::fillLifecycle()
{
    for (QPushButton* button : m_lifecycleButtons) {
        delete button;
    }
    m_lifecycleButtons.clear();

    const Card& card = *m_card;
    QStringList reasons;
    for (const LifecycleAction& action : lifecycleActionsFor(card.state, card.balance)) {
        auto* button = new QPushButton(svgIcon(iconFor(action.target, action.forward)),
                                       action.label, m_ui->lifecycleBox);
        button->setObjectName(action.objectName);
        button->setEnabled(!action.refusal && !m_session.isReadOnly());
        if (action.refusal) {
            const QString reason = describe(*action.refusal);
            button->setToolTip(reason);
            reasons << tr("%1: %2").arg(QString(action.label).remove(QStringLiteral("…")), reason);
        }
        connect(button, &QPushButton::clicked, this,
                [this, action] { runLifecycleAction(action); });
        m_ui->lifecycleButtons->addWidget(button);
        m_lifecycleButtons.push_back(button);
    }
    if (isFinal(card.state)) {
        reasons << tr("Void is final: the record is kept, nothing on it can change.");
    }
    m_ui->lifecycleHint->setText(reasons.join(QLatin1Char('\n')));
    m_ui->lifecycleHint->setVisible(!reasons.isEmpty());
}

void CardDetailPanel::fillHistory(const std::vector<AuditEvent>& events)
{
    m_ui->historyTree->clear();
    QList<QTreeWidgetItem*> items;
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        const AuditEvent& event = *it;
        QString what = auditActionLabel(event.action);
        if (event.fromState && event.toState) {
            what += QStringLiteral(": %1 → %2")
                        .arg(stateLabel(*event.fromState), stateLabel(*event.toState));
        } else if (event.toState) {
            what += QStringLiteral(": %1").arg(stateLabel(*event.toState));
        }
        auto* item = new QTreeWidgetItem(QStringList{localDateTime(event.atUtc), event.operatorName,
                                                     what, describeAuditEvent(event)});
        item->setToolTip(3, describeAuditEvent(event));
        items << item;
    }
    m_ui->historyTree->addTopLevelItems(items);
    for (int column = 0; column < 3; ++column) {
        m_ui->historyTree->resizeColumnToContents(column);
    }
}

void CardDetailPanel::afterWrite()
{
    reload();
    Q_EMIT dataChanged();
}

void CardDetailPanel::recordPayment()
{
    if (!m_card) {
        return;
    }
    LedgerEntryDialog dialog(m_session, *m_card, LedgerEntryDialog::Kind::Payment, this);
    if (dialog.exec() == QDialog::Accepted) {
        afterWrite();
    }
}

void CardDetailPanel::recordCharge()
{
    if (!m_card) {
        return;
    }
    LedgerEntryDialog dialog(m_session, *m_card, LedgerEntryDialog::Kind::Charge, this);
    if (dialog.exec() == QDialog::Accepted) {
        afterWrite();
    }
}

void CardDetailPanel::reportLost()
{
    if (!m_card) {
        return;
    }
    MarkLostDialog dialog(m_session, *m_card, this);
    if (dialog.exec() == QDialog::Accepted) {
        afterWrite();
    }
}

void CardDetailPanel::editCard()
{
    if (!m_card) {
        return;
    }
    EditCardDialog dialog(m_session, *m_card, this);
    if (dialog.exec() == QDialog::Accepted) {
        afterWrite();
    }
}

void CardDetailPanel::toggleUnmask()
{
    if (!m_card) {
        return;
    }
    if (m_unmaskedId) {
        m_unmaskedId.reset();
        fillHolder();
        return;
    }
    const auto unmasked =
        callService([this] { return m_session.cards().unmaskHolderId(m_card->id); });
    if (!unmasked) {
        QMessageBox::warning(this, tr("Unmask"), describe(unmasked.error()));
        return;
    }
    m_unmaskedId = *unmasked;
    reload(); // the history now shows who looked
}

bool CardDetailPanel::confirmMove(const LifecycleAction& action)
{
    QString question =
        tr("Move card %1 from \"%2\" to \"%3\"?")
            .arg(cardCaption(*m_card), stateLabel(m_card->state), stateLabel(action.target));
    if (action.target == CardState::Void) {
        question += QStringLiteral("\n\n") +
                    tr("Voiding is final: the number is given up, and the card's record is kept "
                       "but can no longer change.");
    }
    return QMessageBox::question(this, QString(action.label).remove(QStringLiteral("…")),
                                 question) == QMessageBox::Yes;
}

void CardDetailPanel::runLifecycleAction(const LifecycleAction& action)
{
    if (!m_card) {
        return;
    }
    switch (action.input) {
    case EdgeInput::ChannelAndChecklist:
        Q_EMIT cancellationWizardRequested({m_card->id});
        return;
    case EdgeInput::Reason:
    case EdgeInput::CarrierReference: {
        TransitionDialog dialog(m_session, *m_card, action, this);
        if (dialog.exec() == QDialog::Accepted) {
            afterWrite();
        }
        return;
    }
    case EdgeInput::None:
        if (!confirmMove(action)) {
            return;
        }
        if (const QString refusal = moveWithoutInput(m_session, *m_card, action.target);
            !refusal.isEmpty()) {
            QMessageBox::warning(this, QString(action.label).remove(QStringLiteral("…")), refusal);
            reload();
            return;
        }
        afterWrite();
        return;
    }
}

} // namespace simfleet::gui
