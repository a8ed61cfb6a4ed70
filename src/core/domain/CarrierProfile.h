// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CardState.h"
#include "domain/Carrier.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace simfleet {

// Each carrier's practice, kept as editable data (seeded from resources/carriers), never code:
// it is reported practice, to be verified per carrier.
struct CarrierProfile {
    Carrier carrier{Carrier::Cmcc};
    QString name;    // display name, e.g. "中国移动 China Mobile"
    QString hotline; // "10086"
    std::vector<Channel> channels;
    QStringList materials; // checklist items, in the carrier's language
    int typicalProcessingDays{7};
    // Whether the carrier's line list must show holder names/IDs unmasked.
    bool requiresFullHolderData{false};

    friend bool operator==(const CarrierProfile&, const CarrierProfile&) = default;
};

} // namespace simfleet
