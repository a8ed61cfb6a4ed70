// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/CardDirectory.h"

#include "services/import/ImportKeys.h"

#include <algorithm>
#include <bit>
#include <stdexcept>

namespace simfleet {

namespace {

bool asciiDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
}

// What iccidKey and msisdnKey tell apart: keys of texts of other shapes could collide.
bool iccidShaped(QStringView iccid)
{
    return (iccid.size() == 19 || iccid.size() == 20) && iccid.startsWith(u"89") &&
           asciiDigits(iccid);
}

bool msisdnShaped(QStringView msisdn)
{
    return msisdn.size() == 11 && asciiDigits(msisdn);
}

std::size_t slotOf(std::uint64_t key, std::size_t mask)
{
    // Fibonacci hashing: consecutive numbers (fleets are bought in blocks) spread out.
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 20U) & mask;
}

constexpr std::uint64_t kTwentyDigits = std::uint64_t{1} << 62; // as ImportKeys.cpp marks them

} // namespace

void CardDirectory::KeyIndex::build(const std::vector<std::uint64_t>& keys,
                                    const std::vector<bool>& keyed)
{
    if (keys.size() >= UINT32_MAX / 2)
        throw std::length_error("CardDirectory: too many cards");
    m_slots.assign(std::bit_ceil(std::max<std::size_t>(16, 2 * keys.size())), 0);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t card = 0; card < keys.size(); ++card) {
        if (!keyed[card])
            continue;
        std::size_t slot = slotOf(keys[card], mask);
        while (m_slots[slot] != 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = static_cast<std::uint32_t>(card + 1);
    }
}

std::optional<std::size_t> CardDirectory::KeyIndex::find(const std::vector<std::uint64_t>& keys,
                                                         std::uint64_t key) const
{
    if (m_slots.empty())
        return std::nullopt;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = slotOf(key, mask);; slot = (slot + 1) & mask) {
        const std::uint32_t held = m_slots[slot];
        if (held == 0)
            return std::nullopt;
        if (keys[held - 1] == key)
            return held - 1;
    }
}

void CardDirectory::add(const CardKey& card, bool byIccid, bool byMsisdn)
{
    const std::size_t index = m_ids.size();
    m_ids.push_back(card.id);
    m_states.push_back(static_cast<std::uint8_t>(card.state));
    const bool iccidKeyed = iccidShaped(card.iccid);
    m_iccidKeys.push_back(iccidKeyed ? iccidKey(card.iccid) : 0);
    m_iccidKeyed.push_back(iccidKeyed && byIccid);
    if (!iccidKeyed)
        m_otherIccids.emplace(index, card.iccid);
    if (byMsisdn) {
        const bool msisdnKeyed = msisdnShaped(card.msisdn);
        m_msisdnKeys.push_back(msisdnKeyed ? msisdnKey(card.msisdn) : 0);
        m_msisdnKeyed.push_back(msisdnKeyed);
    }
}

CardDirectory CardDirectory::load(StoreReader& store, bool byIccid, bool byMsisdn)
{
    CardDirectory directory;
    store.forEachCardKey([&](const CardKey& card) { directory.add(card, byIccid, byMsisdn); });
    if (byIccid)
        directory.m_byIccid.build(directory.m_iccidKeys, directory.m_iccidKeyed);
    if (byMsisdn)
        directory.m_byMsisdn.build(directory.m_msisdnKeys, directory.m_msisdnKeyed);
    return directory;
}

std::optional<std::size_t> CardDirectory::findByIccid(QStringView iccid) const
{
    if (!iccidShaped(iccid))
        return std::nullopt;
    return m_byIccid.find(m_iccidKeys, iccidKey(iccid));
}

std::optional<std::size_t> CardDirectory::findByMsisdn(QStringView msisdn) const
{
    if (!msisdnShaped(msisdn))
        return std::nullopt;
    return m_byMsisdn.find(m_msisdnKeys, msisdnKey(msisdn));
}

QString CardDirectory::iccid(std::size_t card) const
{
    if (!m_iccidKeyed[card] && m_otherIccids.contains(card))
        return m_otherIccids.at(card);
    const std::uint64_t key = m_iccidKeys[card];
    const bool twenty = (key & kTwentyDigits) != 0;
    QString text = QString::number(key & ~kTwentyDigits);
    return QStringLiteral("89") + QString(twenty ? 18 - text.size() : 17 - text.size(), u'0') +
           text;
}

} // namespace simfleet
