// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/LedgerBatch.h"
#include "services/import/ImportPass.h"
#include "services/import/LedgerCards.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

namespace simfleet {

// Rows of a bill file that passed every check, in file order, to be posted together.
struct LedgerRows {
    LedgerBatch batch;
    // The batch is a single charge that may reopen its card (an arrears-cleared one): it is
    // posted on its own (postLedgerEntryIn), after the rows before it and before those after.
    bool reopens{false};
};

// The reading half of a bill import: reads the file, validates every row, finds the card it
// names and checks that it may be posted to, while the caller posts the rows it hands on. With
// a CardDirectory it reads on a thread of its own, so that reading and checking (half of the
// work) overlap with storing; when it must ask the store for each card it reads on the caller's
// thread, a batch at a time (a small file, where the overlap would not pay for the directory).
class LedgerRowReader {
public:
    // Starts reading. Entries are recorded by operatorName at now; a row dated after now's
    // business day is refused. maxIssues: see ImportOptions.
    LedgerRowReader(ImportPass pass, const LedgerColumns& columns, LedgerCards cards,
                    const QString& operatorName, const QDateTime& now, int maxIssues);
    // Stops the thread (also when the caller gives up early, e.g. on a storage error).
    ~LedgerRowReader();
    LedgerRowReader(const LedgerRowReader&) = delete;
    LedgerRowReader& operator=(const LedgerRowReader&) = delete;

    // The next rows, in file order; false once every row has been handed on.
    bool next(LedgerRows& rows);
    // True as soon as any row was refused, before next() has handed on the rows before it.
    bool refusedAny() const { return m_refusedAny.load(std::memory_order_acquire); }

    struct Outcome {
        std::int64_t rows{0};     // data records read
        std::int64_t accepted{0}; // rows that passed every check
        bool cancelled{false};
        IssueSink issues;
    };
    // After next() returned false: what the whole file held.
    Outcome finish();

private:
    // Reads rows into rows until it is full, a row may reopen its card, or the file ends; false
    // when there was nothing more to hand on.
    bool fill(LedgerRows& rows);
    // The row's checks after its cells': its card, and the day it is dated.
    std::optional<RowCard> cardToPost(const LedgerRow& row);
    void refuse(int line, const QString& column, Error error);
    void readOnThread();
    // False when the consumer has gone away.
    bool hand(LedgerRows&& rows);

    ImportPass m_pass;
    const LedgerColumns& m_columns;
    LedgerCards m_cards;
    QString m_operator;
    QDateTime m_now;
    QDate m_today;
    Outcome m_outcome;
    const bool m_threaded; // reading on m_thread: the cards are not looked up in the store
    // Cards a charge of this file reopens: active from that row on.
    std::unordered_set<CardId> m_reopened;
    std::optional<LedgerRows> m_held; // a reopening charge, handed on after the rows before it
    bool m_ended{false};
    std::atomic_bool m_refusedAny{false};

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<LedgerRows> m_ready;
    bool m_done{false};
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

} // namespace simfleet
