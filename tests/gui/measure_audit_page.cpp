// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: measures audit pages over a large log (the count, unfiltered pages near and far,
// a filtered page). Hidden from normal runs; run it on purpose on a database made beforehand,
// e.g. by `simfleet-cli --db /tmp/audit-million.db import cards cards.csv`:
//   SIMFLEET_AUDIT_DB=/tmp/audit-million.db QT_QPA_PLATFORM=offscreen test_gui "[.auditperf]"

#include "app/DatabaseOpening.h"
#include "views/AuditPage.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <iostream>

using namespace simfleet;
using namespace simfleet::gui;

namespace {

template <class Work> qint64 milliseconds(Work work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.elapsed();
}

void measurePage(StoreReader& store, const QString& filter, std::int64_t page)
{
    AuditPageRequest request;
    request.filter = filter;
    request.page = page;
    for (int run = 1; run <= 2; ++run) {
        AuditPage loaded;
        const qint64 ms = milliseconds([&] { loaded = loadAuditPage(store, request); });
        std::cout << "page " << page << (filter.isEmpty() ? " unfiltered" : " filtered") << " (run "
                  << run << "): " << ms << " ms, " << loaded.rows.size() << " rows from seq "
                  << (loaded.rows.empty() ? 0 : loaded.rows.front().seq) << ", " << loaded.matching
                  << " of " << loaded.total << "\n";
    }
}

} // namespace

TEST_CASE("measure audit pages over a large log", "[.auditperf]")
{
    const QString path = qEnvironmentVariable("SIMFLEET_AUDIT_DB");
    REQUIRE(QFileInfo::exists(path));
    const SystemClock clock;
    auto opened = openWorkerConnection(path, clock);
    REQUIRE(opened.ok());
    Store& store = **opened;

    for (int run = 1; run <= 2; ++run) {
        std::int64_t count = 0;
        const qint64 ms = milliseconds([&] { count = store.auditCount(); });
        std::cout << "auditCount (run " << run << "): " << ms << " ms, " << count << "\n";
    }
    measurePage(store, {}, 0);
    measurePage(store, {}, 100);
    measurePage(store, {}, 4999);
    measurePage(store, QStringLiteral("8986000000000000002"), 0);
}
