// SPDX-License-Identifier: GPL-3.0-or-later
#include "ports/Clock.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace simfleet;

namespace {

QDate viaTimeZone(const QDateTime& instant)
{
    return instant.toTimeZone(QTimeZone(8 * 3600)).date();
}

} // namespace

TEST_CASE("The business date is the instant's date in China Standard Time", "[clock]")
{
    const QDateTime beforeMidnight(QDate(2026, 3, 31), QTime(15, 59, 59, 999), Qt::UTC);
    const QDateTime atMidnight(QDate(2026, 3, 31), QTime(16, 0), Qt::UTC);
    CHECK(businessDate(beforeMidnight) == QDate(2026, 3, 31));
    CHECK(businessDate(atMidnight) == QDate(2026, 4, 1));
    // An instant given in another zone is the same instant.
    const QDateTime inBerlin(QDate(2026, 7, 1), QTime(18, 30), QTimeZone("Europe/Berlin"));
    CHECK(businessDate(inBerlin) == QDate(2026, 7, 2));
    CHECK_FALSE(businessDate(QDateTime()).isValid());
}

TEST_CASE("The business date agrees with Qt's time zones before and after the epoch", "[clock]")
{
    // Every hour boundary and its neighbouring milliseconds over days around 1970 and today, so
    // that the rounding of negative instants is covered as well as the usual ones.
    for (const QDate start : {QDate(1969, 12, 28), QDate(2024, 2, 27), QDate(2026, 12, 30)}) {
        const qint64 first = QDateTime(start, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (qint64 hour = 0; hour < 24 * 6; ++hour) {
            for (const qint64 nudge : {-1, 0, 1}) {
                const QDateTime instant =
                    QDateTime::fromMSecsSinceEpoch(first + hour * 3600 * 1000 + nudge, Qt::UTC);
                INFO(instant.toString(Qt::ISODateWithMs).toStdString());
                CHECK(businessDate(instant) == viaTimeZone(instant));
            }
        }
    }
}
