// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "wizard/ConfirmationDraft.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace simfleet::gui {

class CardTable;

// Confirmation page 1: tick the cancellation-requested cards the carrier confirmed and enter
// its receipt number (回执号), one for all or one per card.
class ReceiptsPage : public QWizardPage {
    Q_OBJECT

public:
    ReceiptsPage(Session& session, ConfirmationDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    static constexpr int kLimit = 5000;

Q_SIGNALS:
    void cardsMoved();

private:
    void reload();
    void modeChanged();
    void updateCommitText();
    bool perCard() const;

    Session& m_session;
    ConfirmationDraft& m_draft;
    QComboBox* m_carrier;
    QLabel* m_listCaption;
    CardTable* m_table;
    QPushButton* m_checkAll;
    QPushButton* m_checkNone;
    QRadioButton* m_oneReceipt;
    QRadioButton* m_receiptPerCard;
    QLineEdit* m_receiptForAll;
    QLabel* m_refusalCaption;
    QListWidget* m_refusals;
};

} // namespace simfleet::gui
