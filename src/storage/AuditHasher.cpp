// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditHasher.h"

namespace simfleet::sqlite {

AuditHasher::AuditHasher(const AuditAppender& appender)
    : m_appender(appender), m_thread([this] { run(); })
{}

AuditHasher::~AuditHasher()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void AuditHasher::submit(std::optional<AuditAppender::Head> start, CardId firstId,
                         std::vector<QString> iccids, const AuditDraft& draft)
{
    queue(Job{std::move(start), firstId, std::move(iccids), draft, {}});
}

void AuditHasher::submit(std::optional<AuditAppender::Head> start, std::vector<CardId> ids,
                         std::vector<QString> iccids, const AuditDraft& draft)
{
    queue(Job{std::move(start), 0, std::move(iccids), draft, std::move(ids)});
}

void AuditHasher::queue(Job job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
        ++m_untaken;
    }
    m_changed.notify_all();
}

bool AuditHasher::take(Hashed& batch, bool wait)
{
    std::unique_lock lock(m_mutex);
    if (wait)
        m_changed.wait(lock, [this] { return !m_hashed.empty() || m_failure || m_untaken == 0; });
    if (m_failure)
        std::rethrow_exception(m_failure);
    if (m_hashed.empty())
        return false;
    batch = std::move(m_hashed.front());
    m_hashed.pop_front();
    --m_untaken;
    return true;
}

bool AuditHasher::empty() const
{
    return untaken() == 0;
}

std::size_t AuditHasher::untaken() const
{
    const std::lock_guard lock(m_mutex);
    return m_untaken;
}

void AuditHasher::recycle(RowBatch rows)
{
    const std::lock_guard lock(m_mutex);
    m_spare.push_back(std::move(rows));
}

// Called with the lock held.
RowBatch AuditHasher::spareRows()
{
    if (m_spare.empty())
        return RowBatch(kAuditRowColumns);
    RowBatch rows = std::move(m_spare.back());
    m_spare.pop_back();
    rows.clear();
    return rows;
}

// Called with the lock held; hashes with it released.
AuditAppender::Head AuditHasher::hash(Job& job, AuditAppender::Head head,
                                      std::unique_lock<std::mutex>& lock)
{
    Hashed hashed{spareRows(), {}, {}};
    lock.unlock();
    head = job.ids.empty()
               ? m_appender.encodeRows(head, job.firstId, job.iccids, job.draft, hashed.rows)
               : m_appender.encodeRows(head, job.ids, job.iccids, job.draft, hashed.rows);
    hashed.head = head;
    hashed.iccids = std::move(job.iccids);
    lock.lock();
    m_hashed.push_back(std::move(hashed));
    m_changed.notify_all();
    return head;
}

void AuditHasher::run()
{
    AuditAppender::Head head;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
        if (m_stop)
            return;
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        try {
            head = hash(job, job.start ? *job.start : head, lock);
        } catch (...) {
            if (!lock.owns_lock())
                lock.lock();
            m_failure = std::current_exception();
            m_changed.notify_all();
        }
    }
}

} // namespace simfleet::sqlite
