// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/FleetLoader.h"
#include "ports/Clock.h"
#include "ports/Store.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

namespace simfleet::gui {

// The fleet as a table that pages from the store (through FleetLoader's sorted ids), so a million
// cards cost a few pages of memory: the row count comes first, pages of FleetLoader::kPageSize rows
// are fetched on the loader's thread when a view asks for them, and the least recently used pages
// are dropped. Filters and sorting are the store's (CardFilter, CardSortColumn). Where an index
// orders the question (the whole fleet by ICCID, as the window opens), its first page is shown
// before the count, and the rows grow to the count when it arrives.
class FleetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int CardIdRole = Qt::UserRole + 1;
    static constexpr std::size_t kMaxCachedPages = 64;

    // Reads databasePath through a connection of its own; clock dates "days in state".
    FleetTableModel(const QString& databasePath, const Clock& clock, QObject* parent = nullptr);
    ~FleetTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A new question: the rows are replaced when its count and first page arrive.
    void setFilter(const CardFilter& filter);
    const CardFilter& filter() const { return m_query.filter; }
    CardSortColumn sortColumn() const { return m_query.sortBy; }
    bool sortDescending() const { return m_query.descending; }

    // The same question again after something was written: rows stay on screen and are replaced
    // page by page; totals and departments are reloaded too.
    void refresh();

    // The card on a row, or null until its page is loaded.
    const Card* cardAt(int row) const;
    // The row the card is listed on, if the current question lists it.
    std::optional<int> rowOfCard(CardId id) const;
    // The id of the card on a row, known for every row as soon as the count is (0 outside the
    // rows): a selection can be acted on without reading its pages.
    CardId idAt(int row) const;
    // Asks for the row's page now (the view does this by painting).
    void fetchRow(int row);

    bool hasResult() const { return m_hasResult; }
    // Whether rowCount() is the count of the question shown, not just its first page.
    bool isCounted() const { return m_counted; }
    // True while a query, its count, a page, or the totals and departments asked for are on
    // their way.
    bool isLoading() const;
    // Pages held in memory (bounded by kMaxCachedPages).
    std::size_t cachedPageCount() const { return m_pages.size(); }
    const std::optional<FleetTotals>& totals() const { return m_totals; }
    const QStringList& departments() const { return m_departments; }

Q_SIGNALS:
    // A new question's first page is shown before its count (the rows were reset; rowCount is
    // that page's until queryFinished).
    void firstPageShown();
    // The count for the current filter is known (rowCount is current).
    void queryFinished();
    // Fleet-wide totals were reloaded.
    void totalsChanged();
    // The department list was reloaded.
    void departmentsChanged();
    void loadFailed(const QString& message);

private:
    struct Page {
        std::vector<Card> cards;
        quint64 lastUsed{0};
    };

    void startQuery(bool withTotals);
    void onFirstPageLoaded(quint64 generation, const std::vector<Card>& cards);
    void onQueryLoaded(const FleetQueryResult& result);
    void onTotalsLoaded(const FleetTotals& totals);
    void onDepartmentsLoaded(quint64 generation, const QStringList& departments);
    void onPageLoaded(quint64 generation, qint64 page, const std::vector<Card>& cards);
    void onPageDropped(quint64 generation, qint64 page);
    void requestPage(qint64 page) const;
    void prefetchAround(int row) const;
    void evictOldPages() const;
    QVariant displayText(const Card& card, int column) const;

    const Clock& m_clock;
    std::unique_ptr<FleetLoader> m_loader;
    CardQuery m_query;
    quint64 m_generation{0};      // of the newest query asked for
    quint64 m_shownGeneration{0}; // of the query whose rows are shown
    bool m_queryChanged{true};    // filter or sort differ from the shown rows'
    bool m_hasResult{false};
    bool m_counted{false}; // the shown rows are the whole list, not its first page alone
    qint64 m_count{0};
    // The shown query's ids in row order, shared with the loader (which never changes them).
    std::shared_ptr<const std::vector<CardId>> m_ids;
    std::optional<FleetTotals> m_totals;
    QStringList m_departments;
    quint64 m_departmentsAskedAt{0}; // the query that asked for them last; 0 once they came

    // Pages are looked up from const data(); the cache is bookkeeping, not model state.
    mutable std::unordered_map<qint64, Page> m_pages;
    mutable std::unordered_map<qint64, Page> m_stalePages; // before a refresh, until replaced
    mutable std::set<qint64> m_pending;
    mutable quint64 m_useCounter{0};
};

} // namespace simfleet::gui
