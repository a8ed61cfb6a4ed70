// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Money.h"

#include <QString>
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>

using simfleet::ErrorCode;
using simfleet::Money;

namespace {

std::int64_t parsedFen(const QString& text)
{
    const auto parsed = Money::parse(text);
    INFO("text: " << text.toStdString());
    REQUIRE(parsed.ok());
    return parsed->fen();
}

ErrorCode refusal(const QString& text)
{
    const auto parsed = Money::parse(text);
    INFO("text: " << text.toStdString());
    REQUIRE_FALSE(parsed.ok());
    return parsed.error().code;
}

} // namespace

TEST_CASE("Money parses whole yuan, one and two decimals", "[money]")
{
    CHECK(parsedFen(QStringLiteral("58")) == 5800);
    CHECK(parsedFen(QStringLiteral("58.5")) == 5850);
    CHECK(parsedFen(QStringLiteral("58.50")) == 5850);
    CHECK(parsedFen(QStringLiteral("58.05")) == 5805);
    CHECK(parsedFen(QStringLiteral("0")) == 0);
    CHECK(parsedFen(QStringLiteral("0.01")) == 1);
    CHECK(parsedFen(QStringLiteral("007.10")) == 710);
    CHECK(parsedFen(QStringLiteral("  58 ")) == 5800);
}

TEST_CASE("Money parses currency signs, the yuan suffix and grouping", "[money]")
{
    CHECK(parsedFen(QStringLiteral("¥1,234.56")) == 123456);
    CHECK(parsedFen(QStringLiteral("1234.56元")) == 123456);
    CHECK(parsedFen(QStringLiteral("1,234.56 元")) == 123456);
    CHECK(parsedFen(QStringLiteral("￥12.00")) == 1200);
    CHECK(parsedFen(QStringLiteral("¥ 58")) == 5800);
    CHECK(parsedFen(QStringLiteral("1,234,567.89")) == 123456789);
    CHECK(parsedFen(QStringLiteral("999")) == 99900);
}

TEST_CASE("Money parses signs before or after the currency sign", "[money]")
{
    CHECK(parsedFen(QStringLiteral("-3.20")) == -320);
    CHECK(parsedFen(QStringLiteral("-¥3.20")) == -320);
    CHECK(parsedFen(QStringLiteral("¥-3.20")) == -320);
    CHECK(parsedFen(QStringLiteral("+5")) == 500);
    CHECK(parsedFen(QStringLiteral("-0")) == 0);
    CHECK(parsedFen(QStringLiteral("-1,000元")) == -100000);
}

TEST_CASE("Money reads full-width digits typed by a Chinese IME", "[money]")
{
    CHECK(parsedFen(QStringLiteral("１２３．４５")) == 12345);
    CHECK(parsedFen(QStringLiteral("￥１，２３４")) == 123400);
    CHECK(parsedFen(QStringLiteral("－５")) == -500);
}

TEST_CASE("Money refuses empty text", "[money]")
{
    CHECK(refusal(QString()) == ErrorCode::MoneyEmpty);
    CHECK(refusal(QStringLiteral("   ")) == ErrorCode::MoneyEmpty);
}

TEST_CASE("Money refuses more than two decimals", "[money]")
{
    CHECK(refusal(QStringLiteral("58.505")) == ErrorCode::MoneyTooManyDecimals);
    CHECK(refusal(QStringLiteral("58.500")) == ErrorCode::MoneyTooManyDecimals);
    CHECK(refusal(QStringLiteral("0.001")) == ErrorCode::MoneyTooManyDecimals);
}

TEST_CASE("Money refuses malformed text", "[money]")
{
    for (const char16_t* text :
         {u"abc",    u"58.",    u".5",       u"5 8",      u"--5",   u"-¥-5",  u"¥",     u"元",
          u"58元元", u"1e3",    u"0x10",     u"5.-1",     u"5.5.5", u"NaN",   u"1,2,3", u"12,34",
          u",123",   u"1,2345", u"1234,567", u"1,234,56", u"58$",   u"RMB 58"}) {
        INFO("text: " << QString::fromUtf16(text).toStdString());
        CHECK(refusal(QString::fromUtf16(text)) == ErrorCode::MoneyMalformed);
    }
}

TEST_CASE("Money keeps the refused text as the error detail", "[money]")
{
    const auto parsed = Money::parse(u"58.505");
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().detail == QStringLiteral("58.505"));
}

TEST_CASE("Money refuses amounts beyond int64 fen", "[money]")
{
    constexpr auto max = std::numeric_limits<std::int64_t>::max(); // 92233720368547758.07 yuan
    CHECK(parsedFen(QStringLiteral("92233720368547758.07")) == max);
    CHECK(parsedFen(QStringLiteral("-92233720368547758.07")) == -max);
    CHECK(refusal(QStringLiteral("92233720368547758.08")) == ErrorCode::MoneyOverflow);
    CHECK(refusal(QStringLiteral("92233720368547759")) == ErrorCode::MoneyOverflow);
    CHECK(refusal(QStringLiteral("99999999999999999999")) == ErrorCode::MoneyOverflow);
    CHECK(refusal(QStringLiteral("-99999999999999999999.99")) == ErrorCode::MoneyOverflow);
}

TEST_CASE("Money formats plain strings for files", "[money]")
{
    CHECK(Money::fromFen(5850).toPlainString() == QStringLiteral("58.50"));
    CHECK(Money::fromFen(-320).toPlainString() == QStringLiteral("-3.20"));
    CHECK(Money::fromFen(123456).toPlainString() == QStringLiteral("1234.56"));
    CHECK(Money::fromFen(0).toPlainString() == QStringLiteral("0.00"));
    CHECK(Money::fromFen(5).toPlainString() == QStringLiteral("0.05"));
    CHECK(Money::fromFen(-5).toPlainString() == QStringLiteral("-0.05"));
    CHECK(Money::fromFen(std::numeric_limits<std::int64_t>::min()).toPlainString() ==
          QStringLiteral("-92233720368547758.08"));
}

TEST_CASE("Money formats grouped display strings for people", "[money]")
{
    CHECK(Money::fromFen(5800).toDisplayString() == QStringLiteral("¥58.00"));
    CHECK(Money::fromFen(123456).toDisplayString() == QStringLiteral("¥1,234.56"));
    CHECK(Money::fromFen(-320).toDisplayString() == QStringLiteral("-¥3.20"));
    CHECK(Money::fromFen(99999).toDisplayString() == QStringLiteral("¥999.99"));
    CHECK(Money::fromFen(100000).toDisplayString() == QStringLiteral("¥1,000.00"));
    CHECK(Money::fromFen(-123456789).toDisplayString() == QStringLiteral("-¥1,234,567.89"));
    CHECK(Money::fromFen(std::numeric_limits<std::int64_t>::max()).toDisplayString() ==
          QStringLiteral("¥92,233,720,368,547,758.07"));
}

TEST_CASE("Money reads back what it writes", "[money]")
{
    for (const std::int64_t fen :
         {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, std::int64_t{99}, std::int64_t{100},
          std::int64_t{-100050}, std::int64_t{123456789012},
          std::numeric_limits<std::int64_t>::max()}) {
        const Money money = Money::fromFen(fen);
        INFO("fen: " << fen);
        CHECK(Money::parse(money.toPlainString())->fen() == fen);
        CHECK(Money::parse(money.toDisplayString())->fen() == fen);
    }
}

TEST_CASE("Money arithmetic and comparison work in fen", "[money]")
{
    const Money a = Money::fromFen(5800);
    const Money b = Money::fromFen(1250);
    CHECK((a + b).fen() == 7050);
    CHECK((a - b).fen() == 4550);
    CHECK((-a).fen() == -5800);
    CHECK(b < a);
    CHECK(Money().isZero());
    CHECK(a.isPositive());
    CHECK((-a).isNegative());
}
