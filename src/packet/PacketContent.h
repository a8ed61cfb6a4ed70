// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketNames.h"
#include "domain/CarrierProfile.h"
#include "domain/CompanyProfile.h"
#include "services/PacketService.h"

#include <QDate>

namespace simfleet::packet {

// Everything the documents of one packet are made from.
struct PacketContent {
    const PacketDraft& draft;
    const CompanyProfile& company;
    const CarrierProfile& carrier;
    PacketLanguage language{PacketLanguage::English}; // of the file names

    const PacketFileNames& fileNames() const { return packetFileNames(language); }

    const PacketGroup& group() const { return *draft.group; }
    // The business date of the export (China Standard Time), printed on the letters.
    QDate date() const;
    // "北京市", or "未知归属地" when the numbers' home area is unknown.
    QString homeAreaText() const;
};

// "2025年3月14日"
QString chineseDate(const QDate& date);

} // namespace simfleet::packet
