// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/LedgerImport.h"

#include "services/LedgerService.h"
#include "services/import/LedgerRowReader.h"

#include <QFileInfo>
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

bool cancelRequested(const ImportOptions& options)
{
    return options.cancel != nullptr && options.cancel->load(std::memory_order_relaxed);
}

// The import's one audit row, after its entries: they took the ids from firstId on, one each.
Status appendImportRow(StoreWriter& writer, const QString& fileName, std::int64_t firstId,
                       std::int64_t imported)
{
    const std::int64_t lastId = writer.nextLedgerEntryId() - 1;
    LedgerImportSeal seal = writer.sealLedgerEntries(firstId, lastId);
    // Ids are consecutive inside the transaction (nextLedgerEntryId); anything else would leave
    // an entry outside the seal, so the import is refused rather than recorded wrongly.
    if (lastId - firstId + 1 != imported || seal.entries != imported)
        return Error{ErrorCode::StorageFailure,
                     QStringLiteral("ledger import: %1 entries posted, ids %2 to %3 hold %4")
                         .arg(imported)
                         .arg(firstId)
                         .arg(lastId)
                         .arg(seal.entries),
                     0};
    writer.appendAudit(std::nullopt, AuditDraft{AuditAction::LedgerImported, std::nullopt,
                                                std::nullopt, ledgerImportDetails(fileName, seal)});
    return {};
}

} // namespace

LedgerFileImport::LedgerFileImport(ImportPass pass, LedgerColumns columns,
                                   const ImportOptions& options, QString fileName)
    : m_pass(std::move(pass)), m_fileName(std::move(fileName)), m_columns(std::move(columns)),
      m_options(&options)
{}

Result<LedgerFileImport> LedgerFileImport::open(const QString& path, const ImportOptions& options)
{
    Result<ImportPass> pass = ImportPass::open(path, options);
    if (!pass)
        return pass.error();
    LedgerColumns columns = mapLedgerColumns(pass->headers());
    if (const auto missing = missingColumn(columns))
        return *missing;
    return LedgerFileImport(std::move(pass).value(), std::move(columns), options,
                            QFileInfo(path).fileName());
}

Status LedgerFileImport::run(StoreReader& store, StoreWriter* writer, const QString& operatorName,
                             const QDateTime& now, ImportSummary& summary)
{
    IssueSink issues(m_options->maxIssues);
    const std::int64_t firstId = writer != nullptr ? writer->nextLedgerEntryId() : 0;
    describeFile(m_pass, m_columns, summary, issues);
    LedgerCards cards = LedgerCards::forFile(store, m_columns, m_pass.bytesTotal());
    LedgerRowReader reader(std::move(m_pass), m_columns, std::move(cards), operatorName, now,
                           m_options->maxIssues);
    // Once anything is refused nothing more is posted: it would only be rolled back.
    const auto writing = [&] {
        return writer != nullptr && issues.empty() && !reader.refusedAny();
    };
    LedgerRows rows;
    while (reader.next(rows)) {
        if (cancelRequested(*m_options)) {
            summary.cancelled = true; // the reader stops when it is destroyed
            return {};
        }
        if (!writing())
            continue;
        if (!rows.reopens) {
            writer->postLedgerBatch(std::move(rows.batch));
            continue;
        }
        const LedgerEntry entry = rows.batch.entry(0);
        const std::optional<Card> card = writer->cardById(entry.cardId);
        if (!card)
            return Error{ErrorCode::CardNotFound, QString::number(entry.cardId), 0};
        const Result<LedgerEntry> posted = postLedgerEntryIn(*writer, *card, entry);
        if (!posted)
            return posted.error();
    }
    LedgerRowReader::Outcome read = reader.finish();
    summary.rows = read.rows;
    summary.imported = read.accepted;
    summary.cancelled = read.cancelled;
    issues.absorb(std::move(read.issues));
    summary.issuesFound = issues.count();
    summary.issues = issues.take();
    if (writer == nullptr || !summary.ok() || summary.imported == 0)
        return {}; // nothing stored, or rolled back
    return appendImportRow(*writer, m_fileName, firstId, summary.imported);
}

} // namespace simfleet
