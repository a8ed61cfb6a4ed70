// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ReportComputation.h"

#include "ReportDocuments.h"
#include "services/reports/ExposureReport.h"
#include "services/reports/PipelineReport.h"
#include "services/reports/SavingsReport.h"

namespace simfleet::gui {

namespace {

// The heading names the company once its profile is recorded (Settings).
QString companyName(StoreReader& store)
{
    const std::optional<CompanyProfile> profile = store.companyProfile();
    return profile ? profile->name : QString();
}

} // namespace

ComputedReport computeReport(StoreReader& store, const ReportRequest& request)
{
    ComputedReport computed;
    computed.request = request;
    switch (request.kind) {
    case ReportKind::Outstanding: {
        const OutstandingReport report =
            ReportService(store).outstanding(request.grouping, request.asOf);
        computed.document = exports::outstandingDocument(report);
        for (const OutstandingGroup& group : report.groups)
            computed.groupKeys.push_back(group.key);
        break;
    }
    case ReportKind::Pipeline:
        computed.document = exports::pipelineDocument(computePipelineReport(store, request.asOf));
        break;
    case ReportKind::Savings:
        computed.document = exports::savingsDocument(computeSavingsReport(store, request.asOf));
        break;
    case ReportKind::Exposure: {
        // Holder by holder: the document keeps a row per holder, never the cards behind them.
        exports::ExposureDocumentSink document;
        streamExposureReport(store, request.asOf, document);
        computed.document = document.take();
        break;
    }
    }
    computed.document.company = companyName(store);
    return computed;
}

} // namespace simfleet::gui
