// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxExport.h"

#include "text/TextWidth.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>
#include <xlsxwriter.h>

namespace simfleet::exports {

namespace {

constexpr qsizetype kMaxSheetName = 31;
constexpr int kMinColumnWidth = 8;
constexpr int kMaxColumnWidth = 60;

// One set of formats per workbook; libxlsxwriter owns them.
struct Formats {
    explicit Formats(lxw_workbook* book)
    {
        title = workbook_add_format(book);
        format_set_bold(title);
        format_set_font_size(title, 14);
        section = workbook_add_format(book);
        format_set_bold(section);
        header = workbook_add_format(book);
        format_set_bold(header);
        format_set_bottom(header, LXW_BORDER_THIN);
        format_set_bg_color(header, 0xE8EEF4);
        for (std::size_t totalsRow = 0; totalsRow < 2; ++totalsRow) {
            for (const ColumnKind kind :
                 {ColumnKind::Text, ColumnKind::Integer, ColumnKind::Money, ColumnKind::Date}) {
                lxw_format* format = workbook_add_format(book);
                if (kind == ColumnKind::Integer)
                    format_set_num_format(format, "#,##0");
                else if (kind == ColumnKind::Money)
                    format_set_num_format(format, "#,##0.00");
                else if (kind == ColumnKind::Date)
                    format_set_num_format(format, "yyyy-mm-dd");
                if (totalsRow == 1) {
                    format_set_bold(format);
                    format_set_top(format, LXW_BORDER_THIN);
                }
                cells[totalsRow][static_cast<std::size_t>(kind)] = format;
            }
        }
        wrapped = workbook_add_format(book);
        format_set_text_wrap(wrapped);
        format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    }
    lxw_format* cell(ColumnKind kind, bool totals) const
    {
        return cells[totals ? 1 : 0][static_cast<std::size_t>(kind)];
    }

    lxw_format* title{nullptr};
    lxw_format* section{nullptr};
    lxw_format* header{nullptr};
    lxw_format* wrapped{nullptr};
    std::array<std::array<lxw_format*, 4>, 2> cells{};
};

lxw_col_t columnIndex(std::size_t column)
{
    return static_cast<lxw_col_t>(column);
}

class SheetWriter {
public:
    SheetWriter(lxw_worksheet* sheet, const Formats& formats) : m_sheet(sheet), m_formats(formats)
    {}

    void text(const QString& value, lxw_format* format)
    {
        note(worksheet_write_string(m_sheet, m_row, 0, value.toUtf8().constData(), format));
    }
    void nextRow() { ++m_row; }
    lxw_row_t row() const { return m_row; }

    void header(const std::vector<ReportColumn>& columns)
    {
        for (std::size_t i = 0; i < columns.size(); ++i)
            note(worksheet_write_string(m_sheet, m_row, columnIndex(i),
                                        columns[i].header.toUtf8().constData(), m_formats.header));
    }

    void cells(const ReportRow& row, const std::vector<ReportColumn>& columns, bool totals,
               const std::vector<bool>& wrapText)
    {
        for (std::size_t i = 0; i < row.size() && i < columns.size(); ++i) {
            lxw_format* format = m_formats.cell(columns[i].kind, totals);
            if (!totals && wrapText[i])
                format = m_formats.wrapped;
            write(columnIndex(i), row[i], format);
        }
    }

    lxw_error firstError() const { return m_error; }

private:
    void write(lxw_col_t column, const ReportCell& cell, lxw_format* format)
    {
        if (const auto* value = std::get_if<QString>(&cell)) {
            note(worksheet_write_string(m_sheet, m_row, column, value->toUtf8().constData(),
                                        format));
        } else if (const auto* number = std::get_if<std::int64_t>(&cell)) {
            note(worksheet_write_number(m_sheet, m_row, column, static_cast<double>(*number),
                                        format));
        } else if (const auto* money = std::get_if<Money>(&cell)) {
            // The file boundary: see the header for why fen / 100.0 keeps the amount exact.
            note(worksheet_write_number(m_sheet, m_row, column,
                                        static_cast<double>(money->fen()) / 100.0, format));
        } else if (const auto* date = std::get_if<QDate>(&cell)) {
            lxw_datetime day{date->year(), date->month(), date->day(), 0, 0, 0.0};
            note(worksheet_write_datetime(m_sheet, m_row, column, &day, format));
        } else if (format != nullptr) {
            note(worksheet_write_blank(m_sheet, m_row, column, format));
        }
    }

    void note(lxw_error error)
    {
        if (m_error == LXW_NO_ERROR)
            m_error = error;
    }

    lxw_worksheet* m_sheet;
    const Formats& m_formats;
    lxw_row_t m_row{0};
    lxw_error m_error{LXW_NO_ERROR};
};

// Widths in Excel's unit (about one Latin character): the widest content plus a margin.
std::vector<int> columnWidths(const ReportTable& table)
{
    std::vector<int> widths(table.columns.size(), kMinColumnWidth);
    const auto widen = [&widths](std::size_t column, const QString& text) {
        widths[column] = std::max(widths[column], displayWidth(text) + 2);
    };
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        widen(i, table.columns[i].header);
    const auto measure = [&](const ReportRow& row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widen(i, displayText(row[i]));
    };
    std::for_each(table.rows.begin(), table.rows.end(), measure);
    if (table.totals)
        measure(*table.totals);
    return widths;
}

void writeTable(lxw_worksheet* sheet, const Formats& formats, const ReportDocument& document,
                const ReportTable& table, lxw_error& error)
{
    SheetWriter writer(sheet, formats);
    writer.text(document.title, formats.title);
    writer.nextRow();
    for (const QString& line : headingLines(document)) {
        writer.text(line, nullptr);
        writer.nextRow();
    }
    if (!table.title.isEmpty()) {
        writer.text(table.title, formats.section);
        writer.nextRow();
    }
    writer.nextRow(); // a blank row before the table

    const std::vector<int> widths = columnWidths(table);
    std::vector<bool> wrapText(widths.size(), false);
    for (std::size_t i = 0; i < widths.size(); ++i) {
        wrapText[i] = widths[i] > kMaxColumnWidth && table.columns[i].kind == ColumnKind::Text;
        worksheet_set_column(sheet, columnIndex(i), columnIndex(i),
                             std::min(widths[i], kMaxColumnWidth), nullptr);
    }

    writer.header(table.columns);
    worksheet_freeze_panes(sheet, writer.row() + 1, 0);
    writer.nextRow();
    for (const ReportRow& row : table.rows) {
        writer.cells(row, table.columns, false, wrapText);
        writer.nextRow();
    }
    if (table.totals)
        writer.cells(*table.totals, table.columns, true, wrapText);
    if (error == LXW_NO_ERROR)
        error = writer.firstError();
}

// One sheet per table (at least one sheet, as a workbook needs); the first error, if any.
lxw_error addSheets(lxw_workbook* book, const ReportDocument& document)
{
    const Formats formats(book);
    lxw_error error = LXW_NO_ERROR;
    QStringList names;
    for (const ReportTable& table : document.tables) {
        names << sheetName(table.title.isEmpty() ? document.title : table.title, names);
        lxw_worksheet* sheet = workbook_add_worksheet(book, names.back().toUtf8().constData());
        if (sheet == nullptr)
            return LXW_ERROR_SHEETNAME_ALREADY_USED;
        writeTable(sheet, formats, document, table, error);
    }
    if (document.tables.empty()) {
        SheetWriter writer(workbook_add_worksheet(book, nullptr), formats);
        writer.text(document.title, formats.title);
        error = writer.firstError();
    }
    return error;
}

QString describeLxw(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

} // namespace

QString sheetName(const QString& title, const QStringList& taken)
{
    static const QString kForbidden = QStringLiteral("[]:*?/\\");
    QString base;
    for (const QChar c : title)
        base += kForbidden.contains(c) ? QLatin1Char('_') : c;
    base = base.simplified();
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    const auto fits = [](const QString& name, qsizetype room) {
        QString cut = name.left(room);
        if (!cut.isEmpty() && cut.back().isHighSurrogate()) // never split a character
            cut.chop(1);
        while (cut.endsWith(QLatin1Char('\'')))
            cut.chop(1);
        return cut;
    };
    const auto isTaken = [&taken](const QString& name) {
        return taken.contains(name, Qt::CaseInsensitive);
    };
    QString name = fits(base, kMaxSheetName);
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = fits(base, kMaxSheetName - suffix.size()) + suffix;
    }
    return name;
}

ExportStatus writeXlsx(const ReportDocument& document, const QString& path)
{
    // Written beside the target and moved over it when complete, so a failure leaves nothing.
    const QFileInfo target(path);
    QTemporaryFile partial(
        target.absoluteDir().filePath(target.fileName() + QStringLiteral(".XXXXXX.part")));
    if (!partial.open())
        return ExportError{ExportError::Kind::CannotWrite, path, partial.errorString()};
    partial.close();
    // Only the unique name is wanted: libxlsxwriter creates the file itself, with the usual
    // permissions rather than the temporary file's owner-only ones.
    QFile::remove(partial.fileName());
    const QByteArray partialName = QFile::encodeName(partial.fileName());

    lxw_workbook* book = workbook_new(partialName.constData());
    if (book == nullptr)
        return ExportError{ExportError::Kind::CannotWrite, path, QString()};

    const QByteArray title = document.title.toUtf8();
    const QByteArray company = document.company.toUtf8();
    lxw_doc_properties properties{};
    // The bytes outlive workbook_close below; the API takes char* but does not write to it.
    properties.title = const_cast<char*>(title.constData());
    if (!company.isEmpty())
        properties.company = const_cast<char*>(company.constData());
    lxw_error error = workbook_set_properties(book, &properties);

    if (error == LXW_NO_ERROR)
        error = addSheets(book, document);

    const lxw_error closed = workbook_close(book); // frees the workbook whatever happens
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR)
        return ExportError{ExportError::Kind::XlsxFailed, path, describeLxw(error)};

    std::error_code renamed;
    std::filesystem::rename(std::filesystem::path(partialName.toStdString()),
                            std::filesystem::path(QFile::encodeName(path).toStdString()), renamed);
    if (renamed)
        return ExportError{ExportError::Kind::CannotWrite, path,
                           QString::fromStdString(renamed.message())};
    partial.setAutoRemove(false); // it is the target now
    return std::nullopt;
}

} // namespace simfleet::exports
