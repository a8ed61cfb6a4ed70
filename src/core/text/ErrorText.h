// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"

#include <QString>

namespace simfleet {

// The one place errors become words, translated through QCoreApplication::translate so the CLI
// and the GUI read the same (English source, zh_CN translation).
// e.g. OwesMoney -> "owes ¥123.40"; NeedsChannel -> "needs a channel".
QString describe(const Error& error);

// How to get a damaged database back: copy `newestBackup` (the automatic backup SimFleet made
// before its last upgrade) over it, or, when there is none, a copy of the user's own.
QString restoreAdvice(const QString& newestBackup);

} // namespace simfleet
