// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "wizard/ConfirmationDraft.h"

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace simfleet::gui {

class CardTable;

// Confirmation page 2: the carrier-confirmed cards. Those whose balance is exactly zero can be
// voided; the others show the core's reason (a debt to pay, a credit to refund).
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

    Session& m_session;
    ConfirmationDraft& m_draft;
    QLabel* m_summary;
    CardTable* m_table;
    QLabel* m_refusalCaption;
    QListWidget* m_refusals;
};

} // namespace simfleet::gui
