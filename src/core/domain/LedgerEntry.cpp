// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/LedgerEntry.h"

namespace simfleet {

QString entryKindCode(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Charge:
        return QStringLiteral("charge");
    case EntryKind::Payment:
        return QStringLiteral("payment");
    case EntryKind::Adjustment:
        return QStringLiteral("adjustment");
    }
    return {};
}

Result<EntryKind> parseEntryKind(QStringView code)
{
    const QStringView wanted = code.trimmed();
    for (const EntryKind kind : {EntryKind::Charge, EntryKind::Payment, EntryKind::Adjustment}) {
        if (wanted.compare(entryKindCode(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return Error{ErrorCode::EntryKindUnknown, wanted.toString(), 0};
}

Money balanceEffect(EntryKind kind, Money amount)
{
    switch (kind) {
    case EntryKind::Charge:
    case EntryKind::Adjustment:
        return amount;
    case EntryKind::Payment:
        return -amount;
    }
    return {};
}

Money balanceEffect(const LedgerEntry& entry)
{
    return balanceEffect(entry.kind, entry.amount);
}

} // namespace simfleet
