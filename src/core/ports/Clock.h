// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace simfleet {

// The business date of an instant: its date in China Standard Time, where the carriers' bills
// are dated. CST is a fixed UTC+8 without daylight saving, so the date is whole days since the
// epoch: a batch asks this once per card, and building a QTimeZone each time cost a tenth of a
// 100,000-card transition.
inline QDate businessDate(const QDateTime& instant)
{
    if (!instant.isValid())
        return {};
    constexpr qint64 kDayMs = 24 * 3600 * 1000;
    constexpr qint64 kChinaOffsetMs = 8 * 3600 * 1000;
    constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01
    const qint64 ms = instant.toMSecsSinceEpoch() + kChinaOffsetMs;
    const qint64 days = ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs); // floor
    return QDate::fromJulianDay(kUnixEpochJulianDay + days);
}

// Time comes in through this, so tests and the demo can fix it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate today() const { return businessDate(nowUtc()); }
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace simfleet
