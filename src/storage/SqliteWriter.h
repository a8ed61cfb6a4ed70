// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditAppender.h"
#include "BulkCardInsert.h"
#include "SqliteReader.h"

#include <future>

namespace simfleet::sqlite {

// The StoreWriter handed to Store::write's work: lives exactly as long as one IMMEDIATE
// transaction, writes each change and its audit row together, and reads see the transaction's
// own changes. Statements come from the connection's cache and stay prepared across writes.
class SqliteWriter final : public SqliteReader<StoreWriter> {
public:
    SqliteWriter(Connection& connection, const QString& operatorName, const QDateTime& nowUtc);

    CardId insertCard(const Card& card, const AuditDraft& audit) override;
    // The audit rows of the cards come in with the next write or read of the history, or
    // finish(): their hashes are computed meanwhile on another thread.
    CardId insertCards(std::span<const Card> cards, const AuditDraft& audit) override;
    void updateCard(const Card& card, const AuditDraft& audit) override;
    std::int64_t postLedgerEntry(const LedgerEntry& entry, const AuditDraft& audit) override;
    void appendAudit(std::optional<CardId> cardId, const AuditDraft& audit) override;
    void saveCarrierProfile(const CarrierProfile& profile) override;
    void saveCompanyProfile(const CompanyProfile& profile) override;
    PacketId nextPacketId() override;
    void insertPacket(const PacketRecord& record) override;

    // Reads of the history see every row written so far, including insertCards' last batch.
    std::vector<AuditEvent> auditOf(std::optional<CardId> cardId) override;
    void forEachAuditEvent(const std::function<void(const AuditEvent&)>& visit) override;
    QByteArray auditHeadHash() override;
    std::vector<AuditEvent> auditNewestFirst(std::int64_t offset, std::int64_t limit) override;
    std::int64_t auditCount() override;

    // Stores what is still pending (insertCards' last audit rows); the store calls it before
    // COMMIT.
    void finish();

private:
    // The cached statement for sql, looked up once per transaction and kept in slot.
    SQLite::Statement& statement(SQLite::Statement*& slot, const char* sql);
    QString iccidOf(CardId id);
    // Waits for the last batch's audit hashes and stores its audit rows.
    void storePendingAudit();

    AuditAppender m_audit;
    std::unique_ptr<BulkCardInsert> m_bulk;
    RowBatch m_cardRows{kCardRowColumns};
    NewCardEncoder m_cardEncoder;
    RowBatch m_auditRows{kAuditRowColumns};
    // The last batch's audit rows being hashed into m_auditRows. Declared last: destroyed first,
    // waiting for the task before what it writes to goes away.
    std::future<AuditAppender::Head> m_pendingAudit;
    SQLite::Statement* m_insertCard{nullptr};
    SQLite::Statement* m_updateCard{nullptr};
    SQLite::Statement* m_addToBalance{nullptr};
    SQLite::Statement* m_insertEntry{nullptr};
    SQLite::Statement* m_iccidOf{nullptr};
    TextBinder m_insertCardText;
    TextBinder m_updateCardText;
    TextBinder m_entryText;
};

} // namespace simfleet::sqlite
