// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStoreImpl.h"

#include "NewFileJournal.h"
#include "SqliteErrors.h"
#include "SqliteWriter.h"

#include <SQLiteCpp/Transaction.h>
#include <optional>

namespace simfleet {

SqliteStore::SqliteStore(std::unique_ptr<sqlite::Connection> connection, const Clock& clock,
                         QString readOnlyPath)
    : sqlite::SqliteReader<Store>(*connection), m_connection(std::move(connection)), m_clock(clock),
      m_readOnlyPath(std::move(readOnlyPath))
{}

SqliteStore::~SqliteStore()
{
    // SQLite's advice for long-lived connections: refresh planner statistics where they matter
    // (bounded by analysis_limit), so the fleet table keeps choosing the right index.
    if (!m_readOnlyPath.isEmpty())
        return; // optimize writes its statistics
    const std::lock_guard lock(m_connection->mutex);
    m_connection->db->tryExec("PRAGMA optimize");
}

Status SqliteStore::write(const QString& operatorName,
                          const std::function<Status(StoreWriter&)>& work)
{
    // Refused before the engine is asked: a write attempt on a read-only connection would
    // leave -wal and -shm files beside the database.
    if (!m_readOnlyPath.isEmpty())
        return Error{ErrorCode::StorageReadOnly, m_readOnlyPath, 0};
    const std::lock_guard lock(m_connection->mutex);
    try {
        // Made before the transaction and let go after it (see NewFileJournal.h). Not beside a
        // sound check, which counts on the WAL keeping the transaction's pages out of the file.
        std::optional<sqlite::NewFileJournal> journal;
        if (m_connection->journalNewFile && !m_soundCheck)
            journal.emplace(*m_connection->db);
        // Rolls back in its destructor unless committed: on an error, a StoreError or any
        // other exception leaving work.
        SQLite::Transaction transaction(*m_connection->db, SQLite::TransactionBehavior::IMMEDIATE);
        sqlite::SqliteWriter writer(*m_connection, operatorName, m_clock.nowUtc());
        Status status = work(writer);
        if (!status.ok())
            return status;
        writer.finish();
        if (auto damage = damageFound())
            return *damage; // rolled back: nothing reaches the file
        transaction.commit();
        return {};
    } catch (const StoreError& failure) {
        return damageFound().value_or(failure.error());
    } catch (const SQLite::Exception& failure) {
        return damageFound().value_or(sqlite::errorFrom(failure));
    }
}

void SqliteStore::checkSoundAlongside(std::unique_ptr<SQLite::Database> reader,
                                      SoundCheckScope scope)
{
    m_soundCheck = std::make_unique<sqlite::SoundCheckAlongside>(std::move(reader), scope);
}

std::optional<Error> SqliteStore::damageFound()
{
    if (!m_soundCheck)
        return std::nullopt;
    return m_soundCheck->verdict();
}

} // namespace simfleet
