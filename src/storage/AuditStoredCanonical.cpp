// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditStoredCanonical.h"

#include "AuditHashes.h"
#include "CodeColumns.h"
#include "domain/AuditCanonicalText.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <span>
#include <string_view>

namespace simfleet::sqlite {

namespace {

std::string_view textOf(const StoredBytes& value)
{
    return {value.data, static_cast<std::size_t>(value.size)};
}

int digits(const char* text, int width)
{
    int value = 0;
    for (int i = 0; i < width; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// "YYYY-MM-DDTHH:MM:SS.zzzZ" naming a real instant of years 1..9999: the text instantFromText
// reads into a valid UTC QDateTime and the canonical form prints back unchanged. (Qt's date has
// no year 0 and rejects the 30th of February, a 24th hour or a 60th second.)
bool isPlainInstantText(const StoredBytes& value)
{
    const char* text = value.data;
    if (value.null || value.size != 24 || text[4] != '-' || text[7] != '-' || text[10] != 'T' ||
        text[13] != ':' || text[16] != ':' || text[19] != '.' || text[23] != 'Z')
        return false;
    const int year = digits(text, 4), month = digits(text + 5, 2), day = digits(text + 8, 2);
    const int hour = digits(text + 11, 2), minute = digits(text + 14, 2);
    const int second = digits(text + 17, 2), msec = digits(text + 20, 3);
    return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) &&
           hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 &&
           msec >= 0;
}

// The codes as stored, made once, for the enum's values 0..last.
template <class Enum, Enum Last> auto codeViews()
{
    std::array<std::string_view, static_cast<std::size_t>(Last) + 1> views;
    for (std::size_t i = 0; i < views.size(); ++i)
        views[i] = codeText(static_cast<Enum>(i));
    return views;
}

bool isOneOf(const StoredBytes& value, std::span<const std::string_view> codes)
{
    const std::string_view text = textOf(value);
    return std::find(codes.begin(), codes.end(), text) != codes.end();
}

bool isActionCode(const StoredBytes& value)
{
    static const auto codes = codeViews<AuditAction, AuditAction::LedgerImported>();
    return isOneOf(value, codes);
}

bool isStateCode(const StoredBytes& value)
{
    static const auto codes = codeViews<CardState, kAllStates.back()>();
    return isOneOf(value, codes);
}

// Whether value is the text last found canonical, else whether it is canonical (then it is
// remembered).
template <class Check>
bool isCanonicalAsLast(const StoredBytes& value, std::optional<std::string>& last, Check check)
{
    const std::string_view text = textOf(value);
    if (last && text == *last)
        return true;
    if (!check(value))
        return false;
    if (!last)
        last.emplace();
    last->assign(text); // into the capacity it has: bills' details change on every row
    return true;
}

// The two lower-case hex digits of every byte.
constexpr std::array<std::array<char, 2>, 256> kHexPairs = [] {
    constexpr char kDigits[] = "0123456789abcdef";
    std::array<std::array<char, 2>, 256> pairs{};
    for (std::size_t byte = 0; byte < 256; ++byte)
        pairs[byte] = {kDigits[byte >> 4u], kDigits[byte & 0xfu]};
    return pairs;
}();

// Writes through a raw cursor into room asked for up front: std::string's push_back checks its
// capacity per byte, which cost more than the rest of the row.
class Writer {
public:
    explicit Writer(char* at) : m_at(at) {}
    char* end() const { return m_at; }

    void put(char byte) { *m_at++ = byte; }
    template <std::size_t N> void put(const char (&literal)[N])
    {
        std::memcpy(m_at, literal, N - 1);
        m_at += N - 1;
    }
    void put(const StoredBytes& value)
    {
        std::memcpy(m_at, value.data, static_cast<std::size_t>(value.size));
        m_at += value.size;
    }
    void putQuoted(const StoredBytes& value)
    {
        put('"');
        put(value);
        put('"');
    }
    void putQuotedInteger(std::int64_t value)
    {
        put('"');
        m_at = std::to_chars(m_at, m_at + kMaxInteger, value).ptr;
        put('"');
    }
    void putOptionalState(const StoredBytes& value)
    {
        if (value.null)
            put("null");
        else
            putQuoted(value);
    }
    void putHex(const char* bytes, std::size_t count)
    {
        for (std::size_t i = 0; i < count; ++i) {
            std::memcpy(m_at, kHexPairs[static_cast<unsigned char>(bytes[i])].data(), 2);
            m_at += 2;
        }
    }

    static constexpr std::size_t kMaxInteger = 20; // "-9223372036854775808"

private:
    char* m_at;
};

} // namespace

bool AuditStoredCanonical::isCanonical(const AuditStoredRow& row)
{
    return !row.atUtc.null && isCanonicalAsLast(row.atUtc, m_instant, isPlainInstantText) &&
           isCanonicalAsLast(
               row.operatorName, m_operator,
               [](const StoredBytes& text) { return isCanonicalStringText(text.view()); }) &&
           isCanonicalStringText(row.iccid.view()) && isActionCode(row.action) &&
           (row.fromState.null || isStateCode(row.fromState)) &&
           (row.toState.null || isStateCode(row.toState)) &&
           isCanonicalAsLast(row.details, m_details, [](const StoredBytes& json) {
               return isCanonicalJsonObjectText(json.view());
           });
}

std::optional<std::string_view> AuditStoredCanonical::of(const AuditStoredRow& row,
                                                         const char* prevHash)
{
    if (!isCanonical(row))
        return std::nullopt;
    // The punctuation, quotes, "null"s and the two integers take less than 128 bytes.
    const std::size_t room =
        128 + 2 * sizeof(HashBytes) + static_cast<std::size_t>(row.atUtc.size) +
        static_cast<std::size_t>(row.operatorName.size) + static_cast<std::size_t>(row.iccid.size) +
        static_cast<std::size_t>(row.action.size) + static_cast<std::size_t>(row.fromState.size) +
        static_cast<std::size_t>(row.toState.size) + static_cast<std::size_t>(row.details.size);
    if (m_out.size() < room)
        m_out.resize(room);
    Writer write(m_out.data());
    write.put("[\"");
    if (prevHash != nullptr)
        write.putHex(prevHash, sizeof(HashBytes));
    write.put("\",");
    write.putQuotedInteger(row.seq);
    write.put(',');
    write.putQuoted(row.atUtc);
    write.put(',');
    write.putQuoted(row.operatorName);
    write.put(',');
    if (row.cardId)
        write.putQuotedInteger(*row.cardId);
    else
        write.put("null");
    write.put(',');
    write.putQuoted(row.iccid);
    write.put(',');
    write.putQuoted(row.action);
    write.put(',');
    write.putOptionalState(row.fromState);
    write.put(',');
    write.putOptionalState(row.toState);
    write.put(',');
    write.put(row.details);
    write.put(']');
    return std::string_view(m_out.data(), static_cast<std::size_t>(write.end() - m_out.data()));
}

} // namespace simfleet::sqlite
