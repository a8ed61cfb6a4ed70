// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteStore.h"
#include "domain/Error.h"

#include <SQLiteCpp/Database.h>
#include <future>
#include <memory>
#include <optional>

namespace simfleet::sqlite {

// The integrity check of a batch write, run on a connection of its own while the batch is read,
// checked and written, instead of before it. On a million cards the check of the whole file
// reads 2.9 GB (3-4 s), as long as an import's own work, and the machine has a core for each;
// a transition checks what it rewrites (SoundCheckScope::CardChanges, 0.5 s).
//
// It is as safe as checking first: in WAL mode nothing a transaction writes reaches the
// database file before it commits, so a batch that waits for the verdict before committing,
// and rolls back on damage, leaves a damaged file exactly as it was.
class SoundCheckAlongside {
public:
    // Starts checking scope at once on reader, a connection that reads the store without
    // writing.
    SoundCheckAlongside(std::unique_ptr<SQLite::Database> reader, SoundCheckScope scope);
    SoundCheckAlongside(const SoundCheckAlongside&) = delete;
    SoundCheckAlongside& operator=(const SoundCheckAlongside&) = delete;
    ~SoundCheckAlongside(); // waits for the check

    // StorageDamaged with what the check found, or nothing when the file is sound. Waits for
    // the check the first time; the same verdict afterwards.
    std::optional<Error> verdict();

private:
    std::future<std::optional<Error>> m_running;
    std::optional<std::optional<Error>> m_verdict;
};

} // namespace simfleet::sqlite
