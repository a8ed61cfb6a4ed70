// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "common/ReloadWhenShown.h"

#include <QWidget>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace simfleet::gui {

class CardTable;

// The cancellation pipeline: how many cards are in each state, the cards of the chosen state
// (longest waiting first, lost cards highlighted), and the two wizards. Its counts and list read
// the whole cards table, so it reads only while on screen: changes made while it is hidden are
// read when it shows again.
class CancellationsView : public QWidget {
    Q_OBJECT

public:
    CancellationsView(Session& session, QWidget* parent = nullptr);

    static constexpr int kPageSize = 200;

    CardState selectedState() const;
    void selectState(CardState state);

public Q_SLOTS:
    // The data changed: read it again now if the view is on screen, else when it next shows.
    void refresh();
    // Open the wizards (window-modal, not blocking); the cancellation wizard starts with the
    // cards selected in the list.
    void startCancellation();
    void startConfirmation();

Q_SIGNALS:
    // A wizard changed cards or ledgers: other views should reload.
    void dataChanged();

protected:
private:
    void reload();
    void reloadCounts();
    void reloadCards();
    void showPage();
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
    // The chosen state's cards in list order, read once per reload: a page is a slice of it
    // read by id, so paging far down costs what the first page does.
    std::vector<CardId> m_inState;
    std::int64_t m_offset{0};
    // The counts and the first page are read when the view is first shown.
    ReloadWhenShown m_reloader{*this, [this] { reload(); }, true};
};

} // namespace simfleet::gui
