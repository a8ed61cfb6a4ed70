// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"

#include <QJsonObject>
#include <QStringList>

namespace simfleet {

// The fields an edit or an import may change, by their column names ("msisdn", "plan", ...),
// in a fixed order. Identity (iccid), state, balance, lost and derived fields are not listed.
QStringList changedCardFields(const Card& before, const Card& after);

// Audit details for an edit: {"fields": [...], "changes": {field: {"from": .., "to": ..}}}.
// Holder name and ID appear masked: the audit log never holds personal data. "home_area" is the
// declared home area ("" for none), with the number's beside it ("from_number", "to_number").
QJsonObject cardEditDetails(const Card& before, const Card& after, const QStringList& fields);

} // namespace simfleet
