// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkCardInsert.h"

#include "CardRowMapper.h"
#include "CodeColumns.h"
#include "ExposureKey.h"
#include "SqlValues.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace simfleet::sqlite {

namespace {

// Every statement here writes many rows and says OR FAIL: a statement that may stop halfway
// with ABORT (SQLite's default for a UNIQUE, NOT NULL or CHECK clash) first saves each page it
// changes to a statement journal, so that it can take back its own rows alone. In a long import
// that was a copy of every 64 KiB page a statement of a thousand rows touched (both UNIQUE
// indexes of cards for numbers from anywhere): 1.8 s of a million-card import's 9 s. With FAIL
// nothing is saved, and a statement that fails keeps its rows before the failure; BulkCardInsert
// then refuses to go on (sound()), so the transaction can only be rolled back.

// The row encodeNewCard makes: the id, then the columns every card insert writes.
static_assert(kCardRowColumns == kCardFieldCount + 2);
const std::string& insertCardRowsSql()
{
    static const std::string sql = std::string("INSERT OR FAIL INTO cards (id, ") +
                                   kCardFieldColumns + ", " + kExposureKeyColumn +
                                   ") SELECT c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12,"
                                   " c13, c14, c15, c16 FROM simfleet_rows(?)";
    return sql;
}

constexpr const char* kInsertLedgerRows =
    "INSERT OR FAIL INTO ledger_entries (id, card_id, kind, amount_fen, date, reference, operator,"
    " recorded_at) SELECT c0, c1, c2, c3, c4, c5, c6, c7 FROM simfleet_rows(?)";

// No RETURNING: SQLite runs it like a trigger, which makes the statement save the 64 KiB page
// it changes to a statement journal first.
constexpr const char* kAddToCards =
    "UPDATE OR FAIL cards SET balance_fen = balance_fen + b.c1, version = version + b.c2"
    " FROM simfleet_rows(?) AS b WHERE cards.id = b.c0";

constexpr const char* kInsertCardArrears =
    "INSERT OR FAIL INTO card_arrears (card_id, day, unpaid_fen)"
    " SELECT c0, c1, c2 FROM simfleet_rows(?)";

constexpr const char* kInsertAuditRows =
    "INSERT OR FAIL INTO audit_log (seq, at_utc, operator, card_id, iccid, action, from_state,"
    " to_state, details, hash)"
    " SELECT c0, c1, c2, c3, c4, c5, c6, c7, c8, c9 FROM simfleet_rows(?)";

// Foreign keys unchecked while it lives. SQLite checks an immediate foreign key at the end of
// each statement, so a statement inserting many rows under one must be able to take them back
// and saves every page it changes first, OR FAIL or not: a million rows in 1,000-row statements
// for random cards took 17.8 s so, 5.9 s without the check (Python's sqlite3 module, SQLite
// 3.40). PRAGMA foreign_keys is a no-op inside a transaction; the connection's flag is not, and
// with no deferred foreign key in the schema, a statement run without it only skips its own
// check, which the caller makes instead.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(sqlite3* db) : m_db(db)
    {
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_FKEY, -1, &m_was); // only asks
        if (m_was != 0)
            sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_FKEY, 0, nullptr);
    }
    ~ForeignKeysOff()
    {
        if (m_was != 0)
            sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, nullptr);
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    sqlite3* m_db;
    int m_was{0};
};

void addCode(RowBatch& rows, const std::string& code)
{
    rows.addText(std::string_view(code));
}

void addOptionalState(RowBatch& rows, const std::optional<CardState>& state)
{
    if (state)
        addCode(rows, codeText(*state));
    else
        rows.addNull();
}

} // namespace

BulkCardInsert::BulkCardInsert(SQLite::Database& db) : m_db(db) {}

BulkCardInsert::~BulkCardInsert()
{
    sqlite3_finalize(m_cards);
    sqlite3_finalize(m_audit);
    sqlite3_finalize(m_ledger);
    sqlite3_finalize(m_cardSums);
    sqlite3_finalize(m_arrears);
}

void BulkCardInsert::insertCards(const RowBatch& rows)
{
    run(m_cards, insertCardRowsSql().c_str(), rows);
}

void BulkCardInsert::insertAuditEvents(const RowBatch& rows)
{
    run(m_audit, kInsertAuditRows, rows);
}

void BulkCardInsert::insertLedgerEntries(const RowBatch& rows)
{
    const ForeignKeysOff unchecked(m_db.getHandle());
    run(m_ledger, kInsertLedgerRows, rows);
}

void BulkCardInsert::sound() const
{
    if (m_failure)
        throw *m_failure;
}

std::int64_t BulkCardInsert::addToCards(const RowBatch& rows)
{
    run(m_cardSums, kAddToCards, rows);
    return sqlite3_changes64(m_db.getHandle());
}

void BulkCardInsert::insertCardArrears(const RowBatch& rows)
{
    run(m_arrears, kInsertCardArrears, rows);
}

void BulkCardInsert::run(sqlite3_stmt*& statement, const char* sql, const RowBatch& rows)
{
    sound();
    sqlite3* handle = m_db.getHandle();
    if (statement == nullptr) {
        const int prepared =
            sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        if (prepared != SQLITE_OK)
            throw SQLite::Exception(handle, prepared);
    }
    int result = bindRowBatch(statement, 1, rows);
    if (result == SQLITE_OK)
        result = sqlite3_step(statement);
    // The error code and message must be read before reset.
    std::optional<SQLite::Exception> failure;
    if (result != SQLITE_DONE)
        failure.emplace(handle, result);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (failure) {
        m_failure = failure;
        throw *failure;
    }
}

void NewCardEncoder::addRepeated(RowBatch& rows, const QString& text)
{
    rows.addText(m_repeated.of(text));
}

void NewCardEncoder::prefetch(const Card& card)
{
    __builtin_prefetch(card.iccid.constData());
    __builtin_prefetch(card.msisdn.constData());
    __builtin_prefetch(card.holderId.constData());
}

void NewCardEncoder::encode(RowBatch& rows, CardId id, const Card& card)
{
    rows.addInt(id);
    rows.addText(card.iccid);
    rows.addTextOrNull(card.msisdn);
    addCode(rows, codeText(card.carrier));
    addRepeated(rows, card.plan);
    rows.addInt(card.monthlyFee.fen());
    addRepeated(rows, card.holderName); // an import's holders have many cards each
    rows.addText(card.holderId);
    addRepeated(rows, card.department);
    addRepeated(rows, card.assignee);
    if (card.activatedOn.isValid()) {
        writeDateText(m_dateText, card.activatedOn);
        rows.addText(std::string_view(m_dateText));
    } else {
        rows.addNull();
    }
    addRepeated(rows, card.numberHomeArea);   // shared by every number of its 号段 (PrefixCache)
    addRepeated(rows, card.declaredHomeArea); // from the import's TextPool
    addCode(rows, codeText(card.state));
    if (card.stateSince.isValid()) {
        if (card.stateSince != m_stateSince || m_stateSinceText.empty()) {
            m_stateSince = card.stateSince;
            writeInstantText(m_stateSinceText, m_stateSince);
        }
        rows.addText(std::string_view(m_stateSinceText));
    } else {
        rows.addNull();
    }
    rows.addInt(card.lost ? 1 : 0);
    addExposureKey(rows, m_exposure.of(card.holderId));
}

void encodeLedgerEntry(RowBatch& rows, std::int64_t id, const LedgerEntry& entry,
                       const QString& operatorName, const std::string& recordedAtText)
{
    rows.addInt(id);
    rows.addInt(entry.cardId);
    addCode(rows, codeText(entry.kind));
    rows.addInt(entry.amount.fen());
    std::string date;
    writeDateText(date, entry.date);
    rows.addText(std::string_view(date));
    rows.addText(entry.reference);
    rows.addText(operatorName);
    rows.addText(std::string_view(recordedAtText));
}

void encodeAuditEvent(RowBatch& rows, const AuditEvent& event, const std::string& atUtcText,
                      QByteArrayView details, std::string_view hashBytes)
{
    rows.addInt(event.seq);
    rows.addText(std::string_view(atUtcText));
    rows.addText(event.operatorName);
    if (event.cardId)
        rows.addInt(*event.cardId);
    else
        rows.addNull();
    rows.addText(event.iccid);
    addCode(rows, codeText(event.action));
    addOptionalState(rows, event.fromState);
    addOptionalState(rows, event.toState);
    rows.addText(std::string_view(details.data(), static_cast<std::size_t>(details.size())));
    rows.addBlob(hashBytes);
}

} // namespace simfleet::sqlite
