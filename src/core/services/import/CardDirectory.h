// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace simfleet {

// Every stored card's ICCID and number as 64-bit keys (ImportKeys.h), with its id and state,
// read from the store in one narrow pass: the rows of a large bill file find their cards here,
// on the reading thread, instead of asking the store for a whole card each (which was a sixth
// of a bill import's time on a million cards). A few tens of bytes per card.
class CardDirectory {
public:
    // byIccid / byMsisdn: the keys the file names its cards by; only those are indexed.
    static CardDirectory load(StoreReader& store, bool byIccid, bool byMsisdn);

    // The card with this ICCID or number, as validateIccid / validateMsisdn give them: the
    // stored text equals it exactly. An index for id(), state() and iccid().
    std::optional<std::size_t> findByIccid(QStringView iccid) const;
    std::optional<std::size_t> findByMsisdn(QStringView msisdn) const;

    CardId id(std::size_t card) const { return m_ids[card]; }
    CardState state(std::size_t card) const { return static_cast<CardState>(m_states[card]); }
    // As stored.
    QString iccid(std::size_t card) const;

private:
    // Open addressing over the cards' keys: a slot holds a card's index + 1, 0 when free.
    class KeyIndex {
    public:
        void build(const std::vector<std::uint64_t>& keys, const std::vector<bool>& keyed);
        std::optional<std::size_t> find(const std::vector<std::uint64_t>& keys,
                                        std::uint64_t key) const;

    private:
        std::vector<std::uint32_t> m_slots;
    };

    void add(const CardKey& card, bool byIccid, bool byMsisdn);

    std::vector<CardId> m_ids;
    std::vector<std::uint8_t> m_states; // CardState, in a byte
    std::vector<std::uint64_t> m_iccidKeys;
    std::vector<bool> m_iccidKeyed; // false for an ICCID of another shape (m_otherIccids)
    std::vector<std::uint64_t> m_msisdnKeys;
    std::vector<bool> m_msisdnKeyed; // false without a number of 11 digits
    std::unordered_map<std::size_t, QString> m_otherIccids;
    KeyIndex m_byIccid;
    KeyIndex m_byMsisdn;
};

} // namespace simfleet
