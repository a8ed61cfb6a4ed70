// SPDX-License-Identifier: GPL-3.0-or-later
#include "WalCheckpointer.h"

#include <chrono>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace simfleet::sqlite {

WalCheckpointer::WalCheckpointer(sqlite3* writer, int checkpointFrames)
    : m_writer(writer), m_checkpointFrames(checkpointFrames),
      m_path(sqlite3_db_filename(writer, "main"))
{
    m_thread = std::thread([this] { run(); });
    sqlite3_wal_hook(m_writer, &WalCheckpointer::onCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    sqlite3_wal_autocheckpoint(m_writer, kCheckpointFrames); // SQLite's own again
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
    if (m_own != nullptr)
        sqlite3_close_v2(m_own);
}

void WalCheckpointer::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_pending && !m_running; });
}

// Called by SQLite inside the writer's commit, with the WAL's size after it.
int WalCheckpointer::onCommit(void* self, sqlite3* /*writer*/, const char* /*schema*/, int frames)
{
    auto* checkpointer = static_cast<WalCheckpointer*>(self);
    if (frames < checkpointer->m_checkpointFrames)
        return SQLITE_OK;
    {
        const std::lock_guard lock(checkpointer->m_mutex);
        checkpointer->m_pending = true;
    }
    checkpointer->m_changed.notify_all();
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_pending || m_stopping; });
        // A checkpoint asked for before the store closes is still made: the close would make it
        // otherwise, on the writer's thread.
        if (!m_pending)
            return;
        m_pending = false;
        m_running = true;
        lock.unlock();
        checkpointOnce();
        lock.lock();
        m_running = false;
        m_changed.notify_all();
    }
}

void WalCheckpointer::checkpointOnce()
{
    if (m_own == nullptr &&
        sqlite3_open_v2(m_path.c_str(), &m_own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        spdlog::warn("checkpoint connection: {}", sqlite3_errmsg(m_own));
        sqlite3_close_v2(m_own);
        m_own = nullptr;
        return; // the next commit asks again; the store's close copies what is left
    }
    // A connection finds the file in WAL mode only once it reads it; until then its checkpoint
    // is a no-op.
    if (sqlite3_exec(m_own, "PRAGMA schema_version", nullptr, nullptr, nullptr) != SQLITE_OK) {
        spdlog::warn("checkpoint connection: {}", sqlite3_errmsg(m_own));
        return;
    }
    // Asked from inside the commit, the checkpoint may start while the writer still holds the
    // snapshot it began with, and then copies nothing: it is tried again a few times, a little
    // later each time. A reader that keeps an old snapshot longer holds the copy up as it would
    // SQLite's own checkpoint; the next commit asks again.
    std::chrono::milliseconds pause{1};
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        int frames = 0;
        int copied = 0;
        const int rc =
            sqlite3_wal_checkpoint_v2(m_own, "main", SQLITE_CHECKPOINT_PASSIVE, &frames, &copied);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
            spdlog::warn("checkpoint: {}", sqlite3_errmsg(m_own));
            return;
        }
        if (rc == SQLITE_OK && copied >= frames)
            return;
        std::this_thread::sleep_for(pause);
        pause *= 2;
    }
}

} // namespace simfleet::sqlite
