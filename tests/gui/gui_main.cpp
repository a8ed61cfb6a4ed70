// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include "common/Resources.h"

#include <QApplication>
#include <QStandardPaths>
#include <catch2/catch.hpp>

// One QApplication for the whole run: widgets need it, and Qt allows only one per process.
// Tests run on the offscreen platform (set by CTest), in English (no translator installed).
int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SimFleetTests"));
    QApplication::setApplicationName(QStringLiteral("SimFleetTests"));
    // Settings and standard paths of tests never touch the user's own.
    QStandardPaths::setTestModeEnabled(true);
    simfleet::gui::initGuiResources();
    return Catch::Session().run(argc, argv);
}
