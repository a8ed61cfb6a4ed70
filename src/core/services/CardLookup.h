// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/Store.h"

#include <span>
#include <vector>

namespace simfleet {

// KEY on the command line and in search boxes: an ICCID or a phone number (spaces, +86 allowed).
Result<Card> findCardByKey(StoreReader& store, QStringView key);
// The same lookup of a whole file of keys, for their cards' ids only, in one read: each key's
// id or CardNotFound naming it, in the keys' order.
std::vector<Result<CardId>> findCardIdsByKeys(StoreReader& store, std::span<const QString> keys);

} // namespace simfleet
