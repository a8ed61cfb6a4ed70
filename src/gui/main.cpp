// SPDX-License-Identifier: GPL-3.0-or-later
// simfleet: the desktop application. simfleet [--db PATH | --demo]
#include "app/AppController.h"
#include "app/AppSettings.h"
#include "app/CommandLine.h"
#include "app/Language.h"
#include "common/Icons.h"
#include "common/Resources.h"

#include <QApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SimFleet"));
    QApplication::setApplicationName(QStringLiteral("SimFleet"));
    QApplication::setApplicationVersion(QStringLiteral(SIMFLEET_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("simfleet"));
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

    simfleet::gui::AppController controller(settings);
    if (!controller.start(parsed.request)) {
        return 1;
    }
    return QApplication::exec();
}
