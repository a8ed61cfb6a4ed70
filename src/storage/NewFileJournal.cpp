// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewFileJournal.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>
#include <string>

namespace simfleet::sqlite {

NewFileJournal::NewFileJournal(SQLite::Database& db) : m_db(db)
{
    const std::int64_t bytes = m_db.execAndGet("PRAGMA page_count").getInt64() *
                               m_db.execAndGet("PRAGMA page_size").getInt64();
    if (bytes > kNewFileBytes)
        return;
    m_db.exec("PRAGMA synchronous=EXTRA");
    // Leaving WAL mode needs the only connection to the file: with another one open it is
    // refused as busy, at once rather than after the busy timeout, and the WAL stays.
    const int busyTimeoutMs = m_db.execAndGet("PRAGMA busy_timeout").getInt();
    m_db.setBusyTimeout(0);
    try {
        m_active = m_db.execAndGet("PRAGMA journal_mode=DELETE").getString() == "delete";
    } catch (const SQLite::Exception& failure) {
        if (failure.getErrorCode() != SQLITE_BUSY && failure.getErrorCode() != SQLITE_LOCKED) {
            m_db.setBusyTimeout(busyTimeoutMs);
            throw;
        }
    }
    m_db.setBusyTimeout(busyTimeoutMs);
    if (!m_active)
        m_db.exec("PRAGMA synchronous=FULL");
}

NewFileJournal::~NewFileJournal()
{
    if (!m_active)
        return;
    try {
        if (m_db.execAndGet("PRAGMA journal_mode=WAL").getString() == "wal")
            m_db.exec("PRAGMA synchronous=FULL");
    } catch (const SQLite::Exception&) {
        // Still a rollback journal with synchronous=EXTRA: as durable, only slower to share.
    }
}

} // namespace simfleet::sqlite
