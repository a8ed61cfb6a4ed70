// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

namespace simfleet::cli {

// Where the CLI writes: results to stdout, errors to stderr, one line each, prefixed with the
// program's name so they stand out in a script's log.
class Console {
public:
    Console();
    Console(const Console&) = delete;
    Console& operator=(const Console&) = delete;
    ~Console();

    QTextStream& out() { return m_out; }
    // One line on stderr: "simfleet-cli: <message>".
    void error(const QString& message);
    // One line on stderr as it is (import issues carry their own FILE:LINE: prefix).
    void errorLine(const QString& line);
    void flush();

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace simfleet::cli
