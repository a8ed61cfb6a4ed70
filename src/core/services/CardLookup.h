// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"

namespace simfleet {

// KEY on the command line and in search boxes: an ICCID or a phone number (spaces, +86 allowed).
Result<Card> findCardByKey(StoreReader& store, QStringView key);

} // namespace simfleet
