// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowBatch.h"
#include "StatementCache.h"
#include "TextBinder.h"
#include "domain/AuditEvent.h"
#include "ports/Store.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace simfleet::sqlite {

// Appends hash-chained rows to audit_log inside one write transaction. The chain's head is read
// once when the transaction begins (under its write lock, so no other process can move it) and
// then carried in memory: a million-row import never re-reads it.
class AuditAppender {
public:
    // Every row of the transaction carries operatorName and the transaction's instant.
    AuditAppender(StatementCache& statements, QString operatorName, const QDateTime& nowUtc);

    void append(std::optional<CardId> cardId, const QString& iccid, const AuditDraft& draft);

    // Where the chain stands after some rows.
    struct Head {
        std::int64_t seq{0};
        QByteArray hash;
    };
    Head head() const { return Head{m_lastSeq, m_lastHash}; }
    // The rows append would write after start for cards (given by their ICCIDs) stored with
    // consecutive ids from firstId, hashed in order and encoded for BulkCardInsert. Touches
    // neither the database nor the chain, so it may run on another thread (AuditHasher) while
    // this one stores cards; advance() to the head it returns once the rows are stored.
    Head encodeRows(const Head& start, CardId firstId, const std::vector<QString>& iccids,
                    const AuditDraft& draft, RowBatch& rows) const;
    // The same for changed cards with ids in any order, ids[i] with iccids[i].
    Head encodeRows(const Head& start, std::span<const CardId> ids,
                    const std::vector<QString>& iccids, const AuditDraft& draft,
                    RowBatch& rows) const;
    // The same for ledger postings, each with its own card, ICCID and draft.
    Head encodeRows(const Head& start, std::span<const LedgerPosting> postings,
                    RowBatch& rows) const;
    void advance(Head head);

    const QString& operatorName() const { return m_operator; }
    // The transaction's instant, exactly as stored (millisecond precision, UTC).
    const QDateTime& now() const { return m_now; }

private:
    // The draft's fields and this transaction's operator and instant.
    AuditEvent eventFrom(const AuditDraft& draft) const;
    // event, next in the chain after head, hashed and encoded; the chain after it.
    Head encodeNext(AuditEvent& event, const Head& head, QByteArrayView details,
                    RowBatch& rows) const;

    StatementCache& m_statements;
    SQLite::Statement* m_insert{nullptr};
    TextBinder m_text;
    QString m_operator;
    std::string m_operatorText; // UTF-8
    std::string m_nowText;
    QDateTime m_now;
    std::int64_t m_lastSeq{0};
    QByteArray m_lastHash;
    // A bulk import gives every row the same details: serialise them once.
    QJsonObject m_lastDetails;
    QByteArray m_lastDetailsText{"{}"};
};

} // namespace simfleet::sqlite
