// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <optional>
#include <vector>

namespace simfleet::packet {

// The CID of every glyph (by glyph index) of a CID-keyed CFF font program, read from its charset:
// a PDF's CIDFontType0C font selects glyphs by CID, and a subset renumbers glyphs but keeps the
// CIDs. Nothing when the bytes are not a CID-keyed CFF (or are damaged).
std::optional<std::vector<quint16>> cffGlyphCids(const QByteArray& cff);

} // namespace simfleet::packet
