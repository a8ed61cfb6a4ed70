// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringView>
#include <compare>
#include <cstdint>

namespace simfleet {

// An amount of renminbi in integer fen (分). No floating point ever touches money.
class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromFen(std::int64_t fen) { return Money(fen); }

    // Accepts "58", "58.5", "58.50", "-3.20", "¥1,234.56", "1234.56元", surrounding spaces.
    // Refuses more than two decimals, anything else, empty text and overflow.
    static Result<Money> parse(QStringView text);

    constexpr std::int64_t fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isPositive() const { return m_fen > 0; }
    constexpr bool isNegative() const { return m_fen < 0; }

    // "58.50", "-3.20", "1234.56" (no grouping, no symbol): for files and scripts.
    QString toPlainString() const;
    // "¥1,234.56", "-¥3.20": for people.
    QString toDisplayString() const;

    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money operator-(Money other) const { return Money(m_fen - other.m_fen); }
    constexpr Money operator-() const { return Money(-m_fen); }
    constexpr Money& operator+=(Money other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr Money& operator-=(Money other)
    {
        m_fen -= other.m_fen;
        return *this;
    }
    friend constexpr auto operator<=>(Money, Money) = default;

private:
    constexpr explicit Money(std::int64_t fen) : m_fen(fen) {}
    std::int64_t m_fen{0};
};

} // namespace simfleet
