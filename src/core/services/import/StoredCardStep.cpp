// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/StoredCardStep.h"

#include "rules/Lifecycle.h"
#include "services/CardChanges.h"
#include "services/import/ImportKeys.h"

namespace simfleet {

namespace {

constexpr QLatin1String kSourceKey("source");
constexpr QLatin1String kImportSource("import");

} // namespace

StoredCardStep::StoredCardStep(StoreReader& store, StoreWriter* writer, const CardColumns& columns,
                               IssueSink& issues, ImportSummary& summary)
    : m_store(store), m_writer(writer), m_columns(columns), m_issues(issues), m_summary(summary),
      m_storeEmpty(store.countCards({}) == 0)
{}

void StoredCardStep::take(const CardRows& rows, const std::function<bool()>& writing)
{
    m_newCards.clear();
    for (std::size_t index = 0; index < rows.size(); ++index)
        takeRow(rows, index, writing());
    flushNewCards(rows);
}

void StoredCardStep::takeRow(const CardRows& rows, std::size_t index, bool write)
{
    if (!write)
        m_newCards.clear(); // the transaction will be rolled back: spare the work
    const Card& row = rows.cards[index];
    const int line = rows.lines[index];
    if (m_storeEmpty) {
        ++m_summary.imported;
        if (write)
            m_newCards.push_back(index);
        return;
    }
    const std::optional<Card> stored = m_store.cardByIccid(row.iccid);
    const bool clean = !numberHeldElsewhere(row, stored);
    if (!clean)
        m_issues.add(line, m_columns.header(CardColumn::Msisdn),
                     Error{ErrorCode::DuplicateMsisdn, row.msisdn, 0});
    if (!stored) {
        ++m_summary.imported;
        if (write && clean)
            m_newCards.push_back(index);
        return;
    }
    Card updated = *stored;
    applyCardRow(row, m_columns, updated);
    const QStringList changed = changedCardFields(*stored, updated);
    if (changed.isEmpty()) {
        ++m_summary.unchanged;
    } else if (isFinal(stored->state)) {
        m_issues.add(line, m_columns.header(CardColumn::Iccid),
                     Error{ErrorCode::CardVoid, row.iccid, 0});
    } else {
        ++m_summary.updated;
        if (write && clean) {
            flushNewCards(rows); // the audit chain follows the file's order
            update(*stored, updated, changed);
        }
    }
}

bool StoredCardStep::numberHeldElsewhere(const Card& row, const std::optional<Card>& stored)
{
    // A card keeping its own number needs no second look: numbers are unique.
    if (stored && stored->msisdn == row.msisdn)
        return false;
    if (m_releasedNumbers.contains(msisdnKey(row.msisdn)))
        return true;
    const std::optional<Card> holder = m_store.cardByMsisdn(row.msisdn);
    return holder && (!stored || holder->id != stored->id);
}

void StoredCardStep::flushNewCards(const CardRows& rows)
{
    if (m_newCards.empty())
        return;
    static const QJsonObject createdDetails{{QString(kSourceKey), QString(kImportSource)}};
    const AuditDraft created{AuditAction::CardCreated, std::nullopt, CardState::Active,
                             createdDetails};
    const std::size_t first = m_newCards.front();
    if (m_newCards.back() - first + 1 == m_newCards.size()) {
        m_writer->insertCards(std::span(rows.cards).subspan(first, m_newCards.size()), created);
    } else {
        m_scattered.clear();
        for (const std::size_t index : m_newCards)
            m_scattered.push_back(rows.cards[index]);
        m_writer->insertCards(m_scattered, created);
        m_scattered.clear();
    }
    m_newCards.clear();
}

void StoredCardStep::update(const Card& stored, const Card& updated, const QStringList& changed)
{
    QJsonObject details = cardEditDetails(stored, updated, changed);
    details.insert(kSourceKey, kImportSource);
    m_writer->updateCard(updated,
                         AuditDraft{AuditAction::CardEdited, std::nullopt, std::nullopt, details});
    if (stored.msisdn != updated.msisdn && !stored.msisdn.isEmpty())
        m_releasedNumbers.insert(msisdnKey(stored.msisdn));
}

} // namespace simfleet
