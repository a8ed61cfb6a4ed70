// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonShapes.h"

#include "rules/Masking.h"

#include <QJsonArray>

namespace simfleet::cli {

namespace {

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue stateOrNull(const std::optional<CardState>& state)
{
    return state ? QJsonValue(stateCode(*state)) : QJsonValue();
}

QJsonValue fen(Money money)
{
    return QJsonValue(static_cast<qint64>(money.fen()));
}

QJsonObject agingJson(const AgingBuckets& aging)
{
    return QJsonObject{
        {QStringLiteral("0-30"), fen(aging.days0to30)},
        {QStringLiteral("31-60"), fen(aging.days31to60)},
        {QStringLiteral("61-90"), fen(aging.days61to90)},
        {QStringLiteral("90+"), fen(aging.days90plus)},
    };
}

QJsonObject groupJson(const OutstandingGroup& group, bool withKey)
{
    QJsonObject object{
        {QStringLiteral("cards"), static_cast<qint64>(group.cards)},
        {QStringLiteral("outstanding_fen"), fen(group.outstanding)},
        {QStringLiteral("aging_fen"), agingJson(group.aging)},
    };
    if (withKey)
        object.insert(QStringLiteral("key"), group.key);
    return object;
}

} // namespace

QJsonObject cardJson(const Card& card)
{
    return QJsonObject{
        {QStringLiteral("iccid"), card.iccid},
        {QStringLiteral("msisdn"), card.msisdn},
        {QStringLiteral("carrier"), carrierCode(card.carrier)},
        {QStringLiteral("plan"), card.plan},
        {QStringLiteral("monthly_fee_fen"), fen(card.monthlyFee)},
        {QStringLiteral("holder_name"), maskName(card.holderName)},
        {QStringLiteral("holder_id"), maskId(card.holderId)},
        {QStringLiteral("department"), card.department},
        {QStringLiteral("assignee"), shownAssignee(card.assignee, card.holderName)},
        {QStringLiteral("activated_on"), dateOrNull(card.activatedOn)},
        {QStringLiteral("home_area"), card.homeArea()},
        {QStringLiteral("declared_home_area"), card.declaredHomeArea},
        {QStringLiteral("number_home_area"), card.numberHomeArea},
        {QStringLiteral("state"), stateCode(card.state)},
        {QStringLiteral("state_since"), timeOrNull(card.stateSince)},
        {QStringLiteral("lost"), card.lost},
        {QStringLiteral("balance_fen"), fen(card.balance)},
    };
}

QJsonObject ledgerEntryJson(const LedgerEntry& entry, std::optional<Money> balanceAfter)
{
    QJsonObject object{
        {QStringLiteral("id"), static_cast<qint64>(entry.id)},
        {QStringLiteral("kind"), entryKindCode(entry.kind)},
        {QStringLiteral("amount_fen"), fen(entry.amount)},
        {QStringLiteral("effect_fen"), fen(balanceEffect(entry))},
        {QStringLiteral("date"), dateOrNull(entry.date)},
        {QStringLiteral("reference"), entry.reference},
        {QStringLiteral("operator"), entry.operatorName},
        {QStringLiteral("recorded_at"), timeOrNull(entry.recordedAt)},
    };
    if (balanceAfter)
        object.insert(QStringLiteral("balance_after_fen"), fen(*balanceAfter));
    return object;
}

QJsonObject auditEventJson(const AuditEvent& event)
{
    return QJsonObject{
        {QStringLiteral("seq"), static_cast<qint64>(event.seq)},
        {QStringLiteral("at"), timeOrNull(event.atUtc)},
        {QStringLiteral("operator"), event.operatorName},
        {QStringLiteral("iccid"), event.iccid},
        {QStringLiteral("action"), auditActionCode(event.action)},
        {QStringLiteral("from"), stateOrNull(event.fromState)},
        {QStringLiteral("to"), stateOrNull(event.toState)},
        {QStringLiteral("details"), event.details},
        {QStringLiteral("prev_hash"), QString::fromLatin1(event.prevHash)},
        {QStringLiteral("hash"), QString::fromLatin1(event.hash)},
    };
}

QJsonObject outstandingReportJson(const OutstandingReport& report)
{
    QJsonArray groups;
    for (const OutstandingGroup& group : report.groups)
        groups.append(groupJson(group, true));
    return QJsonObject{
        {QStringLiteral("as_of"), dateOrNull(report.asOf)},
        {QStringLiteral("by"), groupingCode(report.grouping)},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("total"), groupJson(report.total, false)},
        {QStringLiteral("credit_fen"), fen(report.credit)},
        {QStringLiteral("credit_cards"), static_cast<qint64>(report.creditCards)},
    };
}

} // namespace simfleet::cli
