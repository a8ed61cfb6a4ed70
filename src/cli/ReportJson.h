// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/reports/PipelineReport.h"
#include "services/reports/SavingsReport.h"

#include <QJsonObject>

namespace simfleet::cli {

// The JSON of the reports after the outstanding one (whose shape is in JsonShapes.h), with the
// same conventions: money is integer fen in *_fen fields, codes are the stored codes, dates
// YYYY-MM-DD (null when unknown), holders masked.

// {"as_of", "total_cards",
//  "stages": [{"state", "cards", "average_days", "oldest_days", "total_days"}],
//  "follow_up": [card + "typical_processing_days"], "blocked": [card], "blocked_balance_fen",
//  "lost_not_cancelled": [card]}
// where card is {"iccid", "msisdn", "carrier", "home_area", "state", "state_since",
// "days_in_state", "balance_fen"}.
QJsonObject pipelineReportJson(const PipelineReport& report);

// {"as_of", "months": [{"month": "YYYY-MM", "cards", "monthly_rent_stopped_fen"}],
//  "confirmed_cards", "monthly_rent_stopped_fen", "projected_12_months_fen",
//  "still_paid": [{"state", "cards", "monthly_rent_fen"}], "still_paid_cards",
//  "still_paid_monthly_rent_fen"}
QJsonObject savingsReportJson(const SavingsReport& report);

// The exposure report's JSON is streamed: ExposureJson.h.

} // namespace simfleet::cli
