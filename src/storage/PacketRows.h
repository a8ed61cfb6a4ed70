// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Packet.h"

#include <SQLiteCpp/Database.h>
#include <optional>
#include <vector>

// The packets and packet_cards tables (append-only).
namespace simfleet::sqlite {

std::vector<PacketRecord> loadPackets(SQLite::Database& db);
std::optional<PacketRecord> loadPacket(SQLite::Database& db, PacketId id);
std::vector<PacketRecord> loadPacketsOfCard(SQLite::Database& db, CardId cardId);
std::vector<CardId> loadCardIdsInPackets(SQLite::Database& db);

PacketId nextPacketIdIn(SQLite::Database& db);
void insertPacketRows(SQLite::Database& db, const PacketRecord& record);

} // namespace simfleet::sqlite
