// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace simfleet::sqlite {

// Each card's unpaid charges folded entry by entry as a transaction posts them into a ledger that
// was empty when it began: what ArrearsFold leaves once the card's whole ledger is read back
// through its index (3.5 s of processor time after a 7.4 M-entry import), worked out without
// reading anything back. Oldest-first settlement can be kept up as the entries come as long as a
// card's charges come in date order: a payment (or negative adjustment) settles the oldest
// unpaid charges and keeps what is left as credit, and a charge first takes what credit there
// is. A card whose entries do not fit (a charge dated before an earlier one, a date or an amount
// outside the compact form kept here) is given up: the caller works it out from the ledger.
class ArrearsAsPosted {
public:
    struct UnpaidDay {
        std::int64_t julianDay;
        std::int64_t fen;
    };

    // Follows the cards with ids up to lastCard (the table by card id is made once, 12 bytes a
    // card); postings to others are given up.
    explicit ArrearsAsPosted(CardId lastCard = 0);

    // An entry posted to the card, by its balance effect (balanceEffect). False when the card is
    // given up, now or before: its arrears must then be read from the ledger.
    bool add(CardId card, std::int64_t julianDay, std::int64_t effectFen);
    // An entry the caller could not pass here was posted to the card.
    void giveUp(CardId card);
    // Calls visit(card, days) for each followed card that owes something, in card id order, with
    // its unpaid charges by day, oldest first.
    template <class Visit> void forEachOwing(Visit&& visit);

private:
    static constexpr std::uint32_t kNone = 0;
    // Days are kept as 16-bit offsets from 1970-01-01 (until 2149).
    static constexpr std::int64_t kFirstJulianDay = 2440588;
    static constexpr std::int64_t kDays = 0xFFFF;
    // Nodes are allocated in blocks: a growing vector would hold twice the memory while it moves.
    static constexpr std::uint32_t kBlockBits = 16;
    static constexpr std::uint32_t kBlock = 1U << kBlockBits;

    enum class Followed : std::uint8_t { Untouched, Yes, GivenUp };
    // A card's charges not yet settled, oldest first, as a ring of nodes reached through the
    // newest; credit is what it received beyond them.
    struct CardState {
        std::int32_t credit{0};
        std::uint32_t newest{kNone}; // node number, 1-based
        std::uint16_t lastDay{0};    // the newest charge's day + 1, 0 before any
        Followed followed{Followed::Untouched};
    };
    // 10 bytes a node (a day is kept apart from its link and amount): at the peak of the bench's
    // import 4.75 million charges were unpaid.
    struct Node {
        std::uint32_t next;
        std::int32_t unpaid;
    };
    struct Block {
        std::array<Node, kBlock> nodes;
        std::array<std::uint16_t, kBlock> days;
    };

    CardState* stateOf(CardId card);
    void settle(CardState& state, std::int64_t received);
    bool charge(CardState& state, std::uint16_t day, std::int64_t fen);
    Node& node(std::uint32_t number)
    {
        return m_blocks[(number - 1) >> kBlockBits]->nodes[(number - 1) & (kBlock - 1)];
    }
    std::uint16_t& dayOf(std::uint32_t number)
    {
        return m_blocks[(number - 1) >> kBlockBits]->days[(number - 1) & (kBlock - 1)];
    }
    std::uint32_t newNode(std::uint16_t day, std::int32_t unpaid);
    void freeRing(CardState& state);

    std::vector<CardState> m_cards; // by card id
    std::vector<std::unique_ptr<Block>> m_blocks;
    std::uint32_t m_used{0};     // nodes ever handed out
    std::uint32_t m_free{kNone}; // free nodes, linked by next
    std::vector<UnpaidDay> m_days;
};

template <class Visit> void ArrearsAsPosted::forEachOwing(Visit&& visit)
{
    for (std::size_t card = 0; card < m_cards.size(); ++card) {
        const CardState& state = m_cards[card];
        if (state.followed != Followed::Yes || state.newest == kNone)
            continue;
        m_days.clear();
        const std::uint32_t oldest = node(state.newest).next;
        std::uint32_t at = oldest;
        do {
            m_days.push_back(UnpaidDay{dayOf(at) + kFirstJulianDay, node(at).unpaid});
            at = node(at).next;
        } while (at != oldest);
        visit(static_cast<CardId>(card), std::span<const UnpaidDay>(m_days));
    }
}

} // namespace simfleet::sqlite
