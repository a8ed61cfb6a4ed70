// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reports/ExposureReport.h"

#include "rules/Masking.h"
#include "rules/Validators.h"
#include "services/reports/CardHistory.h"
#include "services/reports/StandingNow.h"

#include <algorithm>
#include <map>

namespace simfleet {

namespace {

ExposedCard exposed(const Card& card, CardState state)
{
    return ExposedCard{card.id,
                       card.iccid,
                       card.msisdn,
                       card.carrier,
                       state,
                       card.department,
                       shownAssignee(card.assignee, card.holderName)};
}

// Where each card stood at the end of the day: as it stands now when nothing was recorded since
// (fleetStandsAsOf), else put back from the replayed audit log.
class StateAsOf {
public:
    StateAsOf(StoreReader& store, QDate asOf, bool replay)
    {
        if (replay)
            m_history = CardHistory::read(store, asOf);
    }
    std::optional<CardState> of(const Card& card) const
    {
        if (!m_history)
            return card.state;
        const std::optional<CardStanding> standing = m_history->standingOf(card);
        return standing ? std::optional<CardState>(standing->state) : std::nullopt;
    }

private:
    std::optional<CardHistory> m_history;
};

ExposureReport exposureReport(StoreReader& store, QDate asOf, bool replay)
{
    ExposureReport report;
    report.asOf = asOf;

    const StateAsOf stateAsOf(store, asOf, replay);
    // Keyed by the full ID only while grouping; it never leaves this function.
    std::map<QString, ExposureHolder> byId;
    store.forEachCard({}, [&](const Card& card) {
        const std::optional<CardState> state = stateAsOf.of(card);
        if (!state || *state == CardState::Void)
            return;
        const Result<HolderId> holderId = validateHolderId(card.holderId);
        if (!holderId) {
            ++report.unidentifiedCards;
            return;
        }
        if (holderId->kind != HolderIdKind::ResidentId)
            return;
        ExposureHolder& holder = byId[holderId->value];
        if (holder.maskedId.isEmpty())
            holder.maskedId = maskId(holderId->value);
        if (holder.maskedName.isEmpty())
            holder.maskedName = maskName(card.holderName.trimmed());
        holder.cards.push_back(exposed(card, *state)); // forEachCard goes in ICCID order
        ++report.totalCards;
    });

    report.holders.reserve(byId.size());
    for (auto& entry : byId)
        report.holders.push_back(std::move(entry.second));
    // Stable over the map's ID order, so equal masks keep a fixed order between runs.
    std::stable_sort(report.holders.begin(), report.holders.end(),
                     [](const ExposureHolder& a, const ExposureHolder& b) {
                         if (a.cardCount() != b.cardCount())
                             return a.cardCount() > b.cardCount();
                         return a.maskedId < b.maskedId;
                     });
    return report;
}

} // namespace

ExposureReport computeExposureReport(StoreReader& store, QDate asOf)
{
    return exposureReport(store, asOf, !fleetStandsAsOf(store, asOf));
}

ExposureReport computeExposureReportFromHistory(StoreReader& store, QDate asOf)
{
    return exposureReport(store, asOf, true);
}

} // namespace simfleet
