// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace simfleet {

// Time comes in through this, so tests and the demo can fix it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // The business date: today in China Standard Time, where the carriers' bills are dated.
    QDate today() const { return nowUtc().toTimeZone(QTimeZone(8 * 3600)).date(); }
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
