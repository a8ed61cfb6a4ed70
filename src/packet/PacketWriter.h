// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketContent.h"
#include "PacketLetters.h"
#include "PacketZip.h"

#include <QString>

namespace simfleet::packet {

// The files of a packet in zip order, each with its SHA-256 (hex).
struct PacketDocuments {
    std::vector<ZipEntry> entries;
    std::vector<QByteArray> sha256;

    void add(ZipEntry entry);
};

// The documents of the packet but its manifest, in zip order: the letters (printed by the
// export's `letters`), the line list (xlsx, csv) and the checklist. They depend on the draft's
// id and date, not on the audit head.
Result<PacketDocuments> packetDocumentsWithoutManifest(const PacketContent& content,
                                                       const PacketLetters& letters);

// Appends manifest.json, which lists the others' SHA-256 and the draft's audit head.
void addManifest(const PacketContent& content, PacketDocuments& documents);

// Where the packet's zip goes in folder: named by packetFileName in the content's language.
QString packetPath(const PacketContent& content, const QString& folder);

// The packet as recorded: the zip's path and the name and SHA-256 of every file in it.
WrittenPacket writtenPacket(const QString& path, const PacketDocuments& documents);

// Zips the documents (every entry stamped with `stamp`) into path, replacing it only once the
// whole file is written.
Status writePacketZip(const PacketDocuments& documents, const QDateTime& stamp,
                      const QString& path);

} // namespace simfleet::packet
