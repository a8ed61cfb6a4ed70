// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/DonePage.h"

#include "PacketExport.h"
#include "common/Feedback.h"
#include "text/ErrorText.h"
#include "text/Labels.h"
#include "wizard/CardsById.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace simfleet::gui {

DonePage::DonePage(Session& session, CancellationDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_draft(draft), m_summary(new QLabel(this)),
      m_exportPacket(new QPushButton(tr("&Export submission packet…"), this)),
      m_packetResult(new QLabel(this))
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
    m_packetResult->setObjectName(QStringLiteral("packetResult"));
    m_packetResult->setWordWrap(true);
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
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for the submission packets"), QDir::homePath());
    if (folder.isEmpty())
        return;
    QStringList written;
    QStringList problems;
    for (const Carrier carrier : carriersOf(m_draft.requested)) {
        PacketRequest request{carrier, std::nullopt, {}};
        for (const Card& card : m_draft.requested) {
            if (card.carrier == carrier)
                request.cards.push_back(card.id);
        }
        const Result<packet::PacketExportOutcome> outcome =
            packet::exportPackets(m_session.context(), request, folder);
        if (!outcome) {
            problems << tr("%1: %2").arg(carrierLabel(carrier), describe(outcome.error()));
            continue;
        }
        for (const CardRefusal& refusal : outcome->plan.refused)
            problems << tr("%1: %2").arg(refusal.card.iccid, describe(refusal.reason));
        for (const PacketRecord& record : outcome->packets)
            written << QDir::toNativeSeparators(record.outputPath).toHtmlEscaped();
    }
    if (!problems.isEmpty()) {
        m_packetResult->setTextFormat(Qt::PlainText);
        showProblem(m_packetResult, tr("Not exported:\n%1").arg(problems.join(QLatin1Char('\n'))));
    } else {
        // Rich text, so the folder opens from a link rather than behind the user's back.
        m_packetResult->setStyleSheet(QString());
        m_packetResult->setTextFormat(Qt::RichText);
        m_packetResult->setText(
            tr("%n packet(s) written:", nullptr, static_cast<int>(written.size())) +
            QStringLiteral("<br>") + written.join(QStringLiteral("<br>")) +
            QStringLiteral("<br><a href=\"%1\">%2</a>")
                .arg(QUrl::fromLocalFile(folder).toString(QUrl::FullyEncoded),
                     tr("Open folder").toHtmlEscaped()));
        m_packetResult->show();
    }
}

} // namespace simfleet::gui
