// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ports/Store.h"
#include "services/ReportService.h"

#include <QDate>
#include <QString>
#include <vector>

namespace simfleet::gui {

enum class ReportKind { Outstanding, Pipeline, Savings, Exposure };

// What the user asked for; the grouping only matters to the outstanding report.
struct ReportRequest {
    ReportKind kind{ReportKind::Outstanding};
    QDate asOf;
    OutstandingGrouping grouping{OutstandingGrouping::Carrier};

    friend bool operator==(const ReportRequest&, const ReportRequest&) = default;
};

// One report, computed by the core and converted for display and export.
struct ComputedReport {
    ReportRequest request;
    exports::ReportDocument document; // company set from the profile when there is one
    // Outstanding only: the group key of each row of the first table, in order, so a row can be
    // drilled down into its cards.
    std::vector<QString> groupKeys;
};

// Runs the core's report over the store (possibly a long scan: call it on a worker thread with
// its own connection). Storage failures throw StoreError.
ComputedReport computeReport(StoreReader& store, const ReportRequest& request);

} // namespace simfleet::gui
