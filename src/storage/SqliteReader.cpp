// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteReader.h"

#include "ArrearsReads.h"
#include "AuditChainCheck.h"
#include "AuditReads.h"
#include "CardFilterSql.h"
#include "CardReads.h"
#include "CarrierProfileRows.h"
#include "CompanyProfileRows.h"
#include "ExposureReads.h"
#include "LedgerSealReads.h"
#include "PacketRows.h"
#include "SqliteErrors.h"
#include "StandingReads.h"

namespace simfleet::sqlite {

namespace {

// Every read holds the connection and reports engine failures as StoreError.
template <class Body> decltype(auto) exclusively(Connection& connection, Body&& body)
{
    const std::lock_guard lock(connection.mutex);
    return guarded(std::forward<Body>(body));
}

} // namespace

template <class I> std::optional<Card> SqliteReader<I>::cardById(CardId id)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::cardById(c.statements, id); });
}

template <class I> std::optional<Card> SqliteReader<I>::cardByIccid(const QString& iccid)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::cardByIccid(c.statements, iccid); });
}

template <class I>
std::vector<std::optional<CardId>> SqliteReader<I>::cardIdsByKeys(std::span<const CardKeyText> keys)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::cardIdsByKeys(*c.db, c.statements, keys); });
}

template <class I> std::optional<Card> SqliteReader<I>::cardByMsisdn(const QString& msisdn)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::cardByMsisdn(c.statements, msisdn); });
}

template <class I> std::int64_t SqliteReader<I>::countCards(const CardFilter& filter)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::countCards(c.statements, filter); });
}

template <class I> std::vector<Card> SqliteReader<I>::cards(const CardQuery& query)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::cards(c.statements, query); });
}

template <class I>
std::vector<CardId> SqliteReader<I>::cardIds(const CardFilter& filter, CardSortColumn sortBy,
                                             bool descending)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::cardIds(c.statements, filter, sortBy, descending); });
}

template <class I> std::vector<Card> SqliteReader<I>::cardsByIds(std::span<const CardId> ids)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::cardsByIds(c.statements, ids); });
}

template <class I>
std::optional<std::vector<Card>> SqliteReader<I>::cardsInIndexOrder(const CardQuery& query)
{
    if (!indexHoldsOrder(query.filter, query.sortBy))
        return std::nullopt;
    return cards(query);
}

template <class I>
void SqliteReader<I>::forEachCard(const CardFilter& filter,
                                  const std::function<void(const Card&)>& visit)
{
    auto& c = m_connection;
    exclusively(c, [&] { reads::forEachCard(*c.db, filter, visit); });
}

template <class I>
void SqliteReader<I>::forEachCardKey(const std::function<void(const CardKey&)>& visit)
{
    auto& c = m_connection;
    exclusively(c, [&] { reads::forEachCardKey(*c.db, visit); });
}

template <class I>
void SqliteReader<I>::forEachCardWithLedger(
    const CardFilter& filter,
    const std::function<void(const Card&, std::span<const LedgerEntry>)>& visit)
{
    auto& c = m_connection;
    exclusively(c, [&] { reads::forEachCardWithLedger(*c.db, filter, visit); });
}

template <class I> std::vector<LedgerEntry> SqliteReader<I>::ledgerOf(CardId id)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::ledgerOf(c.statements, id); });
}

template <class I> std::optional<LedgerEntry> SqliteReader<I>::lastPaymentOf(CardId id)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::lastPaymentOf(c.statements, id); });
}

template <class I>
LedgerImportSeal SqliteReader<I>::sealLedgerEntries(std::int64_t firstId, std::int64_t lastId)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return sealLedgerRange(c.db->getHandle(), firstId, lastId); });
}

template <class I> std::vector<AuditEvent> SqliteReader<I>::auditOf(std::optional<CardId> cardId)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::auditOf(c.statements, cardId); });
}

template <class I>
void SqliteReader<I>::forEachAuditEvent(const std::function<void(const AuditEvent&)>& visit)
{
    auto& c = m_connection;
    exclusively(c, [&] { reads::forEachAuditEvent(*c.db, visit); });
}

template <class I> AuditVerification SqliteReader<I>::verifyAuditChain()
{
    auto& c = m_connection;
    return exclusively(c, [&] { return checkAuditChain(*c.db); });
}

template <class I> QByteArray SqliteReader<I>::auditHeadHash()
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::auditHead(c.statements).hash; });
}

template <class I>
std::vector<AuditEvent> SqliteReader<I>::auditNewestFirst(std::int64_t offset, std::int64_t limit)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::auditNewestFirst(c.statements, offset, limit); });
}

template <class I> std::int64_t SqliteReader<I>::auditCount()
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::auditCount(c.statements); });
}

template <class I> FleetTotals SqliteReader<I>::totals()
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::totals(c.statements); });
}

template <class I>
ArrearsByGroup SqliteReader<I>::arrearsByGroup(OutstandingGrouping grouping,
                                               const AgingBoundaries& ages)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::arrearsByGroup(c.statements, grouping, ages); });
}

template <class I> std::optional<QDate> SqliteReader<I>::lastLedgerDate()
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::lastLedgerDate(c.statements); });
}

template <class I> std::vector<StateDay> SqliteReader<I>::cardsByStateDay()
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::cardsByStateDay(c.statements); });
}

template <class I>
void SqliteReader<I>::forEachCardIn(CardSubset subset,
                                    const std::function<void(const Card&)>& visit)
{
    auto& c = m_connection;
    exclusively(c, [&] { reads::forEachCardIn(*c.db, subset, visit); });
}

template <class I> void SqliteReader<I>::readExposedCards(ExposedCards& cards)
{
    auto& c = m_connection;
    exclusively(c, [&] { reads::readExposedCards(*c.db, cards); });
}

template <class I>
void SqliteReader<I>::forEachStateEvent(std::optional<CardState> from, CardState to,
                                        const std::function<void(const AuditEvent&)>& visit)
{
    auto& c = m_connection;
    exclusively(c, [&] { reads::forEachStateEvent(*c.db, from, to, visit); });
}

template <class I> std::vector<StateCount> SqliteReader<I>::stateCounts(const CardFilter& filter)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::stateCounts(c.statements, filter); });
}

template <class I> std::vector<QString> SqliteReader<I>::departments()
{
    auto& c = m_connection;
    return exclusively(c, [&] { return reads::departments(c.statements); });
}

template <class I> std::vector<CarrierProfile> SqliteReader<I>::carrierProfiles()
{
    auto& c = m_connection;
    return exclusively(c, [&] { return loadCarrierProfiles(*c.db); });
}

template <class I> CarrierProfile SqliteReader<I>::carrierProfile(Carrier carrier)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return loadCarrierProfile(*c.db, carrier); });
}

template <class I> std::optional<CompanyProfile> SqliteReader<I>::companyProfile()
{
    auto& c = m_connection;
    return exclusively(c, [&] { return loadCompanyProfile(*c.db); });
}

template <class I> std::vector<PacketRecord> SqliteReader<I>::packets()
{
    auto& c = m_connection;
    return exclusively(c, [&] { return loadPackets(*c.db); });
}

template <class I> std::optional<PacketRecord> SqliteReader<I>::packet(PacketId id)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return loadPacket(*c.db, id); });
}

template <class I> std::vector<PacketRecord> SqliteReader<I>::packetsOfCard(CardId cardId)
{
    auto& c = m_connection;
    return exclusively(c, [&] { return loadPacketsOfCard(*c.db, cardId); });
}

template <class I> std::vector<CardId> SqliteReader<I>::cardIdsInPackets()
{
    auto& c = m_connection;
    return exclusively(c, [&] { return loadCardIdsInPackets(*c.db); });
}

template class SqliteReader<Store>;
template class SqliteReader<StoreWriter>;

} // namespace simfleet::sqlite
