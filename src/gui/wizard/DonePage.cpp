// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/DonePage.h"

#include "text/Labels.h"
#include "wizard/CardsById.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace simfleet::gui {

DonePage::DonePage(Session& session, CancellationDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_draft(draft), m_summary(new QLabel(this)),
      m_exportPacket(new QPushButton(tr("&Export submission packet…"), this))
{
    setTitle(tr("Cancellation requested"));
    setSubTitle(tr("The request is recorded. Now submit it to the carrier through the chosen "
                   "channel."));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_summary->setWordWrap(true);
    m_exportPacket->setObjectName(QStringLiteral("exportPacket"));
    // Packets come with the reports and packets work; the button shows where it will live.
    m_exportPacket->setEnabled(false);
    m_exportPacket->setToolTip(tr("Available when packet export lands"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_exportPacket);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addStretch();
}

void DonePage::initializePage()
{
    const int count = static_cast<int>(m_draft.requested.size());
    QStringList lines;
    lines << tr("%n card(s) are now %1.", nullptr, count)
                 .arg(stateLabel(CardState::CancellationRequested));
    if (m_draft.channel)
        lines << tr("Submit the request through: %1.").arg(channelLabel(*m_draft.channel));
    QStringList hotlines;
    for (const Carrier carrier : carriersOf(m_draft.requested)) {
        const CarrierProfile profile = m_session.store().carrierProfile(carrier);
        hotlines << tr("%1: hotline %2, typically %n day(s)", nullptr,
                       profile.typicalProcessingDays)
                        .arg(carrierLabel(carrier), profile.hotline);
    }
    if (!hotlines.isEmpty())
        lines << hotlines.join(QLatin1Char('\n'));
    lines << tr("Monthly rent stopping: %1 a month.")
                 .arg(monthlyRentOf(m_draft.requested).toDisplayString());
    lines << tr("When the carrier confirms, record its receipt number with Carrier "
                "confirmation; the cards can then be voided.");
    m_summary->setText(lines.join(QStringLiteral("\n\n")));
}

} // namespace simfleet::gui
