// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
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
};

// Reads the fleet on a thread of its own through its own connection to the database (SQLite
// wants one connection per thread; WAL lets it read while the GUI thread writes), so the GUI
// thread never waits for a count or a page. Each query sorts the matching ids once and keeps
// them; the count is their number and every page is a slice read by id, so a page far down costs
// what the first one does and pages agree with the count until the next query. A query an index
// orders (the whole fleet by ICCID, as the window opens) first sends its first page read straight
// off that index, before the ids are read. Requests are coalesced: only the newest query runs,
// pages are served newest first with a short queue, so dragging the scroll bar across a million
// rows does not queue work for rows already scrolled past, and the fleet's totals and departments
// come after any query or page that waits.
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
    // queryLoaded, maybe after its first page alone (firstPageLoaded). The query's offset and
    // limit are ignored. withTotals asks for the fleet's totals and departments as well.
    void requestQuery(quint64 generation, const CardQuery& query, bool withTotals);
    // Thread-safe. False (nothing queued) when generation is not the newest query's.
    bool requestPage(quint64 generation, qint64 page);

Q_SIGNALS:
    // The first page of a query an index orders, before its ids and count: queryLoaded follows.
    void firstPageLoaded(quint64 generation, const std::vector<simfleet::Card>& cards);
    void queryLoaded(const simfleet::gui::FleetQueryResult& result);
    // Asked for with a query, sent after it and any page waiting then; generation is the newest
    // query's when they were read.
    void totalsLoaded(const simfleet::FleetTotals& totals);
    void departmentsLoaded(quint64 generation, const QStringList& departments);
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
