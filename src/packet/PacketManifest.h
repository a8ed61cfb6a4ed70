// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Packet.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace simfleet::packet {

// The manifest (manifest.json, or 文件校验清单.json in a packet named in Chinese): what the packet
// is and the SHA-256 of every other file in the zip.
struct PacketManifest {
    PacketId packetId{0};
    QDateTime createdUtc;
    QString operatorName;
    Carrier carrier{Carrier::Cmcc};
    QString homeArea;
    QStringList iccids;
    QByteArray auditHeadHash;
    std::vector<PacketFile> files;
};

QByteArray manifestJson(const PacketManifest& manifest);
// FileUnreadable (detail: what is wrong) when it is not a manifest.
Result<PacketManifest> parseManifest(const QByteArray& json);

// Lower-case hex SHA-256.
QByteArray sha256Hex(const QByteArray& bytes);

} // namespace simfleet::packet
