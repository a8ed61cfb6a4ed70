// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/reports/ExposureReport.h"

namespace simfleet {

// The exposure report as the fleet stands, from the cards the store's summary lists
// (StoreReader::readExposedCards): only those cards are read, once, compactly; the holders are
// counted and ordered, then each goes to the sink with its cards in ICCID order. For a day after
// which nothing was recorded (fleetStandsAsOf): each card's state is the one it has.
void streamExposureFromSummary(StoreReader& store, QDate asOf, ExposureSink& sink);

} // namespace simfleet
