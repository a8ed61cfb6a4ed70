// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace simfleet::gui {

// Which database the application should open when it starts.
struct StartupRequest {
    enum class Kind {
        Default, // the last database used, else the default location (created)
        Path,    // --db PATH (created when missing)
        Demo,    // --demo: the demo fleet, kept apart from real data
    };
    Kind kind{Kind::Default};
    QString path;
};

struct ParsedCommandLine {
    StartupRequest request;
    QString error; // non-empty: the arguments were wrong; say so and stop
    bool showHelp{false};
    bool showVersion{false};
    QString helpText;
};

// simfleet [--db PATH | --demo]. arguments[0] is the program.
ParsedCommandLine parseCommandLine(const QStringList& arguments);

} // namespace simfleet::gui
