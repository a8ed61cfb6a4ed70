// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace simfleet::gui {

class CardTable;

// The cancellation pipeline: how many cards are in each state, the cards of the chosen state
// (longest waiting first, lost cards highlighted), and the two wizards.
class CancellationsView : public QWidget {
    Q_OBJECT

public:
    CancellationsView(Session& session, QWidget* parent = nullptr);

    static constexpr int kPageSize = 200;

    CardState selectedState() const;
    void selectState(CardState state);

public Q_SLOTS:
    void refresh();
    // Open the wizards (window-modal, not blocking); the cancellation wizard starts with the
    // cards selected in the list.
    void startCancellation();
    void startConfirmation();

Q_SIGNALS:
    // A wizard changed cards or ledgers: other views should reload.
    void dataChanged();

private:
    void refreshCounts();
    void refreshCards();
    void wizardChangedData();

    Session& m_session;
    QListWidget* m_states;
    QLabel* m_caption;
    CardTable* m_cards;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_pageLabel;
    QPushButton* m_startCancellation;
    QPushButton* m_startConfirmation;
    std::int64_t m_offset{0};
    std::int64_t m_inState{0};
};

} // namespace simfleet::gui
