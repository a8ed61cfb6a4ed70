// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandSpec.h"
#include "Console.h"
#include "ports/Clock.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace simfleet::cli {

// Reads the command line, runs one command and turns every outcome into an exit code:
// usage errors 2, refusals 3, storage errors 4, anything else 1.
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(simfleet::cli::CliApp)

public:
    CliApp(Console& console, const Clock& clock);

    // arguments: the command line without the program's name.
    int run(const QStringList& arguments);

private:
    struct Resolved {
        const CommandSpec* spec{nullptr}; // null: a group word alone ("import")
        QString groupWord;
        QStringList rest; // the tokens after the command's words
    };
    Resolved resolve(const QStringList& tokens) const;
    std::vector<const CommandSpec*> groupMembers(const QString& word) const;
    int dispatch(const QStringList& arguments, QString& helpHint);

    Console& m_console;
    const Clock& m_clock;
    std::vector<CommandSpec> m_commands;
    QString m_databasePath; // the running command's, once known
};

} // namespace simfleet::cli
