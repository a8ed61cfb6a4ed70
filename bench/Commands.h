// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChildProcess.h"
#include "Options.h"

#include <QString>
#include <QStringList>

namespace simfleet::bench {

// Runs simfleet-cli and the sqlite3 shell for the bench, each step's output kept in the log
// folder under the step's name. A command that fails ends the bench at once (exit 1), with its
// error output: it never gets a time. One stopped after the timeout comes back timedOut.
class Commands {
public:
    Commands(const Options& options, QString logDir);

    // simfleet-cli ARGUMENTS --db DB --operator bench
    ChildRun cli(const QString& step, const QString& db, const QStringList& arguments) const;
    // sqlite3 DB COMMAND
    ChildRun sqlite3(const QString& step, const QString& db, const QString& command) const;

    QString stdoutPath(const QString& step) const;
    QString stderrPath(const QString& step) const;
    QByteArray stdoutOf(const QString& step) const;
    const QString& logDir() const { return m_logDir; }

    // Ends the bench, naming the step, what went wrong and where its output is.
    [[noreturn]] void fail(const QString& step, const QString& what) const;

private:
    ChildRun run(const QString& step, const QString& program, const QStringList& arguments) const;

    const Options& m_options;
    QString m_logDir;
};

} // namespace simfleet::bench
