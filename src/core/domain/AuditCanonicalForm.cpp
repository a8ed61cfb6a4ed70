// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AuditCanonicalForm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

// Written by hand because the QJsonArray/QJsonDocument round trip cost about 84,000 instructions
// per row, a third of a bulk import. Every rule below mirrors Qt's JSON writer (qjsonwriter.cpp);
// where a value is rare and its formatting subtle (fractional or huge numbers, nested containers,
// dates outside 1..9999) the writer itself is asked, for that value only.

namespace simfleet {

namespace {

// Bytes written through a raw cursor: QByteArray::append(char) checks for sharing and capacity on
// every call, which cost more than the escaping itself. Each writer asks for room first.
class JsonBytes {
public:
    explicit JsonBytes(qsizetype capacity) : m_bytes(capacity, Qt::Uninitialized)
    {
        m_cursor = m_bytes.data();
    }

    void makeRoom(qsizetype count)
    {
        const qsizetype used = m_cursor - m_bytes.constData();
        if (used + count > m_bytes.size()) {
            m_bytes.resize(std::max(2 * m_bytes.size(), used + count));
            m_cursor = m_bytes.data() + used;
        }
    }
    // Unchecked: inside a piece whose room was asked for.
    void append(char byte) { *m_cursor++ = byte; }
    // Checked: punctuation between pieces.
    void appendWithRoom(char byte)
    {
        makeRoom(1);
        append(byte);
    }
    void append(const char* bytes, qsizetype count)
    {
        std::memcpy(m_cursor, bytes, static_cast<std::size_t>(count));
        m_cursor += count;
    }
    qsizetype size() const { return m_cursor - m_bytes.constData(); }
    const char* data() const { return m_bytes.constData(); }
    QByteArray finish() &&
    {
        m_bytes.truncate(m_cursor - m_bytes.constData());
        return std::move(m_bytes);
    }

private:
    QByteArray m_bytes;
    char* m_cursor{nullptr};
};

char hexDigit(unsigned value)
{
    return "0123456789abcdef"[value & 0xfu];
}

void appendUnicodeEscape(JsonBytes& out, char16_t unit)
{
    const char escape[6] = {
        '\\',          'u', hexDigit(unit >> 12u), hexDigit(unit >> 8u), hexDigit(unit >> 4u),
        hexDigit(unit)};
    out.append(escape, 6);
}

// ASCII as Qt writes it: quote, backslash and control characters escaped (short forms where
// JSON has them, \u00XX otherwise), everything else (DEL included) as is.
void appendAsciiEscaped(JsonBytes& out, char16_t unit)
{
    if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
        out.append(static_cast<char>(unit));
        return;
    }
    switch (unit) {
    case u'"':
        out.append("\\\"", 2);
        break;
    case u'\\':
        out.append("\\\\", 2);
        break;
    case u'\b':
        out.append("\\b", 2);
        break;
    case u'\f':
        out.append("\\f", 2);
        break;
    case u'\n':
        out.append("\\n", 2);
        break;
    case u'\r':
        out.append("\\r", 2);
        break;
    case u'\t':
        out.append("\\t", 2);
        break;
    default:
        appendUnicodeEscape(out, unit);
    }
}

void appendUtf8(JsonBytes& out, char32_t code)
{
    char bytes[4];
    qsizetype length = 0;
    if (code < 0x800) {
        bytes[length++] = static_cast<char>(0xc0u | (code >> 6u));
    } else if (code < 0x10000) {
        bytes[length++] = static_cast<char>(0xe0u | (code >> 12u));
        bytes[length++] = static_cast<char>(0x80u | ((code >> 6u) & 0x3fu));
    } else {
        bytes[length++] = static_cast<char>(0xf0u | (code >> 18u));
        bytes[length++] = static_cast<char>(0x80u | ((code >> 12u) & 0x3fu));
        bytes[length++] = static_cast<char>(0x80u | ((code >> 6u) & 0x3fu));
    }
    bytes[length++] = static_cast<char>(0x80u | (code & 0x3fu));
    out.append(bytes, length);
}

// A JSON string: non-ASCII as raw UTF-8; a surrogate without its partner cannot be UTF-8, so
// Qt writes it as \uXXXX (lower-case hex) and so do we.
void appendJsonString(JsonBytes& out, QStringView text)
{
    out.makeRoom(6 * text.size() + 2); // at worst every unit becomes \uXXXX
    out.append('"');
    const char16_t* unit = text.utf16();
    const char16_t* const end = unit + text.size();
    while (unit != end) {
        const char16_t current = *unit++;
        if (current >= 0x20 && current < 0x80 && current != u'"' && current != u'\\') {
            out.append(static_cast<char>(current)); // most of every row: written as it is
        } else if (current < 0x80) {
            appendAsciiEscaped(out, current);
        } else if (!QChar::isSurrogate(current)) {
            appendUtf8(out, current);
        } else if (QChar::isHighSurrogate(current) && unit != end && QChar::isLowSurrogate(*unit)) {
            appendUtf8(out, QChar::surrogateToUcs4(current, *unit++));
        } else {
            appendUnicodeEscape(out, current);
        }
    }
    out.append('"');
}

// prevHash is hex, but it went through QString::fromLatin1, so any byte is a Latin-1 character.
void appendJsonLatin1String(JsonBytes& out, const QByteArray& latin1)
{
    out.makeRoom(6 * latin1.size() + 2);
    out.append('"');
    for (const char byte : latin1) {
        const auto unit = static_cast<unsigned char>(byte);
        if (unit < 0x80) {
            appendAsciiEscaped(out, unit);
        } else {
            appendUtf8(out, unit);
        }
    }
    out.append('"');
}

void appendInteger(JsonBytes& out, std::int64_t value)
{
    char digits[24];
    out.makeRoom(sizeof digits);
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr - digits);
}

// 64-bit integers travel as decimal strings: JSON numbers are doubles and lose digits past 2^53.
void appendIntegerString(JsonBytes& out, std::int64_t value)
{
    out.appendWithRoom('"');
    appendInteger(out, value);
    out.appendWithRoom('"');
}

void appendPadded(JsonBytes& out, int value, int width)
{
    char digits[4];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

// The quoted text of a valid instant.
void appendIsoInstantText(JsonBytes& out, const QDateTime& instant)
{
    const QDateTime utc = instant.timeSpec() == Qt::UTC ? instant : instant.toUTC();
    const QDate date = utc.date();
    // One conversion from the Julian day: year(), month() and day() would each do it again.
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999) {
        appendJsonString(out, utc.toString(Qt::ISODateWithMs)); // Qt's own rules for odd years
        return;
    }
    const int msecOfDay = utc.time().msecsSinceStartOfDay();
    out.append('"');
    appendPadded(out, year, 4);
    out.append('-');
    appendPadded(out, month, 2);
    out.append('-');
    appendPadded(out, day, 2);
    out.append('T');
    appendPadded(out, msecOfDay / 3'600'000, 2);
    out.append(':');
    appendPadded(out, msecOfDay / 60'000 % 60, 2);
    out.append(':');
    appendPadded(out, msecOfDay / 1000 % 60, 2);
    out.append('.');
    appendPadded(out, msecOfDay % 1000, 3);
    out.append("Z\"", 2);
}

// Qt::ISODateWithMs of a UTC instant: yyyy-MM-ddTHH:mm:ss.zzzZ; empty when invalid.
void appendIsoInstant(JsonBytes& out, const QDateTime& instant)
{
    out.makeRoom(32);
    if (!instant.isValid()) {
        out.append("\"\"", 2);
        return;
    }
    // Every row of a write carries its transaction's instant: the last one's text is kept.
    thread_local QDateTime lastInstant;
    thread_local char lastText[26];
    if (instant == lastInstant) { // the same instant, whatever its time spec: the same UTC text
        out.append(lastText, sizeof lastText);
        return;
    }
    const qsizetype before = out.size();
    appendIsoInstantText(out, instant);
    if (out.size() - before == static_cast<qsizetype>(sizeof lastText)) { // years 1..9999
        std::memcpy(lastText, out.data() + before, sizeof lastText);
        lastInstant = instant;
    }
}

void appendOptionalState(JsonBytes& out, const std::optional<CardState>& state)
{
    if (state) {
        appendJsonString(out, stateCode(*state));
    } else {
        out.makeRoom(4);
        out.append("null", 4);
    }
}

// Qt writes whole numbers up to 2^53 in plain digits whether stored as integer or double
// (-0.0 as "0"); anything else a JSON number can be takes the writer's own path.
bool appendPlainWholeNumber(JsonBytes& out, const QJsonValue& value)
{
    constexpr double kExactLimit = 9007199254740992.0; // 2^53
    const double number = value.toDouble();
    if (!(std::abs(number) <= kExactLimit) || std::trunc(number) != number) {
        return false;
    }
    appendInteger(out, value.toInteger());
    return true;
}

void appendJsonValueByQt(JsonBytes& out, const QJsonValue& value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out.makeRoom(wrapped.size());
    out.append(wrapped.constData() + 1, wrapped.size() - 2); // without the array's brackets
}

void appendJsonValue(JsonBytes& out, const QJsonValue& value)
{
    out.makeRoom(5);
    switch (value.type()) {
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        return;
    case QJsonValue::Bool:
        value.toBool() ? out.append("true", 4) : out.append("false", 5);
        return;
    case QJsonValue::Null:
        out.append("null", 4);
        return;
    case QJsonValue::Double:
        if (appendPlainWholeNumber(out, value)) {
            return;
        }
        break;
    default:
        break;
    }
    appendJsonValueByQt(out, value);
}

// QJsonObject iterates its keys in the order Qt's writer emits them (sorted).
void appendJsonObject(JsonBytes& out, const QJsonObject& object)
{
    out.appendWithRoom('{');
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first) {
            out.appendWithRoom(',');
        }
        first = false;
        appendJsonString(out, it.key());
        out.appendWithRoom(':');
        appendJsonValue(out, it.value());
    }
    out.appendWithRoom('}');
}

} // namespace

QByteArray auditCanonicalForm(const AuditEvent& event)
{
    JsonBytes out(256 + 6 * (event.operatorName.size() + event.iccid.size()));
    out.appendWithRoom('[');
    appendJsonLatin1String(out, event.prevHash);
    out.appendWithRoom(',');
    appendIntegerString(out, event.seq);
    out.appendWithRoom(',');
    appendIsoInstant(out, event.atUtc);
    out.appendWithRoom(',');
    appendJsonString(out, event.operatorName);
    out.appendWithRoom(',');
    if (event.cardId) {
        appendIntegerString(out, *event.cardId);
    } else {
        out.makeRoom(4);
        out.append("null", 4);
    }
    out.appendWithRoom(',');
    appendJsonString(out, event.iccid);
    out.appendWithRoom(',');
    appendJsonString(out, auditActionCode(event.action));
    out.appendWithRoom(',');
    appendOptionalState(out, event.fromState);
    out.appendWithRoom(',');
    appendOptionalState(out, event.toState);
    out.appendWithRoom(',');
    appendJsonObject(out, event.details);
    out.appendWithRoom(']');
    return std::move(out).finish();
}

} // namespace simfleet
