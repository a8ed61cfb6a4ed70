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

// A ledger file: check everything, then (unless dry run) write everything in one transaction.
template <class Check, class Write>
Result<ImportSummary> runImport(ServiceContext& ctx, const QString& path,
                                const ImportOptions& options, Check check, Write write)
{
    ImportSummary summary;
    summary.dryRun = options.dryRun;
    const qint64 size = QFileInfo(path).size();
    const ProgressSpan checking{0, options.dryRun ? size : 2 * size};
    auto plan = check(ctx.store, path, options, checking, summary);
    if (!plan)
        return plan.error();
    if (auto early = endedEarly(summary, path))
        return *std::move(early);
    if (!summary.ok() || options.dryRun)
        return summary;

    resetCounts(summary);
    const ProgressSpan writing{size, 2 * size};
    const QDateTime now = ctx.clock.nowUtc();
    const Status written = ctx.store.write(ctx.operatorName, [&](StoreWriter& writer) {
        return write(writer, path, plan.value(), options, writing, now, summary);
    });
    if (summary.cancelled)
        return cancelledSummary(std::move(summary));
    if (!written)
        return written.error();
    return summary;
}

} // namespace

Result<ImportSummary> ImportService::importCards(const QString& path, const ImportOptions& options)
{
    Result<CardFileImport> opened = CardFileImport::open(path, options);
    if (!opened)
        return opened.error();
    CardFileImport& file = opened.value();
    ImportSummary summary;
    summary.dryRun = options.dryRun;
    const QDateTime now = m_ctx.clock.nowUtc();
    Status status;
    if (options.dryRun) {
        status = file.run(m_ctx.store, nullptr, now, summary);
    } else {
        // A refused or cancelled file rolls back whatever it had written; the summary says why.
        bool refused = false;
        status = m_ctx.store.write(m_ctx.operatorName, [&](StoreWriter& writer) -> Status {
            Status run = file.run(writer, &writer, now, summary);
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

Result<ImportSummary> ImportService::importLedger(const QString& path, const ImportOptions& options)
{
    const QString& operatorName = m_ctx.operatorName;
    const auto write = [&operatorName](StoreWriter& writer, const QString& file,
                                       const LedgerColumns& columns, const ImportOptions& opts,
                                       ProgressSpan span, const QDateTime& now,
                                       ImportSummary& summary) {
        return writeLedgerFile(writer, file, columns, opts, span, operatorName, now, summary);
    };
    return runImport(m_ctx, path, options, checkLedgerFile, write);
}

} // namespace simfleet
