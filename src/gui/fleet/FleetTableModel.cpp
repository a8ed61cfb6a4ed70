// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/FleetTableModel.h"

#include "common/Display.h"
#include "fleet/FleetColumns.h"
#include "rules/Lifecycle.h"
#include "rules/Masking.h"
#include "text/Labels.h"

#include <QBrush>
#include <QColor>
#include <algorithm>
#include <limits>

namespace simfleet::gui {

namespace {

constexpr qint64 kPageSize = FleetLoader::kPageSize;

bool sameFilter(const CardFilter& a, const CardFilter& b)
{
    return a.state == b.state && a.carrier == b.carrier && a.department == b.department &&
           a.assignee == b.assignee && a.homeArea == b.homeArea && a.search == b.search &&
           a.owesOnly == b.owesOnly && a.lostOnly == b.lostOnly;
}

qint64 pageOf(int row)
{
    return row / kPageSize;
}

bool isNumeric(FleetColumn column)
{
    return column == FleetColumn::MonthlyFee || column == FleetColumn::Balance ||
           column == FleetColumn::DaysInState;
}

} // namespace

FleetTableModel::FleetTableModel(const QString& databasePath, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_clock(clock),
      m_loader(std::make_unique<FleetLoader>(databasePath))
{
    // Queued: the loader emits on its own thread, and a dropped page must never re-enter data().
    connect(m_loader.get(), &FleetLoader::firstPageLoaded, this,
            &FleetTableModel::onFirstPageLoaded, Qt::QueuedConnection);
    connect(m_loader.get(), &FleetLoader::queryLoaded, this, &FleetTableModel::onQueryLoaded,
            Qt::QueuedConnection);
    connect(m_loader.get(), &FleetLoader::totalsLoaded, this, &FleetTableModel::onTotalsLoaded,
            Qt::QueuedConnection);
    connect(m_loader.get(), &FleetLoader::departmentsLoaded, this,
            &FleetTableModel::onDepartmentsLoaded, Qt::QueuedConnection);
    connect(m_loader.get(), &FleetLoader::pageLoaded, this, &FleetTableModel::onPageLoaded,
            Qt::QueuedConnection);
    connect(m_loader.get(), &FleetLoader::pageDropped, this, &FleetTableModel::onPageDropped,
            Qt::QueuedConnection);
    connect(m_loader.get(), &FleetLoader::failed, this, &FleetTableModel::loadFailed,
            Qt::QueuedConnection);
    m_loader->start();
    startQuery(true);
}

FleetTableModel::~FleetTableModel() = default;

int FleetTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int FleetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kFleetColumnCount;
}

std::optional<int> FleetTableModel::rowOfCard(CardId id) const
{
    if (!m_ids)
        return std::nullopt;
    const auto found = std::find(m_ids->begin(), m_ids->end(), id);
    if (found == m_ids->end())
        return std::nullopt;
    return static_cast<int>(found - m_ids->begin());
}

const Card* FleetTableModel::cardAt(int row) const
{
    if (row < 0 || row >= m_count) {
        return nullptr;
    }
    const qint64 page = pageOf(row);
    const auto index = static_cast<std::size_t>(row % kPageSize);
    for (auto* cache : {&m_pages, &m_stalePages}) {
        auto it = cache->find(page);
        if (it != cache->end() && index < it->second.cards.size()) {
            it->second.lastUsed = ++m_useCounter;
            return &it->second.cards[index];
        }
    }
    return nullptr;
}

CardId FleetTableModel::idAt(int row) const
{
    if (!m_ids || row < 0 || static_cast<std::size_t>(row) >= m_ids->size()) {
        return 0;
    }
    return (*m_ids)[static_cast<std::size_t>(row)];
}

void FleetTableModel::fetchRow(int row)
{
    if (row >= 0 && row < m_count) {
        requestPage(pageOf(row));
    }
}

bool FleetTableModel::isLoading() const
{
    return m_generation != m_shownGeneration || !m_counted || !m_pending.empty() ||
           m_departmentsAskedAt != 0;
}

QVariant FleetTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_count) {
        return {};
    }
    const int row = index.row();
    const auto column = static_cast<FleetColumn>(index.column());
    prefetchAround(row);
    const Card* card = cardAt(row);

    switch (role) {
    case Qt::DisplayRole:
        if (!card) {
            return column == FleetColumn::Iccid ? QVariant(QStringLiteral("…")) : QVariant();
        }
        return displayText(*card, index.column());
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (card && column == FleetColumn::Balance && card->balance.isPositive()) {
            return QBrush(QColor(0xb0, 0x2a, 0x1f));
        }
        if (card && column == FleetColumn::Lost && card->lost) {
            return QBrush(QColor(0xb0, 0x2a, 0x1f));
        }
        if (card && isFinal(card->state)) {
            return QBrush(QColor(0x8a, 0x8f, 0x98));
        }
        return {};
    case CardIdRole:
        return QVariant::fromValue<qlonglong>(idAt(row));
    default:
        return {};
    }
}

QVariant FleetTableModel::displayText(const Card& card, int column) const
{
    switch (static_cast<FleetColumn>(column)) {
    case FleetColumn::Iccid:
        return card.iccid;
    case FleetColumn::Msisdn:
        return card.msisdn;
    case FleetColumn::Carrier:
        return carrierLabel(card.carrier);
    case FleetColumn::Plan:
        return card.plan;
    case FleetColumn::MonthlyFee:
        return card.monthlyFee.toDisplayString();
    case FleetColumn::Department:
        return card.department;
    case FleetColumn::Assignee:
        return shownAssignee(card.assignee, card.holderName);
    case FleetColumn::State:
        return stateLabel(card.state);
    case FleetColumn::Balance:
        return card.balance.toDisplayString();
    case FleetColumn::DaysInState:
        return QString::number(daysInState(card, m_clock));
    case FleetColumn::Lost:
        return card.lost ? tr("Lost") : QString();
    }
    return {};
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kFleetColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const auto column = static_cast<FleetColumn>(section);
    if (role == Qt::DisplayRole) {
        return fleetColumnTitle(column);
    }
    if (role == Qt::TextAlignmentRole) {
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

void FleetTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kFleetColumnCount) {
        return;
    }
    const StoreSort wanted =
        storeSortFor(static_cast<FleetColumn>(column), order == Qt::DescendingOrder);
    if (wanted.column == m_query.sortBy && wanted.descending == m_query.descending) {
        return;
    }
    m_query.sortBy = wanted.column;
    m_query.descending = wanted.descending;
    m_queryChanged = true;
    startQuery(false);
}

void FleetTableModel::setFilter(const CardFilter& filter)
{
    if (sameFilter(filter, m_query.filter)) {
        return;
    }
    m_query.filter = filter;
    m_queryChanged = true;
    startQuery(false);
}

void FleetTableModel::refresh()
{
    startQuery(true);
}

void FleetTableModel::startQuery(bool withTotals)
{
    ++m_generation;
    if (withTotals) {
        m_departmentsAskedAt = m_generation;
    }
    m_loader->requestQuery(m_generation, m_query, withTotals);
}

void FleetTableModel::onFirstPageLoaded(quint64 generation, const std::vector<Card>& cards)
{
    if (generation != m_generation || (m_hasResult && !m_queryChanged)) {
        return; // a newer question is on its way, or a refresh keeps its rows until the count
    }
    auto ids = std::make_shared<std::vector<CardId>>();
    ids->reserve(cards.size());
    for (const Card& card : cards) {
        ids->push_back(card.id);
    }
    beginResetModel();
    m_pending.clear();
    m_shownGeneration = generation;
    m_count = static_cast<qint64>(cards.size());
    m_ids = std::move(ids);
    m_pages.clear();
    m_stalePages.clear();
    m_pages.emplace(0, Page{cards, ++m_useCounter});
    m_hasResult = true;
    m_queryChanged = false;
    m_counted = false;
    endResetModel();
    Q_EMIT firstPageShown();
}

void FleetTableModel::onQueryLoaded(const FleetQueryResult& result)
{
    if (result.generation != m_generation) {
        return; // a newer question is on its way
    }
    // Its first page is on screen already: the rest of the rows join it, as after a refresh.
    const bool firstPageShown = result.generation == m_shownGeneration && !m_counted;
    m_pending.clear();
    m_shownGeneration = result.generation;
    m_counted = true;
    Page first{result.firstPage, ++m_useCounter};

    if (!firstPageShown && (m_queryChanged || !m_hasResult)) {
        beginResetModel();
        m_count = result.count;
        m_ids = result.ids;
        m_pages.clear();
        m_stalePages.clear();
        m_pages.emplace(0, std::move(first));
        m_hasResult = true;
        m_queryChanged = false;
        endResetModel();
    } else {
        // A refresh: keep the old rows on screen until their fresh pages arrive. The first page
        // read off the index may differ from the one read by id, if a card was written between.
        m_stalePages = std::move(m_pages);
        m_pages.clear();
        m_stalePages.erase(0);
        m_pages.emplace(0, std::move(first));
        m_ids = result.ids;
        if (result.count > m_count) {
            beginInsertRows({}, static_cast<int>(m_count), static_cast<int>(result.count - 1));
            m_count = result.count;
            endInsertRows();
        } else if (result.count < m_count) {
            beginRemoveRows({}, static_cast<int>(result.count), static_cast<int>(m_count - 1));
            m_count = result.count;
            endRemoveRows();
        }
        if (m_count > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kFleetColumnCount - 1));
        }
    }

    Q_EMIT queryFinished();
}

void FleetTableModel::onTotalsLoaded(const FleetTotals& totals)
{
    m_totals = totals;
    Q_EMIT totalsChanged();
}

void FleetTableModel::onDepartmentsLoaded(quint64 generation, const QStringList& departments)
{
    if (m_departmentsAskedAt != 0 && generation >= m_departmentsAskedAt) {
        m_departmentsAskedAt = 0; // read after the newest query that asked
    }
    m_departments = departments;
    Q_EMIT departmentsChanged();
}

void FleetTableModel::onPageLoaded(quint64 generation, qint64 page, const std::vector<Card>& cards)
{
    if (generation != m_shownGeneration) {
        return;
    }
    m_pending.erase(page);
    m_pages[page] = Page{cards, ++m_useCounter};
    m_stalePages.erase(page);
    evictOldPages();

    const qint64 first = page * kPageSize;
    const qint64 last = std::min(m_count, first + kPageSize) - 1;
    if (first <= last) {
        Q_EMIT dataChanged(index(static_cast<int>(first), 0),
                           index(static_cast<int>(last), kFleetColumnCount - 1));
    }
}

void FleetTableModel::onPageDropped(quint64 generation, qint64 page)
{
    if (generation == m_shownGeneration) {
        m_pending.erase(page); // asked again if a view still paints it
    }
}

void FleetTableModel::requestPage(qint64 page) const
{
    if (m_generation != m_shownGeneration) {
        return; // the rows are about to be replaced
    }
    if (page < 0 || page * kPageSize >= m_count || m_pages.count(page) > 0 ||
        m_pending.count(page) > 0) {
        return;
    }
    if (m_loader->requestPage(m_shownGeneration, page)) {
        m_pending.insert(page);
    }
}

void FleetTableModel::prefetchAround(int row) const
{
    const qint64 page = pageOf(row);
    requestPage(page);
    const qint64 within = row % kPageSize;
    if (within >= kPageSize * 3 / 4) {
        requestPage(page + 1);
    } else if (within < kPageSize / 4 && page > 0) {
        requestPage(page - 1);
    }
}

void FleetTableModel::evictOldPages() const
{
    while (m_pages.size() > kMaxCachedPages) {
        auto oldest =
            std::min_element(m_pages.begin(), m_pages.end(), [](const auto& a, const auto& b) {
                return a.second.lastUsed < b.second.lastUsed;
            });
        m_pages.erase(oldest);
    }
}

} // namespace simfleet::gui
