// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExport.h"

#include "CsvWriter.h"

#include <QSaveFile>

namespace simfleet::exports {

namespace {

struct CsvCellVisitor {
    CsvField operator()(std::monostate) const { return csvText({}); }
    CsvField operator()(const QString& text) const { return csvText(text); }
    CsvField operator()(std::int64_t number) const { return csvNumber(QString::number(number)); }
    CsvField operator()(Money money) const { return csvNumber(money.toPlainString()); }
    CsvField operator()(const QDate& date) const { return csvText(date.toString(Qt::ISODate)); }
};

QString rowRecord(const ReportRow& cells)
{
    std::vector<CsvField> fields;
    fields.reserve(cells.size());
    for (const ReportCell& cell : cells)
        fields.push_back(std::visit(CsvCellVisitor{}, cell));
    return csvRecord(fields);
}

} // namespace

QString csvCellText(const ReportCell& cell)
{
    const CsvField field = std::visit(CsvCellVisitor{}, cell);
    return field.number ? field.text : neutralisedCsvText(field.text);
}

QByteArray csvBytes(const ReportDocument& document)
{
    QString text = csvTextRecord({document.title});
    for (const QString& line : headingLines(document))
        text += csvTextRecord({line});
    for (const ReportTable& table : document.tables) {
        text += QStringLiteral("\r\n");
        if (!table.title.isEmpty())
            text += csvTextRecord({table.title});
        QStringList headers;
        for (const ReportColumn& column : table.columns)
            headers << column.header;
        text += csvTextRecord(headers);
        for (const ReportRow& row : table.rows)
            text += rowRecord(row);
        if (table.totals)
            text += rowRecord(*table.totals);
    }
    return QByteArray(kUtf8ByteOrderMark) + text.toUtf8();
}

ExportStatus writeCsv(const ReportDocument& document, const QString& path)
{
    QSaveFile file(path);
    const QByteArray bytes = csvBytes(document);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ExportError{ExportError::Kind::CannotWrite, path, file.errorString()};
    return std::nullopt;
}

} // namespace simfleet::exports
