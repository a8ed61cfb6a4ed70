// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace simfleet {

// Checks bytes for well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF),
// fed in chunks of any size, so a large file can be checked without holding it.
class Utf8Validator {
public:
    // False once an ill-formed sequence has been seen (and from then on).
    bool feed(QByteArrayView bytes);
    bool valid() const { return !m_invalid; }
    // True when the bytes fed so far end inside a multi-byte sequence.
    bool midSequence() const { return m_pending > 0; }
    // Complete multi-byte sequences seen: evidence for UTF-8 rather than plain ASCII.
    long long multibyteCount() const { return m_multibyte; }

private:
    bool acceptContinuation(unsigned char byte);
    bool acceptLead(unsigned char byte);

    int m_pending{0}; // continuation bytes still expected
    unsigned char m_low{0x80};
    unsigned char m_high{0xBF};
    bool m_invalid{false};
    long long m_multibyte{0};
};

} // namespace simfleet
