// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "card/LifecycleActions.h"
#include "domain/AuditEvent.h"
#include "domain/Card.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;

namespace Ui {
class CardDetailPanel;
}

namespace simfleet::gui {

class LedgerTableModel;
class Session;

// Everything about one card: its fields (holder data masked until someone unmasks them, which
// is audited), balance, ledger with running balance, history from the audit log, and the moves
// the lifecycle allows now, and the submission packets that list it. A move that is not allowed is
// disabled with the core's reason as its tooltip and under the buttons ("owes ¥123.40").
class CardDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit CardDetailPanel(Session& session, QWidget* parent = nullptr);
    ~CardDetailPanel() override;

    void showCard(std::optional<CardId> id);
    std::optional<CardId> cardId() const { return m_id; }
    const std::optional<Card>& card() const { return m_card; }

public Q_SLOTS:
    // Reads the card again (after anything was written).
    void reload();
    void recordPayment();
    void recordCharge();
    void reportLost();
    void editCard();
    void toggleUnmask();

Q_SIGNALS:
    // The panel wrote something: views over the same data should refresh.
    void dataChanged();
    void cancellationWizardRequested(const std::vector<simfleet::CardId>& cards);
    // The panel shows another card, or the same one read again (or none).
    void cardShown();

private:
    void fillFields();
    void fillHolder();
    void fillLifecycle();
    void fillHistory(const std::vector<AuditEvent>& events);
    void addPacketsTab();
    void runLifecycleAction(const LifecycleAction& action);
    bool confirmMove(const LifecycleAction& action);
    void afterWrite();
    void showMessage(const QString& text);

    std::unique_ptr<Ui::CardDetailPanel> m_ui;
    Session& m_session;
    LedgerTableModel* m_ledger;
    QLabel* m_packets{nullptr}; // the "Packets" tab: which submission packets list the card
    std::optional<CardId> m_id;
    std::optional<Card> m_card;
    std::optional<QString> m_unmaskedId; // set only after an audited unmask
    std::vector<QPushButton*> m_lifecycleButtons;
};

} // namespace simfleet::gui
