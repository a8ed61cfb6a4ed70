// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArrearsSummary.h"
#include "AuditAppender.h"
#include "AuditHasher.h"
#include "BulkCardInsert.h"
#include "CardIndexes.h"
#include "CardRowMapper.h"
#include "DeferredIndex.h"
#include "LedgerBatchRows.h"
#include "PendingBalances.h"
#include "RunningLedgerSeal.h"
#include "SqliteReader.h"
#include "StateDays.h"

#include <memory>
#include <unordered_map>

namespace simfleet::sqlite {

// The StoreWriter handed to Store::write's work: lives exactly as long as one IMMEDIATE
// transaction, writes each change and its audit row together, and reads see the transaction's
// own changes. Statements come from the connection's cache and stay prepared across writes.
class SqliteWriter final : public SqliteReader<StoreWriter> {
public:
    SqliteWriter(Connection& connection, const QString& operatorName, const QDateTime& nowUtc);

    CardId insertCard(const Card& card, const AuditDraft& audit) override;
    // The cards' audit rows are hashed on another thread (AuditHasher) and stored as they are
    // ready: at the next insertCards, and all of them before any other audit row, any read of
    // the history, or finish().
    CardId insertCards(std::span<const Card> cards, const AuditDraft& audit) override;
    void updateCard(const Card& card, const AuditDraft& audit) override;
    // Writes only the columns in which updated differs from stored, without reading the card
    // (a stored of another id or version is read again instead).
    void updateCard(const Card& stored, const Card& updated, const AuditDraft& audit) override;
    std::int64_t postLedgerEntry(const LedgerEntry& entry, const AuditDraft& audit) override;
    void postLedgerEntries(std::span<const LedgerPosting> postings) override;
    // The entries are stored at once, and their cards' balances are settled before anything
    // reads or rewrites a card (PendingBalances).
    void postLedgerBatch(LedgerBatch batch) override;
    std::int64_t nextLedgerEntryId() override;
    void appendAudit(std::optional<CardId> cardId, const AuditDraft& audit) override;
    void saveCarrierProfile(const CarrierProfile& profile) override;
    void saveCompanyProfile(const CompanyProfile& profile) override;
    PacketId nextPacketId() override;
    void insertPacket(const PacketRecord& record) override;

    // Reads of cards see every posting's balance, including postLedgerBatch's.
    std::optional<Card> cardById(CardId id) override;
    std::optional<Card> cardByIccid(const QString& iccid) override;
    std::optional<Card> cardByMsisdn(const QString& msisdn) override;
    std::int64_t countCards(const CardFilter& filter) override;
    std::vector<Card> cards(const CardQuery& query) override;
    std::vector<CardId> cardIds(const CardFilter& filter, CardSortColumn sortBy,
                                bool descending) override;
    std::vector<Card> cardsByIds(std::span<const CardId> ids) override;
    std::optional<std::vector<Card>> cardsInIndexOrder(const CardQuery& query) override;
    void forEachCard(const CardFilter& filter,
                     const std::function<void(const Card&)>& visit) override;
    void forEachCardWithLedger(
        const CardFilter& filter,
        const std::function<void(const Card&, std::span<const LedgerEntry>)>& visit) override;
    std::vector<StateCount> stateCounts(const CardFilter& filter) override;
    void forEachCardIn(CardSubset subset, const std::function<void(const Card&)>& visit) override;
    // Reads through an index a large batch set aside build it again first.
    std::vector<LedgerEntry> ledgerOf(CardId id) override;
    std::optional<LedgerEntry> lastPaymentOf(CardId id) override;
    // The entries this transaction posted, sealed as they were stored, when they are the range
    // asked for (RunningLedgerSeal); otherwise read back from the table.
    LedgerImportSeal sealLedgerEntries(std::int64_t firstId, std::int64_t lastId) override;

    // Reads of the history see every row written so far, including insertCards' last batch.
    std::vector<AuditEvent> auditOf(std::optional<CardId> cardId) override;
    void forEachAuditEvent(const std::function<void(const AuditEvent&)>& visit) override;
    AuditVerification verifyAuditChain() override;
    QByteArray auditHeadHash() override;
    std::vector<AuditEvent> auditNewestFirst(std::int64_t offset, std::int64_t limit) override;
    std::int64_t auditCount() override;
    // The summaries are brought up to date with the transaction's postings first.
    FleetTotals totals() override;
    ArrearsByGroup arrearsByGroup(OutstandingGrouping grouping,
                                  const AgingBoundaries& ages) override;
    std::vector<StateDay> cardsByStateDay() override;

    // Stores what is still pending (insertCards' and postLedgerBatch's audit rows, the balances
    // and arrears of the cards posted to); the store calls it before COMMIT.
    void finish();

private:
    // The cached statement for sql, looked up once per transaction and kept in slot.
    SQLite::Statement& statement(SQLite::Statement*& slot, const char* sql);
    QString iccidOf(CardId id);
    // Stores insertCards' audit rows that are hashed; with wait, all of them.
    void storeHashedAudit(bool wait);
    // Every audit row asked for so far stored, in order: before any other row is appended and
    // before anything reads the log.
    void storePendingAudit()
    {
        submitQueuedAudit();
        storeHashedAudit(true);
    }
    // A changed card's audit row, hashed and stored later with its batch's others.
    void queueCardAudit(CardId card, const QString& iccid, const AuditDraft& audit);
    void submitQueuedAudit();
    std::optional<AuditAppender::Head> hasherStart();
    // The card's pending balance written, if it has one; whether it had.
    bool settleBalance(CardId card);
    void settleBalances();
    // Builds the index postLedgerBatch set aside, if it did.
    void restoreIndexes();
    // Builds the indexes insertCards set aside, if it did.
    void restoreCardIndexes();
    // updateCard's work once the stored card is known (null when there is none: the update
    // then finds nothing and says why).
    void writeCard(const Card* stored, const Card& updated, const AuditDraft& audit);
    std::int64_t nextEntryId();

    AuditAppender m_audit;
    // Before m_arrears, which builds the ledger's index again before reading through it.
    DeferredIndex m_ledgerIndex;
    // Set aside by insertCards into an empty table, built again by finish() or a write or read
    // that needs them first.
    CardIndexes m_cardIndexes;
    ArrearsSummary m_arrears;
    StateDays m_stateDays;
    PendingBalances m_balances;
    std::unique_ptr<BulkCardInsert> m_bulk;
    std::unique_ptr<LedgerBatchRows> m_ledgerBatchRows;
    RowBatch m_cardRows{kCardRowColumns};
    NewCardEncoder m_cardEncoder;
    RowBatch m_ledgerRows{kLedgerRowColumns};
    RowBatch m_postedAudit{kAuditRowColumns};
    AuditHasher::Hashed m_hashed;
    // Changed cards' audit rows not handed to m_hasher yet, all of one draft.
    struct QueuedAudit {
        std::vector<CardId> ids;
        std::vector<QString> iccids;
        AuditDraft draft;
    };
    QueuedAudit m_queuedAudit;
    // After m_audit, whose encodeRows it calls: destroyed (and its thread stopped) first.
    std::unique_ptr<AuditHasher> m_hasher;
    // postLedgerBatch stored entries that no import row (LedgerImported) has sealed yet.
    bool m_unsealedEntries{false};
    RunningLedgerSeal m_seal;
    SQLite::Statement* m_insertCard{nullptr};
    std::unordered_map<CardFieldMask, SQLite::Statement*> m_updateCards; // by the columns set
    SQLite::Statement* m_addPostings{nullptr};
    SQLite::Statement* m_insertEntry{nullptr};
    SQLite::Statement* m_iccidOf{nullptr};
    SQLite::Statement* m_nextCardId{nullptr};
    TextBinder m_insertCardText;
    TextBinder m_updateCardText;
    TextBinder m_entryText;
};

} // namespace simfleet::sqlite
