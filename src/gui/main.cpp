// SPDX-License-Identifier: GPL-3.0-or-later
// simfleet: the desktop application. simfleet [--db PATH | --demo]
#include "app/AppController.h"
#include "app/AppSettings.h"
#include "app/CommandLine.h"
#include "app/Language.h"
#include "common/Icons.h"
#include "common/Resources.h"
#include "support/Logging.h"

#include <QApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SimFleet"));
    QApplication::setApplicationName(QStringLiteral("SimFleet"));
    QApplication::setApplicationVersion(QStringLiteral(SIMFLEET_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.simfleet.SimFleet"));
    simfleet::gui::initGuiResources();
    QApplication::setWindowIcon(simfleet::gui::svgIcon(u"app"));

    simfleet::gui::AppSettings settings;
    simfleet::gui::installTranslations(app, settings.language());

    const auto parsed = simfleet::gui::parseCommandLine(QApplication::arguments());
    if (!parsed.error.isEmpty()) {
        std::fprintf(stderr, "simfleet: %s\n\n%s", qPrintable(parsed.error),
                     qPrintable(parsed.helpText));
        return 2;
    }
    if (parsed.showHelp) {
        std::fputs(qPrintable(parsed.helpText), stdout);
        return 0;
    }
    if (parsed.showVersion) {
        std::printf("simfleet %s\n", SIMFLEET_VERSION);
        return 0;
    }

    // The desktop app logs to the rotating file only: a window is where its errors are shown.
    simfleet::LoggingOptions logging;
    logging.programName = QStringLiteral("simfleet");
    logging.stderrLevel = simfleet::LogLevel::Off;
    simfleet::setUpLogging(logging);

    int code = 1;
    {
        simfleet::gui::AppController controller(settings);
        if (controller.start(parsed.request)) {
            code = QApplication::exec();
        }
    }
    simfleet::shutDownLogging();
    return code;
}
