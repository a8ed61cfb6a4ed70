// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteStore.h"

#include <span>
#include <string_view>

namespace simfleet::sqlite {

// The tables (each checked with its indexes) the integrity check of a scope reads; empty for
// SoundCheckScope::WholeFile, which reads every page. A table a batch of that kind writes in
// place belongs here: the tests keep the list and SqliteWriter's writes together
// (tests/storage/CheckScopeTest.cpp).
std::span<const std::string_view> checkedTables(SoundCheckScope scope);

} // namespace simfleet::sqlite
