// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportJson.h"

#include <QJsonArray>

namespace simfleet::cli {

namespace {

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue fen(Money money)
{
    return QJsonValue(static_cast<qint64>(money.fen()));
}

QJsonValue count(std::int64_t value)
{
    return QJsonValue(static_cast<qint64>(value));
}

QJsonObject pipelineCardJson(const PipelineCard& card)
{
    return QJsonObject{
        {QStringLiteral("iccid"), card.iccid},
        {QStringLiteral("msisdn"), card.msisdn},
        {QStringLiteral("carrier"), carrierCode(card.carrier)},
        {QStringLiteral("home_area"), card.homeArea},
        {QStringLiteral("state"), stateCode(card.state)},
        {QStringLiteral("state_since"), dateOrNull(card.stateSince)},
        {QStringLiteral("days_in_state"), count(card.daysInState)},
        {QStringLiteral("balance_fen"), fen(card.balance)},
    };
}

QJsonArray pipelineCardsJson(const std::vector<PipelineCard>& cards)
{
    QJsonArray array;
    for (const PipelineCard& card : cards)
        array.append(pipelineCardJson(card));
    return array;
}

} // namespace

QJsonObject pipelineReportJson(const PipelineReport& report)
{
    QJsonArray stages;
    for (const PipelineStage& stage : report.stages) {
        stages.append(QJsonObject{
            {QStringLiteral("state"), stateCode(stage.state)},
            {QStringLiteral("cards"), count(stage.cards)},
            {QStringLiteral("average_days"), count(stage.averageDays())},
            {QStringLiteral("oldest_days"), count(stage.oldestDays)},
            {QStringLiteral("total_days"), count(stage.totalDays)},
        });
    }
    QJsonArray followUp;
    for (const FollowUpCard& card : report.followUp) {
        QJsonObject object = pipelineCardJson(card.card);
        object.insert(QStringLiteral("typical_processing_days"), card.typicalProcessingDays);
        followUp.append(object);
    }
    return QJsonObject{
        {QStringLiteral("as_of"), dateOrNull(report.asOf)},
        {QStringLiteral("total_cards"), count(report.totalCards)},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("follow_up"), followUp},
        {QStringLiteral("blocked"), pipelineCardsJson(report.blocked)},
        {QStringLiteral("blocked_balance_fen"), fen(report.blockedBalance)},
        {QStringLiteral("lost_not_cancelled"), pipelineCardsJson(report.lostNotCancelled)},
    };
}

QJsonObject savingsReportJson(const SavingsReport& report)
{
    QJsonArray months;
    for (const SavingsMonth& month : report.months) {
        months.append(QJsonObject{
            {QStringLiteral("month"), month.month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("cards"), count(month.cards)},
            {QStringLiteral("monthly_rent_stopped_fen"), fen(month.monthlyRentStopped)},
        });
    }
    QJsonArray stillPaid;
    for (const RentStillPaid& rent : report.stillPaid) {
        stillPaid.append(QJsonObject{
            {QStringLiteral("state"), stateCode(rent.state)},
            {QStringLiteral("cards"), count(rent.cards)},
            {QStringLiteral("monthly_rent_fen"), fen(rent.monthlyRent)},
        });
    }
    return QJsonObject{
        {QStringLiteral("as_of"), dateOrNull(report.asOf)},
        {QStringLiteral("months"), months},
        {QStringLiteral("confirmed_cards"), count(report.confirmedCards)},
        {QStringLiteral("monthly_rent_stopped_fen"), fen(report.monthlyRentStopped)},
        {QStringLiteral("projected_12_months_fen"), fen(report.projectedTwelveMonths)},
        {QStringLiteral("still_paid"), stillPaid},
        {QStringLiteral("still_paid_cards"), count(report.stillPaidCards)},
        {QStringLiteral("still_paid_monthly_rent_fen"), fen(report.stillPaidMonthlyRent)},
    };
}

} // namespace simfleet::cli
