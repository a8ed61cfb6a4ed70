// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace simfleet::gui {

struct FleetQueryResult {
    quint64 generation{0};
    qint64 count{0};
    // Every matching card in display order, shared with the loader rather than copied: a queued
    // signal copies its arguments, and a million ids are 8 MB.
    std::shared_ptr<const std::vector<CardId>> ids;
    std::vector<Card> firstPage;
    std::optional<FleetTotals> totals; // when they were asked for
    QStringList departments;           // with the totals
};

// Reads the fleet on a thread of its own through its own connection to the database (SQLite
// wants one connection per thread; WAL lets it read while the GUI thread writes), so the GUI
// thread never waits for a count or a page. Each query sorts the matching ids once and keeps
// them; the count is their number and every page is a slice read by id, so a page far down costs
// what the first one does and pages agree with the count until the next query. Requests are
// coalesced: only the newest query runs, and pages are served newest first with a short queue,
// so dragging the scroll bar across a million rows does not queue work for rows already
// scrolled past.
//
// Signals are emitted on the worker thread; connect them queued.
class FleetLoader : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kPageSize = 256;
    static constexpr std::size_t kMaxQueuedPages = 12;

    explicit FleetLoader(QString databasePath, QObject* parent = nullptr);
    ~FleetLoader() override;
    FleetLoader(const FleetLoader&) = delete;
    FleetLoader& operator=(const FleetLoader&) = delete;

    // Starts the reader thread; connect the signals first, so not even a failure to open is lost.
    void start();

    // Thread-safe. Replaces any query not started yet; its count and first page come back as
    // queryLoaded. The query's offset and limit are ignored.
    void requestQuery(quint64 generation, const CardQuery& query, bool withTotals);
    // Thread-safe. False (nothing queued) when generation is not the newest query's.
    bool requestPage(quint64 generation, qint64 page);

Q_SIGNALS:
    void queryLoaded(const simfleet::gui::FleetQueryResult& result);
    void pageLoaded(quint64 generation, qint64 page, const std::vector<simfleet::Card>& cards);
    // A queued page request was pushed out by newer ones; ask again if it is still wanted.
    void pageDropped(quint64 generation, qint64 page);
    void failed(const QString& message);

private:
    struct Requests;
    void run();

    QString m_path;
    std::unique_ptr<Requests> m_requests;
    std::unique_ptr<QThread> m_thread;
};

} // namespace simfleet::gui
