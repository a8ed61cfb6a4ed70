// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Validators.h"

#include "rules/Masking.h"

#include <QDate>
#include <QHash>
#include <algorithm>
#include <array>
#include <cstdint>
#include <mutex>
#include <optional>
#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <utility>
#include <vector>

namespace simfleet {

namespace {

namespace pn = i18n::phonenumbers;

// Full-width digits and letters (what a Chinese IME types) read as their ASCII twins.
QChar foldWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E) {
        return QChar(static_cast<char16_t>(u - 0xFEE0));
    }
    if (u == 0x3000) {
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

// The number ASCII digits spell (checked by the caller): QStringView::toInt goes through the
// locale machinery, a tenth of a million-row import's checking.
int digitsValue(QStringView digits)
{
    int value = 0;
    for (const QChar c : digits)
        value = value * 10 + digitValue(c);
    return value;
}

bool allAsciiDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isAsciiDigit);
}

bool alreadyNormal(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
}

// Width-folded, spaces removed, letters upper-cased: the form identifiers are stored in.
QString normalised(QStringView text)
{
    // Imports validate millions of identifiers that are almost always written this way already.
    if (std::all_of(text.begin(), text.end(), alreadyNormal)) {
        return text.toString();
    }
    QString out;
    out.reserve(text.size());
    for (const QChar raw : text) {
        const QChar c = foldWidth(raw);
        if (!c.isSpace()) {
            out += c.toUpper();
        }
    }
    return out;
}

Error refusal(ErrorCode code, QString detail = {})
{
    return Error{code, std::move(detail), 0};
}

// ---- Phone numbers -------------------------------------------------------------------------

constexpr int kMsisdnLength = 11;
constexpr int kPrefixDigits = 7; // 号段: a Chinese mobile number's range and home area
constexpr std::int32_t kFirstPrefix = 1'000'000;
constexpr std::int32_t kPrefixCount = 1'000'000;
// Whether a number is a mobile one is decided by its first five digits: in libphonenumber's
// metadata for CN no fixed-line, shared-cost or other pattern takes an 11-digit number that
// starts with 1, and the mobile pattern, 1740[0-5]\d{6}|1(?:[38]\d|4[57]|[59][0-35-9]|6[25-7]|
// 7[0-35-8])\d{8}, splits nothing finer than 1740x. tests/core/PhoneRangesTest checks every block
// against libphonenumber, so a newer library that splits finer is caught there.
constexpr int kMobileDigits = 5;
constexpr std::int32_t kFirstBlock = 10'000;
constexpr std::int32_t kBlockCount = 10'000;

const pn::PhoneNumberUtil& phoneUtil()
{
    return *pn::PhoneNumberUtil::GetInstance();
}

pn::PhoneNumber chinaNumber(std::uint64_t national)
{
    pn::PhoneNumber number;
    number.set_country_code(86);
    number.set_national_number(national);
    return number;
}

bool isChinaMobile(std::uint64_t national)
{
    const auto type = phoneUtil().GetNumberType(chinaNumber(national));
    return type == pn::PhoneNumberUtil::MOBILE || type == pn::PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
}

// The geocoder is shared and loads its tables lazily; one lock keeps that safe on any
// libphonenumber version. Callers only get here on a cache miss.
QString geocode(std::uint64_t national)
{
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    static const pn::PhoneNumberOfflineGeocoder geocoder;
    static const icu::Locale chinese("zh");
    const std::string area = geocoder.GetDescriptionForValidNumber(chinaNumber(national), chinese);
    // Without data for the range the geocoder falls back to the country name, which says nothing.
    const QString text = QString::fromStdString(area);
    return text == u"中国" ? QString() : text;
}

// Imports ask about the same ranges a million times: remember each answer, per thread so no
// lock is needed. The home area depends on the first seven digits (the geocoder's data is kept
// per 号段), whether the number is a mobile one on the first five (kMobileDigits). A mixed fleet
// of numbers from anywhere meets a seventh of its numbers' seven-digit ranges for the first
// time, and asking libphonenumber is a few regular expressions each: remembered per five digits,
// a million-card file asks it about 2,400 times instead of 134,000.
class PrefixCache {
public:
    bool isMobile(std::uint64_t national)
    {
        std::int8_t& known = m_mobile.at(block(national));
        if (known < 0) {
            known = isChinaMobile(national) ? 1 : 0;
        }
        return known == 1;
    }

    QString homeArea(std::uint64_t national)
    {
        std::int32_t& index = m_areaIndex.at(slot(national));
        if (index < 0) {
            const QString area = isMobile(national) ? geocode(national) : QString();
            index = static_cast<std::int32_t>(m_areaIds.value(area, -1));
            if (index < 0) {
                index = static_cast<std::int32_t>(m_areas.size());
                m_areas.push_back(area);
                m_areaIds.insert(area, index);
            }
        }
        return m_areas.at(static_cast<std::size_t>(index));
    }

    static PrefixCache& forThisThread()
    {
        thread_local PrefixCache cache;
        return cache;
    }

private:
    static std::size_t slot(std::uint64_t national)
    {
        const auto prefix = national / 10'000; // 11 digits -> the first 7
        return static_cast<std::size_t>(prefix - static_cast<std::uint64_t>(kFirstPrefix));
    }

    static std::size_t block(std::uint64_t national)
    {
        const auto prefix = national / 1'000'000; // 11 digits -> the first 5
        return static_cast<std::size_t>(prefix - static_cast<std::uint64_t>(kFirstBlock));
    }

    std::vector<std::int8_t> m_mobile = std::vector<std::int8_t>(kBlockCount, -1);
    std::vector<std::int32_t> m_areaIndex = std::vector<std::int32_t>(kPrefixCount, -1);
    std::vector<QString> m_areas;
    QHash<QString, std::int32_t> m_areaIds;
};

static_assert(kMsisdnLength - kPrefixDigits == 4, "PrefixCache::slot divides by 10^4");
static_assert(kMsisdnLength - kMobileDigits == 6, "PrefixCache::block divides by 10^6");

// 11 ASCII digits starting with 1, as a number; 0 when not of that shape.
std::uint64_t nationalShape(QStringView digits)
{
    if (digits.size() != kMsisdnLength || digits.front() != u'1' || !allAsciiDigits(digits)) {
        return 0;
    }
    std::uint64_t value = 0;
    for (const QChar c : digits) {
        value = value * 10 + static_cast<std::uint64_t>(digitValue(c));
    }
    return value;
}

// ---- Check characters ----------------------------------------------------------------------

// ISO 7064 MOD 11-2 over the first 17 digits of a resident ID.
QChar residentIdCheck(QStringView first17)
{
    static constexpr std::array<int, 17> kWeights{7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                  3, 7, 9,  10, 5, 8, 4, 2};
    static constexpr std::array<char16_t, 11> kChecks{u'1', u'0', u'X', u'9', u'8', u'7',
                                                      u'6', u'5', u'4', u'3', u'2'};
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i) {
        sum += digitValue(first17.at(static_cast<qsizetype>(i))) * kWeights.at(i);
    }
    return QChar(kChecks.at(static_cast<std::size_t>(sum % 11)));
}

// GB 32100-2015: the code alphabet has no I, O, S, V or Z.
constexpr QStringView kUsccAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

// A character's place in kUsccAlphabet, or -1: a table instead of a search, as a fleet's
// company holders are checked a million times.
int usccValue(QChar c)
{
    static const std::array<std::int8_t, 128> kValues = [] {
        std::array<std::int8_t, 128> values{};
        values.fill(-1);
        for (qsizetype i = 0; i < kUsccAlphabet.size(); ++i) {
            values.at(kUsccAlphabet.at(i).unicode()) = static_cast<std::int8_t>(i);
        }
        return values;
    }();
    return c.unicode() < kValues.size() ? kValues.at(c.unicode()) : -1;
}

QChar usccCheck(QStringView first17)
{
    static constexpr std::array<int, 17> kWeights{1,  3,  9,  27, 19, 26, 16, 17, 20,
                                                  29, 25, 13, 8,  24, 10, 30, 28};
    qsizetype sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i) {
        sum += usccValue(first17.at(static_cast<qsizetype>(i))) * kWeights.at(i);
    }
    const qsizetype check = (31 - sum % 31) % 31;
    return kUsccAlphabet.at(check);
}

constexpr qsizetype kHolderIdLength = 18;

bool residentIdShaped(QStringView id)
{
    return id.size() == kHolderIdLength && allAsciiDigits(id.first(17)) &&
           (isAsciiDigit(id.back()) || id.back() == u'X');
}

} // namespace

bool luhnValid(QStringView digits)
{
    if (digits.isEmpty() || !allAsciiDigits(digits)) {
        return false;
    }
    int sum = 0;
    bool doubleIt = false; // the check digit itself is not doubled
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int value = digitValue(*it);
        if (doubleIt) {
            value *= 2;
            if (value > 9) {
                value -= 9;
            }
        }
        sum += value;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

Result<QString> validateIccid(QStringView text)
{
    const QString iccid = normalised(text);
    if (iccid.isEmpty()) {
        return refusal(ErrorCode::FieldRequired, QStringLiteral("iccid"));
    }
    if (!allAsciiDigits(iccid)) {
        return refusal(ErrorCode::IccidNotDigits, iccid);
    }
    if (iccid.size() != 19 && iccid.size() != 20) {
        return refusal(ErrorCode::IccidLength, iccid);
    }
    if (!iccid.startsWith(u"8986")) {
        return refusal(ErrorCode::IccidPrefix, iccid);
    }
    if (!luhnValid(iccid)) {
        return refusal(ErrorCode::IccidChecksum, iccid);
    }
    return iccid;
}

Result<QString> validateMsisdn(QStringView text)
{
    if (const std::uint64_t national = nationalShape(text); national != 0) {
        // The common case: already the bare 11 digits.
        if (!PrefixCache::forThisThread().isMobile(national)) {
            return refusal(ErrorCode::MsisdnInvalid, text.toString());
        }
        return text.toString();
    }
    QString digits;
    digits.reserve(text.size());
    bool international = false;
    for (const QChar raw : text) {
        const QChar c = foldWidth(raw);
        if (isAsciiDigit(c)) {
            digits += c;
        } else if (c == u'+' && digits.isEmpty() && !international) {
            international = true;
        } else if (!(c.isSpace() || c == u'-' || c == u'(' || c == u')' || c == u'.')) {
            return refusal(ErrorCode::MsisdnInvalid, text.trimmed().toString());
        }
    }
    if (digits.isEmpty()) {
        return refusal(ErrorCode::FieldRequired, QStringLiteral("msisdn"));
    }
    // China's country code in its three written forms: +86, 0086, and a bare 86 before 11 digits.
    if (digits.startsWith(u"0086") && !international) {
        digits.remove(0, 4);
    } else if (digits.startsWith(u"86") && (international || digits.size() == 13)) {
        digits.remove(0, 2);
    } else if (international) {
        return refusal(ErrorCode::MsisdnInvalid, text.trimmed().toString()); // another country
    }
    const std::uint64_t national = nationalShape(digits);
    if (national == 0 || !PrefixCache::forThisThread().isMobile(national)) {
        return refusal(ErrorCode::MsisdnInvalid, text.trimmed().toString());
    }
    return digits;
}

QString homeAreaOf(const QString& msisdn)
{
    std::uint64_t national = nationalShape(msisdn);
    if (national == 0) {
        const auto valid = validateMsisdn(msisdn);
        if (!valid) {
            return {};
        }
        national = nationalShape(valid.value());
    }
    return PrefixCache::forThisThread().homeArea(national);
}

namespace {

// The checks below take identifiers already normalised(), so that validateHolderId, which tries
// both kinds, normalises once.

// What is wrong with an identifier, without the refusal that would name it masked: validateHolderId
// tries a company's code (most holders of a fleet) as a resident ID when it is shaped like one,
// and masking the value for a refusal it then drops was a tenth of checking a holder.
std::optional<ErrorCode> residentIdFault(const QString& id)
{
    if (!residentIdShaped(id)) {
        return ErrorCode::ResidentIdFormat;
    }
    const QStringView view(id);
    const QDate birth(digitsValue(view.sliced(6, 4)), digitsValue(view.sliced(10, 2)),
                      digitsValue(view.sliced(12, 2)));
    if (!birth.isValid()) {
        return ErrorCode::ResidentIdBirthDate;
    }
    if (residentIdCheck(view.first(17)) != id.back()) {
        return ErrorCode::ResidentIdChecksum;
    }
    return std::nullopt;
}

std::optional<ErrorCode> usccFault(const QString& code)
{
    const bool inAlphabet =
        std::all_of(code.begin(), code.end(), [](QChar c) { return usccValue(c) >= 0; });
    if (code.size() != kHolderIdLength || !inAlphabet) {
        return ErrorCode::UsccFormat;
    }
    if (usccCheck(QStringView(code).first(17)) != code.back()) {
        return ErrorCode::UsccChecksum;
    }
    return std::nullopt;
}

// The refusal of an identifier with this fault, which names it masked.
Error idRefusal(ErrorCode fault, const QString& id)
{
    return refusal(fault, maskId(id));
}

} // namespace

Result<QString> validateResidentId(QStringView text)
{
    QString id = normalised(text);
    if (id.isEmpty()) {
        return refusal(ErrorCode::FieldRequired, QStringLiteral("holder_id"));
    }
    if (const std::optional<ErrorCode> fault = residentIdFault(id)) {
        return idRefusal(*fault, id);
    }
    return id;
}

Result<QString> validateUscc(QStringView text)
{
    QString code = normalised(text);
    if (code.isEmpty()) {
        return refusal(ErrorCode::FieldRequired, QStringLiteral("holder_id"));
    }
    if (const std::optional<ErrorCode> fault = usccFault(code)) {
        return idRefusal(*fault, code);
    }
    return code;
}

Result<HolderId> validateHolderId(QStringView text)
{
    QString id = normalised(text);
    if (id.isEmpty()) {
        return refusal(ErrorCode::FieldRequired, QStringLiteral("holder_id"));
    }
    // A value not shaped like a resident ID is not checked as one: its refusal (with the masked
    // value it carries) would only be thrown away, and most holders of a fleet are companies.
    const bool residentShaped = residentIdShaped(id);
    std::optional<ErrorCode> resident;
    if (residentShaped) {
        resident = residentIdFault(id);
        if (!resident) {
            return HolderId{std::move(id), HolderIdKind::ResidentId};
        }
    }
    const std::optional<ErrorCode> uscc = usccFault(id);
    if (!uscc) {
        return HolderId{std::move(id), HolderIdKind::Uscc};
    }
    // Name the more specific failure when the value clearly meant one of the two.
    if (residentShaped) {
        return idRefusal(*resident, id);
    }
    if (*uscc == ErrorCode::UsccChecksum) {
        return idRefusal(*uscc, id);
    }
    return idRefusal(ErrorCode::HolderIdInvalid, id);
}

Result<QString> validateHomeArea(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const bool sane =
        trimmed.size() <= kHomeAreaMaxLength &&
        std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isLetter(); }) &&
        std::none_of(trimmed.begin(), trimmed.end(), [](QChar c) {
            return c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
                   c.category() == QChar::Separator_Paragraph;
        });
    if (sane)
        return trimmed.toString();
    // The whole cell could be anything: name enough of it to find it.
    constexpr qsizetype kShown = 40;
    QString shown = trimmed.first(std::min(trimmed.size(), kShown)).toString();
    for (QChar& c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QChar(u' ');
    }
    if (trimmed.size() > kShown)
        shown += QChar(u'…');
    return refusal(ErrorCode::HomeAreaInvalid, shown);
}

Result<QDate> parseIsoDate(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const bool shaped = trimmed.size() == 10 && trimmed.at(4) == u'-' && trimmed.at(7) == u'-' &&
                        allAsciiDigits(trimmed.first(4)) && allAsciiDigits(trimmed.sliced(5, 2)) &&
                        allAsciiDigits(trimmed.sliced(8, 2));
    if (shaped) {
        const QDate date(digitsValue(trimmed.first(4)), digitsValue(trimmed.sliced(5, 2)),
                         digitsValue(trimmed.sliced(8, 2)));
        if (date.isValid()) {
            return date;
        }
    }
    return refusal(ErrorCode::DateInvalid, trimmed.toString());
}

namespace {

// Reads one to maxDigits ASCII digits at position at; 0 (never a valid year, month or day)
// when there are none or too many.
int numberAt(QStringView text, qsizetype& at, qsizetype maxDigits)
{
    const qsizetype start = at;
    while (at < text.size() && isAsciiDigit(text.at(at)))
        ++at;
    const qsizetype digits = at - start;
    return digits >= 1 && digits <= maxDigits ? digitsValue(text.sliced(start, digits)) : 0;
}

// Year (exactly four digits), month and day, each followed by its separator ("" for none).
std::optional<QDate> yearFirstDate(QStringView text, QStringView afterYear, QStringView afterMonth,
                                   QStringView afterDay)
{
    qsizetype at = 0;
    const auto separator = [&](QStringView expected) {
        if (!text.sliced(at).startsWith(expected))
            return false;
        at += expected.size();
        return true;
    };
    const qsizetype yearStart = at;
    const int year = numberAt(text, at, 4);
    if (at - yearStart != 4 || !separator(afterYear))
        return std::nullopt;
    const int month = numberAt(text, at, 2);
    if (month == 0 || !separator(afterMonth))
        return std::nullopt;
    const int day = numberAt(text, at, 2);
    if (day == 0 || !separator(afterDay) || at != text.size())
        return std::nullopt;
    const QDate date(year, month, day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

Result<QDate> parseFileDate(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const QStringView separator : {QStringView(u"-"), QStringView(u"/")}) {
        if (const std::optional<QDate> date = yearFirstDate(trimmed, separator, separator, {}))
            return *date;
    }
    if (const std::optional<QDate> date = yearFirstDate(trimmed, u"年", u"月", u"日"))
        return *date;
    return refusal(ErrorCode::DateInvalid, trimmed.toString());
}

} // namespace simfleet
