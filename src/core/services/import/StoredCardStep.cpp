// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/StoredCardStep.h"

#include "services/CardChanges.h"
#include "services/import/ImportKeys.h"

namespace simfleet {

namespace {

// Large enough that storing a batch costs little more than its rows, small enough to stop soon
// after a refused row.
constexpr std::size_t kNewCardsPerBatch = 1024;

constexpr QLatin1String kSourceKey("source");
constexpr QLatin1String kImportSource("import");

} // namespace

StoredCardStep::StoredCardStep(StoreReader& store, StoreWriter* writer, const CardColumns& columns,
                               const QDateTime& now, IssueSink& issues, ImportSummary& summary)
    : m_store(store), m_writer(writer), m_columns(columns), m_now(now), m_issues(issues),
      m_summary(summary), m_storeEmpty(store.countCards({}) == 0)
{}

void StoredCardStep::take(const CardRow& row, bool write)
{
    if (!write)
        m_newCards.clear(); // the transaction will be rolled back: spare the work
    if (m_storeEmpty) {
        ++m_summary.imported;
        if (write)
            insert(row);
        return;
    }
    const std::optional<Card> stored = m_store.cardByIccid(row.iccid);
    const bool clean = !numberHeldElsewhere(row, stored);
    if (!clean)
        m_issues.add(row.line, m_columns.header(CardColumn::Msisdn),
                     Error{ErrorCode::DuplicateMsisdn, row.msisdn, 0});
    if (!stored) {
        ++m_summary.imported;
        if (write && clean)
            insert(row);
        return;
    }
    Card updated = *stored;
    applyCardRow(row, m_columns, updated);
    const QStringList changed = changedCardFields(*stored, updated);
    if (changed.isEmpty()) {
        ++m_summary.unchanged;
    } else if (stored->state == CardState::Void) {
        m_issues.add(row.line, m_columns.header(CardColumn::Iccid),
                     Error{ErrorCode::CardVoid, row.iccid, 0});
    } else {
        ++m_summary.updated;
        if (write && clean)
            update(*stored, updated, changed);
    }
}

bool StoredCardStep::numberHeldElsewhere(const CardRow& row, const std::optional<Card>& stored)
{
    // A card keeping its own number needs no second look: numbers are unique.
    if (stored && stored->msisdn == row.msisdn)
        return false;
    if (m_releasedNumbers.contains(msisdnKey(row.msisdn)))
        return true;
    const std::optional<Card> holder = m_store.cardByMsisdn(row.msisdn);
    return holder && (!stored || holder->id != stored->id);
}

void StoredCardStep::insert(const CardRow& row)
{
    m_newCards.push_back(newCardFromRow(row, m_columns, m_now));
    if (m_newCards.size() == kNewCardsPerBatch)
        flushNewCards();
}

void StoredCardStep::flushNewCards()
{
    if (m_newCards.empty())
        return;
    static const QJsonObject createdDetails{{QString(kSourceKey), QString(kImportSource)}};
    m_writer->insertCards(m_newCards, AuditDraft{AuditAction::CardCreated, std::nullopt,
                                                 CardState::Active, createdDetails});
    m_newCards.clear();
}

void StoredCardStep::finish()
{
    if (m_writer != nullptr)
        flushNewCards();
}

void StoredCardStep::update(const Card& stored, const Card& updated, const QStringList& changed)
{
    flushNewCards(); // the audit chain follows the file's order
    QJsonObject details = cardEditDetails(stored, updated, changed);
    details.insert(kSourceKey, kImportSource);
    m_writer->updateCard(updated,
                         AuditDraft{AuditAction::CardEdited, std::nullopt, std::nullopt, details});
    if (stored.msisdn != updated.msisdn && !stored.msisdn.isEmpty())
        m_releasedNumbers.insert(msisdnKey(stored.msisdn));
}

} // namespace simfleet
