// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/CardImport.h"
#include "services/import/CardRowReader.h"
#include "services/import/StoredCardStep.h"

#include <array>

namespace simfleet {

namespace {

constexpr std::array kRequiredColumns{CardColumn::Iccid, CardColumn::Msisdn, CardColumn::Carrier};

bool cancelRequested(const ImportOptions& options)
{
    return options.cancel != nullptr && options.cancel->load(std::memory_order_relaxed);
}

} // namespace

CardFileImport::CardFileImport(ImportPass pass, CardColumns columns, const ImportOptions& options)
    : m_pass(std::move(pass)), m_columns(std::move(columns)), m_options(&options)
{}

Result<CardFileImport> CardFileImport::open(const QString& path, const ImportOptions& options)
{
    Result<ImportPass> pass = ImportPass::open(path, options);
    if (!pass)
        return pass.error();
    CardColumns columns = mapCardColumns(pass->headers());
    for (const CardColumn required : kRequiredColumns) {
        if (!columns.has(required))
            return Error{ErrorCode::CsvMissingColumn, columnName(required), 0};
    }
    return CardFileImport(std::move(pass).value(), std::move(columns), options);
}

Status CardFileImport::run(StoreReader& store, StoreWriter* writer, const QDateTime& now,
                           ImportSummary& summary)
{
    IssueSink issues(m_options->maxIssues);
    describeFile(m_pass, m_columns, summary, issues);
    StoredCardStep stored(store, writer, m_columns, issues, summary);

    CardRowReader reader(std::move(m_pass), m_columns, now, m_options->maxIssues);
    // Once anything is refused nothing more is written: it would only be rolled back.
    const std::function<bool()> writing = [&] {
        return writer != nullptr && issues.empty() && !reader.refusedAny();
    };
    CardRows rows;
    while (reader.next(rows)) {
        if (cancelRequested(*m_options)) {
            summary.cancelled = true; // the reader stops when it is destroyed
            return {};
        }
        stored.take(rows, writing);
    }
    CardRowReader::Outcome read = reader.finish();
    summary.rows = read.rows;
    summary.cancelled = read.cancelled;
    issues.absorb(std::move(read.issues));
    summary.issuesFound = issues.count();
    summary.issues = issues.take();
    return {};
}

} // namespace simfleet
