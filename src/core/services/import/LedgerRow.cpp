// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/import/LedgerRow.h"

#include "rules/Validators.h"
#include "services/LedgerChecks.h"

namespace simfleet {

namespace {

struct NamedCard {
    LedgerColumn column;
    Result<QString> value;
};

// The ICCID when the row gives one, else the phone number.
NamedCard cardKeyOf(const CsvRecord& record, const LedgerColumns& columns)
{
    const QStringView iccid = columns.cell(record, LedgerColumn::Iccid);
    if (!iccid.trimmed().isEmpty() || !columns.has(LedgerColumn::Msisdn))
        return NamedCard{LedgerColumn::Iccid, validateIccid(iccid)};
    return NamedCard{LedgerColumn::Msisdn,
                     validateMsisdn(columns.cell(record, LedgerColumn::Msisdn))};
}

Result<QDate> dateCell(QStringView text)
{
    if (text.trimmed().isEmpty())
        return Error{ErrorCode::FieldRequired, QStringLiteral("date"), 0};
    return parseFileDate(text);
}

Result<EntryKind> kindCell(QStringView text)
{
    if (text.trimmed().isEmpty())
        return Error{ErrorCode::FieldRequired, QStringLiteral("kind"), 0};
    return parseEntryKindText(text);
}

} // namespace

std::optional<LedgerRow> parseLedgerRow(const CsvRecord& record, const LedgerColumns& columns,
                                        IssueSink& issues)
{
    bool clean = true;
    const auto report = [&](LedgerColumn column, const Error& error) {
        issues.add(record.line, columns.header(column), error);
        clean = false;
    };

    LedgerRow row;
    row.line = record.line;
    NamedCard key = cardKeyOf(record, columns);
    row.keyColumn = key.column;
    if (key.value)
        row.key = std::move(key.value).value();
    else
        report(key.column, key.value.error());

    const Result<EntryKind> kind = kindCell(columns.cell(record, LedgerColumn::Kind));
    if (kind)
        row.kind = *kind;
    else
        report(LedgerColumn::Kind, kind.error());

    const Result<Money> amount = Money::parse(columns.cell(record, LedgerColumn::Amount));
    if (!amount) {
        report(LedgerColumn::Amount, amount.error());
    } else {
        row.amount = *amount;
        if (kind) {
            if (const auto refused = checkEntryAmount(row.kind, row.amount))
                report(LedgerColumn::Amount, *refused);
        }
    }

    const Result<QDate> date = dateCell(columns.cell(record, LedgerColumn::Date));
    if (date)
        row.date = *date;
    else
        report(LedgerColumn::Date, date.error());

    row.reference = columns.cell(record, LedgerColumn::Reference).trimmed().toString();
    if (!clean)
        return std::nullopt;
    return row;
}

std::optional<Card> cardOfRow(StoreReader& store, const LedgerRow& row)
{
    return row.keyColumn == LedgerColumn::Iccid ? store.cardByIccid(row.key)
                                                : store.cardByMsisdn(row.key);
}

LedgerEntry entryFromRow(const LedgerRow& row)
{
    LedgerEntry entry;
    entry.kind = row.kind;
    entry.amount = row.amount;
    entry.date = row.date;
    entry.reference = row.reference;
    return entry;
}

} // namespace simfleet
