// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CardChanges.h"
#include "services/import/CardImport.h"
#include "services/import/CardRow.h"

#include <array>

namespace simfleet {

namespace {

constexpr std::array kRequiredColumns{CardColumn::Iccid, CardColumn::Msisdn, CardColumn::Carrier};

// Checks one valid row against the stored cards: an existing ICCID is an update, a number held
// by another card is a duplicate, and a void card is never changed.
class StoredCardCheck {
public:
    StoredCardCheck(StoreReader& store, const CardColumns& columns, IssueSink& issues,
                    ImportSummary& summary, CardFilePlan& plan)
        : m_store(store), m_columns(columns), m_issues(issues), m_summary(summary), m_plan(plan),
          m_storeEmpty(store.countCards({}) == 0)
    {}

    void check(const CardRow& row)
    {
        if (m_storeEmpty) { // nothing to collide with: spare a million lookups
            ++m_summary.imported;
            return;
        }
        const std::optional<Card> stored = m_store.cardByIccid(row.iccid);
        // A card keeping its own number needs no second look: numbers are unique.
        if (!stored || stored->msisdn != row.msisdn) {
            const std::optional<Card> holder = m_store.cardByMsisdn(row.msisdn);
            if (holder && (!stored || holder->id != stored->id)) {
                m_issues.add(row.line, m_columns.header(CardColumn::Msisdn),
                             Error{ErrorCode::DuplicateMsisdn, row.msisdn, 0});
            }
        }
        if (!stored) {
            ++m_summary.imported;
            return;
        }
        const std::uint64_t key = iccidKey(row.iccid);
        m_plan.storedIccids.add(key);
        Card updated = *stored;
        applyCardRow(row, m_columns, updated);
        if (changedCardFields(*stored, updated).isEmpty()) {
            ++m_summary.unchanged;
        } else if (stored->state == CardState::Void) {
            m_issues.add(row.line, m_columns.header(CardColumn::Iccid),
                         Error{ErrorCode::CardVoid, row.iccid, 0});
        } else {
            ++m_summary.updated;
            m_plan.changedIccids.add(key);
        }
    }

private:
    StoreReader& m_store;
    const CardColumns& m_columns;
    IssueSink& m_issues;
    ImportSummary& m_summary;
    CardFilePlan& m_plan;
    bool m_storeEmpty;
};

void reportRepeats(DuplicateFinder& finder, ErrorCode code, const QString& column,
                   QString (*valueOf)(std::uint64_t), IssueSink& issues)
{
    for (const DuplicateFinder::Repeat& repeat : finder.repeats()) {
        issues.add(repeat.line, column, Error{code, valueOf(repeat.key), 0});
    }
}

} // namespace

Result<CardFilePlan> checkCardFile(StoreReader& store, const QString& path,
                                   const ImportOptions& options, ProgressSpan span,
                                   ImportSummary& summary)
{
    Result<ImportPass> opened = ImportPass::open(path, options, span);
    if (!opened)
        return opened.error();
    ImportPass& pass = opened.value();
    CardFilePlan plan{mapCardColumns(pass.headers()), {}, {}};
    const CardColumns& columns = plan.columns;
    summary.encoding = pass.encoding();
    summary.headers = columns.headers;
    summary.canonicalColumns = columns.canonical;
    for (const CardColumn required : kRequiredColumns) {
        if (!columns.has(required))
            return Error{ErrorCode::CsvMissingColumn, columnName(required), 0};
    }

    IssueSink issues(options.maxIssues);
    for (const QString& header : columns.duplicateHeaders)
        issues.add(1, header,
                   Error{ErrorCode::CsvMalformed, QStringLiteral("duplicate column"), 0});
    StoredCardCheck stored(store, columns, issues, summary, plan);
    DuplicateFinder iccids;
    DuplicateFinder msisdns;
    CsvRecord record;
    for (;;) {
        const ImportPass::Step step = pass.next(record);
        if (step == ImportPass::Step::Cancelled) {
            summary.cancelled = true;
            return plan;
        }
        if (step == ImportPass::Step::Malformed) {
            issues.add(record.line, columns.headerAt(record.fields.size()), pass.error());
            break; // the rest of the file cannot be trusted after a broken record
        }
        if (step == ImportPass::Step::End)
            break;
        ++summary.rows;
        const std::optional<CardRow> row = parseCardRow(record, columns, issues);
        if (!row)
            continue;
        iccids.add(iccidKey(row->iccid), row->line);
        msisdns.add(msisdnKey(row->msisdn), row->line);
        stored.check(*row);
    }
    reportRepeats(iccids, ErrorCode::DuplicateIccid, columns.header(CardColumn::Iccid),
                  iccidFromKey, issues);
    reportRepeats(msisdns, ErrorCode::DuplicateMsisdn, columns.header(CardColumn::Msisdn),
                  msisdnFromKey, issues);
    plan.storedIccids.freeze();
    plan.changedIccids.freeze();
    summary.issuesFound = issues.count();
    summary.issues = issues.take();
    return plan;
}

} // namespace simfleet
