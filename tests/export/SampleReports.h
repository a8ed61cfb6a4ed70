// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocuments.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace simfleet::exportstest {

inline Money fen(std::int64_t amount)
{
    return Money::fromFen(amount);
}

inline AgingBuckets buckets(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d)
{
    return AgingBuckets{fen(a), fen(b), fen(c), fen(d)};
}

inline OutstandingGroup group(const QString& key, std::int64_t cards, const AgingBuckets& aging)
{
    return OutstandingGroup{key, cards, aging.total(), aging};
}

inline const QString kLongDepartment = QStringLiteral("华东大区电话销售一部"); // 10 wide characters
inline const QString kCareDepartment = QStringLiteral("客服中心");

// By department, as of 2025-03-14: three groups (one without a department) and a credit card.
inline OutstandingReport sampleOutstanding()
{
    OutstandingReport report;
    report.asOf = QDate(2025, 3, 14);
    report.grouping = OutstandingGrouping::Department;
    report.groups = {group(kLongDepartment, 3, buckets(10000, 5000, 0, 2000)),
                     group(kCareDepartment, 1, buckets(0, 0, 4550, 0)),
                     group(QString(), 1, buckets(1234, 0, 0, 0))};
    for (const OutstandingGroup& one : report.groups) {
        report.total.cards += one.cards;
        report.total.aging += one.aging;
        report.total.outstanding += one.outstanding;
    }
    report.credit = fen(3000);
    report.creditCards = 1;
    return report;
}

// n holders, the k-th with (k % 3) + 1 cards, numbered from 13800000000.
inline ExposureReport sampleExposure(int holders)
{
    ExposureReport report;
    report.asOf = QDate(2025, 3, 14);
    qint64 number = 13800000000;
    for (int k = 0; k < holders; ++k) {
        ExposureHolder holder;
        holder.maskedId = QStringLiteral("110105********%1").arg(k, 4, 10, QLatin1Char('0'));
        holder.maskedName = QStringLiteral("张*");
        for (int c = 0; c <= k % 3; ++c) {
            ExposedCard card;
            card.msisdn = QString::number(number++);
            card.assignee = QStringLiteral("王五");
            holder.cards.push_back(card);
        }
        report.totalCards += holder.cardCount();
        report.holders.push_back(holder);
    }
    return report;
}

inline PipelineCard pipelineCard(const QString& iccid, CardState state, std::int64_t days,
                                 Money balance)
{
    PipelineCard card;
    card.iccid = iccid;
    card.msisdn = QStringLiteral("13800138000");
    card.carrier = Carrier::Cucc;
    card.homeArea = QStringLiteral("北京市");
    card.state = state;
    card.stateSince = QDate(2025, 3, 14).addDays(-days);
    card.daysInState = days;
    card.balance = balance;
    return card;
}

// As of 2025-03-14: two active cards, one request, one of each list.
inline PipelineReport samplePipeline()
{
    PipelineReport report;
    report.asOf = QDate(2025, 3, 14);
    for (const CardState state : kAllStates)
        report.stages.at(static_cast<std::size_t>(state)).state = state;
    report.stages[0] = PipelineStage{CardState::Active, 2, 30, 20};
    report.stages[2] = PipelineStage{CardState::CancellationRequested, 1, 12, 12};
    report.totalCards = 3;
    report.followUp = {FollowUpCard{pipelineCard(QStringLiteral("8986000000000000001"),
                                                 CardState::CancellationRequested, 12, Money()),
                                    10}};
    report.blocked = {
        pipelineCard(QStringLiteral("8986000000000000002"), CardState::CancellationRequested, 3,
                     fen(1234)),
        pipelineCard(QStringLiteral("8986000000000000003"), CardState::Active, 5, Money())};
    report.blockedBalance = fen(1234);
    report.lostNotCancelled = {
        pipelineCard(QStringLiteral("8986000000000000004"), CardState::Active, 40, fen(500))};

    return report;
}

// As of 2025-03-14: February confirmed two cards, March none so far.
inline SavingsReport sampleSavings()
{
    SavingsReport report;
    report.asOf = QDate(2025, 3, 14);
    report.months = {SavingsMonth{QDate(2025, 2, 1), 2, fen(9600)},
                     SavingsMonth{QDate(2025, 3, 1), 0, Money()}};
    report.confirmedCards = 2;
    report.monthlyRentStopped = fen(9600);
    report.projectedTwelveMonths = fen(115200);
    report.stillPaid = {RentStillPaid{CardState::Active, 3, fen(15000)},
                        RentStillPaid{CardState::ArrearsCleared, 1, fen(3800)},
                        RentStillPaid{CardState::CancellationRequested, 0, Money()}};
    report.stillPaidCards = 4;
    report.stillPaidMonthlyRent = fen(18800);

    return report;
}

// A folder for the files a test writes; kept for a look when SIMFLEET_KEEP_TEST_FILES is set.
class OutputDir {
public:
    OutputDir()
    {
        REQUIRE(m_dir.isValid());
        if (qEnvironmentVariableIsSet("SIMFLEET_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            WARN("files kept in " << m_dir.path().toStdString());
        }
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace simfleet::exportstest
