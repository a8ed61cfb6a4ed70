// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ServiceCall.h"
#include "domain/Result.h"
#include "ports/Clock.h"
#include "ports/Store.h"

#include <QString>
#include <memory>

namespace simfleet::gui {

enum class OpenMode {
    OpenExisting,    // File > Open, recent files: a missing file is an error
    CreateIfMissing, // the default database, --db, File > New
};

enum class Access {
    ReadWrite, // a read-only file or folder still opens, for reading (writes then refuse)
    ReadOnly,  // another SimFleet has it open: look, do not change
};

// Opens the database at path for this (GUI) thread. Missing, locked, damaged and newer-schema
// files come back as the Error; nothing here shows a dialog. A database opened ReadOnly stays so
// for this process's worker connections too, until it is opened ReadWrite again.
Result<std::unique_ptr<Store>> openDatabase(const QString& path, const Clock& clock, OpenMode mode,
                                            Access access = Access::ReadWrite);

// What a worker connection is for. Before a bulk write (an import) the store checks that every
// part of the file reads back, and refuses a damaged one untouched.
enum class WorkerUse { Reads, BulkWrite };

// A second connection to a database this process already opened, for a worker thread: never
// creates, never migrates, and only reads when the window's own connection only reads.
Result<std::unique_ptr<Store>> openWorkerConnection(const QString& path, const Clock& clock,
                                                    WorkerUse use = WorkerUse::Reads);

// Work for a worker thread: runs work(store) on a connection of its own, with storage failures
// (also a StoreError thrown on the way) as the Result's error.
template <class T, class Work>
Result<T> onOwnConnection(const QString& database, const Clock& clock, Work work,
                          WorkerUse use = WorkerUse::Reads)
{
    return callService([&]() -> Result<T> {
        auto store = openWorkerConnection(database, clock, use);
        if (!store)
            return store.error();
        return work(**store);
    });
}

// What the user reads when the database cannot be opened: the file, the core's reason
// (simfleet::describe) and what to do about it.
QString openFailureMessage(const QString& path, const Error& error);

} // namespace simfleet::gui
