// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditAppender.h"

#include "AuditReads.h"
#include "AuditRowMapper.h"
#include "BulkCardInsert.h"
#include "SqlValues.h"

namespace simfleet::sqlite {

AuditAppender::AuditAppender(StatementCache& statements, QString operatorName,
                             const QDateTime& nowUtc)
    : m_statements(statements), m_operator(std::move(operatorName)), m_nowText(instantText(nowUtc)),
      // Hash what a reader will get back from the text, not the clock's richer value.
      m_now(QDateTime::fromString(QString::fromStdString(m_nowText), Qt::ISODateWithMs).toUTC())
{
    m_operatorText = utf8(m_operator);
    const reads::AuditHead head = reads::auditHead(statements);
    m_lastSeq = head.seq;
    m_lastHash = head.hash;
}

AuditEvent AuditAppender::eventFrom(const AuditDraft& draft) const
{
    AuditEvent event;
    event.atUtc = m_now;
    event.operatorName = m_operator;
    event.action = draft.action;
    event.fromState = draft.fromState;
    event.toState = draft.toState;
    event.details = draft.details;
    return event;
}

void AuditAppender::append(std::optional<CardId> cardId, const QString& iccid,
                           const AuditDraft& draft)
{
    AuditEvent event = eventFrom(draft);
    event.seq = m_lastSeq + 1;
    event.cardId = cardId;
    event.iccid = iccid;
    event.prevHash = m_lastHash;
    event.hash = computeAuditHash(event);

    if (m_insert == nullptr)
        m_insert = &m_statements.get(kInsertAuditSql);
    StatementUse insert(*m_insert);
    if (event.details != m_lastDetails) {
        m_lastDetails = event.details;
        m_lastDetailsText = detailsText(event.details);
    }
    bindAuditEvent(*insert, m_text, event, m_nowText, m_lastDetailsText);
    insert->exec();

    m_lastSeq = event.seq;
    m_lastHash = event.hash;
}

AuditAppender::Head AuditAppender::encodeNext(AuditEvent& event, const Head& head,
                                              QByteArrayView details, RowBatch& rows) const
{
    event.seq = head.seq + 1;
    event.prevHash = head.hash;
    const Sha256Digest digest = computeAuditDigest(event);
    event.hash = hexOf(digest);
    encodeAuditEvent(rows, event, m_nowText, details,
                     std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
    return Head{event.seq, event.hash};
}

AuditAppender::Head AuditAppender::encodeRows(const Head& start, CardId firstId,
                                              const std::vector<QString>& iccids,
                                              const AuditDraft& draft, RowBatch& rows) const
{
    const QByteArray details = detailsText(draft.details);
    AuditEvent event = eventFrom(draft);
    Head head = start;
    CardId id = firstId;
    for (const QString& iccid : iccids) {
        event.cardId = id++;
        event.iccid = iccid;
        head = encodeNext(event, head, details, rows);
    }
    return head;
}

AuditAppender::Head AuditAppender::encodeRows(const Head& start, std::span<const CardId> ids,
                                              const std::vector<QString>& iccids,
                                              const AuditDraft& draft, RowBatch& rows) const
{
    const QByteArray details = detailsText(draft.details);
    AuditEvent event = eventFrom(draft);
    Head head = start;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        event.cardId = ids[i];
        event.iccid = iccids[i];
        head = encodeNext(event, head, details, rows);
    }
    return head;
}

AuditAppender::Head AuditAppender::encodeRows(const Head& start,
                                              std::span<const LedgerPosting> postings,
                                              RowBatch& rows) const
{
    Head head = start;
    for (const LedgerPosting& posting : postings) {
        AuditEvent event = eventFrom(posting.audit);
        event.cardId = posting.entry.cardId;
        event.iccid = posting.iccid;
        head = encodeNext(event, head, detailsText(event.details), rows);
    }
    return head;
}

void AuditAppender::advance(Head head)
{
    m_lastSeq = head.seq;
    m_lastHash = std::move(head.hash);
}

} // namespace simfleet::sqlite
