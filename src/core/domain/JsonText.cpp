// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/JsonText.h"

#include <QChar>
#include <charconv>

namespace simfleet {

namespace {

char hexDigit(unsigned value)
{
    return "0123456789abcdef"[value & 0xfu];
}

void appendUnicodeEscape(std::string& out, char16_t unit)
{
    const char escape[6] = {
        '\\',          'u', hexDigit(unit >> 12u), hexDigit(unit >> 8u), hexDigit(unit >> 4u),
        hexDigit(unit)};
    out.append(escape, sizeof escape);
}

// ASCII as Qt writes it: quote, backslash and control characters escaped, the rest (DEL
// included) as is.
void appendAscii(std::string& out, char16_t unit)
{
    if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
        out.push_back(static_cast<char>(unit));
        return;
    }
    switch (unit) {
    case u'"':
        out.append("\\\"");
        break;
    case u'\\':
        out.append("\\\\");
        break;
    case u'\b':
        out.append("\\b");
        break;
    case u'\f':
        out.append("\\f");
        break;
    case u'\n':
        out.append("\\n");
        break;
    case u'\r':
        out.append("\\r");
        break;
    case u'\t':
        out.append("\\t");
        break;
    default:
        appendUnicodeEscape(out, unit);
    }
}

void appendUtf8(std::string& out, char32_t code)
{
    if (code < 0x800) {
        out.push_back(static_cast<char>(0xc0u | (code >> 6u)));
    } else if (code < 0x10000) {
        out.push_back(static_cast<char>(0xe0u | (code >> 12u)));
        out.push_back(static_cast<char>(0x80u | ((code >> 6u) & 0x3fu)));
    } else {
        out.push_back(static_cast<char>(0xf0u | (code >> 18u)));
        out.push_back(static_cast<char>(0x80u | ((code >> 12u) & 0x3fu)));
        out.push_back(static_cast<char>(0x80u | ((code >> 6u) & 0x3fu)));
    }
    out.push_back(static_cast<char>(0x80u | (code & 0x3fu)));
}

} // namespace

void appendJsonString(std::string& out, QStringView text)
{
    out.push_back('"');
    const char16_t* unit = text.utf16();
    const char16_t* const end = unit + text.size();
    while (unit != end) {
        const char16_t current = *unit++;
        if (current < 0x80) {
            appendAscii(out, current);
        } else if (!QChar::isSurrogate(current)) {
            appendUtf8(out, current);
        } else if (QChar::isHighSurrogate(current) && unit != end && QChar::isLowSurrogate(*unit)) {
            appendUtf8(out, QChar::surrogateToUcs4(current, *unit++));
        } else {
            appendUnicodeEscape(out, current);
        }
    }
    out.push_back('"');
}

void appendJsonUtf8String(std::string& out, std::string_view utf8)
{
    out.push_back('"');
    std::size_t plain = 0; // start of the run written as it is
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte >= 0x80 || (byte >= 0x20 && byte != '"' && byte != '\\'))
            continue;
        out.append(utf8.substr(plain, i - plain));
        appendAscii(out, byte);
        plain = i + 1;
    }
    out.append(utf8.substr(plain));
    out.push_back('"');
}

void appendJsonInteger(std::string& out, std::int64_t value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, static_cast<std::size_t>(result.ptr - digits));
}

} // namespace simfleet
