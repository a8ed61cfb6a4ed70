// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Carrier.h"
#include "domain/Packet.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace simfleet::packet {

// The language of a packet's file names: the zip's and those of the documents in it. The
// documents themselves are always Chinese (they are for the carrier); the names follow the
// person who saves and opens them, so a clerk working in Chinese never meets English names.
enum class PacketLanguage { English, Chinese };

// Chinese for a Chinese locale (the interface's, or the CLI's from the environment), English
// for any other.
PacketLanguage packetLanguageFor(const QLocale& locale);

// The names of the files inside a packet's zip.
struct PacketFileNames {
    QString application;   // 注销申请书
    QString authorization; // 授权委托书
    QString linesXlsx;     // 注销号码清单
    QString linesCsv;
    QString checklist; // 材料清单
    QString manifest;  // the SHA-256 of the others
};
const PacketFileNames& packetFileNames(PacketLanguage language);

// Whether an entry of a packet's zip is its manifest, whatever language named it.
bool isManifestName(const QString& name);

// The zip's name, safe on every file system (characters Windows refuses in the home area and
// white space become '_'), unique through the packet's number:
// English "packet-12-cmcc-北京市.zip" ("unknown" for an unknown home area);
// Chinese "中国移动-北京市-注销申请-2025-03-14-第12号.zip" ("未知归属地").
QString packetFileName(PacketId id, Carrier carrier, const QString& homeArea, const QDate& date,
                       PacketLanguage language);

} // namespace simfleet::packet
