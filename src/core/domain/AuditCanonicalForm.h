// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEvent.h"

#include <QByteArray>

namespace simfleet {

// The bytes computeAuditHash hashes: every field but the hash itself, in a fixed order, as one
// compact JSON array —
//   ["prevHash","seq","atUtc ISO with ms",operator,"cardId"|null,iccid,action,from|null,to|null,
//    {details}]
// byte for byte what QJsonDocument(QJsonArray{...}).toJson(Compact) writes for the same values.
// Stored hashes depend on these bytes, so they must never change; tests/core/AuditHashTest.cpp
// keeps the QJsonDocument form as the reference.
QByteArray auditCanonicalForm(const AuditEvent& event);

} // namespace simfleet
