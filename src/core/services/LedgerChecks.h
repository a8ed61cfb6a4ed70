// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEvent.h"
#include "domain/LedgerEntry.h"

#include <optional>

namespace simfleet {

// Charges and payments are written as positive amounts; an adjustment is signed but never zero.
std::optional<Error> checkEntryAmount(EntryKind kind, Money amount);

// An entry is dated on or before the business day it is recorded (DateInFuture): a payment dated
// ahead would count as settled before the money came in.
std::optional<Error> checkEntryDate(QDate date, QDate today);

// A payment names its receipt or transfer number (PaymentNeedsReference), so it can be traced;
// a charge or an adjustment may go without.
std::optional<Error> checkEntryReference(EntryKind kind, const QString& reference);

// Accepts the codes (charge, payment, adjustment) and the Chinese words on carriers' bills
// (收费, 缴费, 调整), case-insensitive.
Result<EntryKind> parseEntryKindText(QStringView text);

// The audit details of a posted entry: kind, amount_fen, date, reference.
QJsonObject ledgerEntryDetails(const LedgerEntry& entry);

} // namespace simfleet
