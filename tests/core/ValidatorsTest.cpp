// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Validators.h"

#include <QString>
#include <catch2/catch.hpp>
#include <thread>
#include <vector>

using namespace simfleet;

namespace {

QString q(const char16_t* text)
{
    return QString::fromUtf16(text);
}

template <class T> ErrorCode refusalOf(const Result<T>& result)
{
    REQUIRE_FALSE(result.ok());
    return result.error().code;
}

} // namespace

// Check digits below were computed by hand (Luhn; ISO 7064 MOD 11-2; GB 32100-2015 weights),
// and the resident ID and USCC are the standards' published examples.

TEST_CASE("Luhn check over digit strings", "[validators][iccid]")
{
    CHECK(luhnValid(u"79927398713")); // the textbook example
    CHECK_FALSE(luhnValid(u"79927398710"));
    CHECK(luhnValid(u"0"));
    CHECK_FALSE(luhnValid(u""));
    CHECK_FALSE(luhnValid(u"7992739871a"));
}

TEST_CASE("ICCID: valid 19 and 20 digit numbers", "[validators][iccid]")
{
    CHECK(validateIccid(u"8986001234567890120").value() == q(u"8986001234567890120"));
    CHECK(validateIccid(u"89860119123456789014").value() == q(u"89860119123456789014"));
    // Spaces are stripped, full-width digits folded.
    CHECK(validateIccid(u" 8986 0012 3456 7890 120 ").value() == q(u"8986001234567890120"));
    CHECK(validateIccid(u"８９８６００１２３４５６７８９０１２０").value() ==
          q(u"8986001234567890120"));
}

TEST_CASE("ICCID: each kind of bad number is named", "[validators][iccid]")
{
    CHECK(refusalOf(validateIccid(u"8986001234567890121")) == ErrorCode::IccidChecksum);
    CHECK(refusalOf(validateIccid(u"89860119123456789015")) == ErrorCode::IccidChecksum);
    CHECK(refusalOf(validateIccid(u"898600123456789012")) == ErrorCode::IccidLength);    // 18
    CHECK(refusalOf(validateIccid(u"898600123456789012000")) == ErrorCode::IccidLength); // 21
    CHECK(refusalOf(validateIccid(u"89860012345678901A0")) == ErrorCode::IccidNotDigits);
    CHECK(refusalOf(validateIccid(u"8986-0012-3456-7890-120")) == ErrorCode::IccidNotDigits);
    // Luhn-valid but not China: 89 then 44 (the UK), and a number not starting 89.
    CHECK(refusalOf(validateIccid(u"8944001234567890129")) == ErrorCode::IccidPrefix);
    CHECK(refusalOf(validateIccid(u"1986001234567890127")) == ErrorCode::IccidPrefix);
    CHECK(refusalOf(validateIccid(u"")) == ErrorCode::FieldRequired);
}

TEST_CASE("MSISDN: China mobile numbers in the forms people write them", "[validators][msisdn]")
{
    for (const char16_t* text :
         {u"13800138000", u"+8613800138000", u"+86 138 0013 8000", u"008613800138000",
          u"8613800138000", u"138-0013-8000", u" 138 0013 8000 ", u"(+86) 138 0013 8000",
          u"１３８００１３８０００"}) {
        INFO(QString::fromUtf16(text).toStdString());
        const auto result = validateMsisdn(text);
        REQUIRE(result.ok());
        CHECK(result.value() == q(u"13800138000"));
    }
}

TEST_CASE("MSISDN: every carrier's ranges are valid, whatever the card's carrier",
          "[validators][msisdn]")
{
    // Number portability (携号转网): the prefix says nothing binding about the carrier.
    for (const char16_t* number :
         {u"13912345678", u"15012345678", u"18612345678", u"13312345678", u"17012345678",
          u"16612345678", u"19912345678", u"19212345678", u"14512345678"}) {
        INFO(QString::fromUtf16(number).toStdString());
        CHECK(validateMsisdn(number).ok());
    }
}

TEST_CASE("MSISDN: not a China mobile number", "[validators][msisdn]")
{
    for (const char16_t* text :
         {u"12345678901", u"1380013800", u"138001380001", u"0105512345", u"075512345678",
          u"+86 755 8888 8888", u"+14155552671", u"10086", u"13800138000x", u"abc", u"23800138000",
          u"++8613800138000", u"+8513800138000"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK(refusalOf(validateMsisdn(text)) == ErrorCode::MsisdnInvalid);
    }
    CHECK(refusalOf(validateMsisdn(u"")) == ErrorCode::FieldRequired);
}

TEST_CASE("Home area comes from the offline geocoder in Chinese", "[validators][msisdn]")
{
    CHECK(homeAreaOf(QStringLiteral("13800138000")).contains(q(u"北京")));
    CHECK(homeAreaOf(QStringLiteral("13912345678")).contains(q(u"江苏")));
    CHECK(homeAreaOf(QStringLiteral("+86 138 0013 8000")).contains(q(u"北京")));
    // Asked again, the cached answer is the same.
    CHECK(homeAreaOf(QStringLiteral("13800138001")) == homeAreaOf(QStringLiteral("13800138000")));
    CHECK(homeAreaOf(QStringLiteral("12345678901")).isEmpty());
    CHECK(homeAreaOf(QString()).isEmpty());
    // A range the geocoder only knows by country says nothing about the home area.
    CHECK(homeAreaOf(QStringLiteral("19212345678")) != q(u"中国"));
}

TEST_CASE("Home area is safe to ask from many threads at once", "[validators][msisdn]")
{
    const QStringList numbers{QStringLiteral("13800138000"), QStringLiteral("13912345678"),
                              QStringLiteral("15012345678"), QStringLiteral("13312345678")};
    QStringList expected;
    for (const QString& number : numbers) {
        expected << homeAreaOf(number);
    }
    std::vector<QStringList> seen(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < seen.size(); ++t) {
        threads.emplace_back([&numbers, &out = seen[t]] {
            for (int round = 0; round < 50; ++round) {
                for (const QString& number : numbers) {
                    if (round == 49) {
                        out << homeAreaOf(number);
                    } else {
                        (void)homeAreaOf(number);
                    }
                }
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    for (const QStringList& list : seen) {
        CHECK(list == expected);
    }
}

TEST_CASE("Resident ID: valid numbers, with X and x", "[validators][holder]")
{
    CHECK(validateResidentId(u"11010519491231002X").value() == q(u"11010519491231002X"));
    CHECK(validateResidentId(u"11010519491231002x").value() == q(u"11010519491231002X"));
    CHECK(validateResidentId(u"110101199003071233").value() == q(u"110101199003071233"));
    CHECK(validateResidentId(u"440304198510102016").value() == q(u"440304198510102016"));
}

TEST_CASE("Resident ID: format, birth date and check character", "[validators][holder]")
{
    CHECK(refusalOf(validateResidentId(u"110105194912310021")) == ErrorCode::ResidentIdChecksum);
    CHECK(refusalOf(validateResidentId(u"110101199003071234")) == ErrorCode::ResidentIdChecksum);
    CHECK(refusalOf(validateResidentId(u"11010519491231002")) == ErrorCode::ResidentIdFormat);
    CHECK(refusalOf(validateResidentId(u"1101051949123100X2")) == ErrorCode::ResidentIdFormat);
    CHECK(refusalOf(validateResidentId(u"11010519491231002Y")) == ErrorCode::ResidentIdFormat);
    // 1990-02-30 and month 13 do not exist.
    CHECK(refusalOf(validateResidentId(u"110101199002301230")) == ErrorCode::ResidentIdBirthDate);
    CHECK(refusalOf(validateResidentId(u"110101199013011230")) == ErrorCode::ResidentIdBirthDate);
}

TEST_CASE("Resident ID refusals never carry the full number", "[validators][holder]")
{
    const auto result = validateResidentId(u"110101199003071234");
    REQUIRE_FALSE(result.ok());
    CHECK_FALSE(result.error().detail.contains(q(u"19900307")));
}

TEST_CASE("USCC: valid codes", "[validators][holder]")
{
    CHECK(validateUscc(u"91350100M000100Y43").value() == q(u"91350100M000100Y43"));
    CHECK(validateUscc(u"91110108551385082Q").value() == q(u"91110108551385082Q"));
    CHECK(validateUscc(u"91440300ma5f000007").value() == q(u"91440300MA5F000007"));
}

TEST_CASE("USCC: alphabet, length and check character", "[validators][holder]")
{
    CHECK(refusalOf(validateUscc(u"91350100M000100Y44")) == ErrorCode::UsccChecksum);
    CHECK(refusalOf(validateUscc(u"91110108551385082P")) == ErrorCode::UsccChecksum);
    CHECK(refusalOf(validateUscc(u"91350100M000100Y4")) == ErrorCode::UsccFormat);
    // I, O, S, V and Z are not in the code alphabet.
    CHECK(refusalOf(validateUscc(u"91350100O000100Y43")) == ErrorCode::UsccFormat);
    CHECK(refusalOf(validateUscc(u"91350100I000100Y43")) == ErrorCode::UsccFormat);
    CHECK(refusalOf(validateUscc(u"91350100S000100Y43")) == ErrorCode::UsccFormat);
    CHECK(refusalOf(validateUscc(u"91350100V000100Y43")) == ErrorCode::UsccFormat);
    CHECK(refusalOf(validateUscc(u"91350100Z000100Y43")) == ErrorCode::UsccFormat);
}

TEST_CASE("Holder ID accepts a resident ID or a USCC", "[validators][holder]")
{
    const auto person = validateHolderId(u"11010519491231002x");
    REQUIRE(person.ok());
    CHECK(person->kind == HolderIdKind::ResidentId);
    CHECK(person->value == q(u"11010519491231002X"));

    const auto company = validateHolderId(u" 91350100M000100Y43 ");
    REQUIRE(company.ok());
    CHECK(company->kind == HolderIdKind::Uscc);
    CHECK(company->value == q(u"91350100M000100Y43"));

    CHECK(refusalOf(validateHolderId(u"110101199003071234")) == ErrorCode::ResidentIdChecksum);
    CHECK(refusalOf(validateHolderId(u"91350100M000100Y44")) == ErrorCode::UsccChecksum);
    CHECK(refusalOf(validateHolderId(u"12345")) == ErrorCode::HolderIdInvalid);
    CHECK(refusalOf(validateHolderId(u"not an id at all!!")) == ErrorCode::HolderIdInvalid);
    CHECK(refusalOf(validateHolderId(u"")) == ErrorCode::FieldRequired);

    // Shaped like a resident ID (17 digits and a digit) but born in month 13: a valid USCC.
    const auto digitsOnly = validateHolderId(u"911101199013010050");
    REQUIRE(digitsOnly.ok());
    CHECK(digitsOnly->kind == HolderIdKind::Uscc);
    // A company's code that fails its check character is named as such, a person's likewise.
    CHECK(refusalOf(validateHolderId(u"911101199013010051")) == ErrorCode::ResidentIdBirthDate);
    CHECK(refusalOf(validateHolderId(u"91350100M000100Y4X")) == ErrorCode::UsccChecksum);
}

TEST_CASE("Dates are strict YYYY-MM-DD", "[validators][date]")
{
    CHECK(parseIsoDate(u"2024-02-29").value() == QDate(2024, 2, 29));
    CHECK(parseIsoDate(u" 2024-01-31 ").value() == QDate(2024, 1, 31));
    for (const char16_t* text : {u"2023-02-29", u"2024-13-01", u"2024-1-31", u"24-01-31",
                                 u"2024/01/31", u"20240131", u"2024-01-31T00:00", u"", u"abc"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK(refusalOf(parseIsoDate(text)) == ErrorCode::DateInvalid);
    }
}

TEST_CASE("Dates in files: ISO and the year-first forms Chinese Excel and WPS write",
          "[validators][date]")
{
    for (const char16_t* text : {u"2025-03-01", u"2025/3/1", u"2025/03/01", u"2025-3-1",
                                 u"2025/3/01", u" 2025/3/1 ", u"2025年3月1日", u"2025年03月01日"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK(parseFileDate(text).value() == QDate(2025, 3, 1));
    }
    CHECK(parseFileDate(u"2024/2/29").value() == QDate(2024, 2, 29));
    CHECK(parseFileDate(u"2025/12/31").value() == QDate(2025, 12, 31));

    // Day or month first, a two-digit year, a day that does not exist, a mix of separators:
    // refused, never guessed.
    for (const char16_t* text : {u"3/1/2025",         u"01/03/2025",    u"1.3.2025",   u"25/3/1",
                                 u"25-03-01",         u"2025/13/1",     u"2025/0/1",   u"2025/2/30",
                                 u"2023/2/29",        u"2025/3/0",      u"2025/3/32",  u"2025/3-1",
                                 u"2025-3/1",         u"2025/003/1",    u"2025/3/001", u"2025//1",
                                 u"2025/3/",          u"2025/3/1/",     u"2025/3",     u"20250301",
                                 u"2025-03-01T00:00", u"2025/3/1 0:00", u"2025年3月1", u"2025年3月",
                                 u"+2025/3/1",        u"２０２５/3/1",  u"",           u"abc"}) {
        INFO(QString::fromUtf16(text).toStdString());
        const Result<QDate> parsed = parseFileDate(text);
        CHECK(refusalOf(parsed) == ErrorCode::DateInvalid);
        if (!parsed.ok())
            CHECK(parsed.error().detail == QString::fromUtf16(text).trimmed());
    }
}

TEST_CASE("A declared home area is a place name, kept as given", "[validators][homearea]")
{
    CHECK(validateHomeArea(u"  北京市 ").value() == q(u"北京市"));
    CHECK(validateHomeArea(u"新疆维吾尔自治区伊犁哈萨克自治州").value() ==
          q(u"新疆维吾尔自治区伊犁哈萨克自治州"));
    CHECK(validateHomeArea(u"广东省 深圳市").value() == q(u"广东省 深圳市"));
    CHECK(validateHomeArea(u"Hong Kong").value() == q(u"Hong Kong"));
    // Not a name the geocoder gives, still kept: the card shows the number's beside it.
    CHECK(validateHomeArea(u"北京").value() == q(u"北京"));
    // Blank: none declared.
    CHECK(validateHomeArea(u"").value().isEmpty());
    CHECK(validateHomeArea(u" \u3000 ").value().isEmpty());
    CHECK(validateHomeArea(QString(kHomeAreaMaxLength, QChar(u'京'))).ok());

    const QString tooLong(kHomeAreaMaxLength + 1, QChar(u'京'));
    CHECK(refusalOf(validateHomeArea(tooLong)) == ErrorCode::HomeAreaInvalid);
    for (const char16_t* text : {u"-", u"—", u"0571", u"?", u"上海\n市", u"上海\t市"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK(refusalOf(validateHomeArea(text)) == ErrorCode::HomeAreaInvalid);
    }
    CHECK(validateHomeArea(u" - ").error().detail == q(u"-"));
    // A long cell is named by its start.
    const QString garbage = QString(100, QChar(u'x'));
    const QString detail = validateHomeArea(garbage).error().detail;
    CHECK(detail.size() == 41);
    CHECK(detail.endsWith(u'…'));
}
