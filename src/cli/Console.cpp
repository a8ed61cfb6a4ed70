// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include <cstdio>

namespace simfleet::cli {

Console::Console() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

Console::~Console()
{
    flush();
}

void Console::error(const QString& message)
{
    // Results and errors must not interleave out of order when both go to one terminal.
    m_out.flush();
    m_err << "simfleet-cli: " << message << '\n';
    m_err.flush();
}

void Console::errorLine(const QString& line)
{
    m_out.flush();
    m_err << line << '\n';
    m_err.flush();
}

void Console::flush()
{
    m_out.flush();
    m_err.flush();
}

} // namespace simfleet::cli
