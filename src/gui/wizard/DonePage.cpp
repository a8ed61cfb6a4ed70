// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/DonePage.h"

#include "packets/PacketExporter.h"
#include "text/Labels.h"
#include "wizard/CardsById.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace simfleet::gui {

DonePage::DonePage(Session& session, CancellationDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_draft(draft), m_summary(new QLabel(this)),
      m_exportPacket(new QPushButton(tr("&Export submission packet…"), this)),
      m_packetResult(new QLabel(this)), m_exporter(new PacketExporter(session, this))
{
    setTitle(tr("Cancellation requested"));
    setSubTitle(tr("The request is recorded. Now submit it to the carrier through the chosen "
                   "channel."));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_summary->setWordWrap(true);
    m_exportPacket->setObjectName(QStringLiteral("exportPacket"));
    m_exportPacket->setToolTip(tr("Write the carrier's paperwork for these cards: one zip per "
                                  "carrier and home area"));
    connect(m_exportPacket, &QPushButton::clicked, this, &DonePage::exportPackets);
    connect(m_exporter, &PacketExporter::companySettingsRequested, this,
            &DonePage::companySettingsRequested);
    m_packetResult->setObjectName(QStringLiteral("packetResult"));
    m_packetResult->setWordWrap(true);
    m_packetResult->setTextFormat(Qt::RichText);
    m_packetResult->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_packetResult->setOpenExternalLinks(true);
    m_packetResult->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_exportPacket);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_packetResult);
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

void DonePage::exportPackets()
{
    std::vector<CardId> ids;
    ids.reserve(m_draft.requested.size());
    for (const Card& card : m_draft.requested)
        ids.push_back(card.id);
    const std::optional<PacketExporter::Outcome> outcome = m_exporter->exportCards(ids);
    if (!outcome)
        return;
    m_packetResult->setStyleSheet(QString());
    m_packetResult->setText(PacketExporter::summary(*outcome));
    m_packetResult->show();
}

} // namespace simfleet::gui
