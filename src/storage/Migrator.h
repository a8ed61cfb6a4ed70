// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <SQLiteCpp/Database.h>
#include <functional>
#include <vector>

namespace simfleet::sqlite {

// One numbered file of resources/migrations ("0002_indexes.sql" is version 2).
struct Migration {
    int version{0};
    QString name;
    QByteArray sql;
};

// The embedded migrations in version order; versions run 1..N without gaps.
const std::vector<Migration>& bundledMigrations();

// Brings db from its recorded version up to targetVersion (at most the latest bundled one),
// one migration per IMMEDIATE transaction that also records the new version, so a crash leaves
// the file at a whole version. A version another process has already applied is skipped.
// beforeMigrating(fromVersion) runs once, before the first step, when the database already holds
// a schema (that is the moment to back it up). Returns the version reached. Throws
// SQLite::Exception.
int migrate(SQLite::Database& db, int targetVersion,
            const std::function<void(int fromVersion)>& beforeMigrating);

} // namespace simfleet::sqlite
