// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEvent.h"
#include "domain/Card.h"
#include "domain/CardState.h"
#include "domain/Carrier.h"
#include "domain/LedgerEntry.h"

#include <QString>

namespace simfleet {

// Translated names for people (codes stay as they are in files and JSON).
QString stateLabel(CardState state);    // "Active" / "在用"
QString channelLabel(Channel channel);  // "Carrier website or app" / "运营商网站或App"
QString carrierLabel(Carrier carrier);  // "China Mobile" / "中国移动"
QString entryKindLabel(EntryKind kind); // "Charge" / "收费"
QString auditActionLabel(AuditAction action);
// A field named by its code in files, JSON and errors ("holder_id" -> "holder ID" / "机主证件号");
// a code it does not know is returned as it is.
QString fieldLabel(const QString& code);
// The card's home area for people: "北京市", or "北京市 (number says 上海市)" when the declared
// one is not the number's; "" when neither is known.
QString homeAreaText(const Card& card);

} // namespace simfleet
