// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketRows.h"

#include "SqlValues.h"
#include "ports/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <SQLiteCpp/Statement.h>

namespace simfleet::sqlite {

namespace {

constexpr const char* kPacketColumns =
    "id, carrier, home_area, created_utc, operator, output_path, head_audit_hash, files";

QByteArray filesJson(const std::vector<PacketFile>& files)
{
    QJsonArray array;
    for (const PacketFile& file : files)
        array.append(QJsonObject{{QStringLiteral("name"), file.name},
                                 {QStringLiteral("sha256"), QString::fromLatin1(file.sha256)}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::vector<PacketFile> filesFrom(const QByteArray& json)
{
    std::vector<PacketFile> files;
    for (const QJsonValue& value : QJsonDocument::fromJson(json).array()) {
        const QJsonObject file = value.toObject();
        files.push_back({file.value(QStringLiteral("name")).toString(),
                         file.value(QStringLiteral("sha256")).toString().toLatin1()});
    }
    return files;
}

std::vector<CardId> cardsOf(SQLite::Database& db, PacketId id)
{
    SQLite::Statement select(db,
                             "SELECT card_id FROM packet_cards WHERE packet_id = ? ORDER BY seq");
    select.bind(1, id);
    std::vector<CardId> cards;
    while (select.executeStep())
        cards.push_back(select.getColumn(0).getInt64());
    return cards;
}

PacketRecord packetAt(SQLite::Database& db, const SQLite::Statement& row)
{
    PacketRecord record;
    record.id = row.getColumn(0).getInt64();
    const Result<Carrier> carrier = parseCarrier(textAt(row, 1));
    if (!carrier)
        throw StoreError(Error{ErrorCode::StorageFailure,
                               QStringLiteral("packet %1 has an unknown carrier").arg(record.id),
                               0});
    record.carrier = *carrier;
    record.homeArea = textAt(row, 2);
    record.createdUtc = instantAt(row, 3);
    record.operatorName = textAt(row, 4);
    record.outputPath = textAt(row, 5);
    record.headAuditHash = bytesAt(row, 6);
    record.files = filesFrom(bytesAt(row, 7));
    record.cardIds = cardsOf(db, record.id);
    return record;
}

std::vector<PacketRecord> packetsWhere(SQLite::Database& db, const std::string& where,
                                       std::optional<std::int64_t> parameter)
{
    SQLite::Statement select(db, std::string("SELECT ") + kPacketColumns + " FROM packets " +
                                     where + " ORDER BY id");
    if (parameter)
        select.bind(1, *parameter);
    std::vector<PacketRecord> records;
    while (select.executeStep())
        records.push_back(packetAt(db, select));
    return records;
}

} // namespace

std::vector<PacketRecord> loadPackets(SQLite::Database& db)
{
    return packetsWhere(db, {}, std::nullopt);
}

std::optional<PacketRecord> loadPacket(SQLite::Database& db, PacketId id)
{
    std::vector<PacketRecord> found = packetsWhere(db, "WHERE id = ?", id);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<PacketRecord> loadPacketsOfCard(SQLite::Database& db, CardId cardId)
{
    return packetsWhere(db, "WHERE id IN (SELECT packet_id FROM packet_cards WHERE card_id = ?)",
                        cardId);
}

std::vector<CardId> loadCardIdsInPackets(SQLite::Database& db)
{
    SQLite::Statement select(db, "SELECT DISTINCT card_id FROM packet_cards ORDER BY card_id");
    std::vector<CardId> cards;
    while (select.executeStep())
        cards.push_back(select.getColumn(0).getInt64());
    return cards;
}

PacketId nextPacketIdIn(SQLite::Database& db)
{
    return db.execAndGet("SELECT COALESCE(MAX(id), 0) + 1 FROM packets").getInt64();
}

void insertPacketRows(SQLite::Database& db, const PacketRecord& record)
{
    SQLite::Statement insert(db, std::string("INSERT INTO packets (") + kPacketColumns +
                                     ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, record.id);
    bindText(insert, 2, carrierCode(record.carrier));
    bindText(insert, 3, record.homeArea);
    insert.bind(4, instantText(record.createdUtc));
    bindText(insert, 5, record.operatorName);
    bindText(insert, 6, record.outputPath);
    insert.bind(7, record.headAuditHash.toStdString());
    insert.bind(8, filesJson(record.files).toStdString());
    insert.exec();

    SQLite::Statement card(db,
                           "INSERT INTO packet_cards (packet_id, seq, card_id) VALUES (?, ?, ?)");
    std::int64_t seq = 0;
    for (const CardId id : record.cardIds) {
        card.reset();
        card.bind(1, record.id);
        card.bind(2, ++seq);
        card.bind(3, id);
        card.exec();
    }
}

} // namespace simfleet::sqlite
