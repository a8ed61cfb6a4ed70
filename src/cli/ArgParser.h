// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandSpec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace simfleet::cli {

// The options every command takes, found wherever they stand on the line.
struct GlobalArgs {
    std::optional<QString> database;     // --db PATH
    std::optional<QString> operatorName; // --operator NAME
    bool help{false};                    // --help, -h
    bool version{false};                 // --version
    QStringList rest;                    // everything else, in order
};

// A small parser rather than QCommandLineParser: global options may come before or after the
// command, each command has its own options, and "import cards" / "audit verify" are two words.
class ArgParser {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::ArgParser)

public:
    // Takes out --db, --operator, --help/-h and --version (up to a "--"). Throws UsageError.
    static GlobalArgs extractGlobals(const QStringList& arguments);

    // The command's own options (--name VALUE, --name=VALUE, flags) and positionals, checked
    // against the spec. Throws UsageError.
    static ParsedArgs parse(const CommandSpec& spec, const QStringList& tokens);

    // "--x", "-x": an option rather than a value. "-5" and "-3.20" are values (signed amounts).
    static bool looksLikeOption(const QString& token);
};

} // namespace simfleet::cli
