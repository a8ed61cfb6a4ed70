// SPDX-License-Identifier: GPL-3.0-or-later
// simfleet-cli: the whole card lifecycle from a terminal, for batch work and scripts.
#include "ApplicationKind.h"
#include "CliApp.h"
#include "Console.h"
#include "Translations.h"
#include "ports/Clock.h"
#include "support/Logging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char** argv)
{
    // Only a PDF needs a GUI application (fonts); everything else runs without a display.
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (simfleet::cli::needsGuiApplication(rawArguments)) {
        simfleet::cli::preferOffscreenPlatform();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("simfleet-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIMFLEET_VERSION));
    // Before the commands are built: their help texts are translated when they are made.
    // Machine formats (json, csv, exit codes, the import summary line) never go through tr().
    simfleet::i18n::installTranslations(*app, simfleet::i18n::systemInterfaceLocale());

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
