// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GroupKeys.h"
#include "StatementCache.h"

#include <map>
#include <utility>

namespace simfleet::sqlite {

// Keeps state_days (schema 8) equal to the cards table inside a write transaction: each card
// written is counted out of its old state and day and into its new ones, and the changes are
// stored together, before the transaction commits or anything reads the summary.
class StateDays {
public:
    explicit StateDays(StatementCache& statements) : m_statements(statements) {}

    void add(const StateDayKey& key) { count(key, +1); }
    void change(const StateDayKey& before, const StateDayKey& after);
    void flush();

private:
    void count(const StateDayKey& key, int sign);

    struct Change {
        std::int64_t cards{0};
        std::int64_t monthlyFeeFen{0};
    };
    StatementCache& m_statements;
    std::map<std::pair<std::string, std::string>, Change> m_changes; // by state and day
};

} // namespace simfleet::sqlite
