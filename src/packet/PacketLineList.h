// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketContent.h"
#include "ReportDocument.h"

namespace simfleet::packet {

// The line list (注销号码清单) as a report document, so lines.csv and lines.xlsx come from the
// report writers (CSV with BOM and formula neutralisation; XLSX with number formats).
// One row per card: seq, ICCID, phone number, plan, holder name and ID (masked unless the
// carrier profile requires the full values), monthly fee, prepaid credit to transfer or refund
// (0.00 when settled to zero), and the settlement: the last payment's reference and date.
// Headers are in Chinese: the list is for the carrier.
exports::ReportDocument lineListDocument(const PacketContent& content);

} // namespace simfleet::packet
