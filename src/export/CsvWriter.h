// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace simfleet::exports {

// The one CSV writer: every CSV SimFleet writes (reports, packets' line lists, the fleet list of
// the desktop app and of `simfleet-cli list`) is made of these records.

// One field of a record. Text is what a user or a file gave us; a number is one we formatted
// ourselves ("-12.50", "3") and stays plain, so a spreadsheet reads it as a number (its leading
// minus is a sign, never a formula).
struct CsvField {
    QString text;
    bool number{false};
};

inline CsvField csvText(QString text)
{
    return {std::move(text), false};
}

inline CsvField csvNumber(QString text)
{
    return {std::move(text), true};
}

// Text a spreadsheet would run as a formula (starting with = + - @ TAB or CR) gets a leading ',
// which Excel and WPS show as text.
QString neutralisedCsvText(const QString& text);

// One RFC 4180 record and its CRLF: text fields neutralised; a field holding a comma, a quote, a
// line break or a space at either end is quoted, with its quotes doubled.
QString csvRecord(const std::vector<CsvField>& fields);
QString csvTextRecord(const QStringList& fields);

// Written first in a CSV file meant for a spreadsheet: Excel on a Chinese Windows takes a file
// without it for GBK.
inline constexpr char kUtf8ByteOrderMark[] = "\xEF\xBB\xBF";

} // namespace simfleet::exports
