// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "wizard/CancellationDraft.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class WizardSettlePage;
}

namespace simfleet::gui {

// Page 2: what each card still owes, and payments recorded right here through the ledger
// service. The page is complete only when no card owes money (提前结清费用).
class SettleArrearsPage : public QWizardPage {
    Q_OBJECT

public:
    SettleArrearsPage(Session& session, CancellationDraft& draft, QWidget* parent = nullptr);
    ~SettleArrearsPage() override;

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    // Money was posted: other views should reload.
    void paymentRecorded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void selectionChanged();
    void recordPayment();
    void payEveryCardInFull();
    bool referenceGiven(); // a payment names its receipt; says so once when it does not
    void selectFirstOwingCard();

    Session& m_session;
    CancellationDraft& m_draft;
    std::unique_ptr<Ui::WizardSettlePage> m_ui;
    std::vector<Card> m_cards;
    int m_owingCards{0};
};

} // namespace simfleet::gui
