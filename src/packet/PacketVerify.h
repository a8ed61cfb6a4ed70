// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketManifest.h"

#include <QStringList>

namespace simfleet::packet {

// What verifying a packet's zip found.
struct PacketVerification {
    PacketManifest manifest;
    QStringList matching;   // listed, present, same SHA-256
    QStringList mismatched; // listed, present, different SHA-256
    QStringList missing;    // listed, not in the zip
    QStringList unexpected; // in the zip, not listed (manifest.json itself excepted)
    bool ok() const { return mismatched.isEmpty() && missing.isEmpty() && unexpected.isEmpty(); }
};

// Recomputes the SHA-256 of every file in the zip against its manifest.json. FileUnreadable
// when the zip cannot be read (or is damaged) or holds no valid manifest.
Result<PacketVerification> verifyPacket(const QString& zipPath);

} // namespace simfleet::packet
