// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/LedgerImport.h"

#include "services/LedgerService.h"
#include "services/import/LedgerRow.h"

#include <array>

namespace simfleet {

namespace {

constexpr std::array kRequiredColumns{LedgerColumn::Kind, LedgerColumn::Amount, LedgerColumn::Date};

std::optional<Error> missingColumn(const LedgerColumns& columns)
{
    if (!columns.has(LedgerColumn::Iccid) && !columns.has(LedgerColumn::Msisdn))
        return Error{ErrorCode::CsvMissingColumn, columnName(LedgerColumn::Iccid), 0};
    for (const LedgerColumn required : kRequiredColumns) {
        if (!columns.has(required))
            return Error{ErrorCode::CsvMissingColumn, columnName(required), 0};
    }
    return std::nullopt;
}

} // namespace

Result<LedgerColumns> checkLedgerFile(StoreReader& store, const QString& path,
                                      const ImportOptions& options, ProgressSpan span,
                                      ImportSummary& summary)
{
    Result<ImportPass> opened = ImportPass::open(path, options, span);
    if (!opened)
        return opened.error();
    ImportPass& pass = opened.value();
    const LedgerColumns columns = mapLedgerColumns(pass.headers());
    summary.encoding = pass.encoding();
    summary.headers = columns.headers;
    summary.canonicalColumns = columns.canonical;
    if (const auto missing = missingColumn(columns))
        return *missing;

    IssueSink issues(options.maxIssues);
    for (const QString& header : columns.duplicateHeaders)
        issues.add(1, header,
                   Error{ErrorCode::CsvMalformed, QStringLiteral("duplicate column"), 0});
    CsvRecord record;
    for (;;) {
        const ImportPass::Step step = pass.next(record);
        if (step == ImportPass::Step::Cancelled) {
            summary.cancelled = true;
            return columns;
        }
        if (step == ImportPass::Step::Malformed) {
            issues.add(record.line, columns.headerAt(record.fields.size()), pass.error());
            break; // the rest of the file cannot be trusted after a broken record
        }
        if (step == ImportPass::Step::End)
            break;
        ++summary.rows;
        const std::optional<LedgerRow> row = parseLedgerRow(record, columns, issues);
        if (!row)
            continue;
        const std::optional<Card> card = cardOfRow(store, *row);
        if (!card)
            issues.add(row->line, columns.header(row->keyColumn),
                       Error{ErrorCode::CardNotFound, row->key, 0});
        else if (card->state == CardState::Void)
            issues.add(row->line, columns.header(row->keyColumn),
                       Error{ErrorCode::CardVoid, row->key, 0});
        else
            ++summary.imported;
    }
    summary.issuesFound = issues.count();
    summary.issues = issues.take();
    return columns;
}

Status writeLedgerFile(StoreWriter& writer, const QString& path, const LedgerColumns& columns,
                       const ImportOptions& options, ProgressSpan span, const QString& operatorName,
                       const QDateTime& now, ImportSummary& summary)
{
    Result<ImportPass> opened = ImportPass::open(path, options, span);
    if (!opened)
        return opened.error();
    ImportPass& pass = opened.value();
    IssueSink issues(1);
    CsvRecord record;
    for (;;) {
        const ImportPass::Step step = pass.next(record);
        if (step == ImportPass::Step::Cancelled) {
            summary.cancelled = true;
            return Error{ErrorCode::StorageFailure, QStringLiteral("cancelled"), 0};
        }
        if (step == ImportPass::Step::Malformed)
            return pass.error();
        if (step == ImportPass::Step::End)
            return {};

        // Checked in pass 1, so a bad row here means the file changed in between.
        const std::optional<LedgerRow> row = parseLedgerRow(record, columns, issues);
        if (!row)
            return issues.take().front().error;
        // Read afresh for each row: an earlier charge may have reopened the card.
        const std::optional<Card> card = cardOfRow(writer, *row);
        if (!card)
            return Error{ErrorCode::CardNotFound, row->key, 0};
        LedgerEntry entry = entryFromRow(*row);
        entry.operatorName = operatorName;
        entry.recordedAt = now;
        const Result<LedgerEntry> posted = postLedgerEntryIn(writer, *card, entry);
        if (!posted)
            return posted.error();
        ++summary.imported;
    }
}

} // namespace simfleet
