// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "wizard/CancellationDraft.h"

#include <QWizard>
#include <vector>

namespace simfleet::gui {

// Walks a batch of cards to cancellation-requested: cards, settle arrears, channel, checklist,
// review, done. The pages share one typed draft; the review page hands it to the core in one
// call that moves every card or none.
class CancellationWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId {
        CardsPageId,
        SettlePageId,
        ChannelPageId,
        ChecklistPageId,
        ReviewPageId,
        DonePageId
    };

    CancellationWizard(Session& session, std::vector<CardId> preselected,
                       QWidget* parent = nullptr);

    const CancellationDraft& draft() const { return m_draft; }

Q_SIGNALS:
    // Cards or ledgers changed (a payment, the request, a packet): views should reload.
    void dataChanged();
    // The last page's export found no company profile; the user wants Settings › Company.
    void companySettingsRequested();

private:
    CancellationDraft m_draft;
};

} // namespace simfleet::gui
