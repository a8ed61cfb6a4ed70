// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineBreaking.h"

#include <algorithm>

namespace simfleet::packet {

namespace {

bool isForcedBreak(char32_t c)
{
    return c == 0x2028 || c == 0x2029 || c == '\n';
}

// Never at the start of a line (GB/T 15834 and JIS X 4051 kinsoku, the common part).
bool isClosing(char32_t c)
{
    static constexpr char32_t kClosing[] = {
        U'，', U'。', U'、', U'．', U'）', U'；', U'：', U'」', U'』', U'》', U'〉', U'】', U'〕',
        U'〗', U'！', U'？', U'’',  U'”',  U'…',  U'‰',  U'℃',  U'・', U'·',  U'〃', U'々', U'ー',
        U'～', U',',  U'.',  U';',  U':',  U'!',  U'?',  U')',  U']',  U'}',  U'%'};
    return std::find(std::begin(kClosing), std::end(kClosing), c) != std::end(kClosing);
}

// Never at the end of a line.
bool isOpening(char32_t c)
{
    static constexpr char32_t kOpening[] = {U'（', U'「', U'『', U'《', U'〈', U'【', U'〔',
                                            U'〖', U'‘',  U'“',  U'(',  U'[',  U'{'};
    return std::find(std::begin(kOpening), std::end(kOpening), c) != std::end(kOpening);
}

// Latin, digits and the punctuation between them: kept together as a word. Everything from the
// CJK blocks on (U+2E80) breaks per character.
bool isWordCharacter(char32_t c)
{
    return c < 0x2E80 && !isBreakingSpace(c) && !isForcedBreak(c) && c != 0x2014 && c != 0x2026;
}

} // namespace

bool isBreakingSpace(char32_t c)
{
    return c == ' ' || c == '\t' || c == 0x3000;
}

bool mayBreakBetween(char32_t before, char32_t after)
{
    if (isClosing(after) || isOpening(before) || isBreakingSpace(after))
        return false;
    if (isBreakingSpace(before))
        return true;
    return !(isWordCharacter(before) && isWordCharacter(after));
}

std::vector<TextLine> breakLines(const std::vector<char32_t>& text,
                                 const std::vector<qreal>& widths, qreal firstWidth, qreal width)
{
    std::vector<TextLine> lines;
    const std::size_t count = text.size();
    std::size_t start = 0;
    while (start < count || lines.empty()) {
        const qreal available = lines.empty() ? firstWidth : width;
        qreal used = 0;
        std::size_t lastBreak = 0; // 0: none yet on this line
        std::size_t next = count;
        std::size_t end = count;
        for (std::size_t i = start; i < count; ++i) {
            if (isForcedBreak(text[i])) {
                end = i;
                next = i + 1;
                break;
            }
            if (i > start && mayBreakBetween(text[i - 1], text[i]))
                lastBreak = i;
            if (i > start && !isBreakingSpace(text[i]) && used + widths[i] > available) {
                next = lastBreak > start ? lastBreak : i;
                // A word wider than the line is cut, but not before closing punctuation: the
                // word's last characters go over with it.
                while (lastBreak <= start && next > start + 1 && isClosing(text[next]))
                    --next;
                end = next;
                break;
            }
            used += widths[i];
        }
        while (end > start && isBreakingSpace(text[end - 1]))
            --end;
        lines.push_back({start, end});
        if (next >= count)
            break;
        start = next;
    }
    return lines;
}

} // namespace simfleet::packet
