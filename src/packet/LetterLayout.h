// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LetterModel.h"

#include <QRectF>
#include <QRgb>
#include <vector>

namespace simfleet::packet {

struct LetterFonts;

// Anchors a letter template puts in a table (<a name="...">) to ask for the rules below.
inline constexpr char kKeepTogetherAnchor[] = "keep-together"; // never split across pages
inline constexpr char kLineListAnchor[] = "line-list";         // no lone rows on a last page

// A list ending on a page of its own leaves at least this many of its rows there.
inline constexpr int kMinRowsOnLastPage = 3;

// A4 in points, with 2 cm margins.
inline constexpr qreal kPageWidth = 210 / 25.4 * 72;
inline constexpr qreal kPageHeight = 297 / 25.4 * 72;
inline constexpr qreal kPageMargin = 20 / 25.4 * 72;

// Glyphs of one face, size and colour set on one line from x on (points from the page's top
// left; y is the baseline).
struct GlyphRun {
    qreal x{0};
    qreal y{0};
    bool bold{false};
    qreal size{12};
    QRgb color{qRgb(0, 0, 0)};
    std::vector<quint16> cids;
};

struct FilledRect {
    QRectF rect;
    QRgb color;
};

struct StrokedRect {
    QRectF rect;
    qreal width;
    QRgb color;
};

struct LetterPage {
    std::vector<FilledRect> fills; // drawn first
    std::vector<StrokedRect> strokes;
    std::vector<GlyphRun> text;
};

// Where a table of the letter went: the page of each row but the header rows, in order.
struct PlacedTable {
    QStringList anchors;
    std::vector<int> rowPages;
    int firstPage{0};
    int lastPage{0};
};

struct LetterLayout {
    std::vector<LetterPage> pages;
    std::vector<PlacedTable> tables; // in the letter's order
};

// The letter set on A4 pages with 2 cm margins and "第 1 页 / 共 2 页" at the foot of each: lines
// broken as LineBreaking.h says, a table's header rows repeated on every page it runs onto, a
// row never split, a table marked keep-together (the seal and signature block) moved whole to the
// next page rather than split, the table marked line-list never leaving fewer than
// kMinRowsOnLastPage of its rows on its last page (what follows the list counts as on that
// page). A table's columns take the widths the HTML gives them; the others share the rest.
LetterLayout layOutLetter(const LetterModel& letter, const LetterFonts& fonts);

} // namespace simfleet::packet
