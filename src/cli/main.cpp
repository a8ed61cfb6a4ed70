// SPDX-License-Identifier: GPL-3.0-or-later
// simfleet-cli: the whole card lifecycle from a terminal, for batch work and scripts.
#include "CliApp.h"
#include "Console.h"
#include "ports/Clock.h"
#include "support/Logging.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("simfleet-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIMFLEET_VERSION));

    simfleet::LoggingOptions logging;
    logging.programName = QStringLiteral("simfleet-cli");
    logging.stderrLevel = simfleet::LogLevel::Warning;
    simfleet::setUpLogging(logging);

    int code = 1;
    {
        simfleet::cli::Console console;
        const simfleet::SystemClock clock;
        simfleet::cli::CliApp cli(console, clock);
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeFirst();
        code = cli.run(arguments);
    }
    simfleet::shutDownLogging();
    return code;
}
