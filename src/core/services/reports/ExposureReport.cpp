// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reports/ExposureReport.h"

#include "rules/Masking.h"
#include "rules/Validators.h"
#include "services/reports/CardHistory.h"

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

} // namespace

ExposureReport computeExposureReport(StoreReader& store, QDate asOf)
{
    ExposureReport report;
    report.asOf = asOf;

    const CardHistory history = CardHistory::read(store, asOf);
    // Keyed by the full ID only while grouping; it never leaves this function.
    std::map<QString, ExposureHolder> byId;
    store.forEachCard({}, [&](const Card& card) {
        const std::optional<CardStanding> standing = history.standingOf(card);
        if (!standing || standing->state == CardState::Void)
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
        holder.cards.push_back(exposed(card, standing->state)); // forEachCard goes in ICCID order
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

} // namespace simfleet
