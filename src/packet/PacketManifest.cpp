// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketManifest.h"

#include "support/Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace simfleet::packet {

namespace {

constexpr auto kFormat = "simfleet-packet/1";

Error notAManifest(const QString& why)
{
    return Error{ErrorCode::FileUnreadable, QStringLiteral("manifest.json (%1)").arg(why), 0};
}

} // namespace

QByteArray sha256Hex(const QByteArray& bytes)
{
    // The core's (OpenSSL, with the processor's SHA instructions): a packet's letters embed
    // their fonts, and Qt's portable SHA-256 spent as long on them as the rest of the export.
    return simfleet::sha256Hex(bytes);
}

QByteArray manifestJson(const PacketManifest& manifest)
{
    QJsonArray files;
    for (const PacketFile& file : manifest.files)
        files.append(QJsonObject{{QStringLiteral("name"), file.name},
                                 {QStringLiteral("sha256"), QString::fromLatin1(file.sha256)}});
    const QJsonObject root{
        {QStringLiteral("format"), QString::fromLatin1(kFormat)},
        {QStringLiteral("packet_id"), static_cast<qint64>(manifest.packetId)},
        {QStringLiteral("created_utc"), manifest.createdUtc.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("operator"), manifest.operatorName},
        {QStringLiteral("carrier"), carrierCode(manifest.carrier)},
        {QStringLiteral("carrier_name"), carrierChineseName(manifest.carrier)},
        {QStringLiteral("home_area"), manifest.homeArea},
        {QStringLiteral("card_count"), static_cast<qint64>(manifest.iccids.size())},
        {QStringLiteral("iccids"), QJsonArray::fromStringList(manifest.iccids)},
        {QStringLiteral("audit_head_hash"), QString::fromLatin1(manifest.auditHeadHash)},
        {QStringLiteral("files"), files},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<PacketManifest> parseManifest(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return notAManifest(QStringLiteral("not JSON"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return notAManifest(QStringLiteral("unknown format"));
    PacketManifest manifest;
    manifest.packetId = root.value(QStringLiteral("packet_id")).toInteger();
    manifest.createdUtc =
        QDateTime::fromString(root.value(QStringLiteral("created_utc")).toString(), Qt::ISODate);
    manifest.operatorName = root.value(QStringLiteral("operator")).toString();
    const Result<Carrier> carrier = parseCarrier(root.value(QStringLiteral("carrier")).toString());
    if (!carrier)
        return notAManifest(QStringLiteral("unknown carrier"));
    manifest.carrier = *carrier;
    manifest.homeArea = root.value(QStringLiteral("home_area")).toString();
    for (const QJsonValue& iccid : root.value(QStringLiteral("iccids")).toArray())
        manifest.iccids << iccid.toString();
    manifest.auditHeadHash = root.value(QStringLiteral("audit_head_hash")).toString().toLatin1();
    for (const QJsonValue& value : root.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = value.toObject();
        const QString name = file.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            return notAManifest(QStringLiteral("a file without a name"));
        manifest.files.push_back(
            {name, file.value(QStringLiteral("sha256")).toString().toLatin1()});
    }
    return manifest;
}

} // namespace simfleet::packet
