// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/AuditPage.h"

#include "common/Display.h"
#include "rules/Validators.h"
#include "text/Labels.h"

#include <algorithm>
#include <deque>

namespace simfleet::gui {
namespace {

bool stateMatches(const std::optional<CardState>& state, const QString& filter)
{
    return state && (stateCode(*state).contains(filter, Qt::CaseInsensitive) ||
                     stateLabel(*state).contains(filter, Qt::CaseInsensitive));
}

std::int64_t lastPageOf(std::int64_t matching, std::int64_t pageSize)
{
    return matching == 0 ? 0 : (matching - 1) / pageSize;
}

// Every event matches: the store counts them and reads the one page, newest first.
AuditPage wholeLogPage(StoreReader& store, std::int64_t page, std::int64_t pageSize)
{
    AuditPage result;
    result.total = store.auditCount();
    result.matching = result.total;
    result.page = std::min(page, lastPageOf(result.matching, pageSize));
    result.rows = store.auditNewestFirst(result.page * pageSize, pageSize);
    return result;
}

// Only the text tells which events match: one pass over the log, keeping the newest
// (page + 1) pages of matches; everything older is counted, not kept.
AuditPage scannedPage(StoreReader& store, const QString& filter, std::int64_t page,
                      std::int64_t pageSize)
{
    // A phone number finds its card's events: the log records cards by ICCID only.
    std::optional<CardId> numbered;
    if (const Result<QString> msisdn = validateMsisdn(filter)) {
        if (const std::optional<Card> card = store.cardByMsisdn(*msisdn))
            numbered = card->id;
    }
    const auto keep = static_cast<std::size_t>((page + 1) * pageSize);
    AuditPage result;
    std::deque<AuditEvent> newest;
    store.forEachAuditEvent([&](const AuditEvent& event) {
        ++result.total;
        const bool ofNumberedCard = numbered && event.cardId == numbered;
        if (!ofNumberedCard && !auditEventMatches(event, filter))
            return;
        ++result.matching;
        newest.push_back(event);
        if (newest.size() > keep)
            newest.pop_front();
    });

    result.page = std::min(page, lastPageOf(result.matching, pageSize));
    // newest.back() is the newest match; page p starts p * pageSize matches before it.
    const auto skip = static_cast<std::size_t>(result.page * pageSize);
    for (std::size_t i = skip; i < newest.size() && i < skip + static_cast<std::size_t>(pageSize);
         ++i)
        result.rows.push_back(newest[newest.size() - 1 - i]);
    return result;
}

} // namespace

bool auditEventMatches(const AuditEvent& event, const QString& filter)
{
    if (filter.isEmpty())
        return true;
    const auto has = [&](const QString& text) {
        return text.contains(filter, Qt::CaseInsensitive);
    };
    return has(QString::number(event.seq)) || has(event.operatorName) || has(event.iccid) ||
           has(auditActionCode(event.action)) || has(auditActionLabel(event.action)) ||
           stateMatches(event.fromState, filter) || stateMatches(event.toState, filter) ||
           has(detailsLine(event.details));
}

AuditPage loadAuditPage(StoreReader& store, const AuditPageRequest& request)
{
    const QString filter = request.filter.trimmed();
    const std::int64_t pageSize = std::max(1, request.pageSize);
    const std::int64_t page = std::max<std::int64_t>(0, request.page);
    return filter.isEmpty() ? wholeLogPage(store, page, pageSize)
                            : scannedPage(store, filter, page, pageSize);
}

} // namespace simfleet::gui
