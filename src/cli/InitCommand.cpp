// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandEnv.h"
#include "Commands.h"
#include "SqliteStore.h"

namespace simfleet::cli {

namespace {

class InitCommand {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::InitCommand)

public:
    static CommandSpec spec()
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("init")};
        spec.summary = tr("Create the database, or migrate it to this version (idempotent)");
        spec.details = tr("Only init, demo and import create a database; any other command "
                          "refuses a missing or empty file (exit 4). Every command migrates an "
                          "older database as needed. A database written by a newer SimFleet is "
                          "refused and left untouched (exit 4).");
        spec.run = &InitCommand::run;
        spec.createsDatabase = true;
        spec.storeUse = StoreUse::BulkWrites;
        return spec;
    }

    static int run(CommandEnv& env, const ParsedArgs&)
    {
        env.store();
        env.out() << tr("database ready: %1 (schema version %2)")
                         .arg(env.globals().databasePath)
                         .arg(latestSchemaVersion())
                  << '\n';
        return 0;
    }
};

} // namespace

std::vector<CommandSpec> initCommands()
{
    return {InitCommand::spec()};
}

} // namespace simfleet::cli
