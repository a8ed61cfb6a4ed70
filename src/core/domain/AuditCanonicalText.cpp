// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AuditCanonicalText.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace simfleet {

namespace {

// Printable ASCII other than the quote and the backslash: written as it is read.
constexpr std::array<bool, 256> kPlainAscii = [] {
    std::array<bool, 256> plain{};
    for (int byte = 0x20; byte < 0x80; ++byte)
        plain[static_cast<std::size_t>(byte)] = byte != '"' && byte != '\\';
    return plain;
}();

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

    // The text up to (not including) a closing quote or the end: characters that Qt's reader
    // and the canonical writer both leave as they are.
    bool takeText(bool asciiOnly)
    {
        for (;;) {
            skipPlainAscii();
            while (m_at != m_end && kPlainAscii[*m_at])
                ++m_at;
            if (m_at == m_end || *m_at == '"')
                return true;
            if (*m_at < 0x80 || asciiOnly || !takeUtf8Sequence())
                return false; // a control character, the backslash of an escape
        }
    }

    // One well-formed UTF-8 sequence of two to four bytes (Unicode's table 3-7: no overlong
    // forms, no surrogates, nothing past U+10FFFF) other than U+FEFF.
    bool takeUtf8Sequence()
    {
        const unsigned char lead = *m_at;
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

    // Eight bytes at a time while all are printable ASCII other than the quote and the
    // backslash (most of every row); the rest goes byte by byte.
    void skipPlainAscii()
    {
        constexpr std::uint64_t kOnes = 0x0101010101010101u;
        constexpr std::uint64_t kHighs = 0x8080808080808080u;
        const auto hasZeroByte = [](std::uint64_t word) {
            return (word - kOnes) & ~word & kHighs;
        };
        while (m_end - m_at >= 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, m_at, sizeof word);
            const std::uint64_t unusual = (word & kHighs) |                          // not ASCII
                                          ((word - 0x20 * kOnes) & ~word & kHighs) | // control
                                          hasZeroByte(word ^ ('"' * kOnes)) |
                                          hasZeroByte(word ^ ('\\' * kOnes));
            if (unusual != 0)
                return;
            m_at += 8;
        }
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

// Byte order, which for ASCII keys is Qt's order of an object's keys.
bool isBefore(QByteArrayView a, QByteArrayView b)
{
    const int common =
        std::memcmp(a.data(), b.data(), static_cast<std::size_t>(std::min(a.size(), b.size())));
    return common < 0 || (common == 0 && a.size() < b.size());
}

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
        if (!previousKey.isNull() && !isBefore(previousKey, key))
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
