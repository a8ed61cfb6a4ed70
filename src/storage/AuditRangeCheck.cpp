// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditRangeCheck.h"

#include "AuditRowHash.h"
#include "AuditStoredRow.h"
#include "CodeColumns.h"

#include <SQLiteCpp/Exception.h>
#include <initializer_list>
#include <sqlite3.h>

namespace simfleet::sqlite {

namespace {

// The stored columns in AuditStoredRow's order, the hash last. Unlike kAuditColumns it does not
// look up each row's predecessor: rows come in seq order, so it is the row read just before.
constexpr const char* kRowsSql =
    "SELECT seq, at_utc, operator, card_id, iccid, action, from_state, to_state, details, hash "
    "FROM audit_log WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq";
constexpr int kHashColumn = 9;
constexpr const char* kBeforeSql =
    "SELECT seq, hash FROM audit_log WHERE seq < ?1 ORDER BY seq DESC LIMIT 1";
// Asked between rows, not on each: the answer takes a lock.
constexpr std::int64_t kRowsBetweenStops = 4096;

sqlite3_stmt* prepare(sqlite3* db, const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    const int prepared = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    if (prepared != SQLITE_OK)
        throw SQLite::Exception(db, prepared);
    return statement;
}

// Binds ?1, ?2, ... and resets the statement however its use ends, so that no read transaction
// outlives the check.
class Run {
public:
    Run(sqlite3_stmt* statement, std::initializer_list<std::int64_t> values)
        : m_statement(statement)
    {
        int index = 0;
        for (const std::int64_t value : values)
            sqlite3_bind_int64(statement, ++index, value);
    }
    ~Run() { sqlite3_reset(m_statement); }
    Run(const Run&) = delete;
    Run& operator=(const Run&) = delete;

    bool step()
    {
        const int stepped = sqlite3_step(m_statement);
        if (stepped == SQLITE_ROW)
            return true;
        if (stepped != SQLITE_DONE)
            throw SQLite::Exception(sqlite3_db_handle(m_statement), stepped);
        return false;
    }

private:
    sqlite3_stmt* m_statement;
};

// The rows that seal a ledger import's entries, noted for LedgerSealCheck.
bool isImportRow(const AuditStoredRow& row)
{
    static const std::string_view code = codeText(AuditAction::LedgerImported);
    return std::string_view(row.action.data, static_cast<std::size_t>(row.action.size)) == code;
}

void setFromColumn(PrevHash& prev, sqlite3_stmt* row, int column)
{
    StoredBytes hash;
    const bool isBlob = sqlite3_column_type(row, column) == SQLITE_BLOB;
    if (const auto* bytes = static_cast<const char*>(sqlite3_column_blob(row, column)))
        hash.data = bytes;
    hash.size = sqlite3_column_bytes(row, column);
    prev.set(hash, isBlob);
}

} // namespace

AuditRangeCheck::AuditRangeCheck(SQLite::Database& db) : m_db(db)
{
    try {
        m_rows = prepare(db.getHandle(), kRowsSql);
        m_before = prepare(db.getHandle(), kBeforeSql);
    } catch (...) {
        sqlite3_finalize(m_rows);
        sqlite3_finalize(m_before);
        throw;
    }
}

AuditRangeCheck::~AuditRangeCheck()
{
    sqlite3_finalize(m_rows);
    sqlite3_finalize(m_before);
}

AuditRangeOutcome AuditRangeCheck::check(AuditSeqRange range, const std::function<bool()>& stop)
{
    try {
        return checkRows(range, stop);
    } catch (...) {
        AuditRangeOutcome outcome;
        outcome.failure = std::current_exception();
        return outcome;
    }
}

AuditRangeOutcome AuditRangeCheck::checkRows(AuditSeqRange range, const std::function<bool()>& stop)
{
    AuditRangeOutcome outcome;
    PrevHash prev;
    std::optional<std::int64_t> prevSeq; // unset: the range starts the log
    {
        Run before(m_before, {range.first});
        if (before.step()) {
            prevSeq = sqlite3_column_int64(m_before, 0);
            setFromColumn(prev, m_before, 1);
        }
    }
    AuditRowHash hash;
    Run rows(m_rows, {range.first, range.last});
    while (rows.step()) {
        const AuditStoredRow row = auditStoredRowAt(m_rows, 0, kHashColumn);
        // The log's first row follows none: its previous hash is '' to the readers too, who
        // look for the row whose seq is one less (and SQLite finds none below INT64_MIN).
        std::optional<AuditBreak::Kind> broken;
        if (prevSeq && row.seq != *prevSeq + 1)
            broken = AuditBreak::Kind::SequenceGap; // a removed (or inserted) row
        if (broken) {
            // Read as every reader reads it, for the same failure on a row that cannot be.
            (void)auditEventFrom(row, prev.hex());
        } else if (!AuditRowHash::carries(row, hash.expected(row, prev))) {
            broken = AuditBreak::Kind::HashMismatch;
        }
        if (broken) {
            outcome.broken = AuditBreak{row.seq, *broken};
            break;
        }
        if (isImportRow(row))
            outcome.imports.push_back(AuditImportRow{row.seq, outcome.verified, prev.hex(),
                                                     row.details.view().toByteArray()});
        ++outcome.verified;
        prev.set(row.hash, row.hashIsBlob);
        prevSeq = row.seq;
        if (outcome.verified % kRowsBetweenStops == 0 && stop()) {
            outcome.abandoned = true;
            break;
        }
    }
    if (outcome.verified > 0)
        outcome.headHash = prev.hex();
    return outcome;
}

} // namespace simfleet::sqlite
