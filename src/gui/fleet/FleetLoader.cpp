// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/FleetLoader.h"

#include "app/DatabaseOpening.h"
#include "ports/StoreError.h"
#include "text/ErrorText.h"

#include <QThread>
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <span>
#include <variant>

namespace simfleet::gui {

struct FleetLoader::Requests {
    std::mutex mutex;
    std::condition_variable wake;
    bool stop{false};
    quint64 generation{0};
    CardQuery query;
    bool queryPending{false};
    bool totalsPending{false}; // read when no query or page waits
    std::deque<qint64> pages;  // newest at the back
};

namespace {

struct QueryJob {
    quint64 generation;
    CardQuery query;
};

struct PageJob {
    quint64 generation;
    qint64 page;
};

struct TotalsJob {
    quint64 generation;
};

// The order of the newest question, as card ids, kept on the worker thread: the store sorts once
// per question, and every page is then a slice fetched by id, however far down it lies. Pages
// also stay consistent with the count and with each other when cards change in between.
class Snapshot {
public:
    void clear()
    {
        m_generation = 0;
        m_ids = std::make_shared<const std::vector<CardId>>();
    }
    void take(quint64 generation, std::vector<CardId> ids)
    {
        m_generation = generation;
        m_ids = std::make_shared<const std::vector<CardId>>(std::move(ids));
    }
    bool isOf(quint64 generation) const { return generation != 0 && generation == m_generation; }
    qint64 count() const { return static_cast<qint64>(m_ids->size()); }
    // Never changed once taken: the GUI thread reads the same vector.
    const std::shared_ptr<const std::vector<CardId>>& ids() const { return m_ids; }
    std::span<const CardId> page(qint64 page) const
    {
        const qint64 first = std::clamp<qint64>(page * FleetLoader::kPageSize, 0, count());
        const qint64 last = std::min(first + FleetLoader::kPageSize, count());
        return std::span<const CardId>(*m_ids).subspan(static_cast<std::size_t>(first),
                                                       static_cast<std::size_t>(last - first));
    }

private:
    quint64 m_generation{0};
    std::shared_ptr<const std::vector<CardId>> m_ids{std::make_shared<const std::vector<CardId>>()};
};

} // namespace

FleetLoader::FleetLoader(QString databasePath, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_requests(std::make_unique<Requests>())
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("FleetLoader"));
}

void FleetLoader::start()
{
    m_thread->start();
}

FleetLoader::~FleetLoader()
{
    {
        const std::lock_guard lock(m_requests->mutex);
        m_requests->stop = true;
    }
    m_requests->wake.notify_one();
    m_thread->wait();
}

void FleetLoader::requestQuery(quint64 generation, const CardQuery& query, bool withTotals)
{
    {
        const std::lock_guard lock(m_requests->mutex);
        m_requests->generation = generation;
        m_requests->query = query;
        m_requests->queryPending = true;
        m_requests->totalsPending = m_requests->totalsPending || withTotals;
        m_requests->pages.clear(); // they belong to an older query
    }
    m_requests->wake.notify_one();
}

bool FleetLoader::requestPage(quint64 generation, qint64 page)
{
    std::vector<qint64> dropped;
    {
        const std::lock_guard lock(m_requests->mutex);
        if (generation != m_requests->generation) {
            return false;
        }
        auto& pages = m_requests->pages;
        pages.erase(std::remove(pages.begin(), pages.end(), page), pages.end());
        pages.push_back(page);
        while (pages.size() > kMaxQueuedPages) {
            dropped.push_back(pages.front());
            pages.pop_front();
        }
    }
    m_requests->wake.notify_one();
    for (qint64 droppedPage : dropped) {
        Q_EMIT pageDropped(generation, droppedPage);
    }
    return true;
}

void FleetLoader::run()
{
    const SystemClock clock;
    auto opened = openWorkerConnection(m_path, clock);
    if (!opened) {
        Q_EMIT failed(describe(opened.error()));
        return;
    }
    Store& store = *opened.value();
    Snapshot snapshot;

    for (;;) {
        std::variant<QueryJob, PageJob, TotalsJob> job;
        {
            std::unique_lock lock(m_requests->mutex);
            m_requests->wake.wait(lock, [this] {
                return m_requests->stop || m_requests->queryPending || !m_requests->pages.empty() ||
                       m_requests->totalsPending;
            });
            if (m_requests->stop) {
                return;
            }
            // What the table waits for first: the rows on screen, then the status bar's figures.
            if (m_requests->queryPending) {
                job = QueryJob{m_requests->generation, m_requests->query};
                m_requests->queryPending = false;
            } else if (!m_requests->pages.empty()) {
                job = PageJob{m_requests->generation, m_requests->pages.back()};
                m_requests->pages.pop_back();
            } else {
                job = TotalsJob{m_requests->generation};
                m_requests->totalsPending = false;
            }
        }

        try {
            if (const auto* query = std::get_if<QueryJob>(&job)) {
                snapshot.clear(); // no page of an older question is served from here on
                const CardQuery& asked = query->query;
                CardQuery firstPage = asked;
                firstPage.offset = 0;
                firstPage.limit = kPageSize;
                if (auto cards = store.cardsInIndexOrder(firstPage)) {
                    Q_EMIT firstPageLoaded(query->generation, *cards);
                }
                snapshot.take(query->generation,
                              store.cardIds(asked.filter, asked.sortBy, asked.descending));
                FleetQueryResult result;
                result.generation = query->generation;
                result.count = snapshot.count();
                result.ids = snapshot.ids();
                result.firstPage = store.cardsByIds(snapshot.page(0));
                Q_EMIT queryLoaded(result);
            } else if (const auto* totals = std::get_if<TotalsJob>(&job)) {
                Q_EMIT totalsLoaded(store.totals());
                QStringList departments;
                for (const QString& department : store.departments()) {
                    departments << department;
                }
                Q_EMIT departmentsLoaded(totals->generation, departments);
            } else {
                const auto& page = std::get<PageJob>(job);
                if (!snapshot.isOf(page.generation)) {
                    // Its question failed or was replaced; the model asks again if it cares.
                    Q_EMIT pageDropped(page.generation, page.page);
                    continue;
                }
                const std::vector<Card> cards = store.cardsByIds(snapshot.page(page.page));
                Q_EMIT pageLoaded(page.generation, page.page, cards);
            }
        } catch (const StoreError& error) {
            Q_EMIT failed(describe(error.error()));
        } catch (const std::exception& error) {
            // Nothing may escape a thread function; the store should only throw StoreError.
            Q_EMIT failed(QString::fromLocal8Bit(error.what()));
        }
    }
}

} // namespace simfleet::gui
