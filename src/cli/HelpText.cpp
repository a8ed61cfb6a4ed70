// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpText.h"

#include "SqliteStore.h"
#include "text/TextWidth.h"

#include <QStringList>
#include <algorithm>
#include <utility>

namespace simfleet::cli {

namespace {

// Two-column lines: terms padded to one width, then their descriptions.
QString definitionList(const std::vector<std::pair<QString, QString>>& items)
{
    int width = 0;
    for (const auto& [term, text] : items)
        width = std::max(width, displayWidth(term));
    QString result;
    for (const auto& [term, text] : items)
        result += QStringLiteral("  ") + padRight(term, width) + QStringLiteral("  ") + text +
                  QLatin1Char('\n');
    return result;
}

QString optionTerm(const OptionSpec& option)
{
    QString term = QStringLiteral("--") + option.name;
    if (option.takesValue())
        term += QLatin1Char(' ') + option.valueName;
    return term;
}

QString commandTerm(const CommandSpec& spec)
{
    return spec.arguments.isEmpty() ? spec.name() : spec.name() + QLatin1Char(' ') + spec.arguments;
}

} // namespace

QString HelpText::synopsis(const CommandSpec& spec)
{
    QString line = QStringLiteral("simfleet-cli ") + commandTerm(spec);
    if (!spec.options.empty())
        line += QLatin1Char(' ') + tr("[options]");
    return tr("Usage: %1").arg(line);
}

QString HelpText::overview(const std::vector<CommandSpec>& commands)
{
    std::vector<std::pair<QString, QString>> commandItems;
    for (const CommandSpec& spec : commands)
        commandItems.emplace_back(commandTerm(spec), spec.summary);

    QString text;
    text += tr("simfleet-cli: manage a fleet of telemarketing SIM cards (电销卡) from a terminal, "
               "from purchase to cancellation.") +
            QStringLiteral("\n\n");
    text += tr("Usage: simfleet-cli [--db PATH] [--operator NAME] COMMAND [ARGS...] [options]") +
            QStringLiteral("\n\n");
    text += tr("Commands:") + QLatin1Char('\n') + definitionList(commandItems) + QLatin1Char('\n');
    text += tr("Global options (before or after the command):") + QLatin1Char('\n');
    text += definitionList({
        {QStringLiteral("--db PATH"),
         tr("the database (env SIMFLEET_DB; default %1)").arg(defaultDatabasePath())},
        {QStringLiteral("--operator NAME"),
         tr("who is acting, recorded in the audit log (env SIMFLEET_OPERATOR; default: the "
            "login name)")},
        {QStringLiteral("-h, --help"), tr("help for simfleet-cli or for a command")},
        {QStringLiteral("--version"), tr("the version")},
    });
    text += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    text += definitionList({
        {QStringLiteral("0"), tr("success")},
        {QStringLiteral("2"), tr("usage error")},
        {QStringLiteral("3"), tr("refused: invalid input or a lifecycle guard; nothing changed")},
        {QStringLiteral("4"),
         tr("storage error: cannot open, not a database, newer schema, locked too long")},
        {QStringLiteral("1"), tr("anything unexpected")},
    });
    text += QLatin1Char('\n') + tr("Run 'simfleet-cli COMMAND --help' for a command's options.") +
            QLatin1Char('\n');
    return text;
}

QString HelpText::group(const QString& word, const std::vector<const CommandSpec*>& members)
{
    std::vector<std::pair<QString, QString>> items;
    for (const CommandSpec* spec : members)
        items.emplace_back(commandTerm(*spec), spec->summary);
    return tr("Usage: simfleet-cli %1 ...").arg(word) + QStringLiteral("\n\n") + tr("Commands:") +
           QLatin1Char('\n') + definitionList(items) + QLatin1Char('\n') +
           tr("Run 'simfleet-cli %1 SUBCOMMAND --help' for its options.").arg(word) +
           QLatin1Char('\n');
}

QString HelpText::command(const CommandSpec& spec)
{
    QString text = synopsis(spec) + QStringLiteral("\n\n") + spec.summary + QLatin1Char('\n');
    if (!spec.details.isEmpty())
        text += QLatin1Char('\n') + spec.details + QLatin1Char('\n');
    if (!spec.options.empty()) {
        std::vector<std::pair<QString, QString>> items;
        for (const OptionSpec& option : spec.options)
            items.emplace_back(optionTerm(option), option.help);
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + definitionList(items);
    }
    text += QLatin1Char('\n') +
            tr("Global options: --db PATH, --operator NAME, --help (see simfleet-cli --help).") +
            QLatin1Char('\n');
    return text;
}

} // namespace simfleet::cli
