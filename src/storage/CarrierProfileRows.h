// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CarrierProfile.h"

#include <SQLiteCpp/Database.h>
#include <vector>

// The carrier_profiles table: one JSON profile per carrier (see CarrierProfileJson.h).
namespace simfleet::sqlite {

// Every carrier in kAllCarriers order; a carrier without a stored row gets its seeded default.
std::vector<CarrierProfile> loadCarrierProfiles(SQLite::Database& db);
CarrierProfile loadCarrierProfile(SQLite::Database& db, Carrier carrier);

void saveCarrierProfileRow(SQLite::Database& db, const CarrierProfile& profile);
// Inserts the defaults for carriers that have no row yet (the initial migration's data).
void seedCarrierProfiles(SQLite::Database& db);

} // namespace simfleet::sqlite
