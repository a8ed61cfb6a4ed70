// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace simfleet::bench {

// A SQLite database is its file and, while or if a writer left them, its -wal and -shm files.
// These handle the three together; each returns whether it worked.
bool removeDatabase(const QString& path);
bool copyDatabase(const QString& from, const QString& to);
bool moveDatabase(const QString& from, const QString& to);

} // namespace simfleet::bench
