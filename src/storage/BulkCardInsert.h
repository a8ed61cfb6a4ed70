// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExposureKey.h"
#include "RowBatch.h"
#include "SharedTextUtf8.h"
#include "domain/AuditEvent.h"
#include "domain/Card.h"
#include "domain/LedgerEntry.h"

#include <QByteArrayView>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <optional>
#include <string>
#include <vector>

namespace simfleet::sqlite {

// The statements that store a batch of new cards, of ledger entries, and of their audit rows from
// RowBatches (see RowBatch.h for why). Prepared on first use; one per write transaction.
//
// They write without a statement journal (OR FAIL, see BulkCardInsert.cpp): a statement that
// fails keeps the rows it wrote before the failure. So after any failure every statement here
// throws that failure again, and so does sound(), which the writer asks before it commits: a
// work that catches the failure and goes on cannot commit, and the store rolls it back.
class BulkCardInsert {
public:
    explicit BulkCardInsert(SQLite::Database& db);
    ~BulkCardInsert();
    BulkCardInsert(const BulkCardInsert&) = delete;
    BulkCardInsert& operator=(const BulkCardInsert&) = delete;

    // Rows made by encodeNewCard / encodeAuditEvent. Throws SQLite::Exception (a UNIQUE number,
    // say), and from then on so does every call (see above).
    void insertCards(const RowBatch& rows);
    void insertAuditEvents(const RowBatch& rows);
    // Rows made by encodeLedgerEntry, stored without checking the foreign key to cards: the
    // caller makes sure of every card before it commits (addToCards changing as many cards as
    // it names, or reading each card).
    void insertLedgerEntries(const RowBatch& rows);
    // Throws the failure of an earlier statement, if one failed.
    void sound() const;
    // Rows (card id, fen, entries): adds fen to each card's balance and entries to its version.
    // How many cards were there to change.
    std::int64_t addToCards(const RowBatch& rows);
    // Rows (card id, day, unpaid fen) of card_arrears.
    void insertCardArrears(const RowBatch& rows);

private:
    void run(sqlite3_stmt*& statement, const char* sql, const RowBatch& rows);

    SQLite::Database& m_db;
    sqlite3_stmt* m_cards{nullptr};
    sqlite3_stmt* m_audit{nullptr};
    sqlite3_stmt* m_ledger{nullptr};
    sqlite3_stmt* m_cardSums{nullptr};
    sqlite3_stmt* m_arrears{nullptr};
    std::optional<SQLite::Exception> m_failure;
};

inline constexpr int kCardRowColumns = 17;  // id, kCardFieldColumns, exposure_key
inline constexpr int kAuditRowColumns = 10; // AuditRowMapper's kInsertAuditSql columns
inline constexpr int kLedgerRowColumns = 8; // id, card_id, kind, amount, date, ref, who, when

// New cards as the rows their insert stores (state, lost and the rest as each card says).
class NewCardEncoder {
public:
    void encode(RowBatch& rows, CardId id, const Card& card);
    // Asks the processor for the card's own texts ahead of encode(). An import's cards were
    // made on the reading thread, each text in an allocation of its own, often long out of this
    // core's caches: without it, encode() stood waiting for each of them in turn.
    static void prefetch(const Card& card);

private:
    // A text that repeats from card to card: an import shares one string among all the cards
    // that have it (TextPool), so it is encoded once (SharedTextUtf8).
    void addRepeated(RowBatch& rows, const QString& text);
    SharedTextUtf8 m_repeated;
    HolderExposures m_exposure;

    // The cards of one import all became active at the same instant: its text is kept.
    QDateTime m_stateSince;
    std::string m_stateSinceText;
    std::string m_dateText;
};
// A ledger entry as its insert stores it, with the operator and time it was recorded by.
void encodeLedgerEntry(RowBatch& rows, std::int64_t id, const LedgerEntry& entry,
                       const QString& operatorName, const std::string& recordedAtText);
// An audit event; the time and the details come as text, formatted once, and the hash as the
// bytes that are stored (event.hash is their hex).
void encodeAuditEvent(RowBatch& rows, const AuditEvent& event, const std::string& atUtcText,
                      QByteArrayView details, std::string_view hashBytes);

} // namespace simfleet::sqlite
