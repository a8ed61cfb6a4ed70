// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Money.h"

#include <QChar>
#include <algorithm>
#include <cstdint>

namespace simfleet {

namespace {

constexpr char16_t kYenSign = u'\u00A5';          // ¥
constexpr char16_t kFullWidthYenSign = u'\uFFE5'; // ￥ (what a Chinese IME types)
constexpr char16_t kYuan = u'\u5143';             // 元

// A Chinese IME types full-width digits, signs and separators; read them as their ASCII twins.
QChar foldWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E) {
        return QChar(static_cast<char16_t>(u - 0xFEE0));
    }
    if (u == 0x3000) { // ideographic space
        return QChar(u' ');
    }
    return c;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

Error refusal(ErrorCode code, QStringView text)
{
    return Error{code, text.toString(), 0};
}

// The integer part: plain digits, or digits grouped by commas in threes ("1,234,567").
bool integerPartWellFormed(QStringView part)
{
    qsizetype groupLength = 0;
    bool grouped = false;
    for (const QChar c : part) {
        if (isAsciiDigit(c)) {
            ++groupLength;
            continue;
        }
        const bool groupOk = grouped ? groupLength == 3 : (groupLength >= 1 && groupLength <= 3);
        if (c != u',' || !groupOk) {
            return false;
        }
        grouped = true;
        groupLength = 0;
    }
    return grouped ? groupLength == 3 : groupLength > 0;
}

// Accumulates decimal digits (commas skipped); false on int64 overflow.
bool accumulate(QStringView digits, std::int64_t& value)
{
    for (const QChar c : digits) {
        if (c == u',') {
            continue;
        }
        if (__builtin_mul_overflow(value, std::int64_t{10}, &value) ||
            __builtin_add_overflow(value, std::int64_t{digitValue(c)}, &value)) {
            return false;
        }
    }
    return true;
}

QString formatFen(std::int64_t fen, bool forPeople)
{
    const bool negative = fen < 0;
    // Unsigned magnitude, so even the most negative int64 formats without overflow.
    const std::uint64_t magnitude = negative ? std::uint64_t{0} - static_cast<std::uint64_t>(fen)
                                             : static_cast<std::uint64_t>(fen);
    QString yuan = QString::number(magnitude / 100);
    const std::uint64_t cents = magnitude % 100;
    if (forPeople) {
        for (qsizetype at = yuan.size() - 3; at > 0; at -= 3) {
            yuan.insert(at, u',');
        }
    }
    QString out;
    out.reserve(yuan.size() + 5);
    if (negative) {
        out += u'-';
    }
    if (forPeople) {
        out += QChar(kYenSign);
    }
    out += yuan;
    out += u'.';
    out += QChar(static_cast<char16_t>(u'0' + cents / 10));
    out += QChar(static_cast<char16_t>(u'0' + cents % 10));
    return out;
}

} // namespace

Result<Money> Money::parse(QStringView text)
{
    // Imports parse millions of amounts: only text with full-width characters pays for a copy.
    QString folded;
    QStringView rest = text;
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return foldWidth(c) != c; })) {
        folded.reserve(text.size());
        for (const QChar c : text) {
            folded += foldWidth(c);
        }
        rest = folded;
    }
    rest = rest.trimmed();
    if (rest.isEmpty()) {
        return refusal(ErrorCode::MoneyEmpty, text);
    }

    // The sign may stand before or after the currency sign: "-¥3.20" and "¥-3.20".
    bool negative = false;
    bool sawSign = false;
    const auto takeSign = [&] {
        if (!sawSign && !rest.isEmpty() && (rest.front() == u'-' || rest.front() == u'+')) {
            negative = rest.front() == u'-';
            sawSign = true;
            rest = rest.sliced(1);
        }
    };
    takeSign();
    if (!rest.isEmpty() && (rest.front() == kYenSign || rest.front() == kFullWidthYenSign)) {
        rest = rest.sliced(1).trimmed();
        takeSign();
    }
    if (!rest.isEmpty() && rest.back() == kYuan) {
        rest = rest.chopped(1).trimmed();
    }

    const qsizetype point = rest.indexOf(u'.');
    const QStringView integerPart = point < 0 ? rest : rest.first(point);
    const QStringView fractionPart = point < 0 ? QStringView() : rest.sliced(point + 1);
    if (!integerPartWellFormed(integerPart)) {
        return refusal(ErrorCode::MoneyMalformed, text);
    }
    if (point >= 0 && (fractionPart.isEmpty() ||
                       !std::all_of(fractionPart.begin(), fractionPart.end(), isAsciiDigit))) {
        return refusal(ErrorCode::MoneyMalformed, text);
    }
    if (fractionPart.size() > 2) {
        return refusal(ErrorCode::MoneyTooManyDecimals, text);
    }

    std::int64_t yuan = 0;
    std::int64_t cents = 0;
    if (!fractionPart.isEmpty()) {
        cents = digitValue(fractionPart.at(0)) * 10;
        if (fractionPart.size() == 2) {
            cents += digitValue(fractionPart.at(1));
        }
    }
    std::int64_t fen = 0;
    if (!accumulate(integerPart, yuan) || __builtin_mul_overflow(yuan, std::int64_t{100}, &fen) ||
        __builtin_add_overflow(fen, cents, &fen)) {
        return refusal(ErrorCode::MoneyOverflow, text);
    }
    return Money::fromFen(negative ? -fen : fen);
}

QString Money::toPlainString() const
{
    return formatFen(m_fen, false);
}

QString Money::toDisplayString() const
{
    return formatFen(m_fen, true);
}

} // namespace simfleet
