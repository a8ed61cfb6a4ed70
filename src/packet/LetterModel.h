// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRgb>
#include <QString>
#include <QStringList>
#include <variant>
#include <vector>

namespace simfleet::packet {

// A letter as the typesetter sees it: the paragraphs and tables of the filled HTML template, with
// the sizes, colours, margins and borders its style sheet gives them. Lengths are in points.

struct TextRun {
    QString text;
    bool bold{false};
    qreal size{12};
    QRgb color{qRgb(0, 0, 0)};
};

struct Paragraph {
    std::vector<TextRun> runs;
    Qt::Alignment alignment{Qt::AlignLeft};
    qreal topMargin{0};
    qreal bottomMargin{0};
    qreal indent{0};            // of the first line
    qreal lineHeightPercent{0}; // of the face's natural line height; 0: natural
    qreal emptySize{12};        // the size of an empty paragraph's line
    bool pageBreakBefore{false};
    QStringList anchors;
};

struct TableCell {
    std::vector<Paragraph> paragraphs;
    int columnSpan{1};
    bool hasBackground{false};
    QRgb background{qRgb(255, 255, 255)};
};

struct Table {
    qreal widthPercent{100};
    std::vector<qreal> columnPercents; // per column; 0: shares what the others leave
    qreal padding{0};
    qreal border{0};
    QRgb borderColor{qRgb(0, 0, 0)};
    int headerRows{0};
    std::vector<std::vector<TableCell>> rows; // spanned places left out
    qreal topMargin{0};
    qreal bottomMargin{0};
    bool pageBreakBefore{false};
    QStringList anchors; // of the text in its cells
};

using LetterBlock = std::variant<Paragraph, Table>;

struct LetterModel {
    std::vector<LetterBlock> blocks;
};

// The letter of the HTML, read with QTextDocument's HTML parser (only its parser: nothing is laid
// out). Nested tables are read as their text.
LetterModel parseLetter(const QString& html);

} // namespace simfleet::packet
