// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LetterModel.h"

#include <QHash>
#include <QString>
#include <vector>

namespace simfleet::packet {

// A letter template read once per export. Its HTML is parsed (QTextDocument's parser, as
// parseLetter) with the {{placeholders}} left in the text, and the rows of a repeated table as a
// pattern row; fill() then makes each packet's letter by putting the values into that text. The
// values are plain text (HTML-escaped when filled into HTML), so this gives the letter that
// filling the HTML and parsing it again would give, without parsing it again.
class LetterTemplate {
public:
    LetterTemplate() = default;
    // `rowsPlaceholder` in the HTML is replaced by `rowHtml`, one table row whose placeholders
    // name a row's values: the pattern fill() repeats per row.
    LetterTemplate(const QString& html, const QString& rowsPlaceholder, const QString& rowHtml);

    // The letter with every {{name}} of `values` replaced (white space collapsed as HTML does),
    // and the pattern row repeated for each of `rows`. Unknown placeholders stay as they are, so a
    // typo in an edited template shows on the page.
    LetterModel fill(const QHash<QString, QString>& values,
                     const std::vector<QHash<QString, QString>>& rows) const;

    // The template as parsed, placeholders unfilled, the pattern row once.
    const LetterModel& unfilled() const { return m_model; }

private:
    LetterModel m_model;
    std::size_t m_rowsBlock{0}; // the table holding the pattern row, when m_hasRows
    std::size_t m_rowIndex{0};
    bool m_hasRows{false};
};

// `text` with each {{name}} replaced by its value in `values` (white space collapsed).
QString withValues(const QString& text, const QHash<QString, QString>& values);

} // namespace simfleet::packet
