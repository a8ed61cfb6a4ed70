// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QStringList>

namespace simfleet {

// A file of card keys (--from-file, the demo's key sets): one per line; blank lines, a BOM and
// lines starting with # are skipped.
Result<QStringList> readKeyFile(const QString& path);

} // namespace simfleet
