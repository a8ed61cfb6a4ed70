// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AuditCanonicalText.h"

#include <algorithm>
#include <cstring>

namespace simfleet {

namespace {

// Reads bytes from the front; every step either consumes what it recognises or fails.
class Cursor {
public:
    explicit Cursor(QByteArrayView text)
        : m_at(reinterpret_cast<const unsigned char*>(text.data())), m_end(m_at + text.size())
    {}

    bool atEnd() const { return m_at == m_end; }
    const unsigned char* position() const { return m_at; }
    bool take(unsigned char byte)
    {
        if (m_at == m_end || *m_at != byte)
            return false;
        ++m_at;
        return true;
    }
    bool takeWord(const char* word)
    {
        const auto length = static_cast<std::ptrdiff_t>(std::strlen(word));
        if (m_end - m_at < length || std::memcmp(m_at, word, static_cast<std::size_t>(length)) != 0)
            return false;
        m_at += length;
        return true;
    }

    // One character of a string's text that Qt's reader and the canonical writer both leave as
    // it is: printable ASCII but the quote and the backslash, or one well-formed UTF-8 sequence
    // (Unicode's table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF) other than
    // U+FEFF. Stops before the closing quote.
    bool takeTextCharacter(bool asciiOnly)
    {
        const unsigned char lead = *m_at;
        if (lead < 0x80) {
            if (lead < 0x20 || lead == '"' || lead == '\\')
                return false;
            ++m_at;
            return true;
        }
        if (asciiOnly)
            return false;
        int continuations = 0;
        unsigned char low = 0x80; // the range of the byte after the lead
        unsigned char high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            continuations = 1;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            continuations = 2;
            if (lead == 0xe0)
                low = 0xa0;
            else if (lead == 0xed)
                high = 0x9f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            continuations = 3;
            if (lead == 0xf0)
                low = 0x90;
            else if (lead == 0xf4)
                high = 0x8f;
        } else {
            return false;
        }
        if (m_end - m_at <= continuations || m_at[1] < low || m_at[1] > high)
            return false;
        for (int i = 2; i <= continuations; ++i) {
            if (m_at[i] < 0x80 || m_at[i] > 0xbf)
                return false;
        }
        if (lead == 0xef && m_at[1] == 0xbb && m_at[2] == 0xbf)
            return false; // U+FEFF
        m_at += continuations + 1;
        return true;
    }

    // The text up to (not including) a closing quote or the end.
    bool takeText(bool asciiOnly)
    {
        while (m_at != m_end && *m_at != '"') {
            if (!takeTextCharacter(asciiOnly))
                return false;
        }
        return true;
    }

    bool takeString(bool asciiOnly) { return take('"') && takeText(asciiOnly) && take('"'); }

    // An integer Qt reads exactly and writes back in the same digits: no leading zero, no "-0",
    // at most 15 digits (below 2^53, where a double still holds every integer).
    bool takeInteger()
    {
        const bool negative = take('-');
        const unsigned char* const first = m_at;
        while (m_at != m_end && *m_at >= '0' && *m_at <= '9')
            ++m_at;
        const std::ptrdiff_t digits = m_at - first;
        if (digits == 0 || digits > 15)
            return false;
        if (*first == '0' && (digits > 1 || negative))
            return false;
        return true;
    }

    bool takeValue()
    {
        if (m_at == m_end)
            return false;
        switch (*m_at) {
        case '"':
            return takeString(false);
        case 't':
            return takeWord("true");
        case 'f':
            return takeWord("false");
        case 'n':
            return takeWord("null");
        default:
            return takeInteger();
        }
    }

private:
    const unsigned char* m_at;
    const unsigned char* m_end;
};

} // namespace

bool isCanonicalStringText(QByteArrayView utf8)
{
    Cursor cursor(utf8);
    return cursor.takeText(false) && cursor.atEnd();
}

bool isCanonicalJsonObjectText(QByteArrayView json)
{
    Cursor cursor(json);
    if (!cursor.take('{'))
        return false;
    if (cursor.take('}'))
        return cursor.atEnd();
    // Qt keeps an object's keys sorted (and one of each); for ASCII keys its order is the bytes'.
    QByteArrayView previousKey;
    for (;;) {
        const auto* keyStart = reinterpret_cast<const char*>(cursor.position()) + 1;
        if (!cursor.takeString(true))
            return false;
        const QByteArrayView key(keyStart, reinterpret_cast<const char*>(cursor.position()) - 1);
        if (!previousKey.isNull() &&
            !std::lexicographical_compare(
                previousKey.begin(), previousKey.end(), key.begin(), key.end(), [](char a, char b) {
                    return static_cast<unsigned char>(a) < static_cast<unsigned char>(b);
                }))
            return false;
        previousKey = key;
        if (!cursor.take(':') || !cursor.takeValue())
            return false;
        if (cursor.take('}'))
            return cursor.atEnd();
        if (!cursor.take(','))
            return false;
    }
}

} // namespace simfleet
