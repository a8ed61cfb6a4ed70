// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "wizard/CancellationDraft.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class WizardCardsPage;
}

namespace simfleet::gui {

// Page 1: the cards of the batch, from the caller's selection or a filter. The core's preview
// says which cards cannot go on and why.
class CardsPage : public QWizardPage {
    Q_OBJECT

public:
    CardsPage(Session& session, CancellationDraft& draft, std::vector<CardId> preselected,
              QWidget* parent = nullptr);
    ~CardsPage() override;

    bool isComplete() const override;

    // The most cards a filter takes into one batch.
    static constexpr int kFilterLimit = 5000;

private:
    void fillFilterChoices();
    void refresh();
    std::vector<Card> candidates(QString& note);
    CardFilter currentFilter() const;

    Session& m_session;
    CancellationDraft& m_draft;
    std::vector<CardId> m_preselected;
    std::unique_ptr<Ui::WizardCardsPage> m_ui;
};

} // namespace simfleet::gui
