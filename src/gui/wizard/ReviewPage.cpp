// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ReviewPage.h"

#include "services/CancellationService.h"
#include "text/ErrorText.h"
#include "text/Labels.h"
#include "wizard/CardsById.h"
#include "wizard/RefusalList.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace simfleet::gui {
namespace {

QTableWidgetItem* rightAligned(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ReviewPage::ReviewPage(Session& session, CancellationDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_draft(draft), m_summary(new QLabel(this)),
      m_byCarrier(new QTableWidget(this)), m_refusalCaption(new QLabel(this)),
      m_refusals(new QListWidget(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check the batch. Requesting the cancellation moves every card at once, or "
                   "none if any card is refused."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Request cancellation"));

    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_byCarrier->setObjectName(QStringLiteral("reviewByCarrier"));
    m_byCarrier->setColumnCount(5);
    m_byCarrier->setHorizontalHeaderLabels({tr("Carrier"), tr("Cards"), tr("Monthly rent stopped"),
                                            tr("Hotline"), tr("Typical processing")});
    m_byCarrier->verticalHeader()->setVisible(false);
    m_byCarrier->horizontalHeader()->setStretchLastSection(true);
    m_byCarrier->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_byCarrier->setSelectionMode(QAbstractItemView::NoSelection);
    m_refusalCaption->setObjectName(QStringLiteral("refusalCaption"));
    m_refusalCaption->setWordWrap(true);
    m_refusalCaption->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_refusals->setObjectName(QStringLiteral("refusalList"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_byCarrier, 1);
    layout->addWidget(m_refusalCaption);
    layout->addWidget(m_refusals, 1);
    showRefusals({}, {});
}

void ReviewPage::initializePage()
{
    showRefusals({}, {});
    const std::vector<Card> cards = loadCards(m_session.store(), m_draft.cards);
    int fromActive = 0;
    Money outstanding;
    Money credit;
    for (const Card& card : cards) {
        if (card.state == CardState::Active)
            ++fromActive;
        if (card.balance.isPositive())
            outstanding += card.balance;
        else
            credit -= card.balance;
    }
    const int total = static_cast<int>(cards.size());
    const int fromCleared = total - fromActive;
    const QString target = stateLabel(CardState::CancellationRequested);

    const auto bold = [](const QString& text) {
        return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
    };
    const auto indented = [](const QString& text) {
        return QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;%1").arg(text.toHtmlEscaped());
    };
    QStringList lines;
    lines << bold(tr("%n card(s) will move to %1", nullptr, total).arg(target));
    if (fromActive > 0)
        lines << indented(
            tr("%n from %1, through %2", nullptr, fromActive)
                .arg(stateLabel(CardState::Active), stateLabel(CardState::ArrearsCleared)));
    if (fromCleared > 0)
        lines << indented(
            tr("%n from %1", nullptr, fromCleared).arg(stateLabel(CardState::ArrearsCleared)));
    if (m_draft.channel)
        lines << tr("Channel: %1").arg(channelLabel(*m_draft.channel)).toHtmlEscaped();
    lines << tr("Outstanding now: %1 · paid in this wizard: %2 (%n payment(s))", nullptr,
                m_draft.paymentsRecorded)
                 .arg(outstanding.toDisplayString(), m_draft.paidInWizard.toDisplayString())
                 .toHtmlEscaped();
    if (credit.isPositive())
        lines << tr("Prepaid credit still on these cards: %1 (refund or transfer it before they "
                    "can be voided)")
                     .arg(credit.toDisplayString())
                     .toHtmlEscaped();
    lines << bold(
        tr("Monthly rent stopped: %1 a month").arg(monthlyRentOf(cards).toDisplayString()));
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    const std::vector<Carrier> carriers = carriersOf(cards);
    m_byCarrier->setRowCount(static_cast<int>(carriers.size()));
    for (int row = 0; row < m_byCarrier->rowCount(); ++row) {
        const Carrier carrier = carriers[static_cast<std::size_t>(row)];
        std::vector<Card> ofCarrier;
        for (const Card& card : cards) {
            if (card.carrier == carrier)
                ofCarrier.push_back(card);
        }
        const CarrierProfile profile = m_session.store().carrierProfile(carrier);
        m_byCarrier->setItem(row, 0, new QTableWidgetItem(carrierLabel(carrier)));
        m_byCarrier->setItem(row, 1, rightAligned(QString::number(ofCarrier.size())));
        m_byCarrier->setItem(row, 2, rightAligned(monthlyRentOf(ofCarrier).toDisplayString()));
        m_byCarrier->setItem(row, 3, new QTableWidgetItem(profile.hotline));
        m_byCarrier->setItem(
            row, 4, new QTableWidgetItem(tr("%n day(s)", nullptr, profile.typicalProcessingDays)));
    }
    m_byCarrier->resizeColumnsToContents();
}

bool ReviewPage::validatePage()
{
    if (!m_draft.channel) {
        showRefusals(tr("Nothing was changed."), {tr("Choose a channel first.")});
        return false;
    }
    CancellationService service(m_session.context());
    const auto outcome =
        service.requestCancellation(m_draft.cards, *m_draft.channel, m_draft.checklistConfirmed());
    if (!outcome) {
        showRefusals(tr("Nothing was changed: the database refused the request."),
                     {describe(outcome.error())});
        return false;
    }
    if (!outcome->ok()) {
        const QStringList lines = refusalLines(outcome->refused);
        showRefusals(tr("Nothing was changed: %n card(s) cannot be requested for cancellation.",
                        nullptr, static_cast<int>(lines.size())),
                     lines);
        return false;
    }
    m_draft.requested = outcome->moved;
    Q_EMIT cardsMoved();
    return true;
}

void ReviewPage::showRefusals(const QString& caption, const QStringList& lines)
{
    gui::showRefusals(m_refusalCaption, m_refusals, caption, lines);
}

} // namespace simfleet::gui
