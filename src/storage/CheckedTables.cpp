// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckedTables.h"

#include <array>

namespace simfleet::sqlite {

namespace {

// What updateCard writes: the card's row and index entries (its balance settled first), the
// state_days count it moves between, and the group summaries when its group keys change.
// sqlite_schema is read by every statement, and checking it checks the list of free pages, from
// which the batch takes the pages it adds.
constexpr std::array<std::string_view, 5> kCardChanges = {
    "sqlite_schema", "cards", "state_days", "group_arrears", "group_owing_cards",
};

} // namespace

std::span<const std::string_view> checkedTables(SoundCheckScope scope)
{
    switch (scope) {
    case SoundCheckScope::WholeFile:
        return {};
    case SoundCheckScope::CardChanges:
        return kCardChanges;
    }
    return {};
}

} // namespace simfleet::sqlite
