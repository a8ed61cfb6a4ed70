// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace simfleet {

// Whether text read back from storage already is, byte for byte, what auditCanonicalForm writes
// for the value it parses to, so that `audit verify` can copy it into the canonical form instead
// of parsing and writing it again (for a million rows that round trip costs more than the
// hash). Both answer false whenever they are not sure; false means "take the slow way", never
// "wrong". tests/core/AuditCanonicalTextTest.cpp holds them to auditCanonicalForm itself.

// The UTF-8 text of a string field, as the canonical form writes QString::fromUtf8(utf8)
// between its quotes: printable ASCII but '"' and '\\', and well-formed UTF-8 other than U+FEFF
// (a byte order mark that Qt drops at the start of a text).
bool isCanonicalStringText(QByteArrayView utf8);

// The stored details column, as the canonical form writes QJsonDocument::fromJson(json).object():
// compact, keys in ASCII and in strictly ascending order, values strings (as above), integers of
// at most 15 digits, true, false or null. Anything else (nested containers, fractions,
// escapes) takes the slow way.
bool isCanonicalJsonObjectText(QByteArrayView json);

} // namespace simfleet
