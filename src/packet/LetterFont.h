// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace simfleet::packet {

// The typeface of the packet's letters: one Chinese serif (宋体-style) throughout, Noto Serif CJK
// SC from fonts-noto-cjk, with the installed sans-serif fonts behind it only for a character it
// lacks.
//
// Why a copy of it: with Qt 6.4 the PDF's text map gives each glyph the LOWEST code point that
// draws it, and Noto CJK draws 大, 一, 月, 用 ... with the same glyphs as the Kangxi radicals
// ⼤, ⼀, ⽉, ⽤ (U+2F00...), so pdftotext, a reader's search and copy would read radicals; and
// digits among Latin letters come out as substituted glyphs that read back as nothing. The copy
// registered here (in memory, under its own family name) maps those radical code points to
// nothing and substitutes no glyph, so the text reads back as written. When the font files are not
// found the installed Noto Serif CJK SC is used as it is.
QStringList letterFontFamilies();

// The family letterFontFamilies() puts first, for checks (pdffonts names it).
QString letterFontFamily();

// The face named wantedFamily of an sfnt or TTC file's bytes, as a standalone OpenType font whose
// cmap drops the CJK radical code points (U+2E80..U+2FDF) that share a glyph with an ideograph,
// without glyph substitutions (GSUB: digits among Latin letters would be swapped for glyphs no
// code point names, and read back as nothing), and whose name table says `family` and `style`.
// Nothing when the bytes are not such a font. (Exposed for tests.)
std::optional<QByteArray> fontWithoutRadicals(const QByteArray& file, const QString& wantedFamily,
                                              const QString& family, const QString& style);

} // namespace simfleet::packet
