// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "wizard/ConfirmationDraft.h"

#include <QWizard>

namespace simfleet::gui {

// The carrier has answered: record its receipt numbers (cancellation-requested ->
// carrier-confirmed), then void the confirmed cards whose balance is zero.
class ConfirmationWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { ReceiptsPageId, VoidPageId, SummaryPageId };

    // selection: the fleet's selected cards; those waiting for the carrier come first, ticked.
    explicit ConfirmationWizard(Session& session, std::vector<CardId> selection = {},
                                QWidget* parent = nullptr);

    const ConfirmationDraft& draft() const { return m_draft; }

Q_SIGNALS:
    void dataChanged();

private:
    ConfirmationDraft m_draft;
};

} // namespace simfleet::gui
