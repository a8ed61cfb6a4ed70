// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "services/ReportService.h"
#include "services/reports/ExposureReport.h"
#include "services/reports/PipelineReport.h"
#include "services/reports/SavingsReport.h"

namespace simfleet::exports {

// Each report as a document for the writers, with translated (English source) headings.
// The company line is left empty: callers set document.company from the company profile.

// Balances by group with aging buckets and totals, a ledger tie-out (outstanding − credit =
// the net of the ledger), and a stacked bar chart of aging by group (the largest
// kMaxChartGroups groups; the rest summed into one "Other" bar, so the bars still add up).
ReportDocument outstandingDocument(const OutstandingReport& report);
inline constexpr int kMaxChartGroups = 10;

// Cards per state with average and oldest days; the follow-up, blocked and lost lists.
ReportDocument pipelineDocument(const PipelineReport& report);

// Rent stopped per month (with a chart), the 12-month projection, rent still paid.
ReportDocument savingsDocument(const SavingsReport& report);

// Holders (masked) with their card counts and numbers.
ReportDocument exposureDocument(const ExposureReport& report);
// The same document made holder by holder as the report streams them (streamExposureReport):
// one row per holder is all it keeps, not the cards.
class ExposureDocumentSink final : public ExposureSink {
public:
    void begin(const ExposureTotals& totals) override;
    void holder(const ExposureHolder& holder) override;
    ReportDocument take() { return std::move(m_document); }

private:
    ReportDocument m_document;
};

// The group's name for people: the carrier's name, or "(none)" for cards without a value.
QString groupLabel(OutstandingGrouping grouping, const QString& key);

} // namespace simfleet::exports
