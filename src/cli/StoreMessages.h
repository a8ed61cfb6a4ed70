// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"

#include <QString>

namespace simfleet::cli {

// A storage error as the CLI prints it: the core's words, then what to do next where there is
// something to do (make the missing database, restore the damaged one from its backup).
QString storeErrorMessage(const Error& error, const QString& databasePath);

} // namespace simfleet::cli
