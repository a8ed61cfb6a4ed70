// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ImportService.h"

#include "services/import/CardImport.h"
#include "services/import/LedgerImport.h"

#include <QFileInfo>
#include <optional>

namespace simfleet {

namespace {

// The counts of the check pass are what would happen; the writing pass counts what did.
void resetCounts(ImportSummary& summary)
{
    summary.imported = 0;
    summary.updated = 0;
    summary.unchanged = 0;
}

// A cancelled import wrote nothing, so it reports nothing done.
ImportSummary cancelledSummary(ImportSummary summary)
{
    resetCounts(summary);
    summary.cancelled = true;
    return summary;
}

// A read that was cancelled did nothing; a file without a single row is refused.
std::optional<Result<ImportSummary>> endedEarly(ImportSummary& summary, const QString& path)
{
    if (summary.cancelled)
        return cancelledSummary(std::move(summary));
    if (summary.rows == 0 && summary.issues.empty())
        return Error{ErrorCode::CsvEmpty, path, 0};
    return std::nullopt;
}

// Runs a file import: a dry run reads through the store and writes nothing; otherwise inside one
// write transaction, which a refused or cancelled file rolls back (the summary says why).
template <class FileImport, class... Args>
Result<ImportSummary> runFileImport(ServiceContext& ctx, FileImport& file, const QString& path,
                                    const ImportOptions& options, const Args&... args)
{
    ImportSummary summary;
    summary.dryRun = options.dryRun;
    Status status;
    if (options.dryRun) {
        status = file.run(ctx.store, nullptr, args..., summary);
    } else {
        bool refused = false;
        status = ctx.store.write(ctx.operatorName, [&](StoreWriter& writer) -> Status {
            Status run = file.run(writer, &writer, args..., summary);
            if (!run || summary.ok())
                return run;
            refused = true;
            return Error{ErrorCode::StorageFailure, QStringLiteral("import refused"), 0};
        });
        if (refused)
            status = {};
    }
    if (!status)
        return status.error();
    if (auto early = endedEarly(summary, path))
        return *std::move(early);
    return summary;
}

} // namespace

Result<ImportSummary> ImportService::importCards(const QString& path, const ImportOptions& options)
{
    Result<CardFileImport> opened = CardFileImport::open(path, options);
    if (!opened)
        return opened.error();
    return runFileImport(m_ctx, opened.value(), path, options, m_ctx.clock.nowUtc());
}

Result<ImportSummary> ImportService::importLedger(const QString& path, const ImportOptions& options)
{
    Result<LedgerFileImport> opened = LedgerFileImport::open(path, options);
    if (!opened)
        return opened.error();
    return runFileImport(m_ctx, opened.value(), path, options, m_ctx.operatorName,
                         m_ctx.clock.nowUtc());
}

} // namespace simfleet
