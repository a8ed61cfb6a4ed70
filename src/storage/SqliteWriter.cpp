// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteWriter.h"

#include "CardReads.h"
#include "CardRowMapper.h"
#include "CarrierProfileRows.h"
#include "CodeColumns.h"
#include "CompanyProfileRows.h"
#include "ExposureKey.h"
#include "LedgerSealReads.h"
#include "PacketRows.h"
#include "SqlValues.h"
#include "SqliteErrors.h"
#include "ports/StoreError.h"

#include <SQLiteCpp/Column.h>
#include <algorithm>
#include <map>
#include <utility>

namespace simfleet::sqlite {

namespace {

// Built on first use: a std::string at namespace scope could throw before main.
const std::string& insertCardSql()
{
    static const std::string sql = std::string("INSERT INTO cards (") + kCardFieldColumns + ", " +
                                   kExposureKeyColumn +
                                   ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

// Optimistic concurrency: the row changes only if nobody changed it since the caller read it.
// Built on first use: a std::string at namespace scope could throw before main.
std::string updateCardSql(CardFieldMask fields)
{
    std::string assignments = cardFieldAssignments(fields);
    if ((fields & (1U << kHolderIdField)) != 0)
        assignments += std::string(", ") + kExposureKeyColumn + " = ?";
    if (!assignments.empty())
        assignments += ", ";
    return "UPDATE cards SET " + assignments + "version = version + 1 WHERE id = ? AND version = ?";
}

// Postings to one card: its balance by their sum, its version by their number. No RETURNING:
// SQLite runs it like a trigger, which makes the statement save the 64 KiB page it changes to a
// statement journal first (a quarter of a bill import's time).
constexpr const char* kAddPostings = "UPDATE cards SET balance_fen = balance_fen + ?,"
                                     " version = version + ? WHERE id = ?";

constexpr const char* kInsertEntry =
    "INSERT INTO ledger_entries (card_id, kind, amount_fen, date, reference, operator,"
    " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)";

[[noreturn]] void throwCardNotFound(CardId id)
{
    throw StoreError(Error{ErrorCode::CardNotFound, QString::number(id), 0});
}

} // namespace

SqliteWriter::SqliteWriter(Connection& connection, const QString& operatorName,
                           const QDateTime& nowUtc)
    : SqliteReader<StoreWriter>(connection), m_audit(connection.statements, operatorName, nowUtc),
      m_ledgerIndex(*connection.db, "ledger_entries_by_card", "ledger_entries"),
      m_cardIndexes(*connection.db),
      m_arrears(connection.statements, [this] { m_ledgerIndex.restore(); }),
      m_stateDays(connection.statements), m_balances(connection.statements)
{}

void SqliteWriter::restoreIndexes()
{
    guarded([&] { m_ledgerIndex.restore(); });
}

void SqliteWriter::restoreCardIndexes()
{
    guarded([&] { m_cardIndexes.restore(); });
}

std::vector<LedgerEntry> SqliteWriter::ledgerOf(CardId id)
{
    restoreIndexes();
    return SqliteReader<StoreWriter>::ledgerOf(id);
}

LedgerImportSeal SqliteWriter::sealLedgerEntries(std::int64_t firstId, std::int64_t lastId)
{
    if (std::optional<LedgerImportSeal> seal = m_seal.take(firstId, lastId))
        return *std::move(seal);
    return SqliteReader<StoreWriter>::sealLedgerEntries(firstId, lastId);
}

std::optional<LedgerEntry> SqliteWriter::lastPaymentOf(CardId id)
{
    restoreIndexes();
    return SqliteReader<StoreWriter>::lastPaymentOf(id);
}

SQLite::Statement& SqliteWriter::statement(SQLite::Statement*& slot, const char* sql)
{
    if (slot == nullptr)
        slot = &connection().statements.get(sql);
    return *slot;
}

QString SqliteWriter::iccidOf(CardId id)
{
    StatementUse select(statement(m_iccidOf, "SELECT iccid FROM cards WHERE id = ?"));
    select->bind(1, id);
    if (!select->executeStep())
        throwCardNotFound(id);
    return textAt(*select, 0);
}

CardId SqliteWriter::insertCard(const Card& card, const AuditDraft& audit)
{
    return guarded([&] {
        m_cardIndexes.restore(); // its ICCID and number are checked as it is stored
        StatementUse insert(statement(m_insertCard, insertCardSql().c_str()));
        bindCardFields(*insert, m_insertCardText, card);
        bindExposureKey(*insert, m_insertCardText, kCardFieldCount + 1,
                        holderExposure(card.holderId));
        insert->exec();
        const CardId id = connection().db->getLastInsertRowid();
        m_stateDays.add(summaryFieldsOf(card).stateDay);
        storePendingAudit();
        m_audit.append(id, card.iccid, audit);
        return id;
    });
}

CardId SqliteWriter::insertCards(std::span<const Card> cards, const AuditDraft& audit)
{
    return guarded([&] {
        submitQueuedAudit(); // the chain keeps the order of the writes
        storeHashedAudit(false);
        // Cards are never deleted and an INTEGER PRIMARY KEY takes the next free number, so the
        // batch's ids are known before it is stored, and so are its audit rows.
        // Prepared once: a thousand batches prepared it a thousand times, 1% of the import.
        CardId first = 0;
        {
            StatementUse next(
                statement(m_nextCardId, "SELECT coalesce(max(id), 0) + 1 FROM cards"));
            next->executeStep();
            first = next->getColumn(0).getInt64();
        }
        if (cards.empty())
            return first;
        m_cardIndexes.storingNewCards(first);
        if (!m_bulk)
            m_bulk = std::make_unique<BulkCardInsert>(*connection().db);
        m_cardRows.clear();
        // A few cards ahead: enough to cover the wait for memory, not so many that the texts
        // are evicted again before they are read.
        constexpr std::size_t kPrefetchAhead = 4;
        for (std::size_t i = 0; i < std::min(kPrefetchAhead, cards.size()); ++i)
            NewCardEncoder::prefetch(cards[i]);
        CardId id = first;
        for (std::size_t i = 0; i < cards.size(); ++i) {
            if (i + kPrefetchAhead < cards.size())
                NewCardEncoder::prefetch(cards[i + kPrefetchAhead]);
            m_cardEncoder.encode(m_cardRows, id++, cards[i]);
        }
        m_bulk->insertCards(m_cardRows);
        m_stateDays.add(cards);

        // Only now, so that cards SQLite refused leave no audit rows behind.
        std::vector<QString> iccids;
        iccids.reserve(cards.size());
        for (const Card& card : cards)
            iccids.push_back(card.iccid);
        std::optional<AuditAppender::Head> start = hasherStart();
        m_hasher->submit(std::move(start), first, std::move(iccids), audit);
        return first;
    });
}

namespace {

bool sameDraft(const AuditDraft& a, const AuditDraft& b)
{
    return a.action == b.action && a.fromState == b.fromState && a.toState == b.toState &&
           a.details == b.details;
}

// A batch's audit rows go to the hasher a thousand at a time, as the import's do; fewer than a
// few dozen (a clerk's edit) are hashed here, where starting the hasher's thread would cost
// more than hashing them.
constexpr std::size_t kQueuedAuditRows = 1024;
constexpr std::size_t kHashedHereRows = 32;

} // namespace

// A 100,000-card transition spent a sixth of its time hashing and inserting its audit rows one
// by one; queued, they are hashed on the hasher's thread while this one changes the next cards,
// and stored a thousand rows a statement.
void SqliteWriter::queueCardAudit(CardId card, const QString& iccid, const AuditDraft& audit)
{
    if (!m_queuedAudit.ids.empty() && !sameDraft(m_queuedAudit.draft, audit))
        submitQueuedAudit();
    if (m_queuedAudit.ids.empty())
        m_queuedAudit.draft = audit;
    m_queuedAudit.ids.push_back(card);
    m_queuedAudit.iccids.push_back(iccid);
    if (m_queuedAudit.ids.size() >= kQueuedAuditRows) {
        submitQueuedAudit();
        storeHashedAudit(false);
    }
}

// Makes the hasher on first use. With nothing of the hasher's left to store, its next job
// continues the chain where m_audit says; otherwise after its own last job (nullopt).
std::optional<AuditAppender::Head> SqliteWriter::hasherStart()
{
    if (!m_hasher)
        m_hasher = std::make_unique<AuditHasher>(m_audit);
    if (m_hasher->empty())
        return m_audit.head();
    return std::nullopt;
}

void SqliteWriter::submitQueuedAudit()
{
    if (m_queuedAudit.ids.empty())
        return;
    const bool chainHere = !m_hasher || m_hasher->empty();
    if (chainHere && m_queuedAudit.ids.size() < kHashedHereRows) {
        for (std::size_t i = 0; i < m_queuedAudit.ids.size(); ++i)
            m_audit.append(m_queuedAudit.ids[i], m_queuedAudit.iccids[i], m_queuedAudit.draft);
    } else {
        if (!m_bulk)
            m_bulk = std::make_unique<BulkCardInsert>(*connection().db);
        std::optional<AuditAppender::Head> start = hasherStart();
        m_hasher->submit(std::move(start), std::move(m_queuedAudit.ids),
                         std::move(m_queuedAudit.iccids), m_queuedAudit.draft);
    }
    m_queuedAudit.ids.clear();
    m_queuedAudit.iccids.clear();
}

void SqliteWriter::storeHashedAudit(bool wait)
{
    if (!m_hasher)
        return;
    while (m_hasher->take(m_hashed, wait)) {
        m_bulk->insertAuditEvents(m_hashed.rows);
        m_audit.advance(std::move(m_hashed.head));
        m_hashed.iccids.clear();
        m_hasher->recycle(std::exchange(m_hashed.rows, RowBatch(kAuditRowColumns)));
    }
}

void SqliteWriter::finish()
{
    guarded([&] {
        if (m_bulk)
            m_bulk->sound(); // nothing after a failed bulk statement may commit
        storePendingAudit();
        m_cardIndexes.restore();
        m_balances.settle();
        // The arrears first: folded as they were posted, they free their memory before the
        // index's sort (and restore the index themselves if they must read through it).
        m_arrears.flush();
        m_ledgerIndex.restore();
        m_stateDays.flush();
        if (m_unsealedEntries) // a batch's entries have no audit row but the import's
            throw StoreError(Error{ErrorCode::StorageFailure,
                                   QStringLiteral("ledger entries posted without their audit row"),
                                   0});
    });
}

std::vector<StateDay> SqliteWriter::cardsByStateDay()
{
    guarded([&] { m_stateDays.flush(); });
    return SqliteReader<StoreWriter>::cardsByStateDay();
}

bool SqliteWriter::settleBalance(CardId card)
{
    return guarded([&] { return m_balances.settle(card); });
}

void SqliteWriter::settleBalances()
{
    guarded([&] { m_balances.settle(); });
}

std::optional<Card> SqliteWriter::cardById(CardId id)
{
    settleBalance(id);
    return SqliteReader<StoreWriter>::cardById(id);
}

std::optional<Card> SqliteWriter::cardByIccid(const QString& iccid)
{
    restoreCardIndexes();
    std::optional<Card> card = SqliteReader<StoreWriter>::cardByIccid(iccid);
    if (card && settleBalance(card->id))
        card = SqliteReader<StoreWriter>::cardById(card->id);
    return card;
}

std::optional<Card> SqliteWriter::cardByMsisdn(const QString& msisdn)
{
    restoreCardIndexes();
    std::optional<Card> card = SqliteReader<StoreWriter>::cardByMsisdn(msisdn);
    if (card && settleBalance(card->id))
        card = SqliteReader<StoreWriter>::cardById(card->id);
    return card;
}

std::int64_t SqliteWriter::countCards(const CardFilter& filter)
{
    settleBalances();
    return SqliteReader<StoreWriter>::countCards(filter);
}

std::vector<Card> SqliteWriter::cards(const CardQuery& query)
{
    settleBalances();
    return SqliteReader<StoreWriter>::cards(query);
}

std::vector<CardId> SqliteWriter::cardIds(const CardFilter& filter, CardSortColumn sortBy,
                                          bool descending)
{
    settleBalances();
    return SqliteReader<StoreWriter>::cardIds(filter, sortBy, descending);
}

std::vector<Card> SqliteWriter::cardsByIds(std::span<const CardId> ids)
{
    settleBalances();
    return SqliteReader<StoreWriter>::cardsByIds(ids);
}

std::optional<std::vector<Card>> SqliteWriter::cardsInIndexOrder(const CardQuery& query)
{
    settleBalances();
    return SqliteReader<StoreWriter>::cardsInIndexOrder(query);
}

void SqliteWriter::forEachCardIn(CardSubset subset, const std::function<void(const Card&)>& visit)
{
    settleBalances(); // a subset may be chosen by balance
    SqliteReader<StoreWriter>::forEachCardIn(subset, visit);
}

void SqliteWriter::forEachCard(const CardFilter& filter,
                               const std::function<void(const Card&)>& visit)
{
    settleBalances();
    SqliteReader<StoreWriter>::forEachCard(filter, visit);
}

void SqliteWriter::forEachCardWithLedger(
    const CardFilter& filter,
    const std::function<void(const Card&, std::span<const LedgerEntry>)>& visit)
{
    settleBalances();
    restoreIndexes();
    SqliteReader<StoreWriter>::forEachCardWithLedger(filter, visit);
}

std::vector<StateCount> SqliteWriter::stateCounts(const CardFilter& filter)
{
    settleBalances();
    return SqliteReader<StoreWriter>::stateCounts(filter);
}

FleetTotals SqliteWriter::totals()
{
    guarded([&] {
        m_balances.settle();
        m_arrears.flush();
    });
    return SqliteReader<StoreWriter>::totals();
}

ArrearsByGroup SqliteWriter::arrearsByGroup(OutstandingGrouping grouping,
                                            const AgingBoundaries& ages)
{
    guarded([&] {
        m_balances.settle();
        m_arrears.flush();
    });
    return SqliteReader<StoreWriter>::arrearsByGroup(grouping, ages);
}

std::vector<AuditEvent> SqliteWriter::auditOf(std::optional<CardId> cardId)
{
    guarded([&] { storePendingAudit(); });
    restoreIndexes();
    return SqliteReader<StoreWriter>::auditOf(cardId);
}

void SqliteWriter::forEachAuditEvent(const std::function<void(const AuditEvent&)>& visit)
{
    guarded([&] { storePendingAudit(); });
    SqliteReader<StoreWriter>::forEachAuditEvent(visit);
}

AuditVerification SqliteWriter::verifyAuditChain()
{
    guarded([&] { storePendingAudit(); });
    return SqliteReader<StoreWriter>::verifyAuditChain();
}

QByteArray SqliteWriter::auditHeadHash()
{
    guarded([&] { storePendingAudit(); });
    return SqliteReader<StoreWriter>::auditHeadHash();
}

std::vector<AuditEvent> SqliteWriter::auditNewestFirst(std::int64_t offset, std::int64_t limit)
{
    guarded([&] { storePendingAudit(); });
    return SqliteReader<StoreWriter>::auditNewestFirst(offset, limit);
}

std::int64_t SqliteWriter::auditCount()
{
    guarded([&] { storePendingAudit(); });
    return SqliteReader<StoreWriter>::auditCount();
}

void SqliteWriter::updateCard(const Card& card, const AuditDraft& audit)
{
    guarded([&] {
        // Its postings first: they moved its version, which the update checks.
        m_balances.settle(card.id);
        const std::optional<Card> stored = reads::cardById(connection().statements, card.id);
        writeCard(stored ? &*stored : nullptr, card, audit);
    });
}

void SqliteWriter::updateCard(const Card& stored, const Card& updated, const AuditDraft& audit)
{
    if (stored.id != updated.id || stored.version != updated.version) {
        updateCard(updated, audit);
        return;
    }
    guarded([&] {
        // A posting still pending moves the version: the update then finds the card changed.
        m_balances.settle(updated.id);
        writeCard(&stored, updated, audit);
    });
}

void SqliteWriter::writeCard(const Card* stored, const Card& card, const AuditDraft& audit)
{
    m_cardIndexes.restore(); // a new number is checked as it is stored
    // Only the columns that changed: a state change then leaves the ICCID and number indexes
    // alone, instead of rewriting their entries for every card of a batch.
    CardFieldMask changed = kAllCardFields;
    if (stored) {
        changed = changedCardFields(*stored, card);
        // Before the row changes: a card posted to in this transaction has its arrears refreshed
        // first, under the group keys the file still holds. (A stale stored is refused by the
        // update below, which rolls the whole write back.)
        if ((changed & kGroupKeyFields) != 0) // the keys' texts cost more than the rest
            m_arrears.regroup(card.id, summaryFieldsOf(*stored).keys, summaryFieldsOf(card).keys);
        m_stateDays.change(stateDayOf(*stored), stateDayOf(card));
    }
    SQLite::Statement*& slot = m_updateCards[changed];
    if (slot == nullptr)
        slot = &connection().statements.get(updateCardSql(changed));
    StatementUse update(*slot);
    int next = bindCardFields(*update, m_updateCardText, card, changed, 1);
    if ((changed & (1U << kHolderIdField)) != 0)
        bindExposureKey(*update, m_updateCardText, next++, holderExposure(card.holderId));
    update->bind(next, card.id);
    update->bind(next + 1, card.version);
    if (update->exec() == 0) {
        iccidOf(card.id); // throws CardNotFound when the card is gone
        throw StoreError(Error{ErrorCode::StorageConflict, card.iccid, 0});
    }
    queueCardAudit(card.id, card.iccid, audit);
}

std::int64_t SqliteWriter::postLedgerEntry(const LedgerEntry& entry, const AuditDraft& audit)
{
    return guarded([&] {
        {
            StatementUse update(statement(m_addPostings, kAddPostings));
            update->bind(1, balanceEffect(entry).fen());
            update->bind(2, 1);
            update->bind(3, entry.cardId);
            if (update->exec() == 0)
                throwCardNotFound(entry.cardId);
        }
        const QString iccid = iccidOf(entry.cardId);
        StatementUse insert(statement(m_insertEntry, kInsertEntry));
        TextBinder& text = m_entryText;
        insert->bind(1, entry.cardId);
        TextBinder::bindStatic(*insert, 2, codeText(entry.kind));
        insert->bind(3, entry.amount.fen());
        text.bindDate(*insert, 4, entry.date);
        text.bind(*insert, 5, entry.reference);
        // The store stamps who and when unless the service already did.
        text.bind(*insert, 6,
                  entry.operatorName.isEmpty() ? m_audit.operatorName() : entry.operatorName);
        text.bindInstant(*insert, 7, entry.recordedAt.isValid() ? entry.recordedAt : m_audit.now());
        insert->exec();
        const std::int64_t id = connection().db->getLastInsertRowid();
        if (LedgerSealer* seal = m_seal.follow(id, 1))
            addLedgerRange(connection().db->getHandle(), id, id, *seal);
        m_arrears.posted(entry.cardId, entry.date);
        storePendingAudit();
        m_audit.append(entry.cardId, iccid, audit);
        return id;
    });
}

void SqliteWriter::postLedgerEntries(std::span<const LedgerPosting> postings)
{
    guarded([&] {
        storePendingAudit(); // the chain keeps the order of the writes
        if (postings.empty())
            return;
        // Each card once, in id order (neighbouring rows share pages), by the sum of its entries.
        struct Effect {
            std::int64_t fen{0};
            std::int64_t entries{0};
        };
        std::map<CardId, Effect> effects;
        for (const LedgerPosting& posting : postings) {
            Effect& effect = effects[posting.entry.cardId];
            effect.fen += balanceEffect(posting.entry).fen();
            ++effect.entries;
        }
        for (const auto& [card, effect] : effects) {
            StatementUse update(statement(m_addPostings, kAddPostings));
            update->bind(1, effect.fen);
            update->bind(2, effect.entries);
            update->bind(3, card);
            if (update->exec() == 0)
                throwCardNotFound(card);
        }

        if (!m_bulk)
            m_bulk = std::make_unique<BulkCardInsert>(*connection().db);
        std::int64_t id = nextEntryId();
        m_ledgerRows.clear();
        QDateTime recorded;
        std::string recordedText;
        for (const LedgerPosting& posting : postings) {
            const LedgerEntry& entry = posting.entry;
            // As postLedgerEntry: the store stamps who and when unless the service already did.
            const QString& who =
                entry.operatorName.isEmpty() ? m_audit.operatorName() : entry.operatorName;
            const QDateTime& when = entry.recordedAt.isValid() ? entry.recordedAt : m_audit.now();
            if (recordedText.empty() || when != recorded) { // a file's entries share one instant
                recorded = when;
                writeInstantText(recordedText, when);
            }
            encodeLedgerEntry(m_ledgerRows, id++, entry, who, recordedText);
            m_arrears.posted(entry.cardId, entry.date);
        }
        m_bulk->insertLedgerEntries(m_ledgerRows);
        const auto count = static_cast<std::int64_t>(postings.size());
        if (LedgerSealer* seal = m_seal.follow(id - count, count))
            addLedgerRange(connection().db->getHandle(), id - count, id - 1, *seal);

        m_postedAudit.clear();
        AuditAppender::Head head = m_audit.encodeRows(m_audit.head(), postings, m_postedAudit);
        m_bulk->insertAuditEvents(m_postedAudit);
        m_audit.advance(std::move(head));
    });
}

void SqliteWriter::postLedgerBatch(LedgerBatch batch)
{
    guarded([&] {
        if (batch.empty())
            return;
        if (!m_bulk)
            m_bulk = std::make_unique<BulkCardInsert>(*connection().db);
        if (!m_ledgerBatchRows)
            m_ledgerBatchRows = std::make_unique<LedgerBatchRows>(*m_bulk);
        // As postLedgerEntry: the store stamps who and when unless the service already did.
        const std::string who =
            utf8(batch.operatorName().isEmpty() ? m_audit.operatorName() : batch.operatorName());
        const std::string when =
            instantText(batch.recordedAt().isValid() ? batch.recordedAt() : m_audit.now());
        m_arrears.beforeBatch(); // before the batch's entries are in the table
        // Millions of entries in no order of cards: their index is built once at the end.
        m_ledgerIndex.appending(static_cast<std::int64_t>(batch.size()));
        // Until the import's row seals them, these entries are not explained (finish() refuses).
        m_unsealedEntries = true;
        const std::int64_t first = nextEntryId();
        m_ledgerBatchRows->insert(batch, first, who, when,
                                  m_seal.follow(first, static_cast<std::int64_t>(batch.size())));
        for (std::size_t i = 0; i < batch.size(); ++i) {
            const std::int64_t effect = balanceEffect(batch.kind(i), batch.amount(i)).fen();
            m_balances.add(batch.cardId(i), effect);
            m_arrears.posted(batch.cardId(i), batch.date(i), effect);
        }
    });
}

std::int64_t SqliteWriter::nextEntryId()
{
    return connection()
        .db->execAndGet("SELECT coalesce(max(id), 0) + 1 FROM ledger_entries")
        .getInt64();
}

std::int64_t SqliteWriter::nextLedgerEntryId()
{
    return guarded([&] { return nextEntryId(); });
}

void SqliteWriter::appendAudit(std::optional<CardId> cardId, const AuditDraft& audit)
{
    guarded([&] {
        storePendingAudit();
        m_audit.append(cardId, cardId ? iccidOf(*cardId) : QString(), audit);
        if (audit.action == AuditAction::LedgerImported)
            m_unsealedEntries = false;
    });
}

void SqliteWriter::saveCarrierProfile(const CarrierProfile& profile)
{
    guarded([&] { saveCarrierProfileRow(*connection().db, profile); });
}

void SqliteWriter::saveCompanyProfile(const CompanyProfile& profile)
{
    guarded([&] { saveCompanyProfileRow(*connection().db, profile); });
}

PacketId SqliteWriter::nextPacketId()
{
    return guarded([&] { return nextPacketIdIn(*connection().db); });
}

void SqliteWriter::insertPacket(const PacketRecord& record)
{
    guarded([&] { insertPacketRows(*connection().db, record); });
}

} // namespace simfleet::sqlite
