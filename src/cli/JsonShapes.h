// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEvent.h"
#include "domain/Card.h"
#include "domain/LedgerEntry.h"
#include "services/ReportService.h"

#include <QJsonObject>
#include <optional>

namespace simfleet::cli {

// The JSON the CLI prints. Money is integer fen in *_fen fields, codes are the stored codes,
// dates are YYYY-MM-DD and times ISO 8601 UTC; holder_name and holder_id are always masked.

// iccid, msisdn, carrier, plan, monthly_fee_fen, holder_name, holder_id, department, assignee,
// activated_on, home_area (the card's: declared, else the number's), declared_home_area ("" when
// none), number_home_area (the geocoder's), state, state_since, lost, balance_fen.
QJsonObject cardJson(const Card& card);

// id, kind, amount_fen (as written), effect_fen (on the balance), date, reference, operator,
// recorded_at, and balance_after_fen when known.
QJsonObject ledgerEntryJson(const LedgerEntry& entry, std::optional<Money> balanceAfter = {});

// seq, at, operator, iccid, action, from, to, details, prev_hash, hash.
QJsonObject auditEventJson(const AuditEvent& event);

// {"as_of", "by", "groups": [{"key", "cards", "outstanding_fen", "aging_fen": {...}}],
//  "total": {...}, "credit_fen", "credit_cards"}.
QJsonObject outstandingReportJson(const OutstandingReport& report);

} // namespace simfleet::cli
