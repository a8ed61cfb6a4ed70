// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <cstdint>
#include <string>
#include <string_view>

namespace simfleet {

// Pieces of compact JSON appended to a std::string, byte for byte as Qt's writer
// (QJsonDocument::Compact) writes the same values: for audit rows made in bulk, where a
// QJsonObject per row cost more than hashing it. AuditCanonicalForm.cpp follows the same rules.

// A string: quote, backslash and control characters escaped (short forms where JSON has them,
// \u00XX otherwise), other characters as UTF-8, a surrogate without its partner as \uXXXX.
void appendJsonString(std::string& out, QStringView text);
// The same for text already in UTF-8, which must be valid (what a QString without a lone
// surrogate encodes to): its bytes above ASCII are written as they are.
void appendJsonUtf8String(std::string& out, std::string_view utf8);
// An integer in plain digits, as Qt writes an integer value.
void appendJsonInteger(std::string& out, std::int64_t value);

} // namespace simfleet
