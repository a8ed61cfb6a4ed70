// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditAppender.h"
#include "BulkCardInsert.h"
#include "RowBatch.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace simfleet::sqlite {

// Hashes the audit rows of bulk-stored or batch-changed cards on a thread of its own, batch after
// batch, each batch continuing the chain where the one before it ended. The storing thread hands a
// batch over once its cards are stored and picks up whatever is hashed at its next write, so it
// never waits for a hash while it has cards to store, and the hashing runs whenever a core is free.
// (With a thread per batch, picked up at the next batch, the storing thread spent 0.7 s of a
// million-card import waiting for hashes while the reading thread had the other core.)
class AuditHasher {
public:
    // encodeRows of the appender does the work; nothing else of it is touched.
    explicit AuditHasher(const AuditAppender& appender);
    // Stops after the batch being hashed; the rest is dropped.
    ~AuditHasher();
    AuditHasher(const AuditHasher&) = delete;
    AuditHasher& operator=(const AuditHasher&) = delete;

    // Queues the audit rows of cards stored with consecutive ids from firstId. start is where
    // the chain stands before them; nullopt continues from the batch submitted before.
    void submit(std::optional<AuditAppender::Head> start, CardId firstId,
                std::vector<QString> iccids, const AuditDraft& draft);
    // The same for changed cards, ids[i] with iccids[i].
    void submit(std::optional<AuditAppender::Head> start, std::vector<CardId> ids,
                std::vector<QString> iccids, const AuditDraft& draft);

    struct Hashed {
        RowBatch rows{kAuditRowColumns};
        AuditAppender::Head head; // the chain after these rows
        // Handed back to be let go by the storing thread, like the rest of its batch's strings.
        std::vector<QString> iccids;
    };
    // The oldest rows not taken yet, if they are hashed; with wait, waits for them. False when
    // there are none (or, without wait, when they are not ready). Rethrows what hashing threw.
    bool take(Hashed& batch, bool wait);
    // Whether every submitted batch has been taken whole.
    bool empty() const;
    // How many submitted batches are not taken whole yet.
    std::size_t untaken() const;
    // A taken batch's rows, kept for their capacity.
    void recycle(RowBatch rows);

private:
    struct Job {
        std::optional<AuditAppender::Head> start;
        CardId firstId{0};
        std::vector<QString> iccids;
        AuditDraft draft;
        std::vector<CardId> ids; // empty: consecutive from firstId
    };
    void queue(Job job);
    void run();
    // Hashes one job and hands on its rows; the chain after it.
    AuditAppender::Head hash(Job& job, AuditAppender::Head head,
                             std::unique_lock<std::mutex>& lock);
    RowBatch spareRows();

    const AuditAppender& m_appender;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_jobs;
    std::deque<Hashed> m_hashed;
    std::vector<RowBatch> m_spare;
    std::exception_ptr m_failure;
    std::size_t m_untaken{0}; // submitted and not yet taken
    bool m_stop{false};
    std::thread m_thread; // last: started once the rest is ready
};

} // namespace simfleet::sqlite
