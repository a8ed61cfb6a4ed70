// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Packet.h"
#include "services/LifecycleService.h"
#include "services/ServiceContext.h"

#include <functional>
#include <optional>
#include <vector>

namespace simfleet {

// One row of a packet's line list, with the figures the carrier checks against its own ledger.
struct PacketLine {
    Card card;
    Money credit;                // prepaid credit to transfer or refund; zero when settled to 0
    QString settlementReference; // the last payment's reference
    QDate settlementDate;        // the last payment's date; null when the card never paid
};

// The cards of one carrier and one home area (归属地): one zip, since group lines are often
// cancelled only at a hall in the number's home area.
struct PacketGroup {
    Carrier carrier{Carrier::Cmcc};
    QString homeArea;              // empty: unknown
    std::vector<PacketLine> lines; // ICCID order

    std::vector<CardId> cardIds() const;
};

struct PacketRequest {
    Carrier carrier{Carrier::Cmcc};
    std::optional<QString> homeArea;
    // Empty: every cancellation-requested card of the carrier (in the home area, when given)
    // that no packet lists yet.
    std::vector<CardId> cards;
};

// A free selection of cards (the fleet's) sorted out for export: one request per carrier for the
// cards a packet may list, and why each other card may not.
struct PacketSelection {
    std::vector<PacketRequest> requests; // by carrier, in kAllCarriers order; cards as given
    std::vector<CardRefusal> refused;
    std::size_t cardCount() const;
};

struct PacketPlan {
    Carrier carrier{Carrier::Cmcc};
    std::vector<PacketGroup> groups;  // by home area, in its sort order
    std::vector<CardRefusal> refused; // non-empty: no packet may be made
    bool ok() const { return refused.empty(); }
    std::size_t cardCount() const;
};

// What the file writer knows of a packet while it is being recorded.
struct PacketDraft {
    PacketId id{0};
    const PacketGroup* group{nullptr};
    QDateTime createdUtc;
    QString operatorName;
    QByteArray headAuditHash;  // the chain's head before this packet's own events
    std::size_t groupIndex{0}; // of group in the plan
};

// The zip the writer made for a draft.
struct WrittenPacket {
    QString path;
    std::vector<PacketFile> files;
};

// Makes the files of the packets PacketService::record stores, inside its transaction.
class PacketFileWriter {
public:
    virtual ~PacketFileWriter() = default;
    // Before the first packet: a draft per group of the plan, in its order, complete but for the
    // audit head (known only once the packets before it are recorded). A writer may start on
    // what depends on nothing else meanwhile.
    virtual void start(const std::vector<PacketDraft>& drafts) { (void)drafts; }
    // The files of one packet, in the plan's order: named and fingerprinted, perhaps still on
    // their way to disk.
    virtual Result<WrittenPacket> write(const PacketDraft& draft) = 0;
    // After the last write: every file on disk, or why not (then nothing is recorded).
    virtual Status finish() { return {}; }
};

// Carrier submission packets: which cards go in, and the record of each packet made.
// Making a packet never changes a card's state.
class PacketService {
public:
    explicit PacketService(ServiceContext context) : m_ctx(std::move(context)) {}

    // The cards, checked and grouped by home area. A card is refused when it is missing, belongs
    // to another carrier or home area than asked, is in a state other than arrears-cleared or
    // cancellation-requested, or owes money. NothingToExport when no card is selected at all.
    Result<PacketPlan> plan(const PacketRequest& request);

    // The default selection of every carrier that has one: for each, a request naming its
    // cancellation-requested cards that no packet lists yet. Empty when no card waits.
    std::vector<PacketRequest> pendingRequests();

    // The cards split by carrier, keeping those a packet may list (the same rule as plan's, so
    // plan accepts every request) and giving the reason for each other one.
    PacketSelection select(const std::vector<CardId>& cards);

    // Records every group of an accepted plan in ONE transaction: the writer is started with
    // the drafts of all groups, then for each group it writes the packet's files and the packet
    // is stored with one packet-included audit event per card; the writer's finish comes last.
    // When the writer or the store fails, or a card changed since the plan (StorageConflict),
    // nothing is recorded and the error is returned; the writer removes the files it made. A
    // refused plan returns its first refusal.
    Result<std::vector<PacketRecord>> record(const PacketPlan& plan, PacketFileWriter& files);

private:
    std::optional<Error> refusalFor(const Card& card, const PacketRequest& request) const;
    PacketLine lineFor(const Card& card);
    std::vector<Card> defaultCards(const PacketRequest& request);
    std::vector<CardId> defaultSelection(const PacketRequest& request);

    ServiceContext m_ctx;
};

} // namespace simfleet
