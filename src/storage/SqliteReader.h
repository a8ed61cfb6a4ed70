// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "ports/Store.h"

namespace simfleet::sqlite {

// Every read of the Store interface, written once and mixed into both the store (outside
// transactions) and the writer (inside one, where it sees the transaction's own changes).
// Instantiated for Store and StoreWriter in SqliteReader.cpp.
template <class Interface> class SqliteReader : public Interface {
public:
    explicit SqliteReader(Connection& connection) : m_connection(connection) {}

    std::optional<Card> cardById(CardId id) override;
    std::optional<Card> cardByIccid(const QString& iccid) override;
    std::optional<Card> cardByMsisdn(const QString& msisdn) override;
    std::vector<std::optional<CardId>> cardIdsByKeys(std::span<const CardKeyText> keys) override;

    std::int64_t countCards(const CardFilter& filter) override;
    std::vector<Card> cards(const CardQuery& query) override;
    std::vector<CardId> cardIds(const CardFilter& filter, CardSortColumn sortBy,
                                bool descending) override;
    std::vector<Card> cardsByIds(std::span<const CardId> ids) override;
    std::optional<std::vector<Card>> cardsInIndexOrder(const CardQuery& query) override;
    void forEachCard(const CardFilter& filter,
                     const std::function<void(const Card&)>& visit) override;
    void forEachCardKey(const std::function<void(const CardKey&)>& visit) override;
    void forEachCardWithLedger(
        const CardFilter& filter,
        const std::function<void(const Card&, std::span<const LedgerEntry>)>& visit) override;

    std::vector<LedgerEntry> ledgerOf(CardId id) override;
    std::optional<LedgerEntry> lastPaymentOf(CardId id) override;
    LedgerImportSeal sealLedgerEntries(std::int64_t firstId, std::int64_t lastId) override;

    std::vector<AuditEvent> auditOf(std::optional<CardId> cardId) override;
    void forEachAuditEvent(const std::function<void(const AuditEvent&)>& visit) override;
    AuditVerification verifyAuditChain() override;
    QByteArray auditHeadHash() override;
    std::vector<AuditEvent> auditNewestFirst(std::int64_t offset, std::int64_t limit) override;
    std::int64_t auditCount() override;

    FleetTotals totals() override;
    ArrearsByGroup arrearsByGroup(OutstandingGrouping grouping,
                                  const AgingBoundaries& ages) override;
    std::optional<QDate> lastLedgerDate() override;
    std::vector<StateDay> cardsByStateDay() override;
    void forEachCardIn(CardSubset subset, const std::function<void(const Card&)>& visit) override;
    void readExposedCards(ExposedCards& cards) override;
    void forEachStateEvent(std::optional<CardState> from, CardState to,
                           const std::function<void(const AuditEvent&)>& visit) override;
    std::vector<StateCount> stateCounts(const CardFilter& filter) override;
    std::vector<QString> departments() override;

    std::vector<CarrierProfile> carrierProfiles() override;
    CarrierProfile carrierProfile(Carrier carrier) override;

    std::optional<CompanyProfile> companyProfile() override;
    std::vector<PacketRecord> packets() override;
    std::optional<PacketRecord> packet(PacketId id) override;
    std::vector<PacketRecord> packetsOfCard(CardId cardId) override;
    std::vector<CardId> cardIdsInPackets() override;

protected:
    Connection& connection() { return m_connection; }

private:
    Connection& m_connection;
};

extern template class SqliteReader<Store>;
extern template class SqliteReader<StoreWriter>;

} // namespace simfleet::sqlite
