// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFormat.h"

#include <QStringList>

namespace simfleet::cli {

namespace {

QString allowedList(std::initializer_list<OutputFormat> allowed)
{
    QStringList codes;
    for (OutputFormat format : allowed)
        codes << OutputFormats::code(format);
    return codes.join(QLatin1Char('|'));
}

} // namespace

QString OutputFormats::code(OutputFormat format)
{
    switch (format) {
    case OutputFormat::Table:
        return QStringLiteral("table");
    case OutputFormat::Text:
        return QStringLiteral("text");
    case OutputFormat::Csv:
        return QStringLiteral("csv");
    case OutputFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

OptionSpec OutputFormats::option(std::initializer_list<OutputFormat> allowed)
{
    return {QStringLiteral("format"), allowedList(allowed),
            tr("output format (default: %1)").arg(code(*allowed.begin()))};
}

OutputFormat OutputFormats::parse(const ParsedArgs& args,
                                  std::initializer_list<OutputFormat> allowed)
{
    if (!args.has(QStringLiteral("format")))
        return *allowed.begin();
    const QString wanted = args.value(QStringLiteral("format")).trimmed().toLower();
    for (OutputFormat format : allowed) {
        if (code(format) == wanted)
            return format;
    }
    throw UsageError(tr("--format must be one of %1, not '%2'")
                         .arg(allowedList(allowed), args.value(QStringLiteral("format"))));
}

} // namespace simfleet::cli
