// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandSpec.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace simfleet::cli {

class HelpText {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::HelpText)

public:
    // simfleet-cli --help: every command, the global options, the exit codes.
    static QString overview(const std::vector<CommandSpec>& commands);
    // simfleet-cli import --help: the group's subcommands.
    static QString group(const QString& word, const std::vector<const CommandSpec*>& members);
    // simfleet-cli pay --help.
    static QString command(const CommandSpec& spec);
    // "Usage: simfleet-cli pay KEY AMOUNT [options]".
    static QString synopsis(const CommandSpec& spec);
};

} // namespace simfleet::cli
