// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketContent.h"
#include "PacketZip.h"

#include <QString>

namespace simfleet::packet {

// The documents of the packet, in zip order, manifest.json last (it lists the others' SHA-256).
Result<std::vector<ZipEntry>> packetEntries(const PacketContent& content);

// Writes the packet's zip (named by packetFileName in the content's language) into folder and
// returns its path and the SHA-256 of every file in it (manifest.json included). Nothing is left
// behind when it fails.
Result<WrittenPacket> writePacket(const PacketContent& content, const QString& folder);

} // namespace simfleet::packet
