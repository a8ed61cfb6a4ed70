// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"

#include <QDate>
#include <QDateTime>
#include <unordered_map>
#include <unordered_set>

namespace simfleet {

// Today's reports from the fleet as it stands, instead of replaying the whole audit log
// (CardHistory) and every ledger. That is the fleet at the end of asOf only when nothing was
// recorded after that day: no audit event (so no card changed state, flag or details since) and
// no ledger entry dated later. Otherwise the reports replay the history.
bool fleetStandsAsOf(StoreReader& store, QDate asOf);

// The cards whose last state change was a charge reopening them (CardHistory's
// reopenedByCharge for a card's current state), from the few reopening events.
std::unordered_set<CardId> cardsReopenedByCharge(StoreReader& store);

// When each confirmed card reached carrier-confirmed (the first time, as CardHistory keeps it).
std::unordered_map<CardId, QDateTime> confirmationTimes(StoreReader& store);

} // namespace simfleet
