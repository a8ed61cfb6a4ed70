// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnlineBackup.h"

#include "SqlValues.h"
#include "SqliteStore.h"

#include <QDir>
#include <QFileInfo>
#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace simfleet::sqlite {

QString backupPathFor(const QString& path, int schemaVersion, const QDateTime& nowUtc)
{
    const QString base = QStringLiteral("%1.bak-v%2-%3")
                             .arg(path)
                             .arg(schemaVersion)
                             .arg(nowUtc.toUTC().toString(QStringLiteral("yyyyMMddhhmmss")));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

void backupDatabase(SQLite::Database& source, const QString& destination)
{
    SQLite::Database target(utf8(destination), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    SQLite::Backup backup(target, source);
    const int result = backup.executeStep(); // -1: every page in one step
    if (result != SQLITE_DONE)
        throw SQLite::Exception("the backup did not complete", result);
}

} // namespace simfleet::sqlite

namespace simfleet {

QString newestBackupOf(const QString& path)
{
    const QFileInfo database(path);
    // Newest first by the time each backup was written (its name's stamp says the same, but a
    // "-2" suffix would sort it wrongly).
    const QFileInfoList backups = database.dir().entryInfoList(
        {database.fileName() + QStringLiteral(".bak-v*")}, QDir::Files, QDir::Time);
    return backups.isEmpty() ? QString()
                             : QDir::toNativeSeparators(backups.constFirst().filePath());
}

} // namespace simfleet
