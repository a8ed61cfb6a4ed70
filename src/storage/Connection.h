// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementCache.h"
#include "WalCheckpointer.h"

#include <SQLiteCpp/Database.h>
#include <memory>
#include <mutex>

namespace simfleet::sqlite {

// One open database with its prepared statements. A SQLite connection and SQLiteCpp's
// statements must not be used from two threads at once, so every entry point of the store holds
// the mutex; it is recursive because a write's work and a streaming visitor call back into the
// store on the same thread.
struct Connection {
    explicit Connection(std::unique_ptr<SQLite::Database> database)
        : db(std::move(database)), statements(*db)
    {}

    std::unique_ptr<SQLite::Database> db; // declared first: statements finalize before it closes
    StatementCache statements;
    std::recursive_mutex mutex;
    // StoreOpenOptions::journalNewFile.
    bool journalNewFile{false};
    // Declared last, so it stops before the connection closes (a writing store only).
    std::unique_ptr<WalCheckpointer> checkpointer;
};

} // namespace simfleet::sqlite
