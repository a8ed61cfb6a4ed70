// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

struct sqlite3;

namespace simfleet::sqlite {

// Copies what a write committed to the WAL into the database file on a thread and connection
// of its own, where SQLite's automatic checkpoint would do it inside the commit. A batch that
// changes 100,000 cards commits 300 MB of pages; copying them and waiting for the disk takes
// half a second, which the writer now spends on what follows the commit (handing back the
// outcome, freeing it) instead of waiting.
//
// As safe as the automatic checkpoint: it is the same PASSIVE checkpoint, of committed frames
// only, and SQLite keeps every reader's snapshot intact while it runs. Whatever it has not
// copied when the store closes is copied then, as before.
class WalCheckpointer {
public:
    // The WAL size, in frames, from which a commit asks for a checkpoint: SQLite's default for
    // its automatic checkpoint.
    static constexpr int kCheckpointFrames = 1000;

    // Takes over writer's WAL hook (and with it the automatic checkpoint). writer must outlive
    // this object.
    explicit WalCheckpointer(sqlite3* writer, int checkpointFrames = kCheckpointFrames);
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;
    ~WalCheckpointer(); // finishes a checkpoint under way, then closes its connection

    // Returns once no checkpoint is pending or running (tests wait on it; closing joins).
    void waitUntilIdle();

private:
    static constexpr int kAttempts = 8; // waits of 1, 2, 4 ... 128 ms between them

    static int onCommit(void* self, sqlite3* writer, const char* schema, int frames);
    void run();
    void checkpointOnce();

    sqlite3* m_writer;
    int m_checkpointFrames;
    std::string m_path;
    sqlite3* m_own{nullptr}; // opened by the thread on its first checkpoint
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_pending{false};
    bool m_running{false};
    bool m_stopping{false};
    std::thread m_thread;
};

} // namespace simfleet::sqlite
