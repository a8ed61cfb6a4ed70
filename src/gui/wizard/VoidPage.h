// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "wizard/ConfirmationDraft.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;

namespace simfleet::gui {

class CardTable;

// Confirmation page 2: the carrier-confirmed cards. Those whose balance is exactly zero can be
// voided; the others show the core's reason (a debt to pay, a credit to refund). Void is final,
// so only the cards this run confirmed (or the fleet's selection) start ticked, and voiding asks
// first, naming how many cards and how much monthly rent.
class VoidPage : public QWizardPage {
    Q_OBJECT

public:
    VoidPage(Session& session, ConfirmationDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    static constexpr int kLimit = 5000;

Q_SIGNALS:
    void cardsMoved();

private:
    void updateCommitText();
    bool confirmVoiding(const std::vector<CardId>& ids);

    Session& m_session;
    ConfirmationDraft& m_draft;
    QLabel* m_summary;
    QPushButton* m_checkAll;
    QPushButton* m_checkNone;
    CardTable* m_table;
    std::vector<Card> m_cards; // as listed, for the confirmation's monthly rent
    QLabel* m_refusalCaption;
    QListWidget* m_refusals;
};

} // namespace simfleet::gui
