// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace simfleet::gui {

namespace {

struct CommandLineText {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

ParsedCommandLine parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLineText::tr("SimFleet: the line lifecycle of a fleet of telemarketing SIM cards."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringList{QStringLiteral("db")},
        CommandLineText::tr("Open the database at PATH (created when missing)."),
        CommandLineText::tr("PATH"));
    const QCommandLineOption demoOption(
        QStringList{QStringLiteral("demo")},
        CommandLineText::tr("Open the demo fleet, kept apart from real data (created the "
                            "first time)."));
    parser.addOption(dbOption);
    parser.addOption(demoOption);

    ParsedCommandLine parsed;
    parsed.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        parsed.error = parser.errorText();
        return parsed;
    }
    parsed.showHelp = parser.isSet(helpOption);
    parsed.showVersion = parser.isSet(versionOption);
    if (!parser.positionalArguments().isEmpty()) {
        parsed.error = CommandLineText::tr("Unexpected argument: %1")
                           .arg(parser.positionalArguments().constFirst());
        return parsed;
    }
    if (parser.isSet(dbOption) && parser.isSet(demoOption)) {
        parsed.error = CommandLineText::tr("--db and --demo cannot be used together.");
        return parsed;
    }
    if (parser.isSet(demoOption)) {
        parsed.request.kind = StartupRequest::Kind::Demo;
    } else if (parser.isSet(dbOption)) {
        parsed.request.kind = StartupRequest::Kind::Path;
        parsed.request.path = parser.value(dbOption);
        if (parsed.request.path.trimmed().isEmpty()) {
            parsed.error = CommandLineText::tr("--db needs a file path.");
        }
    }
    return parsed;
}

} // namespace simfleet::gui
