// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/CancellationWizard.h"

#include "packets/PacketExporter.h"
#include "wizard/CardsPage.h"
#include "wizard/ChannelPage.h"
#include "wizard/ChecklistPage.h"
#include "wizard/DonePage.h"
#include "wizard/ReviewPage.h"
#include "wizard/SettleArrearsPage.h"

namespace simfleet::gui {

CancellationWizard::CancellationWizard(Session& session, std::vector<CardId> preselected,
                                       QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("cancellationWizard"));
    setWindowTitle(tr("Cancel cards"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(820, 580);

    setPage(CardsPageId, new CardsPage(session, m_draft, std::move(preselected), this));
    auto* settle = new SettleArrearsPage(session, m_draft, this);
    setPage(SettlePageId, settle);
    setPage(ChannelPageId, new ChannelPage(session, m_draft, this));
    setPage(ChecklistPageId, new ChecklistPage(session, m_draft, this));
    auto* review = new ReviewPage(session, m_draft, this);
    setPage(ReviewPageId, review);
    auto* done = new DonePage(session, m_draft, this);
    setPage(DonePageId, done);
    setStartId(CardsPageId);

    connect(settle, &SettleArrearsPage::paymentRecorded, this, &CancellationWizard::dataChanged);
    connect(review, &ReviewPage::cardsMoved, this, &CancellationWizard::dataChanged);
    connect(&done->exporter(), &PacketExporter::packetsWritten, this,
            &CancellationWizard::dataChanged);
    connect(done, &DonePage::companySettingsRequested, this,
            &CancellationWizard::companySettingsRequested);
}

} // namespace simfleet::gui
