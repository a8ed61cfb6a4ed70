// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardText.h"

namespace simfleet::cli {

QString CardText::name(const Card& card)
{
    if (card.msisdn.isEmpty())
        return card.iccid;
    return QStringLiteral("%1 (%2)").arg(card.iccid, card.msisdn);
}

QString CardText::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString CardText::orDash(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("-") : value;
}

} // namespace simfleet::cli
