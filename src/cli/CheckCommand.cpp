// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandEnv.h"
#include "Commands.h"
#include "ExitCode.h"
#include "SqliteStore.h"
#include "StoreMessages.h"

#include <QDir>

namespace simfleet::cli {

namespace {

class CheckCommand {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::CheckCommand)

public:
    static CommandSpec spec()
    {
        CommandSpec spec;
        spec.path = {QStringLiteral("check")};
        spec.summary = tr("Check that every part of the database reads back (exit 0 or 4)");
        spec.details = tr("Reads the whole file without changing it. Exit 0 when it is sound; 4 "
                          "when it is damaged, with what was found and how to restore it.\n"
                          "Imports, demo, init and transition run the same check before they "
                          "write, and refuse a damaged database.");
        spec.storeUse = StoreUse::Reads;
        spec.run = &CheckCommand::run;
        return spec;
    }

private:
    static int run(CommandEnv& env, const ParsedArgs&)
    {
        const QString& path = env.globals().databasePath;
        if (const Status checked = checkStore(path); !checked) {
            env.console().error(storeErrorMessage(checked.error(), path));
            return toInt(exitCodeFor(categoryOf(checked.error().code)));
        }
        env.out()
            << tr("%1: sound, every part of it reads back").arg(QDir::toNativeSeparators(path))
            << '\n';
        return 0;
    }
};

} // namespace

std::vector<CommandSpec> checkCommands()
{
    return {CheckCommand::spec()};
}

} // namespace simfleet::cli
