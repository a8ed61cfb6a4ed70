// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Carrier.h"

#include <optional>

namespace simfleet {

namespace {

struct CarrierNames {
    Carrier carrier;
    const char16_t* code;
    const char16_t* english;
    const char16_t* chinese;
    const char16_t* chineseShort;
};

constexpr std::array<CarrierNames, 4> kNames{{
    {Carrier::Cmcc, u"cmcc", u"China Mobile", u"中国移动", u"移动"},
    {Carrier::Cucc, u"cucc", u"China Unicom", u"中国联通", u"联通"},
    {Carrier::Ctcc, u"ctcc", u"China Telecom", u"中国电信", u"电信"},
    {Carrier::Cbn, u"cbn", u"China Broadnet", u"中国广电", u"广电"},
}};

const CarrierNames& namesOf(Carrier carrier)
{
    for (const auto& names : kNames) {
        if (names.carrier == carrier) {
            return names;
        }
    }
    return kNames.front(); // unreachable for a valid enum value
}

} // namespace

QString carrierCode(Carrier carrier)
{
    return QString::fromUtf16(namesOf(carrier).code);
}

QString carrierEnglishName(Carrier carrier)
{
    return QString::fromUtf16(namesOf(carrier).english);
}

QString carrierChineseName(Carrier carrier)
{
    return QString::fromUtf16(namesOf(carrier).chinese);
}

namespace {

std::optional<Carrier> carrierNamed(QStringView wanted)
{
    for (const auto& names : kNames) {
        for (const char16_t* candidate :
             {names.code, names.english, names.chinese, names.chineseShort}) {
            if (wanted.compare(QStringView(candidate), Qt::CaseInsensitive) == 0) {
                return names.carrier;
            }
        }
    }
    return std::nullopt;
}

} // namespace

Result<Carrier> parseCarrier(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (const std::optional<Carrier> carrier = carrierNamed(trimmed)) {
        return *carrier;
    }
    // simplified(): spreadsheets leave doubled or non-breaking spaces inside "China  Mobile".
    // Only now, as it copies: an import meets a million carriers, nearly all written plainly.
    if (const std::optional<Carrier> carrier = carrierNamed(trimmed.toString().simplified())) {
        return *carrier;
    }
    return Error{ErrorCode::CarrierUnknown, trimmed.toString(), 0};
}

} // namespace simfleet
