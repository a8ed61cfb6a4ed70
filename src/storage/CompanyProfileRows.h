// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CompanyProfile.h"

#include <SQLiteCpp/Database.h>
#include <optional>

// The company_profile table: at most one row (id 1).
namespace simfleet::sqlite {

std::optional<CompanyProfile> loadCompanyProfile(SQLite::Database& db);
void saveCompanyProfileRow(SQLite::Database& db, const CompanyProfile& profile);

} // namespace simfleet::sqlite
