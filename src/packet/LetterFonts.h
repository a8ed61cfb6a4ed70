// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <unordered_map>
#include <vector>

namespace simfleet::packet {

// The typeface of the packet's letters: Noto Serif CJK SC (fonts-noto-cjk), a Chinese serif
// (宋体-style), Regular and Bold, cut down ONCE per export (HarfBuzz's hb-subset) to the
// characters the export's letters can print. Every PDF of the export embeds the same bytes.
//
// Text is not shaped: each character is the glyph the font's cmap gives it, with its advance, so
// the PDF's text map is the map built here (character → CID) turned around, and text reads back
// as written (no radical code points for 大 一 月, no digit variants without a code point).

// The glyph of a character in a face: its CID (what the PDF's Identity-H strings hold) and its
// advance in thousandths of an em. cid 0 (.notdef) when the face lacks the character.
struct LetterGlyph {
    quint16 cid{0};
    quint16 advance{0};
};

class LetterFace {
public:
    // The glyph drawing `codePoint`; cid 0 when this subset lacks it.
    LetterGlyph glyph(char32_t codePoint) const
    {
        if (codePoint < m_bmp.size())
            return m_bmp[codePoint];
        const auto it = m_astral.find(codePoint);
        return it == m_astral.end() ? LetterGlyph{} : it->second;
    }
    // Ascender and descender (positive) of the face's lines, in thousandths of an em.
    int ascender() const { return m_ascender; }
    int descender() const { return m_descender; }

    // For the PDF writer: "ABCDEF+NotoSerifCJKsc-Regular", the subset's CFF (CID-keyed) deflated,
    // and its widths and text map as PDF objects' bodies.
    const QByteArray& pdfName() const { return m_pdfName; }
    const QByteArray& deflatedCff() const { return m_deflatedCff; }
    const QByteArray& widths() const { return m_widths; }               // the /W array
    const QByteArray& deflatedToUnicode() const { return m_toUnicode; } // a ToUnicode CMap
    // The font's box in thousandths of an em: xMin yMin xMax yMax.
    const QByteArray& boundingBox() const { return m_bbox; }
    // The characters the subset has, for tests.
    std::vector<char32_t> characters() const;

private:
    friend class LetterFontsBuilder;
    std::vector<LetterGlyph> m_bmp = std::vector<LetterGlyph>(0x10000);
    std::unordered_map<char32_t, LetterGlyph> m_astral;
    int m_ascender{880};
    int m_descender{120};
    QByteArray m_pdfName, m_deflatedCff, m_widths, m_toUnicode, m_bbox;
};

// The two faces of one export. Made in the calling thread before any worker starts, read-only
// afterwards, so the pool's threads share it without locks.
struct LetterFonts {
    LetterFace regular;
    LetterFace bold;

    // Subsets of Noto Serif CJK SC Regular and Bold holding the given characters, plus printable
    // ASCII and the page footer's. A missing Bold file gives the Regular face for both;
    // FileUnreadable (detail: the font file's name) when the Regular face cannot be found.
    static Result<std::shared_ptr<const LetterFonts>> make(const QString& regularText,
                                                           const QString& boldText);
};

} // namespace simfleet::packet
