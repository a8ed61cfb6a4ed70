// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteStore.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <catch2/catch.hpp>
#include <memory>

namespace simfleet::testing {

// A fresh SQLite store in a temporary folder, on a fixed clock.
class TempStore {
public:
    explicit TempStore(QDateTime nowUtc) : m_clock(std::move(nowUtc))
    {
        REQUIRE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("simfleet.db"));
        reopen();
    }

    Store& store() { return *m_store; }
    FixedClock& clock() { return m_clock; }
    const QString& path() const { return m_path; }
    ServiceContext context() { return {*m_store, m_clock, QStringLiteral("tester")}; }

    void close() { m_store.reset(); }
    void reopen()
    {
        m_store.reset();
        StoreOpenOptions options;
        options.backupBeforeMigrate = false;
        Result<std::unique_ptr<Store>> opened = openSqliteStore(m_path, m_clock, options);
        REQUIRE(opened.ok());
        m_store = std::move(opened).value();
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

// 10:00 in China on the given day.
inline QDateTime chinaMorning(QDate day)
{
    return QDateTime(day, QTime(10, 0), QTimeZone(8 * 3600)).toUTC();
}

inline Money yuan(std::int64_t whole, std::int64_t fen = 0)
{
    return Money::fromFen(whole * 100 + fen);
}

} // namespace simfleet::testing
