// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatementCache.h"
#include "TextBinder.h"
#include "domain/AuditEvent.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>
#include <string>

namespace simfleet::sqlite {

// Appends hash-chained rows to audit_log inside one write transaction. The chain's head is read
// once when the transaction begins (under its write lock, so no other process can move it) and
// then carried in memory: a million-row import never re-reads it.
class AuditAppender {
public:
    // Every row of the transaction carries operatorName and the transaction's instant.
    AuditAppender(StatementCache& statements, QString operatorName, const QDateTime& nowUtc);

    void append(std::optional<CardId> cardId, const QString& iccid, const AuditDraft& draft);

    const QString& operatorName() const { return m_operator; }
    // The transaction's instant, exactly as stored (millisecond precision, UTC).
    const QDateTime& now() const { return m_now; }

private:
    StatementCache& m_statements;
    SQLite::Statement* m_insert{nullptr};
    TextBinder m_text;
    QString m_operator;
    std::string m_nowText;
    QDateTime m_now;
    std::int64_t m_lastSeq{0};
    QByteArray m_lastHash;
};

} // namespace simfleet::sqlite
