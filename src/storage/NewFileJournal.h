// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SQLiteCpp/Database.h>
#include <cstdint>

namespace simfleet::sqlite {

// While it lives, a write into a new file (its schema and little more) goes through a
// rollback journal instead of the WAL, if no other connection has the file open; it is made
// before the transaction begins and let go after it ends.
//
// In WAL mode every page a bulk write fills goes to the WAL, is copied into the file by the
// checkpoint at the commit, and the WAL is deleted when the connection closes: for a million
// cards imported into a new file, 400 MB written twice and about 0.9 s after the last card. With
// a rollback journal each new page is written once, into the file, and the journal holds only
// the few pages that were there before.
//
// synchronous=EXTRA meanwhile: with a rollback journal, FULL does not sync the folder after the
// journal is deleted, and a power cut then could bring the journal back and undo a write that
// had reported success. Afterwards the file is in WAL mode again, with synchronous=FULL; should
// that switch fail, the connection keeps the rollback journal with EXTRA, which is as safe.
class NewFileJournal {
public:
    explicit NewFileJournal(SQLite::Database& db);
    ~NewFileJournal();
    NewFileJournal(const NewFileJournal&) = delete;
    NewFileJournal& operator=(const NewFileJournal&) = delete;

    // Whether the write goes through a rollback journal.
    bool active() const { return m_active; }

    // Files of at most this many bytes count as new (a new file's schema takes 27 pages of
    // 64 KiB, 1.7 MiB): whatever a rollback journal must save of them is that small.
    static constexpr std::int64_t kNewFileBytes = 4 * 1024 * 1024;

private:
    SQLite::Database& m_db;
    bool m_active{false};
};

} // namespace simfleet::sqlite
