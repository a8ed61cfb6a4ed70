// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringView>
#include <array>

namespace simfleet {

enum class Carrier { Cmcc, Cucc, Ctcc, Cbn };

inline constexpr std::array<Carrier, 4> kAllCarriers{Carrier::Cmcc, Carrier::Cucc, Carrier::Ctcc,
                                                     Carrier::Cbn};

// Stored code: "cmcc", "cucc", "ctcc", "cbn".
QString carrierCode(Carrier carrier);
// "China Mobile" ... (English, untranslated; front ends translate through ErrorText/LabelText).
QString carrierEnglishName(Carrier carrier);
// "中国移动" ...
QString carrierChineseName(Carrier carrier);
// Accepts the code, the English name or the Chinese name (short forms 移动/联通/电信/广电 too),
// case-insensitive, surrounding spaces ignored.
Result<Carrier> parseCarrier(QStringView text);

} // namespace simfleet
