// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandEnv.h"

#include "ExitCode.h"
#include "SqliteStore.h"
#include "StoreMessages.h"
#include "ports/StoreError.h"
#include "support/Logging.h"
#include "support/LoginName.h"
#include "text/ErrorText.h"

namespace simfleet::cli {

GlobalOptions resolveGlobalOptions(const GlobalArgs& args)
{
    GlobalOptions options;
    if (args.database) {
        options.databasePath = *args.database;
    } else if (const QString fromEnv = qEnvironmentVariable("SIMFLEET_DB"); !fromEnv.isEmpty()) {
        options.databasePath = fromEnv;
    } else {
        options.databasePath = defaultDatabasePath();
    }

    if (args.operatorName) {
        options.operatorName = *args.operatorName;
    } else if (const QString fromEnv = qEnvironmentVariable("SIMFLEET_OPERATOR").trimmed();
               !fromEnv.isEmpty()) {
        options.operatorName = fromEnv;
    } else {
        options.operatorName = loginName();
        if (options.operatorName.isEmpty())
            options.operatorName = QStringLiteral("unknown");
    }
    return options;
}

CommandEnv::CommandEnv(Console& console, GlobalOptions globals, const Clock& clock,
                       bool createsDatabase, StoreUse storeUse)
    : m_console(console), m_globals(std::move(globals)), m_clock(clock),
      m_createsDatabase(createsDatabase), m_storeUse(storeUse)
{}

Store& CommandEnv::store()
{
    if (m_store)
        return *m_store;
    StoreOpenOptions options;
    options.createIfMissing = m_createsDatabase;
    options.access =
        m_storeUse == StoreUse::Reads ? StoreAccess::ReadWriteIfAllowed : StoreAccess::ReadWrite;
    options.checkSound = m_storeUse == StoreUse::BulkWrites;
    options.checkSoundAlongside =
        m_storeUse == StoreUse::BatchWrites || m_storeUse == StoreUse::CardChanges;
    if (m_storeUse == StoreUse::CardChanges)
        options.checkScope = SoundCheckScope::CardChanges;
    options.journalNewFile = m_storeUse == StoreUse::BulkWrites ||
                             m_storeUse == StoreUse::BatchWrites ||
                             m_storeUse == StoreUse::CardChanges;
    auto opened = openSqliteStore(m_globals.databasePath, m_clock, options);
    if (!opened)
        throw StoreError(opened.error());
    m_store = std::move(opened).value();
    logInfo(QStringLiteral("opened %1").arg(m_globals.databasePath));
    return *m_store;
}

int CommandEnv::fail(const Error& error, const QString& subject)
{
    // Damage found while working on a file or a card is about the database: it is named, with
    // the way back, as when found on opening.
    if (error.code == ErrorCode::StorageDamaged) {
        m_console.error(storeErrorMessage(error, m_globals.databasePath));
        return toInt(exitCodeFor(categoryOf(error.code)));
    }
    const QString message = describe(error);
    // Most messages already quote the offending value; naming it twice reads as a stutter.
    const bool named = subject.isEmpty() || message.contains(subject);
    m_console.error(named ? message : subject + QStringLiteral(": ") + message);
    return toInt(exitCodeFor(categoryOf(error.code)));
}

} // namespace simfleet::cli
