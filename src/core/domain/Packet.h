// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Card.h"
#include "domain/Carrier.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <cstdint>
#include <vector>

namespace simfleet {

using PacketId = std::int64_t;

// One document inside a submission packet and its fingerprint.
struct PacketFile {
    QString name;      // "application.pdf"
    QByteArray sha256; // lower-case hex

    friend bool operator==(const PacketFile&, const PacketFile&) = default;
};

// A carrier submission packet (注销申请材料包) as recorded when it was exported: one carrier and
// one home area (归属地), the cards it lists and the files of its zip.
struct PacketRecord {
    PacketId id{0};
    Carrier carrier{Carrier::Cmcc};
    QString homeArea; // empty when the numbers' home area is unknown
    QDateTime createdUtc;
    QString operatorName;
    std::vector<CardId> cardIds; // in the order the line list numbers them
    QString outputPath;          // the zip as written (absolute)
    QByteArray headAuditHash;    // the audit chain's head when the packet was made
    std::vector<PacketFile> files;

    friend bool operator==(const PacketRecord&, const PacketRecord&) = default;
};

} // namespace simfleet
