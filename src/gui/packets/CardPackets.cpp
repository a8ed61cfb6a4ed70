// SPDX-License-Identifier: GPL-3.0-or-later
#include "packets/CardPackets.h"

#include <QLocale>
#include <QStringList>

namespace simfleet::gui {

QString CardPackets::describe(StoreReader& store, CardId card)
{
    const std::vector<PacketRecord> packets = store.packetsOfCard(card);
    if (packets.empty())
        return tr("not in a packet yet");
    QStringList lines;
    for (const PacketRecord& packet : packets)
        lines << tr("No. %1 · %2 · %3")
                     .arg(packet.id)
                     .arg(QLocale().toString(packet.createdUtc.toLocalTime().date(),
                                             QLocale::ShortFormat),
                          packet.homeArea.isEmpty() ? tr("(unknown)") : packet.homeArea);
    return lines.join(QLatin1Char('\n'));
}

} // namespace simfleet::gui
