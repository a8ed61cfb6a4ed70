// SPDX-License-Identifier: GPL-3.0-or-later
// The default database locations of SqliteStore.h.
#include "SqliteStore.h"

#include <QStandardPaths>

namespace simfleet {

namespace {

// GenericDataLocation + "SimFleet", not AppDataLocation: the latter depends on the running
// program's organisation and application names, and the CLI and the desktop app must find the
// same file (~/.local/share/SimFleet on Linux).
QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/SimFleet");
}

} // namespace

QString defaultDatabasePath()
{
    return dataFolder() + QStringLiteral("/simfleet.db");
}

QString defaultDemoDatabasePath()
{
    return dataFolder() + QStringLiteral("/demo.db");
}

} // namespace simfleet
