// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstdint>

namespace simfleet::cli {

namespace {

bool plainUnit(QChar c)
{
    const char16_t unit = c.unicode();
    return unit >= 0x20 && unit != u'"' && unit != u'\\' && (unit < 0xD800 || unit > 0xDFFF);
}

// What Qt writes for the rare text that needs escapes or holds surrogates: its own output, so
// that no escaping rule has to be copied (a one-element array, brackets cut off).
void appendAsQtWrites(std::string& out, QStringView text)
{
    const QByteArray array =
        QJsonDocument(QJsonArray{text.toString()}).toJson(QJsonDocument::Compact);
    out.append(array.constData() + 1, static_cast<std::size_t>(array.size() - 2));
}

} // namespace

void appendJsonString(std::string& out, QStringView text)
{
    if (!std::all_of(text.begin(), text.end(), plainUnit)) {
        appendAsQtWrites(out, text);
        return;
    }
    // Every unit is a whole code point of the BMP: at most three bytes each.
    const std::size_t start = out.size();
    out.resize(start + 2 + 3 * static_cast<std::size_t>(text.size()));
    char* cursor = out.data() + start;
    *cursor++ = '"';
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit < 0x80) {
            *cursor++ = static_cast<char>(unit);
        } else if (unit < 0x800) {
            *cursor++ = static_cast<char>(0xC0 | (unit >> 6));
            *cursor++ = static_cast<char>(0x80 | (unit & 0x3F));
        } else {
            *cursor++ = static_cast<char>(0xE0 | (unit >> 12));
            *cursor++ = static_cast<char>(0x80 | ((unit >> 6) & 0x3F));
            *cursor++ = static_cast<char>(0x80 | (unit & 0x3F));
        }
    }
    *cursor++ = '"';
    out.resize(static_cast<std::size_t>(cursor - out.data()));
}

void JsonStrings::append(std::string& out, const QString& text)
{
    const auto address = reinterpret_cast<std::uintptr_t>(text.constData());
    Encoded& known = m_encoded[(address / alignof(char16_t)) % m_encoded.size()];
    // An encoded text is never empty (it has its quotes): an empty one is a slot not yet used,
    // whose null string may point where an empty text does.
    if (known.json.empty() || known.text.constData() != text.constData() ||
        known.text.size() != text.size()) {
        known.text = text;
        known.json.clear();
        appendJsonString(known.json, text);
    }
    out.append(known.json);
}

} // namespace simfleet::cli
