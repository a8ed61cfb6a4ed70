// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/TextWidth.h"

#include <QList>

namespace simfleet {

namespace {

bool isZeroWidth(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
           category == QChar::Other_Format || c == 0x200B;
}

QString spaces(int count)
{
    return count > 0 ? QString(count, QLatin1Char(' ')) : QString();
}

} // namespace

// The East Asian Width "W" and "F" ranges that matter in practice (Unicode 15, UAX #11).
bool isWideCharacter(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) ||   // Hangul Jamo initials
           (c >= 0x2E80 && c <= 0x303E) ||   // CJK radicals, punctuation
           (c >= 0x3041 && c <= 0x33FF) ||   // kana, CJK symbols
           (c >= 0x3400 && c <= 0x4DBF) ||   // CJK extension A
           (c >= 0x4E00 && c <= 0x9FFF) ||   // CJK unified ideographs
           (c >= 0xA000 && c <= 0xA4CF) ||   // Yi
           (c >= 0xAC00 && c <= 0xD7A3) ||   // Hangul syllables
           (c >= 0xF900 && c <= 0xFAFF) ||   // CJK compatibility ideographs
           (c >= 0xFE30 && c <= 0xFE4F) ||   // CJK compatibility forms
           (c >= 0xFF00 && c <= 0xFF60) ||   // fullwidth forms
           (c >= 0xFFE0 && c <= 0xFFE6) ||   // fullwidth signs (￥)
           (c >= 0x1F300 && c <= 0x1F64F) || // pictographs, emoticons
           (c >= 0x1F900 && c <= 0x1F9FF) || // supplemental symbols
           (c >= 0x20000 && c <= 0x3FFFD);   // CJK extensions B and beyond
}

int displayWidth(QStringView text)
{
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const auto c = static_cast<char32_t>(codePoint);
        if (isZeroWidth(c))
            continue;
        width += isWideCharacter(c) ? 2 : 1;
    }
    return width;
}

QString padRight(const QString& text, int width)
{
    return text + spaces(width - displayWidth(text));
}

QString padLeft(const QString& text, int width)
{
    return spaces(width - displayWidth(text)) + text;
}

} // namespace simfleet
