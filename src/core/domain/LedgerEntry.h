// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"
#include "domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace simfleet {

// Charges (月租, usage, 违约金) raise the balance, payments lower it, adjustments are signed.
enum class EntryKind { Charge, Payment, Adjustment };

// "charge", "payment", "adjustment".
QString entryKindCode(EntryKind kind);
Result<EntryKind> parseEntryKind(QStringView code);

struct LedgerEntry {
    std::int64_t id{0}; // 0 until stored
    CardId cardId{0};
    EntryKind kind{EntryKind::Charge};
    // As written: positive for charges and payments, signed for adjustments.
    Money amount;
    QDate date;
    QString reference;
    QString operatorName;
    QDateTime recordedAt; // UTC

    friend bool operator==(const LedgerEntry&, const LedgerEntry&) = default;
};

// The entry's effect on the balance: +charge, -payment, adjustment as signed.
Money balanceEffect(const LedgerEntry& entry);
Money balanceEffect(EntryKind kind, Money amount);

} // namespace simfleet
