// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEvent.h"
#include "domain/Card.h"
#include "domain/CarrierProfile.h"
#include "domain/CompanyProfile.h"
#include "domain/LedgerEntry.h"
#include "domain/OutstandingGrouping.h"
#include "domain/Packet.h"
#include "domain/Result.h"
#include "ports/ExposedCards.h"
#include "ports/LedgerBatch.h"
#include "rules/Aging.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace simfleet {

// Which cards a query covers. Empty / unset members do not filter.
struct CardFilter {
    std::optional<CardState> state;
    std::optional<Carrier> carrier;
    QString department; // exact match
    QString assignee;   // exact match
    QString homeArea;   // exact match
    // Instant search: an ICCID or phone-number prefix, or a holder name / assignee substring.
    QString search;
    bool owesOnly{false}; // balance > 0
    bool lostOnly{false};

    friend bool operator==(const CardFilter&, const CardFilter&) = default;
};

enum class CardSortColumn {
    Iccid,
    Msisdn,
    Carrier,
    Plan,
    MonthlyFee,
    Department,
    Assignee,
    State,
    Balance,
    StateSince,
    Lost,
};

struct CardQuery {
    CardFilter filter;
    CardSortColumn sortBy{CardSortColumn::Iccid};
    bool descending{false};
    std::int64_t offset{0};
    std::int64_t limit{-1}; // -1: no limit
};

// Figures for a status bar: cheap to ask for on a million cards.
struct FleetTotals {
    std::int64_t cards{0};
    std::int64_t cardsInCancellation{0}; // cancellation-requested or carrier-confirmed
    Money outstanding;                   // sum of positive balances
    Money credit;                        // sum of negative balances, as a positive amount
};

// How many cards are in one state, and how many of those are lost.
struct StateCount {
    CardState state{CardState::Active};
    std::int64_t cards{0};
    std::int64_t lost{0};

    friend bool operator==(const StateCount&, const StateCount&) = default;
};

// The owing cards of one group as of a day, and their unpaid charges by age.
struct ArrearsGroup {
    QString key;           // as outstandingGroupKey names it ("" = none)
    std::int64_t cards{0}; // cards whose balance as of the day is above zero
    AgingBuckets aging;    // their unpaid charges; aging.total() is the sum of their balances

    friend bool operator==(const ArrearsGroup&, const ArrearsGroup&) = default;
};

// Every card's money as of a day, in groups: what the outstanding report is made of.
struct ArrearsByGroup {
    std::vector<ArrearsGroup> groups; // in no particular order, one per key with owing cards
    Money credit;                     // the credit balances as of the day, as a positive amount
    std::int64_t creditCards{0};
};

// The cards that entered one state on one business day (China Standard Time), as they stand.
struct StateDay {
    CardState state{CardState::Active};
    QDate since; // null when the state's start is not known
    std::int64_t cards{0};
    Money monthlyFees; // the sum of their monthly rent

    friend bool operator==(const StateDay&, const StateDay&) = default;
};

// Few-card parts of a fleet that today's reports list, each found through a small index.
enum class CardSubset {
    ClearedButOwing, // arrears-cleared with a balance above zero (a positive adjustment)
    CancellationRequested,
    CarrierConfirmed,
    Lost,
};

// What finds a card by its ICCID or number, and says whether it may still be posted to.
struct CardKey {
    CardId id{0};
    QString iccid;
    QString msisdn; // empty when unknown
    CardState state{CardState::Active};
};

// A card's ICCID, or its phone number, as digits.
struct CardKeyText {
    bool msisdn{false};
    QString digits;
};

// Read access. Storage failures throw StoreError.
class StoreReader {
public:
    StoreReader() = default;
    StoreReader(const StoreReader&) = delete;
    StoreReader& operator=(const StoreReader&) = delete;
    virtual ~StoreReader() = default;

    virtual std::optional<Card> cardById(CardId id) = 0;
    virtual std::optional<Card> cardByIccid(const QString& iccid) = 0;
    virtual std::optional<Card> cardByMsisdn(const QString& msisdn) = 0;
    // The ids of many cards at once, in one consistent read, nothing for a key no card has: a
    // store reads them off the keys' indexes without reading the cards.
    virtual std::vector<std::optional<CardId>> cardIdsByKeys(std::span<const CardKeyText> keys);

    virtual std::int64_t countCards(const CardFilter& filter) = 0;
    virtual std::vector<Card> cards(const CardQuery& query) = 0;
    // Every matching card's id in (sortBy, id) order, both reversed when descending: one sort
    // per question, after which pages come from cardsByIds instead of re-sorting per offset.
    virtual std::vector<CardId> cardIds(const CardFilter& filter, CardSortColumn sortBy,
                                        bool descending) = 0;
    // The cards with these ids, in the given order; ids no longer stored are skipped.
    virtual std::vector<Card> cardsByIds(std::span<const CardId> ids) = 0;
    // cards(query) when an index holds the query's order and nothing filters it (the whole fleet
    // by ICCID or by phone number): its rows are then read straight off the index, whatever the
    // fleet's size. Nothing otherwise, where a page needs every matching card sorted first.
    virtual std::optional<std::vector<Card>> cardsInIndexOrder(const CardQuery& query) = 0;
    // Streams every matching card in ICCID order without holding them all.
    virtual void forEachCard(const CardFilter& filter,
                             const std::function<void(const Card&)>& visit) = 0;
    // Streams every card's keys in no particular order, reading no more of a card than that:
    // for an import that looks up a card for each of millions of rows. The default reads whole
    // cards (forEachCard).
    virtual void forEachCardKey(const std::function<void(const CardKey&)>& visit);
    // Streams every matching card with its ledger (entries in date, id order).
    virtual void forEachCardWithLedger(
        const CardFilter& filter,
        const std::function<void(const Card&, std::span<const LedgerEntry>)>& visit) = 0;

    // In date, id order.
    virtual std::vector<LedgerEntry> ledgerOf(CardId id) = 0;
    // The card's last payment in that order (a packet's settlement); nothing when it never paid.
    // The default reads the whole ledger.
    virtual std::optional<LedgerEntry> lastPaymentOf(CardId id);
    // The seal of the ledger entries whose ids lie in [firstId, lastId], read in id order from
    // every column stored (LedgerImportSeal.h): what a ledger import's audit row records, and
    // what `audit verify` compares that record with.
    virtual LedgerImportSeal sealLedgerEntries(std::int64_t firstId, std::int64_t lastId) = 0;

    // The card's events (or all when cardId is unset), in seq order.
    virtual std::vector<AuditEvent> auditOf(std::optional<CardId> cardId) = 0;
    virtual void forEachAuditEvent(const std::function<void(const AuditEvent&)>& visit) = 0;
    // Recomputes every row's hash from its stored fields: the verdict of an AuditChainVerifier
    // fed by forEachAuditEvent, up to its first break (a store may read no further).
    virtual AuditVerification verifyAuditChain() = 0;
    virtual QByteArray auditHeadHash() = 0;
    // One page of the log, newest first (seq descending): the events after skipping the offset
    // newest (a negative offset counts as 0), at most limit of them (negative: no limit). Reads
    // only the page, not the log before it.
    virtual std::vector<AuditEvent> auditNewestFirst(std::int64_t offset, std::int64_t limit) = 0;
    // How many events the log holds.
    virtual std::int64_t auditCount() = 0;

    virtual FleetTotals totals() = 0;
    // The fleet's arrears as of ages.asOf, grouped: entries dated after it do not count, and each
    // card's payments and negative adjustments settle its oldest charges first, whatever the day
    // they arrived (rules/Aging.h, ageArrears, is the definition and the tests' oracle). Answered
    // from the summaries the store keeps with every posting, not by reading every ledger.
    virtual ArrearsByGroup arrearsByGroup(OutstandingGrouping grouping,
                                          const AgingBoundaries& ages) = 0;
    // The newest date in the ledger; nothing when it is empty.
    virtual std::optional<QDate> lastLedgerDate() = 0;
    // The whole fleet counted by state and the day each card entered it, from a summary the
    // store keeps with every card it writes: a few thousand rows, not a million cards.
    virtual std::vector<StateDay> cardsByStateDay() = 0;
    // Streams the cards of the subset, in id order.
    virtual void forEachCardIn(CardSubset subset,
                               const std::function<void(const Card&)>& visit) = 0;
    // Adds to cards, in id order, every card that is not void and whose holder exposure
    // (rules/HolderExposure) is a person's or cannot be told, from the summary the store keeps
    // with every card it writes: the fifth of a fleet the exposure report needs, not a million
    // cards. Holder IDs and departments go in as shared texts.
    virtual void readExposedCards(ExposedCards& cards) = 0;
    // Streams the audit events that put a card in state `to`, in seq order: its creation in that
    // state or a change to it; with `from`, only changes from that state. The changes that reopen
    // a card and the events into carrier-confirmed are indexed; others are found by reading the
    // whole log.
    virtual void forEachStateEvent(std::optional<CardState> from, CardState to,
                                   const std::function<void(const AuditEvent&)>& visit) = 0;
    // The matching cards counted per state in one pass (the cards table has no index on state,
    // so a count per state would read it once each). One entry per state, in kAllStates order,
    // zero where no card matches; a filter's state leaves the other states at zero.
    virtual std::vector<StateCount> stateCounts(const CardFilter& filter) = 0;
    // Distinct non-empty values, sorted, for filter choices.
    virtual std::vector<QString> departments() = 0;

    virtual std::vector<CarrierProfile> carrierProfiles() = 0;
    virtual CarrierProfile carrierProfile(Carrier carrier) = 0;

    // The company profile, once saved.
    virtual std::optional<CompanyProfile> companyProfile() = 0;
    // Submission packets, in id order; a packet by id; the packets listing a card (id order).
    virtual std::vector<PacketRecord> packets() = 0;
    virtual std::optional<PacketRecord> packet(PacketId id) = 0;
    virtual std::vector<PacketRecord> packetsOfCard(CardId cardId) = 0;
    // Every card some packet lists, each once, ascending.
    virtual std::vector<CardId> cardIdsInPackets() = 0;
};

// One entry of a batch of postings: its card's ICCID goes into the audit row.
struct LedgerPosting {
    LedgerEntry entry;
    QString iccid;
    AuditDraft audit;
};

// Write access, valid only inside Store::write, all in one transaction. Every change carries the
// audit row that explains it; the store writes both or neither. Failures throw StoreError. A
// bulk write that failed (insertCards, postLedgerEntries, postLedgerBatch) may have kept part of
// its rows, so the store then rolls the whole transaction back, even if the work goes on.
class StoreWriter : public StoreReader {
public:
    // Stores a new card (id, version and balance are assigned) and returns its id.
    virtual CardId insertCard(const Card& card, const AuditDraft& audit) = 0;
    // Stores new cards as insertCard would one by one, each with an audit row from the same
    // draft, and returns the first id: the cards get consecutive ids in order. For bulk imports.
    virtual CardId insertCards(std::span<const Card> cards, const AuditDraft& audit) = 0;
    // Replaces the card's fields (state, stateSince, lost included). card.version must equal the
    // stored version, else StoreError(StorageConflict); the stored version is then bumped.
    virtual void updateCard(const Card& card, const AuditDraft& audit) = 0;
    // updateCard(updated, audit) for a caller that has read the card in this transaction and
    // passes what it read, unchanged, as stored (the same id and version as updated): a store
    // may then tell what changed from the pair instead of reading the card again. The default
    // ignores stored.
    virtual void updateCard(const Card& stored, const Card& updated, const AuditDraft& audit);
    // Appends the entry, updates the card's cached balance and bumps its version.
    virtual std::int64_t postLedgerEntry(const LedgerEntry& entry, const AuditDraft& audit) = 0;
    // Posts the entries as postLedgerEntry would one by one, in order: consecutive entry ids,
    // each card's balance and version moved by its entries, one audit row each. For bulk imports;
    // the caller has checked every entry and card.
    virtual void postLedgerEntries(std::span<const LedgerPosting> postings) = 0;
    // Posts the batch's entries as postLedgerEntry would one after another, but without an audit
    // row each: a ledger file import records itself in one row (LedgerImported) that seals all
    // of its entries, appended with appendAudit after them; the store refuses to commit entries
    // posted by a batch and not sealed so. The entries' ids follow their cards (a card's
    // entries in the batch's order), so that a large batch is written card by card, not all over
    // the ledger, and they follow the ids of the entries posted before them. A card that is not
    // there is CardNotFound. For bill files of millions of entries.
    virtual void postLedgerBatch(LedgerBatch batch) = 0;
    // The id the next posted entry gets: one more than the highest so far. Entries are never
    // deleted and the transaction holds the write lock, so the entries it posts from here on
    // take consecutive ids.
    virtual std::int64_t nextLedgerEntryId() = 0;
    // An event that changes no row of its own (unmasking, packet inclusion).
    virtual void appendAudit(std::optional<CardId> cardId, const AuditDraft& audit) = 0;
    virtual void saveCarrierProfile(const CarrierProfile& profile) = 0;
    // Replaces the company profile (there is one per database).
    virtual void saveCompanyProfile(const CompanyProfile& profile) = 0;
    // The id the next insertPacket must use (one more than the highest so far); the write
    // transaction's lock keeps it free until the packet is inserted.
    virtual PacketId nextPacketId() = 0;
    // Stores the packet under record.id with its cards and files. The caller writes the
    // packet-included audit events.
    virtual void insertPacket(const PacketRecord& record) = 0;
};

// The whole store behind one narrow interface, so a PostgreSQL office store can follow.
class Store : public StoreReader {
public:
    // Runs work in one write transaction. The transaction commits when work returns success and
    // rolls back when it returns an error or throws StoreError (whose error is returned).
    // Audit rows are stamped with operatorName and the store's clock.
    virtual Status write(const QString& operatorName,
                         const std::function<Status(StoreWriter&)>& work) = 0;
};

} // namespace simfleet
