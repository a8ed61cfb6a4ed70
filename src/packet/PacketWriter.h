// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketContent.h"
#include "PacketZip.h"

#include <QString>

namespace simfleet::packet {

// "packet-12-cmcc-北京市.zip": the home area keeps its Chinese name (characters a file system
// refuses become '_'); "unknown" when the area is not known.
QString packetFileName(PacketId id, Carrier carrier, const QString& homeArea);

// The documents of the packet, in zip order, manifest.json last (it lists the others' SHA-256).
Result<std::vector<ZipEntry>> packetEntries(const PacketContent& content);

// Writes the packet's zip into folder and returns its path and the SHA-256 of every file in it
// (manifest.json included). Nothing is left behind when it fails.
Result<WrittenPacket> writePacket(const PacketContent& content, const QString& folder);

} // namespace simfleet::packet
