// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reports/ExposureReport.h"

#include "rules/Masking.h"
#include "rules/Validators.h"
#include "services/reports/CardHistory.h"
#include "services/reports/ExposureFromSummary.h"
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

// Every card put back where it stood at the end of the day from the replayed audit log: the
// definition, read from the whole fleet.
ExposureReport replayedReport(StoreReader& store, QDate asOf)
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

// Collects what a sink is given into the whole report.
class WholeReport final : public ExposureSink {
public:
    void begin(const ExposureTotals& totals) override
    {
        m_report.asOf = totals.asOf;
        m_report.totalCards = totals.totalCards;
        m_report.unidentifiedCards = totals.unidentifiedCards;
        m_report.holders.reserve(static_cast<std::size_t>(totals.holders));
    }
    void holder(const ExposureHolder& holder) override { m_report.holders.push_back(holder); }
    ExposureReport take() { return std::move(m_report); }

private:
    ExposureReport m_report;
};

} // namespace

void streamExposureReport(StoreReader& store, QDate asOf, ExposureSink& sink)
{
    if (fleetStandsAsOf(store, asOf)) {
        streamExposureFromSummary(store, asOf, sink);
        return;
    }
    const ExposureReport report = replayedReport(store, asOf);
    sink.begin(ExposureTotals{report.asOf, static_cast<std::int64_t>(report.holders.size()),
                              report.totalCards, report.unidentifiedCards});
    for (const ExposureHolder& holder : report.holders)
        sink.holder(holder);
}

ExposureReport computeExposureReport(StoreReader& store, QDate asOf)
{
    WholeReport whole;
    streamExposureReport(store, asOf, whole);
    return whole.take();
}

ExposureReport computeExposureReportFromHistory(StoreReader& store, QDate asOf)
{
    return replayedReport(store, asOf);
}

} // namespace simfleet
