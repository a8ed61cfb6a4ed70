// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace simfleet {

// Whose exposure a card counts toward in the employee exposure report: a person's, when it is
// held under their resident ID (registered to them under 实名登记); nobody's, under a company's
// USCC; or nobody can tell, when the holder ID is missing or not valid. The store keeps this for
// every card it writes (the report then reads only the cards that count), so it is decided here
// once, by validateHolderId, and never again in SQL.
struct HolderExposure {
    enum class Kind { Person, Company, Unidentified };
    Kind kind{Kind::Unidentified};
    QString residentId; // Person only: the ID as validateHolderId normalises it

    friend bool operator==(const HolderExposure&, const HolderExposure&) = default;
};

HolderExposure holderExposure(QStringView holderId);

} // namespace simfleet
