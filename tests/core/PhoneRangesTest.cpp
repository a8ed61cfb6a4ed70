// SPDX-License-Identifier: GPL-3.0-or-later
// The validators remember whether a number is a mobile one per five leading digits and its home
// area per seven (Validators.cpp, PrefixCache). These tests ask libphonenumber itself, uncached,
// about numbers in every five-digit block, so a library whose metadata splits a block finer than
// the cache assumes fails here instead of refusing or accepting numbers it should not.
#include "rules/Validators.h"

#include <QString>
#include <catch2/catch.hpp>
#include <cstdint>
#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <random>
#include <string>

using namespace simfleet;

namespace {

namespace pn = i18n::phonenumbers;

pn::PhoneNumber chinaNumber(std::uint64_t national)
{
    pn::PhoneNumber number;
    number.set_country_code(86);
    number.set_national_number(national);
    return number;
}

bool libraryIsMobile(std::uint64_t national)
{
    const auto type = pn::PhoneNumberUtil::GetInstance()->GetNumberType(chinaNumber(national));
    return type == pn::PhoneNumberUtil::MOBILE || type == pn::PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
}

QString libraryHomeArea(std::uint64_t national)
{
    static const pn::PhoneNumberOfflineGeocoder geocoder;
    const std::string area =
        geocoder.GetDescriptionForValidNumber(chinaNumber(national), icu::Locale("zh"));
    const QString text = QString::fromStdString(area);
    return text == u"中国" ? QString() : text;
}

QString digitsOf(std::uint64_t national)
{
    return QString::number(national);
}

} // namespace

TEST_CASE("MSISDN: the cached answer is libphonenumber's in every five-digit block",
          "[validators][msisdn][ranges]")
{
    std::mt19937 random(20261207);
    std::uniform_int_distribution<int> twoDigits(0, 99);
    std::uniform_int_distribution<int> fourDigits(0, 9999);
    int mobile = 0;
    int refused = 0;
    int mismatches = 0;
    for (std::uint64_t block = 10'000; block < 20'000; ++block) {
        // The block's first and last seven-digit ranges and a few between, in a random order so
        // that the cache is filled by any of them.
        const int middle = twoDigits(random);
        for (const int range : {middle, 0, 99, twoDigits(random), twoDigits(random)}) {
            for (int tries = 0; tries < 2; ++tries) {
                const std::uint64_t national =
                    (block * 100 + static_cast<std::uint64_t>(range)) * 10'000 +
                    static_cast<std::uint64_t>(fourDigits(random));
                const QString digits = digitsOf(national);
                const bool expected = libraryIsMobile(national);
                const auto result = validateMsisdn(digits);
                if (result.ok() != expected) {
                    ++mismatches;
                    UNSCOPED_INFO(digits.toStdString() << " library says mobile: " << expected);
                    continue;
                }
                if (!expected) {
                    ++refused;
                    // Refused as before: the same code, naming the number as written.
                    CHECK(result.error().code == ErrorCode::MsisdnInvalid);
                    CHECK(result.error().detail == digits);
                    CHECK(homeAreaOf(digits).isEmpty());
                    continue;
                }
                ++mobile;
                CHECK(result.value() == digits);
                if (homeAreaOf(digits) != libraryHomeArea(national)) {
                    ++mismatches;
                    UNSCOPED_INFO(digits.toStdString() << " home area differs");
                }
            }
        }
    }
    CHECK(mismatches == 0);
    // Both answers were met many times, so the comparison above was not one-sided.
    CHECK(mobile > 10'000);
    CHECK(refused > 10'000);
}

TEST_CASE("MSISDN: 1740x, the finest split of the mobile ranges, is told apart",
          "[validators][msisdn][ranges]")
{
    // 17400–17405 are mobile (satellite) numbers, 17406–17409 are not: asking the mobile block
    // first must not make the block beside it mobile, nor the other way round.
    CHECK(validateMsisdn(u"17405123456").ok());
    const auto refusedNumber = validateMsisdn(u"17406123456");
    REQUIRE_FALSE(refusedNumber.ok());
    CHECK(refusedNumber.error().code == ErrorCode::MsisdnInvalid);
    CHECK(refusedNumber.error().detail == QStringLiteral("17406123456"));
    CHECK(validateMsisdn(u"17400000000").ok());
    CHECK_FALSE(validateMsisdn(u"17409999999").ok());
    CHECK(libraryIsMobile(17405123456U));
    CHECK_FALSE(libraryIsMobile(17406123456U));
}
