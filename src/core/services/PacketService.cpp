// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/PacketService.h"

#include "ports/StoreError.h"
#include "rules/Lifecycle.h"

#include <QJsonObject>
#include <algorithm>
#include <map>
#include <set>

namespace simfleet {

namespace {

// Each card of ids once, in the order given; an id with no card is refused as not found.
template <class Visit>
void forEachDistinctCard(Store& store, const std::vector<CardId>& ids,
                         std::vector<CardRefusal>& refused, Visit&& visit)
{
    std::set<CardId> seen;
    for (const CardId id : ids) {
        if (!seen.insert(id).second)
            continue;
        if (const std::optional<Card> card = store.cardById(id)) {
            visit(*card);
        } else {
            Card missing;
            missing.id = id;
            refused.push_back({missing, Error{ErrorCode::CardNotFound, QString::number(id), 0}});
        }
    }
}

} // namespace

std::vector<CardId> PacketGroup::cardIds() const
{
    std::vector<CardId> ids;
    ids.reserve(lines.size());
    for (const PacketLine& line : lines)
        ids.push_back(line.card.id);
    return ids;
}

std::size_t PacketPlan::cardCount() const
{
    std::size_t count = 0;
    for (const PacketGroup& group : groups)
        count += group.lines.size();
    return count;
}

std::size_t PacketSelection::cardCount() const
{
    std::size_t count = 0;
    for (const PacketRequest& request : requests)
        count += request.cards.size();
    return count;
}

std::optional<Error> PacketService::refusalFor(const Card& card, const PacketRequest& request) const
{
    if (card.carrier != request.carrier)
        return Error{ErrorCode::WrongCarrier, carrierCode(card.carrier), 0};
    if (request.homeArea && card.homeArea() != *request.homeArea)
        return Error{ErrorCode::WrongHomeArea, card.homeArea(), 0};
    if (!mayJoinPacket(card.state))
        return Error{ErrorCode::NotReadyForPacket, stateCode(card.state), 0};
    // The article's first rule: every fee is settled before the carrier sees the request.
    if (card.balance.isPositive())
        return Error{ErrorCode::OwesMoney, {}, card.balance.fen()};
    return std::nullopt;
}

PacketLine PacketService::lineFor(const Card& card)
{
    PacketLine line{card, -card.balance, {}, {}};
    // The last payment in the ledger's date, id order is the settlement.
    if (const std::optional<LedgerEntry> payment = m_ctx.store.lastPaymentOf(card.id)) {
        line.settlementReference = payment->reference;
        line.settlementDate = payment->date;
    }
    return line;
}

std::vector<Card> PacketService::defaultCards(const PacketRequest& request)
{
    const std::vector<CardId> packed = m_ctx.store.cardIdsInPackets();
    const std::set<CardId> inPacket(packed.begin(), packed.end());
    CardFilter filter;
    filter.carrier = request.carrier;
    filter.state = CardState::CancellationRequested;
    if (request.homeArea)
        filter.homeArea = *request.homeArea;
    std::vector<Card> cards;
    m_ctx.store.forEachCard(filter, [&](const Card& card) {
        if (!inPacket.contains(card.id))
            cards.push_back(card);
    });
    return cards;
}

std::vector<CardId> PacketService::defaultSelection(const PacketRequest& request)
{
    std::vector<CardId> ids;
    for (const Card& card : defaultCards(request))
        ids.push_back(card.id);
    return ids;
}

std::vector<PacketRequest> PacketService::pendingRequests()
{
    std::vector<PacketRequest> requests;
    for (const Carrier carrier : kAllCarriers) {
        PacketRequest request{carrier, std::nullopt, {}};
        request.cards = defaultSelection(request);
        if (!request.cards.empty())
            requests.push_back(std::move(request));
    }
    return requests;
}

PacketSelection PacketService::select(const std::vector<CardId>& cards)
{
    PacketSelection selection;
    std::map<Carrier, std::vector<CardId>> byCarrier;
    forEachDistinctCard(m_ctx.store, cards, selection.refused, [&](const Card& card) {
        // Its own carrier: the selection is split by carrier rather than refused for it.
        if (const std::optional<Error> refusal =
                refusalFor(card, PacketRequest{card.carrier, std::nullopt, {}})) {
            selection.refused.push_back({card, *refusal});
            return;
        }
        byCarrier[card.carrier].push_back(card.id);
    });
    for (const Carrier carrier : kAllCarriers) {
        if (const auto found = byCarrier.find(carrier); found != byCarrier.end())
            selection.requests.push_back(PacketRequest{carrier, std::nullopt, found->second});
    }
    return selection;
}

Result<PacketPlan> PacketService::plan(const PacketRequest& request)
{
    PacketPlan plan;
    plan.carrier = request.carrier;
    std::map<QString, std::vector<Card>> byArea;
    const auto sort = [&](const Card& card) {
        if (const std::optional<Error> refusal = refusalFor(card, request)) {
            plan.refused.push_back({card, *refusal});
            return;
        }
        byArea[card.homeArea()].push_back(card);
    };
    if (request.cards.empty()) {
        // The default selection's cards as they were read for it, not read again one by one.
        const std::vector<Card> cards = defaultCards(request);
        if (cards.empty())
            return Error{ErrorCode::NothingToExport, carrierCode(request.carrier), 0};
        std::for_each(cards.begin(), cards.end(), sort);
    } else {
        forEachDistinctCard(m_ctx.store, request.cards, plan.refused, sort);
    }
    if (!plan.ok())
        return plan;
    for (auto& [area, cards] : byArea) {
        std::sort(cards.begin(), cards.end(),
                  [](const Card& a, const Card& b) { return a.iccid < b.iccid; });
        PacketGroup group{request.carrier, area, {}};
        for (const Card& card : cards)
            group.lines.push_back(lineFor(card));
        plan.groups.push_back(std::move(group));
    }
    return plan;
}

namespace {

// A card that moved or was charged since the plan would make the paperwork wrong.
void checkUnchanged(StoreWriter& writer, const PacketGroup& group)
{
    for (const PacketLine& line : group.lines) {
        const std::optional<Card> now = writer.cardById(line.card.id);
        if (!now || now->version != line.card.version)
            throw StoreError(Error{ErrorCode::StorageConflict, line.card.iccid, 0});
    }
}

} // namespace

Result<std::vector<PacketRecord>> PacketService::record(const PacketPlan& plan,
                                                        PacketFileWriter& files)
{
    if (!plan.ok())
        return plan.refused.front().reason;
    std::vector<PacketRecord> records;
    const QDateTime now = m_ctx.clock.nowUtc();
    const Status written =
        m_ctx.store.write(m_ctx.operatorName, [&](StoreWriter& writer) -> Status {
            records.clear();
            // Ids follow one another within the transaction: each packet takes the next.
            const PacketId firstId = writer.nextPacketId();
            std::vector<PacketDraft> drafts;
            drafts.reserve(plan.groups.size());
            for (std::size_t index = 0; index < plan.groups.size(); ++index)
                drafts.push_back(PacketDraft{firstId + static_cast<PacketId>(index),
                                             &plan.groups[index],
                                             now,
                                             m_ctx.operatorName,
                                             {},
                                             index});
            files.start(drafts);
            for (PacketDraft& draft : drafts) {
                const PacketGroup& group = *draft.group;
                checkUnchanged(writer, group);
                draft.id = writer.nextPacketId();
                draft.headAuditHash = writer.auditHeadHash();
                Result<WrittenPacket> packet = files.write(draft);
                if (!packet)
                    return packet.error();
                PacketRecord record{draft.id,     group.carrier,       group.homeArea,
                                    now,          m_ctx.operatorName,  group.cardIds(),
                                    packet->path, draft.headAuditHash, packet->files};
                writer.insertPacket(record);
                QJsonObject details;
                details.insert(QStringLiteral("packet_id"), static_cast<qint64>(record.id));
                for (const CardId id : record.cardIds)
                    writer.appendAudit(id, AuditDraft{AuditAction::PacketIncluded, std::nullopt,
                                                      std::nullopt, details});
                records.push_back(std::move(record));
            }
            return files.finish();
        });
    if (!written)
        return written.error();
    return records;
}

} // namespace simfleet
