// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/HolderExposure.h"

#include "rules/Validators.h"

namespace simfleet {

HolderExposure holderExposure(QStringView holderId)
{
    Result<HolderId> valid = validateHolderId(holderId);
    if (!valid)
        return HolderExposure{HolderExposure::Kind::Unidentified, {}};
    if (valid->kind != HolderIdKind::ResidentId)
        return HolderExposure{HolderExposure::Kind::Company, {}};
    return HolderExposure{HolderExposure::Kind::Person, std::move(valid).value().value};
}

} // namespace simfleet
