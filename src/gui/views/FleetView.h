// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"
#include "ports/Store.h"

#include <QList>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <vector>

class QAction;
class QTableView;

namespace Ui {
class FleetView;
}

namespace simfleet::gui {

class AppSettings;
class CardDetailPanel;
class FleetTableModel;
class Session;

// The Fleet page: instant search and filters over a paged table of every card, and the card
// detail panel beside it.
class FleetView : public QWidget {
    Q_OBJECT
public:
    explicit FleetView(Session& session, QWidget* parent = nullptr);
    ~FleetView() override;

    FleetTableModel& model() { return *m_model; }
    CardDetailPanel& detailPanel() { return *m_panel; }
    QTableView& table();

    // What the filter widgets ask for (the search is applied after a short pause in typing).
    CardFilter currentFilter() const;
    // The cards on the selected rows, in row order, whether or not their pages have been read.
    std::vector<CardId> selectedCards() const;
    // Their number, without collecting them (the window asks on every selection change).
    qint64 selectedCardCount() const;

    // The actions the table's context menu offers (the main window owns them).
    void setContextActions(const QList<QAction*>& actions);
    const QList<QAction*>& contextActions() const { return m_contextActions; }

    void saveState(AppSettings& settings) const;
    void restoreState(const AppSettings& settings);

public Q_SLOTS:
    void focusSearch();
    // Reads everything again: rows, totals, the card on the panel.
    void refresh();
    void clearFilters();

Q_SIGNALS:
    // Shown count or fleet totals changed (for the status bar).
    void countsChanged();
    void selectionChanged();
    void cancellationWizardRequested(const std::vector<simfleet::CardId>& cards);
    // Something was written from this page; the page itself has refreshed already.
    void dataChanged();

private:
    struct RowSpan {
        int first;
        int last;
    };

    std::vector<RowSpan> selectedRowSpans() const;
    void applyFilter();
    void goToResults();
    void followNewList(bool wholeList);
    void showCurrentRowCard();
    void fillDepartments();
    void showContextMenu(const QPoint& position);
    void showLoadProblem(const QString& message);
    bool eventFilter(QObject* watched, QEvent* event) override;

    std::unique_ptr<Ui::FleetView> m_ui;
    Session& m_session;
    FleetTableModel* m_model;
    CardDetailPanel* m_panel;
    QTimer m_searchPause;
    QList<QAction*> m_contextActions;
};

} // namespace simfleet::gui
