// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace simfleet {

// Personal data is shown masked unless a person unmasks it on purpose (and that is audited).
// "110101199001011234" -> "110101********1234"; short values keep less.
QString maskId(const QString& id);
// "张三丰" -> "张**"; "Zhang San" -> "Z********".
QString maskName(const QString& name);

} // namespace simfleet
