// SPDX-License-Identifier: GPL-3.0-or-later
// What the oracle tests share: random draws for their fleets and ledgers, and the comparison of
// a report from the summaries with the whole-ledger computation.
#pragma once

#include "ReportFixture.h"
#include "services/ReportService.h"

#include <catch2/catch.hpp>
#include <random>

namespace simfleet::testing {

// Draws from one seed: the same seed makes the same fleet and ledger every time.
class RandomDraws {
public:
    explicit RandomDraws(std::uint32_t seed) : m_random(seed) {}

    int below(int bound) { return std::uniform_int_distribution<int>(0, bound - 1)(m_random); }
    bool chance(int percent) { return below(100) < percent; }
    Money fen(int low, int high)
    {
        return Money::fromFen(std::uniform_int_distribution<int>(low, high)(m_random));
    }

private:
    std::mt19937 m_random;
};

inline LedgerEntry entryOf(CardId card, EntryKind kind, QDate date, Money amount)
{
    LedgerEntry made = entry(kind, date, amount);
    made.cardId = card;
    return made;
}

inline AuditDraft postedAudit()
{
    return AuditDraft{AuditAction::LedgerEntryPosted, std::nullopt, std::nullopt, {}};
}

// Every figure of the two reports, group by group, to the fen.
inline void requireSameReport(const OutstandingReport& summary, const OutstandingReport& oracle)
{
    REQUIRE(summary.groups.size() == oracle.groups.size());
    for (std::size_t i = 0; i < oracle.groups.size(); ++i) {
        INFO("group " << oracle.groups[i].key.toStdString());
        CHECK(summary.groups[i].key == oracle.groups[i].key);
        CHECK(summary.groups[i].cards == oracle.groups[i].cards);
        CHECK(summary.groups[i].outstanding == oracle.groups[i].outstanding);
        CHECK(summary.groups[i].aging == oracle.groups[i].aging);
    }
    CHECK(summary.total.cards == oracle.total.cards);
    CHECK(summary.total.outstanding == oracle.total.outstanding);
    CHECK(summary.total.aging == oracle.total.aging);
    CHECK(summary.credit == oracle.credit);
    CHECK(summary.creditCards == oracle.creditCards);
}

} // namespace simfleet::testing
