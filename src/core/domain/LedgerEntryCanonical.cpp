// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/LedgerEntryCanonical.h"

#include "domain/JsonText.h"

#include <array>
#include <cstring>

namespace simfleet {

namespace {

// Whether JSON takes the text as it is between quotes: no quote, backslash or control character.
bool plain(std::string_view text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == '"' || byte == '\\')
            return false;
    }
    return true;
}

} // namespace

void appendLedgerEntryCanonical(std::string& out, const StoredLedgerEntry& entry)
{
    const std::array<std::string_view, 8> columns{
        entry.id,   entry.cardId,    entry.kind,         entry.amountFen,
        entry.date, entry.reference, entry.operatorName, entry.recordedAt};
    // Nearly every entry has nothing to escape: its bytes are then copied in one piece, the same
    // bytes appendJsonUtf8String would write one column at a time.
    std::size_t size = 3 + 2 * columns.size() + (columns.size() - 1); // [ ] \n, quotes, commas
    bool escapes = false;
    for (const std::string_view column : columns) {
        size += column.size();
        escapes = escapes || !plain(column);
    }
    if (escapes) {
        out.push_back('[');
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out.push_back(',');
            appendJsonUtf8String(out, columns[i]);
        }
        out.append("]\n");
        return;
    }
    const std::size_t start = out.size();
    out.resize(start + size);
    char* at = out.data() + start;
    *at++ = '[';
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0)
            *at++ = ',';
        *at++ = '"';
        std::memcpy(at, columns[i].data(), columns[i].size());
        at += columns[i].size();
        *at++ = '"';
    }
    *at++ = ']';
    *at = '\n';
}

} // namespace simfleet
