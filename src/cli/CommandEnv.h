// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArgParser.h"
#include "CommandSpec.h"
#include "Console.h"
#include "ports/Clock.h"
#include "ports/Store.h"
#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace simfleet::cli {

struct GlobalOptions {
    QString databasePath;
    QString operatorName;
};

// --db, then SIMFLEET_DB, then defaultDatabasePath(); --operator, then SIMFLEET_OPERATOR, then
// the login name.
GlobalOptions resolveGlobalOptions(const GlobalArgs& args);

// What a running command has at hand. The database is opened (migrated as needed, created only
// for a command that creates databases) on first use, so a usage error never touches it.
class CommandEnv {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::CommandEnv)

public:
    CommandEnv(Console& console, GlobalOptions globals, const Clock& clock,
               bool createsDatabase = false, StoreUse storeUse = StoreUse::Writes);

    Console& console() { return m_console; }
    QTextStream& out() { return m_console.out(); }
    const GlobalOptions& globals() const { return m_globals; }
    const Clock& clock() const { return m_clock; }

    // Throws StoreError when the database cannot be opened.
    Store& store();
    ServiceContext context() { return ServiceContext{store(), m_clock, m_globals.operatorName}; }

    // Prints the error on one line ("subject: message" when a subject is given and the message
    // does not already name it) and returns the exit code of its category.
    int fail(const Error& error, const QString& subject = {});

private:
    Console& m_console;
    GlobalOptions m_globals;
    const Clock& m_clock;
    bool m_createsDatabase;
    StoreUse m_storeUse;
    std::unique_ptr<Store> m_store;
};

} // namespace simfleet::cli
