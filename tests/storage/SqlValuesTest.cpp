// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlValues.h"

#include <QTimeZone>
#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace simfleet::sqlite;

TEST_CASE("Dates and instants are written exactly as Qt's ISO text, and read back")
{
    // Each side of the epoch too: instants are formatted from their milliseconds since it.
    const QDate dates[] = {QDate(1, 1, 1),     QDate(999, 12, 31), QDate(1969, 12, 31),
                           QDate(1970, 1, 1),  QDate(2024, 2, 29), QDate(2038, 1, 19),
                           QDate(9999, 12, 31)};
    const QTime times[] = {QTime(0, 0), QTime(9, 5, 7, 3), QTime(23, 59, 59, 999),
                           QTime(12, 30, 0, 250)};
    for (QDate date : dates) {
        CHECK(dateText(date) == date.toString(Qt::ISODate).toStdString());
        CHECK(QDate::fromString(QString::fromStdString(dateText(date)), Qt::ISODate) == date);
        for (QTime time : times) {
            const QDateTime instant(date, time, Qt::UTC);
            const std::string text = instantText(instant);
            CHECK(text == instant.toString(Qt::ISODateWithMs).toStdString());
            CHECK(QDateTime::fromString(QString::fromStdString(text), Qt::ISODateWithMs) ==
                  instant);
        }
    }
}

TEST_CASE("Stored dates and instants read back to the same values")
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    SQLite::Statement echo(db, "SELECT ?, ?");
    const QDateTime instants[] = {
        QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(999, 1, 2), QTime(0, 0, 0, 1), Qt::UTC),
        QDateTime(QDate(2024, 5, 17), QTime(10, 30), QTimeZone(8 * 3600)),
    };
    for (const QDateTime& instant : instants) {
        echo.bind(1, dateText(instant.date()));
        echo.bind(2, instantText(instant));
        REQUIRE(echo.executeStep());
        CHECK(dateAt(echo, 0) == instant.date());
        CHECK(instantAt(echo, 1) == instant);
        CHECK(instantAt(echo, 1).timeSpec() == Qt::UTC);
        echo.reset();
    }
    SECTION("text written by hand in another ISO form still reads")
    {
        echo.bind(1, std::string("2024-03-01"));
        echo.bind(2, std::string("2024-03-01T08:00:00+08:00"));
        REQUIRE(echo.executeStep());
        CHECK(dateAt(echo, 0) == QDate(2024, 3, 1));
        CHECK(instantAt(echo, 1) == QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC));
    }
    SECTION("NULL is a null value")
    {
        echo.bind(1);
        echo.bind(2);
        REQUIRE(echo.executeStep());
        CHECK(dateAt(echo, 0).isNull());
        CHECK_FALSE(instantAt(echo, 1).isValid());
    }
}

TEST_CASE("Instants are stored in UTC whatever zone they were made in")
{
    const QDateTime beijing(QDate(2024, 3, 1), QTime(8, 15, 0, 5), QTimeZone(8 * 3600));
    CHECK(instantText(beijing) == "2024-03-01T00:15:00.005Z");
    const QDateTime newYear(QDate(1970, 1, 1), QTime(7, 59, 59, 999), QTimeZone(8 * 3600));
    CHECK(instantText(newYear) == "1969-12-31T23:59:59.999Z");
    CHECK(instantText(QDateTime()).empty());
}
