// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/CardRowReader.h"

#include "services/import/ImportKeys.h"

#include <utility>

namespace simfleet {

namespace {

// Big enough that the two threads seldom meet at the queue, small enough that a refused row
// stops the writing soon after it.
constexpr std::size_t kRowsPerBatch = 1024;
constexpr std::size_t kBatchesAhead = 64;

} // namespace

CardRowReader::CardRowReader(ImportPass pass, const CardColumns& columns, const QDateTime& now,
                             int maxIssues)
    : m_pass(std::move(pass)), m_columns(columns),
      m_now(now), m_outcome{0, false, IssueSink(maxIssues)}
{
    m_thread = std::thread([this] { read(); });
}

CardRowReader::~CardRowReader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop.store(true);
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool CardRowReader::next(CardRows& rows)
{
    std::unique_lock lock(m_mutex);
    if (!rows.empty())
        m_spent.push_back(std::exchange(rows, {}));
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (m_ready.empty())
        return false;
    rows = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

CardRowReader::Outcome CardRowReader::finish()
{
    if (m_thread.joinable())
        m_thread.join();
    return std::move(m_outcome);
}

void CardRowReader::refuse(int line, const QString& column, Error error)
{
    m_outcome.issues.add(line, column, std::move(error));
    m_refusedAny.store(true, std::memory_order_release);
}

bool CardRowReader::isRepeat(int line, const Card& card)
{
    const bool newIccid = m_iccids.insert(iccidKey(card.iccid));
    const bool newMsisdn = m_msisdns.insert(msisdnKey(card.msisdn));
    if (!newIccid)
        refuse(line, m_columns.header(CardColumn::Iccid),
               Error{ErrorCode::DuplicateIccid, card.iccid, 0});
    if (!newMsisdn)
        refuse(line, m_columns.header(CardColumn::Msisdn),
               Error{ErrorCode::DuplicateMsisdn, card.msisdn, 0});
    return !newIccid || !newMsisdn;
}

void CardRowReader::prefetchKeys(const CsvRecord& record) const
{
    // Only cells of the plain lengths: a key of anything else could read past the cell.
    const QStringView iccid = m_columns.cell(record, CardColumn::Iccid);
    if (iccid.size() == 19 || iccid.size() == 20)
        m_iccids.prefetch(iccidKey(iccid));
    const QStringView msisdn = m_columns.cell(record, CardColumn::Msisdn);
    if (msisdn.size() == 11)
        m_msisdns.prefetch(msisdnKey(msisdn));
}

bool CardRowReader::hand(CardRows&& rows)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_ready.size() < kBatchesAhead || m_stop; });
    if (m_stop)
        return false;
    m_ready.push_back(std::move(rows));
    std::vector<CardRows> spent = std::exchange(m_spent, {});
    lock.unlock();
    m_changed.notify_all();
    spent.clear(); // here, on the thread that allocated the rows' strings
    return true;
}

void CardRowReader::read()
{
    CardRows batch;
    batch.reserve(kRowsPerBatch);
    CsvRecord record;
    bool consumerGone = false;
    while (!m_stop.load(std::memory_order_relaxed)) {
        const ImportPass::Step step = m_pass.next(record);
        if (step == ImportPass::Step::Cancelled) {
            m_outcome.cancelled = true;
            break;
        }
        if (step == ImportPass::Step::Malformed) {
            // The rest of the file cannot be trusted after a broken record.
            refuse(record.line, m_columns.headerAt(record.fields.size()), m_pass.error());
            break;
        }
        if (step == ImportPass::Step::End)
            break;
        ++m_outcome.rows;
        if (const auto wrong = m_pass.fieldCountProblem(record)) {
            m_outcome.issues.add(record.line, QString(), *wrong);
            m_refusedAny.store(true, std::memory_order_release);
            continue;
        }
        prefetchKeys(record);
        const std::size_t issuesBefore = static_cast<std::size_t>(m_outcome.issues.count());
        std::optional<Card> card =
            parseCardRow(record, m_columns, m_now, m_texts, m_outcome.issues);
        if (static_cast<std::size_t>(m_outcome.issues.count()) != issuesBefore)
            m_refusedAny.store(true, std::memory_order_release);
        if (!card || isRepeat(record.line, *card))
            continue;
        batch.push_back(record.line, std::move(*card));
        if (batch.size() == kRowsPerBatch) {
            if (!hand(std::exchange(batch, {}))) {
                consumerGone = true;
                break;
            }
            batch.reserve(kRowsPerBatch);
        }
    }
    if (!consumerGone && !batch.empty())
        hand(std::move(batch));
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
}

} // namespace simfleet
