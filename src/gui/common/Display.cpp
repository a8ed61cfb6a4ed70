// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Display.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace simfleet::gui {

namespace {

struct DisplayText {
    Q_DECLARE_TR_FUNCTIONS(Display)
};

QString jsonValueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? DisplayText::tr("yes") : DisplayText::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray()) {
            parts << jsonValueText(item);
        }
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QLatin1Char('{') + detailsLine(value.toObject()) + QLatin1Char('}');
    default:
        return {};
    }
}

} // namespace

qint64 daysInState(const Card& card, const Clock& clock)
{
    if (!card.stateSince.isValid()) {
        return 0;
    }
    const QDate since = card.stateSince.toTimeZone(QTimeZone(8 * 3600)).date();
    return std::max<qint64>(0, since.daysTo(clock.today()));
}

QString localDateTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString balanceSummary(Money balance)
{
    if (balance.isPositive()) {
        return DisplayText::tr("Owes %1").arg(balance.toDisplayString());
    }
    if (balance.isNegative()) {
        return DisplayText::tr("Credit %1").arg((-balance).toDisplayString());
    }
    return DisplayText::tr("Settled");
}

QString detailsLine(const QJsonObject& details)
{
    QStringList parts;
    for (auto it = details.begin(); it != details.end(); ++it) {
        parts << QStringLiteral("%1: %2").arg(it.key(), jsonValueText(it.value()));
    }
    return parts.join(QStringLiteral(" · "));
}

QString cardCaption(const Card& card)
{
    if (card.msisdn.isEmpty()) {
        return card.iccid;
    }
    return QStringLiteral("%1 (%2)").arg(card.iccid, card.msisdn);
}

} // namespace simfleet::gui
