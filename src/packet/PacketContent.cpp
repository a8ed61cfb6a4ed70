// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketContent.h"

#include <QTimeZone>

namespace simfleet::packet {

QDate PacketContent::date() const
{
    return draft.createdUtc.toTimeZone(QTimeZone(8 * 3600)).date();
}

QString PacketContent::homeAreaText() const
{
    return group().homeArea.isEmpty() ? QStringLiteral("未知归属地") : group().homeArea;
}

QString chineseDate(const QDate& date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace simfleet::packet
