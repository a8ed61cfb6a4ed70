// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <vector>

namespace simfleet::packet {

// Line breaking for Chinese letters: a line may break between any two Chinese characters, but
// never before closing punctuation (，。、）；：」 …) nor after opening punctuation (（「 …); a
// run of Latin letters, digits and their punctuation (a USCC, PAY-1, 0571-88886666) stays whole;
// a line breaks after spaces, which hang at its end. U+2028 and '\n' end a line.

// Whether a line may end between `before` and `after`.
bool mayBreakBetween(char32_t before, char32_t after);

// Spaces: a line may end after them, and they do not count toward its width there.
bool isBreakingSpace(char32_t c);

struct TextLine {
    std::size_t begin{0}; // index of the first character
    std::size_t end{0};   // one past the last character shown (hanging spaces and a forced
                          // break left out)
};

// The lines of `text` (each character's advance in `widths`), the first `firstWidth` wide, the
// others `width`. Greedy: each line takes what fits up to its last break opportunity; a word
// wider than a whole line is cut where it overflows. Empty text gives one empty line.
std::vector<TextLine> breakLines(const std::vector<char32_t>& text,
                                 const std::vector<qreal>& widths, qreal firstWidth, qreal width);

} // namespace simfleet::packet
