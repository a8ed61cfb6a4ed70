// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/DemoTimeline.h"

#include <QTimeZone>
#include <algorithm>

namespace simfleet::demo {

namespace {

const QTimeZone& chinaTime()
{
    static const QTimeZone zone(8 * 3600);
    return zone;
}

QString rejectionReason()
{
    return QStringLiteral("运营商退回：需补交经办人身份证复印件");
}

QString abandonReason()
{
    return QStringLiteral("业务调整，继续使用");
}

} // namespace

DemoTimeline::DemoTimeline(DemoRandom& random, QDateTime nowUtc,
                           std::span<const CarrierProfile> profiles)
    : m_random(random), m_now(std::move(nowUtc)), m_today(m_now.toTimeZone(chinaTime()).date()),
      m_profiles(profiles)
{}

QDate DemoTimeline::officeDay(int weeksBack) const
{
    return m_today.addDays(-7 * weeksBack - 1);
}

QDate DemoTimeline::carrierDay(int weeksBack) const
{
    return m_today.addDays(-7 * weeksBack - 4);
}

QDateTime DemoTimeline::at(QDate day, int hour, int minute) const
{
    const QDateTime local(day, QTime(hour, minute), chinaTime());
    return std::min(local.toUTC(), m_now);
}

int DemoTimeline::confirmationLagWeeks(Carrier carrier) const
{
    int days = 7;
    for (const CarrierProfile& profile : m_profiles) {
        if (profile.carrier == carrier)
            days = std::clamp(profile.typicalProcessingDays, 1, 28);
    }
    // A request made on an office day is answered on a carrier day at least `days` later; the
    // carrier day falls three days before the next week's office day.
    return (days + 3 + 6) / 7;
}

Channel DemoTimeline::channelFor(int week, Carrier carrier)
{
    const auto key = std::make_pair(week, carrier);
    if (const auto found = m_channels.find(key); found != m_channels.end())
        return found->second;
    std::span<const Channel> channels = kAllChannels;
    for (const CarrierProfile& profile : m_profiles) {
        if (profile.carrier == carrier && !profile.channels.empty())
            channels = profile.channels;
    }
    const Channel channel = m_random.pick(channels);
    m_channels.emplace(key, channel);
    return channel;
}

QString DemoTimeline::receiptFor(int week, Carrier carrier, QStringView receiptCode)
{
    const QString key =
        QStringLiteral("%1/%2/%3").arg(week).arg(static_cast<int>(carrier)).arg(receiptCode);
    if (const auto found = m_receipts.find(key); found != m_receipts.end())
        return found->second;
    QString receipt = receiptCode.toString() + QString::number(carrierDay(week).year());
    for (int i = 0; i < 6; ++i)
        receipt += QChar(m_random.digit());
    m_receipts.emplace(key, receipt);
    return receipt;
}

QDate DemoTimeline::officeDayLastMonth(int after, int before)
{
    const QDate thisMonth(m_today.year(), m_today.month(), 1);
    const QDate earliest = thisMonth.addMonths(-1).addDays(after);
    const QDate latest = thisMonth.addDays(-before);
    std::vector<int> weeks;
    for (int week = 0; officeDay(week) >= earliest; ++week) {
        if (officeDay(week) <= latest)
            weeks.push_back(week);
    }
    return officeDay(m_random.pick(std::span<const int>(weeks)));
}

DemoStep DemoTimeline::transition(QDateTime when, CardState to) const
{
    DemoStep step;
    step.at = std::move(when);
    step.kind = DemoStep::Kind::Transition;
    step.request.to = to;
    return step;
}

void DemoTimeline::clearAndRequest(CardTimeline& timeline, int week, Carrier carrier)
{
    timeline.clearedOn = officeDay(week);
    timeline.steps.push_back(transition(at(officeDay(week), 10, 0), CardState::ArrearsCleared));
    DemoStep request = transition(at(officeDay(week), 10, 30), CardState::CancellationRequested);
    request.request.channel = channelFor(week, carrier);
    request.request.checklistConfirmed = true;
    timeline.steps.push_back(request);
}

CardTimeline DemoTimeline::plan(DemoRole role, Carrier carrier, QStringView receiptCode,
                                Money monthlyFee)
{
    CardTimeline timeline;
    const QDate thisMonth(m_today.year(), m_today.month(), 1);
    switch (role) {
    case DemoRole::PromptPayer:
    case DemoRole::LumpyPayer:
    case DemoRole::StoppedPaying:
    case DemoRole::Prepaid:
        break;
    case DemoRole::Cleared: {
        // Cleared this month if there was an office day yet, so no rent has come in since.
        const int week = officeDay(1) >= thisMonth ? m_random.between(0, 1) : 0;
        timeline.clearedOn = officeDay(week);
        timeline.steps.push_back(transition(at(officeDay(week), 10, 0), CardState::ArrearsCleared));
        break;
    }
    case DemoRole::Requested:
        clearAndRequest(timeline, m_random.between(0, 5), carrier);
        break;
    case DemoRole::Rejected: {
        const int week = m_random.between(1, 5);
        clearAndRequest(timeline, week, carrier);
        DemoStep reject = transition(at(carrierDay(week - 1), 15, 0), CardState::ArrearsCleared);
        reject.request.reason = rejectionReason();
        timeline.steps.push_back(reject);
        break;
    }
    case DemoRole::Confirmed:
    case DemoRole::ConfirmedWithCredit:
    case DemoRole::Voided:
    case DemoRole::VoidedAfterRefund: {
        const bool voided = role == DemoRole::Voided || role == DemoRole::VoidedAfterRefund;
        const int confirmWeek = voided ? m_random.between(1, 8) : m_random.between(0, 3);
        const int requestWeek =
            confirmWeek + confirmationLagWeeks(carrier) + m_random.between(0, 1);
        clearAndRequest(timeline, requestWeek, carrier);
        DemoStep confirm =
            transition(at(carrierDay(confirmWeek), 16, 0), CardState::CarrierConfirmed);
        confirm.request.reference = receiptFor(confirmWeek, carrier, receiptCode);
        timeline.steps.push_back(confirm);
        if (role == DemoRole::VoidedAfterRefund) {
            DemoStep refund;
            refund.kind = DemoStep::Kind::RefundCredit;
            refund.date = carrierDay(confirmWeek).addDays(2);
            refund.at = at(refund.date, 14, 0);
            refund.reference = QStringLiteral("预存款退费");
            timeline.steps.push_back(refund);
        }
        if (voided)
            timeline.steps.push_back(
                transition(at(officeDay(confirmWeek - 1), 11, 0), CardState::Void));
        break;
    }
    case DemoRole::Blocked: {
        const QDate cleared = officeDayLastMonth(5, 1);
        timeline.clearedOn = cleared;
        timeline.steps.push_back(transition(at(cleared, 10, 0), CardState::ArrearsCleared));
        DemoStep rent;
        rent.kind = DemoStep::Kind::Charge;
        rent.at = at(thisMonth, 9, 0);
        rent.amount = monthlyFee;
        rent.date = thisMonth;
        rent.reference = QStringLiteral("月租 ") + thisMonth.toString(u"yyyy-MM");
        timeline.steps.push_back(rent);
        break;
    }
    case DemoRole::Abandoned: {
        const QDate cleared = officeDayLastMonth(5, 3);
        timeline.clearedOn = cleared;
        timeline.steps.push_back(transition(at(cleared, 10, 0), CardState::ArrearsCleared));
        const int daysLeft = static_cast<int>(cleared.daysTo(thisMonth)) - 1;
        DemoStep keep =
            transition(at(cleared.addDays(m_random.between(1, std::min(6, daysLeft))), 11, 30),
                       CardState::Active);
        keep.request.reason = abandonReason();
        timeline.steps.push_back(keep);
        break;
    }
    }
    return timeline;
}

} // namespace simfleet::demo
