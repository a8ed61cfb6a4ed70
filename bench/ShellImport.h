// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

namespace simfleet::bench {

struct ShellTiming {
    double wall{0}; // seconds
    double cpu{0};  // the shell's user + system seconds
};

// The yardstick: the sqlite3 shell importing the CSV into a plain table of a new database,
// in one process run. Returns its times, or why the shell could not run.
Result<ShellTiming> timeShellImport(const QString& csvPath, const QString& databasePath);

} // namespace simfleet::bench
