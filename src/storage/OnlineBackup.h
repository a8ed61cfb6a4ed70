// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <SQLiteCpp/Database.h>

namespace simfleet::sqlite {

// "NAME.bak-vN-YYYYMMDDhhmmss" (UTC) next to path, with "-2", "-3" ... if that name is taken.
QString backupPathFor(const QString& path, int schemaVersion, const QDateTime& nowUtc);

// Copies source page by page into a new file with SQLite's online backup API, which reads a
// consistent snapshot even while other connections use the database. Throws SQLite::Exception.
void backupDatabase(SQLite::Database& source, const QString& destination);

} // namespace simfleet::sqlite
