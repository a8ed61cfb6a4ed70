// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketVerify.h"

#include "PacketNames.h"
#include "PacketZip.h"

#include <QHash>

namespace simfleet::packet {

Result<PacketVerification> verifyPacket(const QString& zipPath)
{
    const Result<std::vector<ZipEntry>> entries = readZip(zipPath);
    if (!entries)
        return entries.error();
    QHash<QString, QByteArray> hashes;
    const ZipEntry* manifestEntry = nullptr;
    for (const ZipEntry& entry : *entries) {
        if (isManifestName(entry.name))
            manifestEntry = &entry;
        else
            hashes.insert(entry.name, sha256Hex(entry.bytes));
    }
    if (!manifestEntry)
        return Error{ErrorCode::FileUnreadable, QStringLiteral("%1 (no manifest)").arg(zipPath), 0};
    Result<PacketManifest> manifest = parseManifest(manifestEntry->bytes);
    if (!manifest)
        return manifest.error();

    PacketVerification result;
    result.manifest = std::move(*manifest);
    for (const PacketFile& file : result.manifest.files) {
        const auto found = hashes.constFind(file.name);
        if (found == hashes.cend())
            result.missing << file.name;
        else if (found.value() != file.sha256.toLower())
            result.mismatched << file.name;
        else
            result.matching << file.name;
        hashes.remove(file.name);
    }
    result.unexpected = hashes.keys();
    result.unexpected.sort();
    return result;
}

} // namespace simfleet::packet
