// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/LedgerChecks.h"

#include <QJsonObject>
#include <array>

namespace simfleet {

std::optional<Error> checkEntryAmount(EntryKind kind, Money amount)
{
    const bool acceptable = kind == EntryKind::Adjustment ? !amount.isZero() : amount.isPositive();
    if (acceptable)
        return std::nullopt;
    return Error{ErrorCode::AmountNotPositive, amount.toPlainString(), amount.fen()};
}

std::optional<Error> checkEntryDate(QDate date, QDate today)
{
    if (date <= today)
        return std::nullopt;
    return Error{ErrorCode::DateInFuture, date.toString(Qt::ISODate), 0};
}

std::optional<Error> checkEntryReference(EntryKind kind, const QString& reference)
{
    if (kind != EntryKind::Payment || !reference.trimmed().isEmpty())
        return std::nullopt;
    return Error{ErrorCode::PaymentNeedsReference, QString(), 0};
}

Result<EntryKind> parseEntryKindText(QStringView text)
{
    struct ChineseKind {
        const char16_t* word;
        EntryKind kind;
    };
    static constexpr std::array<ChineseKind, 3> kChinese{{
        {u"收费", EntryKind::Charge},
        {u"缴费", EntryKind::Payment},
        {u"调整", EntryKind::Adjustment},
    }};
    const QStringView wanted = text.trimmed();
    for (const ChineseKind& chinese : kChinese) {
        if (wanted == QStringView(chinese.word))
            return chinese.kind;
    }
    return parseEntryKind(wanted);
}

QJsonObject ledgerEntryDetails(const LedgerEntry& entry)
{
    return QJsonObject{
        {QStringLiteral("kind"), entryKindCode(entry.kind)},
        {QStringLiteral("amount_fen"), static_cast<qint64>(entry.amount.fen())},
        {QStringLiteral("date"), entry.date.toString(Qt::ISODate)},
        {QStringLiteral("reference"), entry.reference},
    };
}

} // namespace simfleet
