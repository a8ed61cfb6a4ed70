// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GroupKeys.h"
#include "StatementCache.h"

#include <QDateTime>
#include <map>
#include <span>
#include <string>
#include <utility>

namespace simfleet::sqlite {

// Keeps state_days (schema 8) equal to the cards table inside a write transaction: each card
// written is counted out of its old state and day and into its new ones, and the changes are
// stored together, before the transaction commits or anything reads the summary.
class StateDays {
public:
    explicit StateDays(StatementCache& statements) : m_statements(statements) {}

    void add(const StateDayKey& key) { count(key, +1); }
    // New cards, as add() of each one's key would count them. An import's cards mostly share
    // their state and instant: each run of them is counted at once, its day worked out once.
    void add(std::span<const Card> cards);
    void change(const StateDayKey& before, const StateDayKey& after);
    void flush();

private:
    void count(const StateDayKey& key, int sign);

    struct Change {
        std::int64_t cards{0};
        std::int64_t monthlyFeeFen{0};
    };
    // The day of the instant last asked about (a business day needs a time zone conversion).
    const std::string& dayOf(const QDateTime& stateSince);

    StatementCache& m_statements;
    QDateTime m_lastInstant;
    std::string m_lastDay;
    std::map<std::pair<std::string, std::string>, Change> m_changes; // by state and day
};

} // namespace simfleet::sqlite
