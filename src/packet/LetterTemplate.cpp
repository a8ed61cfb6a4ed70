// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterTemplate.h"

namespace simfleet::packet {

namespace {

// As the HTML parser reads text: any run of white space is one space.
QString collapsed(const QString& value)
{
    QString out;
    out.reserve(value.size());
    bool space = false;
    for (const QChar c : value) {
        const bool isSpace = c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
        if (isSpace && space)
            continue;
        out += isSpace ? QChar(u' ') : c;
        space = isSpace;
    }
    return out;
}

void fillParagraph(Paragraph& paragraph, const QHash<QString, QString>& values)
{
    for (TextRun& run : paragraph.runs)
        run.text = withValues(run.text, values);
}

void fillCells(std::vector<TableCell>& cells, const QHash<QString, QString>& values)
{
    for (TableCell& cell : cells) {
        for (Paragraph& paragraph : cell.paragraphs)
            fillParagraph(paragraph, values);
    }
}

bool holdsPlaceholderOf(const std::vector<TableCell>& cells, const QString& rowHtml)
{
    for (const TableCell& cell : cells) {
        for (const Paragraph& paragraph : cell.paragraphs) {
            for (const TextRun& run : paragraph.runs) {
                const qsizetype open = run.text.indexOf(QLatin1String("{{"));
                const qsizetype close = run.text.indexOf(QLatin1String("}}"), open);
                if (open >= 0 && close > open &&
                    rowHtml.contains(run.text.mid(open, close + 2 - open)))
                    return true;
            }
        }
    }
    return false;
}

} // namespace

QString withValues(const QString& text, const QHash<QString, QString>& values)
{
    qsizetype open = text.indexOf(QLatin1String("{{"));
    if (open < 0)
        return text;
    QString out;
    qsizetype from = 0;
    while (open >= 0) {
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break;
        const auto it = values.constFind(text.mid(open + 2, close - open - 2));
        if (it == values.constEnd()) {
            open = text.indexOf(QLatin1String("{{"), open + 2);
            continue;
        }
        out += QStringView(text).mid(from, open - from);
        out += collapsed(*it);
        from = close + 2;
        open = text.indexOf(QLatin1String("{{"), from);
    }
    out += QStringView(text).mid(from);
    return out;
}

LetterTemplate::LetterTemplate(const QString& html, const QString& rowsPlaceholder,
                               const QString& rowHtml)
{
    QString filled = html;
    filled.replace(QStringLiteral("{{%1}}").arg(rowsPlaceholder), rowHtml);
    m_model = parseLetter(filled);
    for (std::size_t block = 0; block < m_model.blocks.size() && !m_hasRows; ++block) {
        const auto* table = std::get_if<Table>(&m_model.blocks[block]);
        for (std::size_t row = 0; table != nullptr && row < table->rows.size(); ++row) {
            if (int(row) >= table->headerRows && holdsPlaceholderOf(table->rows[row], rowHtml)) {
                m_hasRows = true;
                m_rowsBlock = block;
                m_rowIndex = row;
                break;
            }
        }
    }
}

LetterModel LetterTemplate::fill(const QHash<QString, QString>& values,
                                 const std::vector<QHash<QString, QString>>& rows) const
{
    LetterModel letter = m_model;
    for (std::size_t block = 0; block < letter.blocks.size(); ++block) {
        if (auto* paragraph = std::get_if<Paragraph>(&letter.blocks[block])) {
            fillParagraph(*paragraph, values);
            continue;
        }
        Table& table = std::get<Table>(letter.blocks[block]);
        std::vector<std::vector<TableCell>> filled;
        filled.reserve(table.rows.size() + rows.size());
        for (std::size_t row = 0; row < table.rows.size(); ++row) {
            if (m_hasRows && block == m_rowsBlock && row == m_rowIndex) {
                for (const QHash<QString, QString>& rowValues : rows) {
                    filled.push_back(table.rows[row]);
                    fillCells(filled.back(), rowValues);
                }
                continue;
            }
            filled.push_back(std::move(table.rows[row]));
            fillCells(filled.back(), values);
        }
        table.rows = std::move(filled);
    }
    return letter;
}

} // namespace simfleet::packet
