// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditChainCheck.h"

#include "AuditRangeCheck.h"
#include "DatabaseFile.h"
#include "LedgerSealCheck.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <atomic>
#include <memory>
#include <system_error>
#include <thread>
#include <vector>

namespace simfleet::sqlite {

namespace {

// However sparse a tampered log's seq values, it is not split into more ranges than this.
constexpr std::uint64_t kMaxRanges = 4096;

// [first, last] cut into ranges of at least rangeSeqs values, in order.
class Ranges {
public:
    Ranges(std::int64_t first, std::int64_t last, std::int64_t rangeSeqs) : m_first(first)
    {
        // In unsigned arithmetic, where last - first cannot overflow.
        const std::uint64_t span =
            static_cast<std::uint64_t>(last) - static_cast<std::uint64_t>(first);
        m_size = std::max(static_cast<std::uint64_t>(std::max<std::int64_t>(rangeSeqs, 1)),
                          span / kMaxRanges + 1);
        m_count = static_cast<std::size_t>(span / m_size + 1);
        m_last = last;
    }

    std::size_t count() const { return m_count; }
    AuditSeqRange at(std::size_t index) const
    {
        const std::uint64_t start = static_cast<std::uint64_t>(m_first) + index * m_size;
        AuditSeqRange range{static_cast<std::int64_t>(start), m_last};
        if (index + 1 < m_count)
            range.last = static_cast<std::int64_t>(start + m_size - 1);
        return range;
    }

private:
    std::int64_t m_first;
    std::int64_t m_last{0};
    std::uint64_t m_size{1};
    std::size_t m_count{0};
};

// The ranges' outcomes, and which range the threads take next.
class RangeWork {
public:
    explicit RangeWork(const Ranges& ranges) : m_ranges(ranges), m_outcomes(ranges.count()) {}

    // Checks ranges on check's connection until none is left that could change the verdict.
    void run(AuditRangeCheck& check)
    {
        for (;;) {
            const std::size_t index = m_next.fetch_add(1);
            if (index >= m_ranges.count() || index > m_firstBroken.load())
                return;
            AuditRangeOutcome outcome =
                check.check(m_ranges.at(index), [this, index] { return index > m_firstBroken; });
            if (outcome.broken || outcome.failure)
                lowerFirstBroken(index);
            m_outcomes[index] = std::move(outcome);
        }
    }

    // Once every thread has returned from run. imports gets the import rows that passed, up to
    // the first break, with where they stand in the log.
    AuditVerification verdict(std::vector<PlacedImportRow>& imports) const
    {
        AuditVerification verdict;
        for (const AuditRangeOutcome& outcome : m_outcomes) {
            for (const AuditImportRow& row : outcome.imports)
                imports.push_back(PlacedImportRow{row, verdict.rowsChecked + row.rowsBefore});
            verdict.rowsChecked += outcome.verified;
            if (outcome.verified > 0)
                verdict.headHash = outcome.headHash;
            if (outcome.failure)
                std::rethrow_exception(outcome.failure);
            if (outcome.broken) {
                ++verdict.rowsChecked;
                verdict.firstBreak = outcome.broken;
                break;
            }
        }
        return verdict;
    }

private:
    void lowerFirstBroken(std::size_t index)
    {
        std::size_t current = m_firstBroken.load();
        while (index < current && !m_firstBroken.compare_exchange_weak(current, index)) {
        }
    }

    const Ranges& m_ranges;
    std::vector<AuditRangeOutcome> m_outcomes; // each written by the one thread that took it
    std::atomic<std::size_t> m_next{0};
    std::atomic<std::size_t> m_firstBroken{SIZE_MAX};
};

unsigned threadCount(const AuditChainCheckOptions& options)
{
    if (options.threads > 0)
        return options.threads;
    return std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
}

// The first and last seq of the log, if it has any rows.
std::optional<AuditSeqRange> seqSpan(SQLite::Database& db)
{
    // Two subqueries: min() and max() in one SELECT walk a whole index instead of one b-tree end.
    SQLite::Statement span(
        db, "SELECT (SELECT min(seq) FROM audit_log), (SELECT max(seq) FROM audit_log)");
    span.executeStep();
    if (span.isColumnNull(0))
        return std::nullopt;
    return AuditSeqRange{span.getColumn(0).getInt64(), span.getColumn(1).getInt64()};
}

} // namespace

AuditVerification checkAuditChain(SQLite::Database& db, const AuditChainCheckOptions& options)
{
    const std::optional<AuditSeqRange> span = seqSpan(db);
    if (!span)
        return {};
    const Ranges ranges(span->first, span->last, options.rangeSeqs);
    RangeWork work(ranges);
    // The other threads' connections are opened here, on the thread that owns db: asking db how
    // it was opened is not safe while it reads. One that cannot be had leaves its share to the
    // threads there are.
    std::vector<std::unique_ptr<SQLite::Database>> readers;
    const std::size_t threads = std::min<std::size_t>(threadCount(options), ranges.count());
    try {
        while (readers.size() + 1 < threads) {
            auto reader = anotherReader(db);
            if (!reader)
                break;
            readers.push_back(std::move(reader));
        }
    } catch (const SQLite::Exception&) {
    }
    std::vector<std::thread> helpers;
    helpers.reserve(readers.size()); // so that only starting a thread can throw below
    for (const auto& reader : readers) {
        try {
            helpers.emplace_back([&work, &connection = *reader] {
                try {
                    // Rows appended meanwhile lie past the span, and rows are never changed:
                    // every connection sees the same rows within it.
                    AuditRangeCheck check(connection);
                    work.run(check);
                } catch (...) {
                    // No statement on this connection: the other threads check its share. A
                    // failure while checking a range is that range's outcome instead.
                }
            });
        } catch (const std::system_error&) {
            break; // no more threads to be had
        }
    }
    std::exception_ptr failure;
    try {
        AuditRangeCheck check(db);
        work.run(check);
    } catch (...) {
        failure = std::current_exception();
    }
    for (std::thread& helper : helpers)
        helper.join();
    if (failure)
        std::rethrow_exception(failure);
    std::vector<PlacedImportRow> imports;
    const AuditVerification chain = work.verdict(imports);
    // Every import row that passed lies before the chain's first break, if there is one.
    if (std::optional<AuditVerification> broken = firstBrokenSeal(db, readers, imports))
        return *std::move(broken);
    return chain;
}

} // namespace simfleet::sqlite
