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
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(Job{std::move(start), firstId, std::move(iccids), draft});
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
    const std::lock_guard lock(m_mutex);
    return m_untaken == 0;
}

void AuditHasher::recycle(RowBatch rows)
{
    const std::lock_guard lock(m_mutex);
    m_spare.push_back(std::move(rows));
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
        Hashed hashed;
        if (!m_spare.empty()) {
            hashed.rows = std::move(m_spare.back());
            m_spare.pop_back();
        }
        lock.unlock();
        try {
            hashed.rows.clear();
            head = m_appender.encodeRows(job.start ? *job.start : head, job.firstId, job.iccids,
                                         job.draft, hashed.rows);
            hashed.head = head;
            hashed.iccids = std::move(job.iccids);
            lock.lock();
            m_hashed.push_back(std::move(hashed));
        } catch (...) {
            lock.lock();
            m_failure = std::current_exception();
        }
        m_changed.notify_all();
    }
}

} // namespace simfleet::sqlite
