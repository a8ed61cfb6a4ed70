// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

namespace simfleet::exports {

namespace {

bool needsQuotes(const QString& field)
{
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r'))
            return true;
    }
    return false;
}

void appendField(QString& record, const QString& field)
{
    if (!needsQuotes(field)) {
        record += field;
        return;
    }
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    record += QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString neutralisedCsvText(const QString& text)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && kFormulaStarts.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString csvRecord(const std::vector<CsvField>& fields)
{
    QString record;
    bool first = true;
    for (const CsvField& field : fields) {
        if (!first)
            record += QLatin1Char(',');
        first = false;
        appendField(record, field.number ? field.text : neutralisedCsvText(field.text));
    }
    record += QStringLiteral("\r\n");
    return record;
}

QString csvTextRecord(const QStringList& fields)
{
    std::vector<CsvField> texts;
    texts.reserve(static_cast<std::size_t>(fields.size()));
    for (const QString& field : fields)
        texts.push_back(csvText(field));
    return csvRecord(texts);
}

} // namespace simfleet::exports
