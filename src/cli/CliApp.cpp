// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include "ArgParser.h"
#include "CommandEnv.h"
#include "Commands.h"
#include "ExitCode.h"
#include "HelpText.h"
#include "StoreMessages.h"
#include "ports/StoreError.h"
#include "support/Logging.h"

#include <exception>

namespace simfleet::cli {

std::vector<CommandSpec> allCommands()
{
    std::vector<CommandSpec> all;
    for (auto group : {initCommands, importCommands, cardCommands, ledgerCommands,
                       transitionCommands, reportCommands, auditCommands, companyCommands,
                       packetCommands, demoCommands, checkCommands}) {
        for (CommandSpec& spec : group())
            all.push_back(std::move(spec));
    }
    return all;
}

CliApp::CliApp(Console& console, const Clock& clock)
    : m_console(console), m_clock(clock), m_commands(allCommands())
{}

std::vector<const CommandSpec*> CliApp::groupMembers(const QString& word) const
{
    std::vector<const CommandSpec*> members;
    for (const CommandSpec& spec : m_commands) {
        if (spec.path.constFirst() == word)
            members.push_back(&spec);
    }
    return members;
}

CliApp::Resolved CliApp::resolve(const QStringList& tokens) const
{
    qsizetype i = 0;
    while (i < tokens.size() && ArgParser::looksLikeOption(tokens.at(i)))
        ++i;
    if (i > 0)
        throw UsageError(tr("unknown option %1 (a command's own options come after it)")
                             .arg(tokens.constFirst()));
    const QString word = tokens.constFirst();
    const std::vector<const CommandSpec*> members = groupMembers(word);
    if (members.empty())
        throw UsageError(tr("unknown command '%1'").arg(word));

    const bool hasNext = tokens.size() > 1 && !ArgParser::looksLikeOption(tokens.at(1));
    const CommandSpec* single = nullptr;
    for (const CommandSpec* spec : members) {
        if (spec->path.size() == 1)
            single = spec;
        else if (hasNext && spec->path.at(1) == tokens.at(1))
            return {spec, word, tokens.mid(2)};
    }
    if (single)
        return {single, word, tokens.mid(1)};
    if (hasNext)
        throw UsageError(tr("unknown command '%1 %2'").arg(word, tokens.at(1)));
    return {nullptr, word, tokens.mid(1)};
}

int CliApp::dispatch(const QStringList& arguments, QString& helpHint)
{
    GlobalArgs globals = ArgParser::extractGlobals(arguments);
    if (globals.version) {
        m_console.out()
            << QStringLiteral("simfleet-cli %1").arg(QCoreApplication::applicationVersion())
            << '\n';
        return toInt(ExitCode::Success);
    }
    QStringList tokens = globals.rest;
    if (!tokens.isEmpty() && tokens.constFirst() == QLatin1String("help")) {
        globals.help = true;
        tokens.removeFirst();
    }
    if (tokens.isEmpty()) {
        if (globals.help) {
            m_console.out() << HelpText::overview(m_commands);
            return toInt(ExitCode::Success);
        }
        throw UsageError(tr("no command given"));
    }

    const Resolved resolved = resolve(tokens);
    helpHint = resolved.spec ? resolved.spec->name() : resolved.groupWord;
    if (!resolved.spec) {
        if (globals.help) {
            m_console.out() << HelpText::group(resolved.groupWord,
                                               groupMembers(resolved.groupWord));
            return toInt(ExitCode::Success);
        }
        QStringList choices;
        for (const CommandSpec* spec : groupMembers(resolved.groupWord))
            choices << spec->path.constLast();
        throw UsageError(tr("'%1' needs one of: %2")
                             .arg(resolved.groupWord, choices.join(QStringLiteral(", "))));
    }
    const CommandSpec& spec = *resolved.spec;
    if (globals.help) {
        m_console.out() << HelpText::command(spec);
        return toInt(ExitCode::Success);
    }

    const ParsedArgs parsed = ArgParser::parse(spec, resolved.rest);
    CommandEnv env(m_console, resolveGlobalOptions(globals), m_clock, spec.createsDatabase,
                   spec.storeUse);
    m_databasePath = env.globals().databasePath;
    logInfo(QStringLiteral("%1 by %2 on %3")
                .arg(spec.name(), env.globals().operatorName, env.globals().databasePath));
    return spec.run(env, parsed);
}

int CliApp::run(const QStringList& arguments)
{
    QString helpHint;
    int code = toInt(ExitCode::Unexpected);
    try {
        code = dispatch(arguments, helpHint);
    } catch (const UsageError& error) {
        const QString where = helpHint.isEmpty() ? QString() : QLatin1Char(' ') + helpHint;
        m_console.error(tr("%1 (see simfleet-cli%2 --help)").arg(error.message(), where));
        code = toInt(ExitCode::Usage);
    } catch (const StoreError& error) {
        m_console.error(storeErrorMessage(error.error(), m_databasePath));
        code = toInt(ExitCode::Storage);
    } catch (const std::exception& error) {
        m_console.error(tr("unexpected error: %1").arg(QString::fromLocal8Bit(error.what())));
        code = toInt(ExitCode::Unexpected);
    }
    m_console.flush();
    logInfo(QStringLiteral("%1 exited %2")
                .arg(helpHint.isEmpty() ? QStringLiteral("simfleet-cli") : helpHint)
                .arg(code));
    return code;
}

} // namespace simfleet::cli
