// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <algorithm>
#include <vector>

namespace simfleet {

// One card's ledger folded into what oldest-first settlement (ageArrears) leaves unpaid, one
// figure per day: the form in which stores keep their arrears summaries and answer reports as of
// a past day without building a LedgerEntry per row. Feed a card's entries in date order (any
// order within a day); Day is whatever ordered key the caller reads dates as (a store uses its
// "YYYY-MM-DD" text). Charges on the same day age alike, so settling them in their id order, as
// ageArrears does, leaves the same unpaid amount for that day.
template <class Day> class ArrearsFold {
public:
    struct UnpaidDay {
        Day day;
        Money unpaid;
    };

    void clear()
    {
        m_days.clear();
        m_received = Money();
    }

    // An entry's balance effect (balanceEffect): charges and positive adjustments owe, payments
    // and negative adjustments settle.
    void add(const Day& day, Money effect)
    {
        if (!effect.isPositive()) {
            m_received -= effect;
            return;
        }
        if (!m_days.empty() && m_days.back().day == day)
            m_days.back().unpaid += effect;
        else
            m_days.push_back(UnpaidDay{day, effect});
    }

    Money balance() const
    {
        Money charged;
        for (const UnpaidDay& day : m_days)
            charged += day.unpaid;
        return charged - m_received;
    }

    // Calls visit(day, unpaid) for each day whose charges are not fully settled, oldest first.
    template <class Visit> void forEachUnpaid(Visit&& visit) const
    {
        Money left = m_received;
        for (const UnpaidDay& charged : m_days) {
            const Money settled = std::min(left, charged.unpaid);
            left -= settled;
            if (charged.unpaid > settled)
                visit(charged.day, charged.unpaid - settled);
        }
    }

private:
    std::vector<UnpaidDay> m_days; // charged per day, in day order, before settlement
    Money m_received;
};

} // namespace simfleet
