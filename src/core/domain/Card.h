// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CardState.h"
#include "domain/Carrier.h"
#include "domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <cstdint>

namespace simfleet {

using CardId = std::int64_t;

struct Card {
    CardId id{0}; // 0 until stored
    QString iccid;
    QString msisdn;
    Carrier carrier{Carrier::Cmcc};
    QString plan;
    Money monthlyFee;
    QString holderName; // personal data: mask before showing or logging
    QString holderId;   // resident ID or USCC; personal data
    QString department;
    QString assignee;
    QDate activatedOn; // may be null
    // 归属地 as the geocoder derives it from msisdn, e.g. "北京市" or "广东省深圳市"; empty when
    // it does not know the range.
    QString numberHomeArea;
    // 归属地 as the fleet file or an edit declared it, kept as given; empty when none was.
    QString declaredHomeArea;
    CardState state{CardState::Active};
    QDateTime stateSince; // UTC; when the card entered its current state
    bool lost{false};     // 挂失 flag: urgent, not a state
    // Store-maintained, read-only for services:
    Money balance;           // sum of the card's ledger
    std::int64_t version{0}; // bumped on every change to the card or its ledger

    // The card's home area: the declared one when there is one, else the number's. Packets are
    // split by it; reports, groups, filters and lists use it.
    const QString& homeArea() const
    {
        return declaredHomeArea.isEmpty() ? numberHomeArea : declaredHomeArea;
    }
    // The declared home area is not the one the number says (both known): show both.
    bool homeAreaDiffersFromNumber() const
    {
        return !declaredHomeArea.isEmpty() && !numberHomeArea.isEmpty() &&
               declaredHomeArea != numberHomeArea;
    }

    friend bool operator==(const Card&, const Card&) = default;
};

} // namespace simfleet
