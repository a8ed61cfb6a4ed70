// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ConfirmationWizard.h"

#include "wizard/ConfirmationSummaryPage.h"
#include "wizard/ReceiptsPage.h"
#include "wizard/VoidPage.h"

namespace simfleet::gui {

ConfirmationWizard::ConfirmationWizard(Session& session, std::vector<CardId> selection,
                                       QWidget* parent)
    : QWizard(parent)
{
    m_draft.selection = std::move(selection);
    setObjectName(QStringLiteral("confirmationWizard"));
    setWindowTitle(tr("Carrier confirmation"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(820, 580);

    auto* receipts = new ReceiptsPage(session, m_draft, this);
    auto* voiding = new VoidPage(session, m_draft, this);
    setPage(ReceiptsPageId, receipts);
    setPage(VoidPageId, voiding);
    setPage(SummaryPageId, new ConfirmationSummaryPage(m_draft, this));
    setStartId(ReceiptsPageId);

    connect(receipts, &ReceiptsPage::cardsMoved, this, &ConfirmationWizard::dataChanged);
    connect(voiding, &VoidPage::cardsMoved, this, &ConfirmationWizard::dataChanged);
}

} // namespace simfleet::gui
