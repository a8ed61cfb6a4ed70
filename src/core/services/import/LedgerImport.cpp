// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/LedgerImport.h"

#include "ports/Clock.h"
#include "rules/Lifecycle.h"
#include "services/LedgerChecks.h"
#include "services/LedgerService.h"
#include "services/import/LedgerRow.h"

#include <array>
#include <vector>

namespace simfleet {

namespace {

// As many as the card import stores at a time.
constexpr std::size_t kPostingsPerBatch = 1024;

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

LedgerFileImport::LedgerFileImport(ImportPass pass, LedgerColumns columns,
                                   const ImportOptions& options)
    : m_pass(std::move(pass)), m_columns(std::move(columns)), m_options(&options)
{}

Result<LedgerFileImport> LedgerFileImport::open(const QString& path, const ImportOptions& options)
{
    Result<ImportPass> pass = ImportPass::open(path, options);
    if (!pass)
        return pass.error();
    LedgerColumns columns = mapLedgerColumns(pass->headers());
    if (const auto missing = missingColumn(columns))
        return *missing;
    return LedgerFileImport(std::move(pass).value(), std::move(columns), options);
}

Status LedgerFileImport::run(StoreReader& store, StoreWriter* writer, const QString& operatorName,
                             const QDateTime& now, ImportSummary& summary)
{
    IssueSink issues(m_options->maxIssues);
    describeFile(m_pass, m_columns, summary, issues);
    // Entries wait to be posted together (StoreWriter::postLedgerEntries). Nothing a later row
    // checks depends on them: only a charge that reopens its card moves it, and that one is
    // posted on its own, after the entries before it.
    std::vector<LedgerPosting> waiting;
    const auto postWaiting = [&] {
        if (!waiting.empty())
            writer->postLedgerEntries(waiting);
        waiting.clear();
    };
    CsvRecord record;
    for (;;) {
        const ImportPass::Step step = m_pass.next(record);
        if (step == ImportPass::Step::Cancelled) {
            summary.cancelled = true;
            return {};
        }
        if (step == ImportPass::Step::Malformed) {
            issues.add(record.line, m_columns.headerAt(record.fields.size()), m_pass.error());
            break; // the rest of the file cannot be trusted after a broken record
        }
        if (step == ImportPass::Step::End)
            break;
        ++summary.rows;
        if (const auto wrong = m_pass.fieldCountProblem(record)) {
            issues.add(record.line, QString(), *wrong);
            continue;
        }
        const std::optional<LedgerRow> row = parseLedgerRow(record, m_columns, issues);
        if (!row)
            continue;
        // Read afresh for each row: an earlier charge may have reopened the card.
        const std::optional<Card> card = cardOfRow(store, *row);
        if (!card) {
            issues.add(row->line, m_columns.header(row->keyColumn),
                       Error{ErrorCode::CardNotFound, row->key, 0});
            continue;
        }
        if (isFinal(card->state)) {
            issues.add(row->line, m_columns.header(row->keyColumn),
                       Error{ErrorCode::CardVoid, row->key, 0});
            continue;
        }
        if (const auto refused = checkEntryDate(row->date, businessDate(now))) {
            issues.add(row->line, m_columns.header(LedgerColumn::Date), *refused);
            continue;
        }
        ++summary.imported;
        // Once anything is refused nothing more is posted: it would only be rolled back.
        if (writer == nullptr || !issues.empty()) {
            waiting.clear();
            continue;
        }
        LedgerEntry entry = entryFromRow(*row);
        entry.operatorName = operatorName;
        entry.recordedAt = now;
        if (postingMovesCard(*card, entry)) {
            postWaiting();
            const Result<LedgerEntry> posted = postLedgerEntryIn(*writer, *card, entry);
            if (!posted)
                return posted.error();
            continue;
        }
        Result<LedgerPosting> posting = ledgerPostingFor(*card, std::move(entry));
        if (!posting)
            return posting.error();
        waiting.push_back(std::move(posting).value());
        if (waiting.size() == kPostingsPerBatch)
            postWaiting();
    }
    if (writer != nullptr && issues.empty())
        postWaiting();
    summary.issuesFound = issues.count();
    summary.issues = issues.take();
    return {};
}

} // namespace simfleet
