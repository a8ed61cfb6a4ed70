// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExport.h"

#include <QSaveFile>

namespace simfleet::exports {

namespace {

const QString kLineEnd = QStringLiteral("\r\n");

// A spreadsheet evaluates a cell starting with these; the leading ' makes it text.
QString neutralised(const QString& text)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && kFormulaStarts.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString quoted(const QString& field)
{
    static const QString kNeedsQuotes = QStringLiteral(",\"\r\n");
    for (const QChar c : field) {
        if (kNeedsQuotes.contains(c)) {
            QString escaped = field;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            return QLatin1Char('"') + escaped + QLatin1Char('"');
        }
    }
    return field;
}

struct CsvCellVisitor {
    QString operator()(std::monostate) const { return {}; }
    QString operator()(const QString& text) const { return neutralised(text); }
    QString operator()(std::int64_t number) const { return QString::number(number); }
    QString operator()(Money money) const { return money.toPlainString(); }
    QString operator()(const QDate& date) const { return date.toString(Qt::ISODate); }
};

class CsvText {
public:
    void record(const QStringList& fields)
    {
        QStringList out;
        out.reserve(fields.size());
        for (const QString& field : fields)
            out << quoted(field);
        m_text += out.join(QLatin1Char(',')) + kLineEnd;
    }
    void textRecord(const QString& text) { record({neutralised(text)}); }
    void emptyRecord() { m_text += kLineEnd; }
    void row(const ReportRow& cells)
    {
        QStringList fields;
        fields.reserve(static_cast<qsizetype>(cells.size()));
        for (const ReportCell& cell : cells)
            fields << csvCellText(cell);
        record(fields);
    }
    const QString& text() const { return m_text; }

private:
    QString m_text;
};

} // namespace

QString csvCellText(const ReportCell& cell)
{
    return std::visit(CsvCellVisitor{}, cell);
}

QByteArray csvBytes(const ReportDocument& document)
{
    CsvText csv;
    csv.textRecord(document.title);
    for (const QString& line : headingLines(document))
        csv.textRecord(line);
    for (const ReportTable& table : document.tables) {
        csv.emptyRecord();
        if (!table.title.isEmpty())
            csv.textRecord(table.title);
        QStringList headers;
        for (const ReportColumn& column : table.columns)
            headers << neutralised(column.header);
        csv.record(headers);
        for (const ReportRow& row : table.rows)
            csv.row(row);
        if (table.totals)
            csv.row(*table.totals);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.text().toUtf8();
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
