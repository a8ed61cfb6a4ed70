// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArrearsAsPosted.h"

#include <algorithm>
#include <limits>

namespace simfleet::sqlite {

namespace {

constexpr std::int64_t kMaxFen = std::numeric_limits<std::int32_t>::max();

} // namespace

ArrearsAsPosted::ArrearsAsPosted(CardId lastCard)
    : m_cards(static_cast<std::size_t>(std::max<CardId>(lastCard + 1, 0)))
{}

ArrearsAsPosted::CardState* ArrearsAsPosted::stateOf(CardId card)
{
    if (card < 0 || static_cast<std::uint64_t>(card) >= m_cards.size())
        return nullptr;
    return &m_cards[static_cast<std::size_t>(card)];
}

bool ArrearsAsPosted::add(CardId card, std::int64_t julianDay, std::int64_t effectFen)
{
    CardState* state = stateOf(card);
    if (state == nullptr || state->followed == Followed::GivenUp)
        return false;
    state->followed = Followed::Yes;
    const std::int64_t day = julianDay - kFirstJulianDay;
    if (day >= 0 && day < kDays && effectFen >= -kMaxFen && effectFen <= kMaxFen) {
        if (effectFen <= 0) {
            settle(*state, -effectFen);
            if (state->credit >= 0) // else it would not fit
                return true;
        } else if (charge(*state, static_cast<std::uint16_t>(day), effectFen)) {
            return true;
        }
    }
    giveUp(card);
    return false;
}

void ArrearsAsPosted::settle(CardState& state, std::int64_t received)
{
    while (received > 0 && state.newest != kNone) {
        Node& newest = node(state.newest);
        const std::uint32_t oldestNumber = newest.next;
        Node& oldest = node(oldestNumber);
        if (oldest.unpaid > received) {
            oldest.unpaid -= static_cast<std::int32_t>(received);
            return;
        }
        received -= oldest.unpaid;
        if (oldestNumber == state.newest)
            state.newest = kNone; // it was the only one
        else
            newest.next = oldest.next;
        oldest.next = m_free;
        m_free = oldestNumber;
    }
    // Kept as credit; a sum beyond 32 bits is marked negative and the card is given up.
    const std::int64_t credit = state.credit + received;
    state.credit = credit > kMaxFen ? -1 : static_cast<std::int32_t>(credit);
}

bool ArrearsAsPosted::charge(CardState& state, std::uint16_t day, std::int64_t fen)
{
    if (state.lastDay > day + 1)
        return false; // dated before an earlier charge: it would be settled before that one
    state.lastDay = static_cast<std::uint16_t>(day + 1);
    const std::int64_t fromCredit = std::min<std::int64_t>(state.credit, fen);
    state.credit -= static_cast<std::int32_t>(fromCredit);
    fen -= fromCredit;
    if (fen == 0)
        return true;
    if (state.newest != kNone && dayOf(state.newest) == day) {
        Node& newest = node(state.newest);
        if (newest.unpaid + fen > kMaxFen)
            return false;
        newest.unpaid += static_cast<std::int32_t>(fen);
        return true;
    }
    const std::uint32_t added = newNode(day, static_cast<std::int32_t>(fen));
    if (state.newest == kNone) {
        node(added).next = added;
    } else {
        Node& newest = node(state.newest);
        node(added).next = newest.next; // the oldest
        newest.next = added;
    }
    state.newest = added;
    return true;
}

std::uint32_t ArrearsAsPosted::newNode(std::uint16_t day, std::int32_t unpaid)
{
    std::uint32_t number = m_free;
    if (number != kNone) {
        m_free = node(number).next;
    } else {
        if (m_used % kBlock == 0)
            m_blocks.push_back(std::make_unique<Block>());
        number = ++m_used;
    }
    node(number) = Node{kNone, unpaid};
    dayOf(number) = day;
    return number;
}

void ArrearsAsPosted::freeRing(CardState& state)
{
    if (state.newest == kNone)
        return;
    Node& newest = node(state.newest);
    const std::uint32_t oldest = newest.next;
    newest.next = m_free; // the ring, cut after the newest, goes onto the free list whole
    m_free = oldest;
    state.newest = kNone;
}

void ArrearsAsPosted::giveUp(CardId card)
{
    CardState* state = stateOf(card);
    if (state == nullptr || state->followed == Followed::GivenUp)
        return;
    freeRing(*state);
    state->followed = Followed::GivenUp;
}

} // namespace simfleet::sqlite
