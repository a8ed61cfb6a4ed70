// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/import/CardRow.h"
#include "services/import/ImportPass.h"
#include "services/import/SeenKeys.h"
#include "services/import/TextPool.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace simfleet {

// The reading half of a card import, on a thread of its own: reads the file, validates every
// row and finds the rows that repeat an earlier row's ICCID or number, while the caller stores
// the valid rows it hands on. Reading, decoding and validating cost about as much as storing,
// so on two cores the import takes the time of the slower half instead of the sum of both.
//
// Only a row that is valid and repeats no earlier row is handed on, so whoever stores the rows
// never meets a duplicate of the file's own making.
class CardRowReader {
public:
    // Starts reading the pass's records. now: when the import's new cards become active.
    // maxIssues: see ImportOptions.
    CardRowReader(ImportPass pass, const CardColumns& columns, const QDateTime& now, int maxIssues);
    // Stops the thread (also when the caller gives up early, e.g. on a storage error).
    ~CardRowReader();
    CardRowReader(const CardRowReader&) = delete;
    CardRowReader& operator=(const CardRowReader&) = delete;

    // Waits for the next rows, in file order; false once every row has been handed on. The rows
    // it held before go back to the reading thread to be freed there: their strings were
    // allocated by that thread, and freeing them on this one cost the storing thread (the
    // import's bottleneck) a lock of the other thread's heap per string.
    bool next(CardRows& rows);
    // True as soon as any row was refused, before next() has handed on the rows before it.
    bool refusedAny() const { return m_refusedAny.load(std::memory_order_acquire); }

    struct Outcome {
        std::int64_t rows{0}; // data records read
        bool cancelled{false};
        IssueSink issues;
    };
    // After next() returned false: what the whole file held.
    Outcome finish();

private:
    void read();
    void refuse(int line, const QString& column, Error error);
    bool isRepeat(int line, const Card& card);
    // Prefetches where isRepeat will look for the record's numbers, as the file spells them.
    void prefetchKeys(const CsvRecord& record) const;
    // False when the consumer has gone away.
    bool hand(CardRows&& rows);

    ImportPass m_pass;
    const CardColumns& m_columns;
    QDateTime m_now;
    Outcome m_outcome;
    TextPool m_texts;
    SeenKeys m_iccids;
    SeenKeys m_msisdns;
    std::atomic_bool m_refusedAny{false};

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<CardRows> m_ready;
    std::vector<CardRows> m_spent; // handed back by next(), freed by read()
    bool m_done{false};
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

} // namespace simfleet
