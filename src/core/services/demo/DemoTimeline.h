// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CarrierProfile.h"
#include "domain/Money.h"
#include "rules/Lifecycle.h"
#include "services/demo/DemoCasting.h"
#include "services/demo/DemoRandom.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <map>
#include <span>
#include <vector>

namespace simfleet::demo {

// One thing the office or the carrier did to a line after it was billed.
struct DemoStep {
    enum class Kind {
        Transition,
        Charge,       // a new bill (amount, date, reference)
        RefundCredit, // an adjustment cancelling whatever credit the card carries
    };
    QDateTime at; // UTC
    Kind kind{Kind::Transition};
    TransitionRequest request; // Transition
    Money amount;              // Charge
    QDate date;                // Charge, RefundCredit
    QString reference;         // Charge, RefundCredit
};

struct CardTimeline {
    QDate clearedOn; // when its arrears were settled; null when the card never left service
    std::vector<DemoStep> steps; // in time order
};

// The office works through cancellations once a week and the carriers answer on another
// weekday, so lines move in batches: one channel per carrier and week, one receipt (回执) per
// carrier, home area and week, as a business hall would issue it.
class DemoTimeline {
public:
    DemoTimeline(DemoRandom& random, QDateTime nowUtc, std::span<const CarrierProfile> profiles);

    CardTimeline plan(DemoRole role, Carrier carrier, QStringView receiptCode, Money monthlyFee);

private:
    QDate officeDay(int weeksBack) const;
    QDate carrierDay(int weeksBack) const;
    QDateTime at(QDate day, int hour, int minute) const;
    int confirmationLagWeeks(Carrier carrier) const;
    Channel channelFor(int week, Carrier carrier);
    QString receiptFor(int week, Carrier carrier, QStringView receiptCode);
    // An office day in last month, at least `after` days after its 1st and `before` days before
    // this month's 1st.
    QDate officeDayLastMonth(int after, int before);

    void clearAndRequest(CardTimeline& timeline, int week, Carrier carrier);
    DemoStep transition(QDateTime when, CardState to) const;

    DemoRandom& m_random;
    QDateTime m_now;
    QDate m_today;
    std::span<const CarrierProfile> m_profiles;
    std::map<std::pair<int, Carrier>, Channel> m_channels;
    std::map<QString, QString> m_receipts;
};

} // namespace simfleet::demo
