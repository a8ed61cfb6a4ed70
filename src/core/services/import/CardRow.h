// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"
#include "services/import/ImportColumns.h"
#include "services/import/ImportIssues.h"
#include "services/import/TextPool.h"

#include <optional>
#include <vector>

namespace simfleet {

// The rows of a card file that passed every check, in file order: the card each row would
// create, and the line it came from. The cards are whole Cards, built on the reading thread,
// so that new ones can be stored as they are, without a copy on the storing thread.
struct CardRows {
    std::vector<int> lines;
    std::vector<Card> cards;

    std::size_t size() const { return cards.size(); }
    bool empty() const { return cards.empty(); }
    void reserve(std::size_t rows)
    {
        lines.reserve(rows);
        cards.reserve(rows);
    }
    void push_back(int line, Card card)
    {
        lines.push_back(line);
        cards.push_back(std::move(card));
    }
};

// Validates each cell of the record; every bad cell is reported. nullopt when any was bad.
// Otherwise the card the row would create: active since now, with the number's home area (looked
// up while reading, not storing) and the declared one if the row gives it; cells of columns the
// file lacks stay empty. Plans, departments, assignees, holder names and declared home areas come
// from texts.
std::optional<Card> parseCardRow(const CsvRecord& record, const CardColumns& columns,
                                 const QDateTime& now, TextPool& texts, IssueSink& issues);

// Writes a row's card over a stored card: only the file's columns; the number's home area
// follows the number. A blank home_area cell drops a declared home area.
void applyCardRow(const Card& row, const CardColumns& columns, Card& card);

} // namespace simfleet
