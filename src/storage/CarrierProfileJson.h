// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CarrierProfile.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <vector>

namespace simfleet::sqlite {

// A profile as the JSON object stored in carrier_profiles.profile and written in
// resources/carriers/default_profiles.json: {"carrier": "cmcc", "name": ..., "hotline": ...,
// "channels": ["self-online", ...], "materials": [...], "typicalProcessingDays": 7,
// "requiresFullHolderData": false}. Unknown keys are ignored.
QJsonObject carrierProfileToJson(const CarrierProfile& profile);
Result<CarrierProfile> carrierProfileFromJson(const QJsonObject& json);

// The four seeded profiles (reported practice, to be verified per carrier), in kAllCarriers
// order. Throws std::logic_error when the embedded file is broken (a build defect).
const std::vector<CarrierProfile>& defaultCarrierProfiles();

} // namespace simfleet::sqlite
