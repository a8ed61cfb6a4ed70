// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArgParser.h"

namespace simfleet::cli {

namespace {

const QString kEndOfOptions = QStringLiteral("--");

// Splits "--name=value" into name and value; "--name" gives no value.
std::pair<QString, std::optional<QString>> splitOption(const QString& token)
{
    const QString body = token.mid(2);
    const qsizetype equals = body.indexOf(QLatin1Char('='));
    if (equals < 0)
        return {body, std::nullopt};
    return {body.left(equals), body.mid(equals + 1)};
}

} // namespace

bool ArgParser::looksLikeOption(const QString& token)
{
    if (token.size() < 2 || !token.startsWith(QLatin1Char('-')))
        return false;
    const QChar second = token.at(1);
    return !(second.isDigit() || second == QLatin1Char('.'));
}

GlobalArgs ArgParser::extractGlobals(const QStringList& arguments)
{
    GlobalArgs globals;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& token = arguments.at(i);
        if (optionsEnded || !token.startsWith(QLatin1Char('-'))) {
            globals.rest << token;
            continue;
        }
        if (token == kEndOfOptions) {
            optionsEnded = true;
            globals.rest << token;
            continue;
        }
        if (token == QLatin1String("-h") || token == QLatin1String("--help")) {
            globals.help = true;
            continue;
        }
        if (token == QLatin1String("--version")) {
            globals.version = true;
            continue;
        }
        if (!token.startsWith(QLatin1String("--"))) {
            globals.rest << token;
            continue;
        }
        auto [name, inlineValue] = splitOption(token);
        if (name != QLatin1String("db") && name != QLatin1String("operator")) {
            globals.rest << token;
            continue;
        }
        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            throw UsageError(tr("--%1 needs a value").arg(name));
        }
        if (value.trimmed().isEmpty())
            throw UsageError(tr("--%1 needs a value").arg(name));
        if (name == QLatin1String("db"))
            globals.database = value;
        else
            globals.operatorName = value.trimmed();
    }
    return globals;
}

ParsedArgs ArgParser::parse(const CommandSpec& spec, const QStringList& tokens)
{
    ParsedArgs parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString& token = tokens.at(i);
        if (!optionsEnded && token == kEndOfOptions) {
            optionsEnded = true;
            continue;
        }
        if (optionsEnded || !looksLikeOption(token)) {
            parsed.positionals << token;
            continue;
        }
        if (!token.startsWith(QLatin1String("--")))
            throw UsageError(tr("unknown option %1 for '%2'").arg(token, spec.name()));
        auto [name, inlineValue] = splitOption(token);
        const OptionSpec* option = spec.option(name);
        if (!option)
            throw UsageError(tr("unknown option --%1 for '%2'").arg(name, spec.name()));
        if (!option->takesValue()) {
            if (inlineValue)
                throw UsageError(tr("--%1 takes no value").arg(name));
            parsed.set(name, QString());
            continue;
        }
        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < tokens.size()) {
            value = tokens.at(++i);
        } else {
            throw UsageError(tr("--%1 needs a value (%2)").arg(name, option->valueName));
        }
        parsed.set(name, value);
    }

    const auto count = parsed.positionals.size();
    if (count < spec.minPositionals)
        throw UsageError(tr("'%1' needs %2").arg(spec.name(), spec.arguments));
    if (spec.maxPositionals >= 0 && count > spec.maxPositionals)
        throw UsageError(tr("'%1' does not take '%2'")
                             .arg(spec.name(), parsed.positionals.at(spec.maxPositionals)));
    return parsed;
}

} // namespace simfleet::cli
