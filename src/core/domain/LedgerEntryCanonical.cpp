// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/LedgerEntryCanonical.h"

#include "domain/JsonText.h"

namespace simfleet {

void appendLedgerEntryCanonical(std::string& out, const StoredLedgerEntry& entry)
{
    out.push_back('[');
    bool first = true;
    for (const std::string_view column :
         {entry.id, entry.cardId, entry.kind, entry.amountFen, entry.date, entry.reference,
          entry.operatorName, entry.recordedAt}) {
        if (!first)
            out.push_back(',');
        first = false;
        appendJsonUtf8String(out, column);
    }
    out.append("]\n");
}

} // namespace simfleet
