// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <cstdint>
#include <vector>

namespace simfleet {

// A validated ICCID (89 followed by 17 or 18 digits) or MSISDN (11 digits) as one 64-bit number,
// so the keys of a million rows fit in a few megabytes.
std::uint64_t iccidKey(QStringView iccid);
QString iccidFromKey(std::uint64_t key);
std::uint64_t msisdnKey(QStringView msisdn);
QString msisdnFromKey(std::uint64_t key);

// Finds keys that occur on more than one line of a file.
class DuplicateFinder {
public:
    void add(std::uint64_t key, int line) { m_seen.push_back(Seen{key, line}); }

    struct Repeat {
        std::uint64_t key;
        int line;      // the repeating line
        int firstLine; // where the key first occurred
    };
    // Every occurrence after the first, in no particular order.
    std::vector<Repeat> repeats();

private:
    struct Seen {
        std::uint64_t key;
        int line;
    };
    std::vector<Seen> m_seen;
};

// Membership of keys collected once, then asked many times.
class KeySet {
public:
    void add(std::uint64_t key) { m_keys.push_back(key); }
    void freeze();
    bool contains(std::uint64_t key) const;
    bool empty() const { return m_keys.empty(); }

private:
    std::vector<std::uint64_t> m_keys;
};

} // namespace simfleet
