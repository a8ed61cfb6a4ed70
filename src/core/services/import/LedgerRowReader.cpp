// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/LedgerRowReader.h"

#include "ports/Clock.h"
#include "rules/Lifecycle.h"
#include "services/LedgerChecks.h"

namespace simfleet {

namespace {

// Rows per batch: the store writes a batch's entries card by card, and the larger the batch,
// the more of them share pages (LedgerBatchRows). A batch takes about 80 bytes a row.
constexpr std::size_t kRowsPerBatch = std::size_t{1} << 17;
// Read ahead of the storing thread: enough that neither waits for the other.
constexpr std::size_t kBatchesAhead = 1;

} // namespace

LedgerRowReader::LedgerRowReader(ImportPass pass, const LedgerColumns& columns, LedgerCards cards,
                                 const QString& operatorName, const QDateTime& now, int maxIssues)
    : m_pass(std::move(pass)), m_columns(columns), m_cards(std::move(cards)),
      m_operator(operatorName), m_now(now),
      m_today(businessDate(now)), m_outcome{0, 0, false, IssueSink(maxIssues)},
      m_threaded(!m_cards.asksStore())
{
    if (m_threaded)
        m_thread = std::thread([this] { readOnThread(); });
}

LedgerRowReader::~LedgerRowReader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop.store(true);
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool LedgerRowReader::next(LedgerRows& rows)
{
    if (!m_threaded)
        return fill(rows);
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (m_ready.empty())
        return false;
    rows = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

LedgerRowReader::Outcome LedgerRowReader::finish()
{
    if (m_thread.joinable())
        m_thread.join();
    return std::move(m_outcome);
}

void LedgerRowReader::refuse(int line, const QString& column, Error error)
{
    m_outcome.issues.add(line, column, std::move(error));
    m_refusedAny.store(true, std::memory_order_release);
}

std::optional<RowCard> LedgerRowReader::cardToPost(const LedgerRow& row)
{
    std::optional<RowCard> card = m_cards.find(row);
    if (!card) {
        refuse(row.line, m_columns.header(row.keyColumn),
               Error{ErrorCode::CardNotFound, row.key, 0});
        return std::nullopt;
    }
    if (m_reopened.contains(card->id))
        card->state = CardState::Active;
    if (isFinal(card->state)) {
        refuse(row.line, m_columns.header(row.keyColumn), Error{ErrorCode::CardVoid, row.key, 0});
        return std::nullopt;
    }
    if (const auto refused = checkEntryDate(row.date, m_today)) {
        refuse(row.line, m_columns.header(LedgerColumn::Date), *refused);
        return std::nullopt;
    }
    return card;
}

bool LedgerRowReader::fill(LedgerRows& rows)
{
    rows = LedgerRows{LedgerBatch(m_operator, m_now), false};
    if (m_threaded)
        rows.batch.reserve(kRowsPerBatch); // grown by doubling, a batch took half again as much
    if (m_held) {
        rows = std::move(*m_held);
        m_held.reset();
        return true;
    }
    if (m_ended)
        return false;
    CsvRecord record;
    while (rows.batch.size() < kRowsPerBatch) {
        const ImportPass::Step step = m_pass.next(record);
        if (step == ImportPass::Step::Cancelled) {
            m_outcome.cancelled = true;
            m_ended = true;
            break;
        }
        if (step == ImportPass::Step::Malformed) {
            // The rest of the file cannot be trusted after a broken record.
            refuse(record.line, m_columns.headerAt(record.fields.size()), m_pass.error());
            m_ended = true;
            break;
        }
        if (step == ImportPass::Step::End) {
            m_ended = true;
            break;
        }
        ++m_outcome.rows;
        if (const auto wrong = m_pass.fieldCountProblem(record)) {
            refuse(record.line, QString(), *wrong);
            continue;
        }
        const std::optional<LedgerRow> row = parseLedgerRow(record, m_columns, m_outcome.issues);
        if (!row) {
            m_refusedAny.store(true, std::memory_order_release);
            continue;
        }
        const std::optional<RowCard> card = cardToPost(*row);
        if (!card)
            continue;
        ++m_outcome.accepted;
        const bool reopens = row->kind == EntryKind::Charge && chargeReopens(card->state);
        if (!reopens) {
            rows.batch.add(card->id, card->iccid, row->kind, row->amount, row->date,
                           row->reference);
            continue;
        }
        m_reopened.insert(card->id);
        LedgerRows alone{LedgerBatch(m_operator, m_now), true};
        alone.batch.add(card->id, card->iccid, row->kind, row->amount, row->date, row->reference);
        if (rows.batch.empty()) {
            rows = std::move(alone);
            return true;
        }
        m_held = std::move(alone);
        return true;
    }
    return !rows.batch.empty();
}

bool LedgerRowReader::hand(LedgerRows&& rows)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_ready.size() < kBatchesAhead || m_stop; });
    if (m_stop)
        return false;
    m_ready.push_back(std::move(rows));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void LedgerRowReader::readOnThread()
{
    LedgerRows rows;
    while (!m_stop.load(std::memory_order_relaxed) && fill(rows)) {
        if (!hand(std::move(rows)))
            break;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
}

} // namespace simfleet
