// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateDays.h"

#include "CodeColumns.h"

namespace simfleet::sqlite {

void StateDays::change(const StateDayKey& before, const StateDayKey& after)
{
    if (before == after)
        return;
    count(before, -1);
    count(after, +1);
}

void StateDays::add(std::span<const Card> cards)
{
    for (std::size_t first = 0; first < cards.size();) {
        const Card& card = cards[first];
        Change run;
        std::size_t next = first;
        for (; next < cards.size() && cards[next].state == card.state &&
               cards[next].stateSince == card.stateSince;
             ++next) {
            ++run.cards;
            run.monthlyFeeFen += cards[next].monthlyFee.fen();
        }
        Change& change = m_changes[{codeText(card.state), dayOf(card.stateSince)}];
        change.cards += run.cards;
        change.monthlyFeeFen += run.monthlyFeeFen;
        first = next;
    }
}

const std::string& StateDays::dayOf(const QDateTime& stateSince)
{
    if (m_lastDay.empty() || stateSince != m_lastInstant) {
        m_lastInstant = stateSince;
        m_lastDay = stateDayText(stateSince);
    }
    return m_lastDay;
}

void StateDays::count(const StateDayKey& key, int sign)
{
    Change& change = m_changes[{key.state, key.since}];
    change.cards += sign;
    change.monthlyFeeFen += sign * key.monthlyFeeFen;
}

void StateDays::flush()
{
    for (const auto& [where, change] : m_changes) {
        if (change.cards == 0 && change.monthlyFeeFen == 0)
            continue;
        StatementUse add(m_statements,
                         "INSERT INTO state_days (state, since, cards, monthly_fee_fen)"
                         " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (state, since) DO UPDATE SET"
                         " cards = cards + excluded.cards,"
                         " monthly_fee_fen = monthly_fee_fen + excluded.monthly_fee_fen");
        add->bind(1, where.first);
        add->bind(2, where.second);
        add->bind(3, change.cards);
        add->bind(4, change.monthlyFeeFen);
        add->exec();
        StatementUse none(m_statements,
                          "DELETE FROM state_days WHERE state = ?1 AND since = ?2 AND cards = 0");
        none->bind(1, where.first);
        none->bind(2, where.second);
        none->exec();
    }
    m_changes.clear();
}

} // namespace simfleet::sqlite
