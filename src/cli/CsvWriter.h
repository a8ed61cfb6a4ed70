// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace simfleet::cli {

// One RFC 4180 record (no line ending): fields holding a comma, a quote, a line break or edge
// spaces are quoted, and quotes inside are doubled.
QString csvRecord(const QStringList& fields);

} // namespace simfleet::cli
