// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CardChanges.h"
#include "services/import/CardImport.h"
#include "services/import/CardRow.h"

namespace simfleet {

namespace {

const QString kSourceKey = QStringLiteral("source");
const QString kImportSource = QStringLiteral("import");

} // namespace

Status writeCardFile(StoreWriter& writer, const QString& path, const CardFilePlan& plan,
                     const ImportOptions& options, ProgressSpan span, const QDateTime& now,
                     ImportSummary& summary)
{
    Result<ImportPass> opened = ImportPass::open(path, options, span);
    if (!opened)
        return opened.error();
    ImportPass& pass = opened.value();
    const CardColumns& columns = plan.columns;
    const QJsonObject createdDetails{{kSourceKey, kImportSource}};
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
        const std::optional<CardRow> row = parseCardRow(record, columns, issues);
        if (!row)
            return issues.take().front().error;

        const std::uint64_t key = iccidKey(row->iccid);
        if (!plan.storedIccids.contains(key)) {
            writer.insertCard(newCardFromRow(*row, columns, now),
                              AuditDraft{AuditAction::CardCreated, std::nullopt, CardState::Active,
                                         createdDetails});
            ++summary.imported;
            continue;
        }
        // Unchanged at the check: if someone edited the card since, that edit stands.
        const std::optional<Card> stored =
            plan.changedIccids.contains(key) ? writer.cardByIccid(row->iccid) : std::nullopt;
        if (!stored) {
            ++summary.unchanged;
            continue;
        }
        Card updated = *stored;
        applyCardRow(*row, columns, updated);
        const QStringList changed = changedCardFields(*stored, updated);
        if (changed.isEmpty()) {
            ++summary.unchanged;
            continue;
        }
        if (stored->state == CardState::Void) // voided since the check: never changed
            return Error{ErrorCode::CardVoid, row->iccid, 0};
        QJsonObject details = cardEditDetails(*stored, updated, changed);
        details.insert(kSourceKey, kImportSource);
        writer.updateCard(updated,
                          AuditDraft{AuditAction::CardEdited, std::nullopt, std::nullopt, details});
        ++summary.updated;
    }
}

} // namespace simfleet
