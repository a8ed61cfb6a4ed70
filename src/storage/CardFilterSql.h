// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"

#include <SQLiteCpp/Statement.h>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace simfleet::sqlite {

// A CardFilter as SQL over "cards c": the WHERE clause (empty when nothing filters) and the
// values for its "?" placeholders, in order. The text depends only on which filters are set, so
// the statement cache sees a handful of distinct queries, never one per search word.
struct FilterSql {
    std::string where; // "" or " WHERE ..."
    std::vector<std::variant<std::string, std::int64_t>> values;

    // Binds values to parameters first, first + 1, ...; returns the next free index.
    int bind(SQLite::Statement& statement, int first = 1) const;
};

FilterSql filterSql(const CardFilter& filter);

// A card's home area over "cards c" (Card::homeArea): the declared one, else the number's.
inline constexpr const char* kCardHomeAreaSql =
    "(CASE WHEN c.declared_home_area = '' THEN c.home_area ELSE c.declared_home_area END)";

// " ORDER BY <column> [DESC], c.id [DESC]": the id makes paging stable among equal values and
// rides along in every index for free.
std::string orderBySql(CardSortColumn column, bool descending);

// Whether a query's rows come in orderBySql's order straight off an index, so that its first
// rows cost what they are and not a pass over every matching card.
bool indexHoldsOrder(const CardFilter& filter, CardSortColumn column);

} // namespace simfleet::sqlite
