// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <utility>

class QTextDocument;

namespace simfleet::packet {

// Anchors a letter template puts in a table (<a name="...">) to ask for the rules below.
inline constexpr char kKeepTogetherAnchor[] = "keep-together"; // never split across pages
inline constexpr char kLineListAnchor[] = "line-list";         // no lone rows on a last page

// A list ending on a page of its own leaves at least this many of its rows there.
inline constexpr int kMinRowsOnLastPage = 3;

// The HTML as an A4 PDF with 2 cm margins and "第 1 页 / 共 2 页" at the foot, laid out as a
// business hall expects: a table marked keep-together (the seal and signature block) is moved
// whole to the next page rather than split; the table marked line-list never leaves fewer than
// kMinRowsOnLastPage of its rows on the page it ends on (rows move over together, under the
// repeated header). Set in the letter typeface (letterFontFamilies). Needs a QGuiApplication:
// FileUnwritable otherwise.
Result<QByteArray> renderPdf(const QString& html, const QString& title);

// The document renderPdf prints, laid out on its pages (for tests of the layout rules): page
// size and margins set, the rules applied. Needs a QGuiApplication.
void layOutLetter(QTextDocument& document, const QString& html);

// The page (0-based) each row of the table marked `anchor` starts on, in row order, header rows
// left out; the rows the rules moved to a later page follow. Empty when no table carries the
// anchor.
QList<int> tableRowPages(QTextDocument& document, const char* anchor);

// The first and last page of each table marked `anchor`.
QList<std::pair<int, int>> tablePages(QTextDocument& document, const char* anchor);

} // namespace simfleet::packet
