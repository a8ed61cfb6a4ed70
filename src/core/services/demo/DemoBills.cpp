// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demo/DemoBills.h"

#include <algorithm>

namespace simfleet::demo {

namespace {

constexpr int kBilledMonths = 12;
constexpr int kUsageDay = 16;
constexpr int kUsageChancePercent = 15;

LedgerEntry entry(EntryKind kind, Money amount, QDate date, QString reference)
{
    LedgerEntry result;
    result.kind = kind;
    result.amount = amount;
    result.date = date;
    result.reference = std::move(reference);
    return result;
}

QString monthOf(QDate date)
{
    return date.toString(u"yyyy-MM");
}

// Balance of the entries dated on or before the day.
Money owedOn(const std::vector<LedgerEntry>& entries, QDate day)
{
    Money owed;
    for (const LedgerEntry& e : entries) {
        if (e.date <= day)
            owed += balanceEffect(e);
    }
    return owed;
}

void payWhatIsOwed(std::vector<LedgerEntry>& entries, QDate day, const QString& reference)
{
    const Money owed = owedOn(entries, day);
    if (owed.isPositive())
        entries.push_back(entry(EntryKind::Payment, owed, day, reference));
}

QString paymentReference(QDate day)
{
    return QStringLiteral("缴费 ") + day.toString(Qt::ISODate);
}

} // namespace

std::vector<LedgerEntry> drawBills(DemoRandom& random, const BillingPlan& plan)
{
    const QDate thisMonth(plan.lastDay.year(), plan.lastDay.month(), 1);
    std::vector<QDate> billDays;
    for (int back = kBilledMonths - 1; back >= 0; --back) {
        const QDate day = thisMonth.addMonths(-back);
        if (day >= plan.activatedOn)
            billDays.push_back(day);
    }
    const auto firstUnpaid =
        static_cast<std::ptrdiff_t>(billDays.size()) -
        std::min<std::ptrdiff_t>(plan.unpaidMonths, static_cast<std::ptrdiff_t>(billDays.size()));

    std::vector<LedgerEntry> entries;
    for (std::size_t i = 0; i < billDays.size(); ++i) {
        const QDate day = billDays[i];
        entries.push_back(
            entry(EntryKind::Charge, plan.monthlyFee, day, QStringLiteral("月租 ") + monthOf(day)));
        const bool unpaid = static_cast<std::ptrdiff_t>(i) >= firstUnpaid;
        const bool usage = plan.habit != PayingHabit::Prepaid &&
                           ((unpaid && plan.heavyUser) || random.percent(kUsageChancePercent));
        const QDate usageDay = day.addDays(kUsageDay - 1);
        if (usage && usageDay <= plan.lastDay) {
            entries.push_back(entry(EntryKind::Charge, Money::fromFen(random.between(500, 6000)),
                                    usageDay, QStringLiteral("超套餐通话费 ") + monthOf(day)));
        }
    }

    switch (plan.habit) {
    case PayingHabit::Prompt:
    case PayingHabit::Stopped:
        for (std::ptrdiff_t i = 0; i < firstUnpaid; ++i) {
            const QDate payDay =
                billDays[static_cast<std::size_t>(i)].addDays(random.between(3, 25));
            if (payDay <= plan.lastDay)
                payWhatIsOwed(entries, payDay, paymentReference(payDay));
        }
        // Some who stopped still sent part of a bill once.
        if (plan.habit == PayingHabit::Stopped && !plan.heavyUser && plan.unpaidMonths >= 2 &&
            random.percent(30)) {
            const QDate payDay = billDays[static_cast<std::size_t>(firstUnpaid)].addDays(10);
            if (payDay <= plan.lastDay)
                entries.push_back(entry(EntryKind::Payment,
                                        Money::fromFen(plan.monthlyFee.fen() / 2), payDay,
                                        QStringLiteral("部分缴费")));
        }
        break;
    case PayingHabit::Lumpy:
        for (std::size_t i = static_cast<std::size_t>(random.between(1, 2)); i < billDays.size();
             i += static_cast<std::size_t>(random.between(2, 3))) {
            const QDate payDay = billDays[i].addDays(random.between(8, 20));
            if (payDay <= plan.lastDay)
                payWhatIsOwed(entries, payDay, paymentReference(payDay));
        }
        break;
    case PayingHabit::Prepaid:
        if (!billDays.empty()) {
            const auto months = static_cast<std::int64_t>(billDays.size()) + plan.creditMonths;
            entries.push_back(
                entry(EntryKind::Payment, Money::fromFen(plan.monthlyFee.fen() * months),
                      billDays.front().addDays(-random.between(1, 10)), QStringLiteral("预存款")));
        }
        break;
    }

    if (plan.settleOnLastDay)
        payWhatIsOwed(entries, plan.lastDay, QStringLiteral("结清欠费"));

    std::stable_sort(entries.begin(), entries.end(),
                     [](const LedgerEntry& a, const LedgerEntry& b) { return a.date < b.date; });
    return entries;
}

} // namespace simfleet::demo
