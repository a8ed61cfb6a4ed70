// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardFilterSql.h"

#include "SqlValues.h"

#include <algorithm>

namespace simfleet::sqlite {

namespace {

bool allDigits(const QString& text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

// The smallest string above every string that starts with prefix ("138" -> "139",
// "139" -> "13:"), so "column >= prefix AND column < bound" is a prefix match an index can seek.
std::string prefixUpperBound(std::string prefix)
{
    ++prefix.back();
    return prefix;
}

// LIKE's wildcards in what the user typed are plain characters.
std::string likeContains(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return utf8(QLatin1Char('%') + escaped + QLatin1Char('%'));
}

class Conditions {
public:
    void add(const char* condition) { m_conditions.emplace_back(condition); }
    template <class V> void add(const char* condition, V value)
    {
        add(condition);
        m_sql.values.emplace_back(std::move(value));
    }
    void addValue(std::variant<std::string, std::int64_t> value)
    {
        m_sql.values.push_back(std::move(value));
    }
    FilterSql take()
    {
        for (std::size_t i = 0; i < m_conditions.size(); ++i)
            m_sql.where += (i == 0 ? " WHERE " : " AND ") + m_conditions[i];
        return std::move(m_sql);
    }

private:
    std::vector<std::string> m_conditions;
    FilterSql m_sql;
};

// Digits are the start of an ICCID or a phone number (both UNIQUE-indexed, so this seeks);
// anything else is part of a holder's or an assignee's name (a scan, but only for words).
void addSearch(Conditions& conditions, const QString& search)
{
    if (allDigits(search)) {
        const std::string prefix = utf8(search);
        conditions.add("((c.iccid >= ? AND c.iccid < ?) OR (c.msisdn >= ? AND c.msisdn < ?))");
        for (int column = 0; column < 2; ++column) {
            conditions.addValue(prefix);
            conditions.addValue(prefixUpperBound(prefix));
        }
        return;
    }
    const std::string pattern = likeContains(search);
    conditions.add("(c.holder_name LIKE ? ESCAPE '\\' OR c.assignee LIKE ? ESCAPE '\\')");
    conditions.addValue(pattern);
    conditions.addValue(pattern);
}

} // namespace

int FilterSql::bind(SQLite::Statement& statement, int first) const
{
    int index = first;
    for (const auto& value : values)
        std::visit([&](const auto& v) { statement.bind(index++, v); }, value);
    return index;
}

FilterSql filterSql(const CardFilter& filter)
{
    Conditions conditions;
    if (filter.state)
        conditions.add("c.state = ?", utf8(stateCode(*filter.state)));
    if (filter.carrier)
        conditions.add("c.carrier = ?", utf8(carrierCode(*filter.carrier)));
    if (!filter.department.isEmpty())
        conditions.add("c.department = ?", utf8(filter.department));
    if (!filter.assignee.isEmpty())
        conditions.add("c.assignee = ?", utf8(filter.assignee));
    if (!filter.homeArea.isEmpty())
        conditions.add((std::string(kCardHomeAreaSql) + " = ?").c_str(), utf8(filter.homeArea));
    if (const QString search = filter.search.trimmed(); !search.isEmpty())
        addSearch(conditions, search);
    if (filter.owesOnly)
        conditions.add("c.balance_fen > 0");
    if (filter.lostOnly)
        conditions.add("c.lost = 1");
    return conditions.take();
}

std::string orderBySql(CardSortColumn column, bool descending)
{
    const char* name = "c.iccid";
    switch (column) {
    case CardSortColumn::Iccid:
        name = "c.iccid";
        break;
    case CardSortColumn::Msisdn:
        name = "c.msisdn";
        break;
    case CardSortColumn::Carrier:
        name = "c.carrier";
        break;
    case CardSortColumn::Plan:
        name = "c.plan";
        break;
    case CardSortColumn::MonthlyFee:
        name = "c.monthly_fee_fen";
        break;
    case CardSortColumn::Department:
        name = "c.department";
        break;
    case CardSortColumn::Assignee:
        name = "c.assignee";
        break;
    // The state codes sort alphabetically in lifecycle order (active < arrears-cleared <
    // cancellation-requested < carrier-confirmed < void).
    case CardSortColumn::State:
        name = "c.state";
        break;
    case CardSortColumn::Balance:
        name = "c.balance_fen";
        break;
    case CardSortColumn::StateSince:
        name = "c.state_since";
        break;
    case CardSortColumn::Lost:
        name = "c.lost";
        break;
    }
    const char* direction = descending ? " DESC" : "";
    return std::string(" ORDER BY ") + name + direction + ", c.id" + direction;
}

// Only the UNIQUE iccid and msisdn indexes are left on cards' sorting columns (schema 4 dropped
// the others), and each holds (column, rowid) in order either way. A filter would make the walk
// along the index skip rows, as many as the filter leaves out before the first page fills.
bool indexHoldsOrder(const CardFilter& filter, CardSortColumn column)
{
    return filter == CardFilter{} &&
           (column == CardSortColumn::Iccid || column == CardSortColumn::Msisdn);
}

} // namespace simfleet::sqlite
