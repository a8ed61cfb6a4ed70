// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlValues.h"

#include <SQLiteCpp/Column.h>

namespace simfleet::sqlite {

std::string utf8(const QString& text)
{
    return text.toStdString();
}

namespace {

// Writes value as exactly width decimal digits at out.
void putDigits(char* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

struct DateParts {
    int year{0};
    int month{0};
    int day{0};
};

// One conversion from the Julian day: QDate's year(), month() and day() would each do it again.
DateParts partsOf(QDate date)
{
    DateParts parts;
    date.getDate(&parts.year, &parts.month, &parts.day);
    return parts;
}

void putDate(char* out, const DateParts& date)
{
    putDigits(out, date.year, 4);
    out[4] = '-';
    putDigits(out + 5, date.month, 2);
    out[7] = '-';
    putDigits(out + 8, date.day, 2);
}

// The number written as width decimal digits at text, or -1 when one is not a digit.
int digitsAt(const char* text, int width)
{
    int value = 0;
    for (int i = 0; i < width; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// Dates outside 0001..9999 have no fixed-width ISO text; Qt's own formatting handles them.
bool fixedWidthYear(const DateParts& date)
{
    return date.year >= 1 && date.year <= 9999;
}

constexpr qint64 kMsecsPerDay = qint64{24} * 60 * 60 * 1000;
constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01

} // namespace

// Hand-formatted: a million-card import formats two of these per card, and QDate/QDateTime's
// general-purpose toString() was a tenth of its time. The output is Qt's ISO text exactly.
void writeDateText(std::string& out, QDate date)
{
    const DateParts parts = partsOf(date);
    if (!fixedWidthYear(parts)) {
        out = date.toString(Qt::ISODate).toStdString();
        return;
    }
    out.assign(10, '-');
    putDate(out.data(), parts);
}

void writeInstantText(std::string& out, const QDateTime& instant)
{
    if (!instant.isValid()) {
        out.clear();
        return;
    }
    // From the milliseconds since the epoch, which are the instant whatever its time spec: no
    // conversion to UTC, one conversion from the Julian day.
    const qint64 msecs = instant.toMSecsSinceEpoch();
    const qint64 days = msecs >= 0 ? msecs / kMsecsPerDay : -((-msecs - 1) / kMsecsPerDay) - 1;
    const qint64 msecOfDay = msecs - days * kMsecsPerDay;
    const DateParts parts = partsOf(QDate::fromJulianDay(kUnixEpochJulianDay + days));
    if (!fixedWidthYear(parts)) {
        out = instant.toUTC().toString(Qt::ISODateWithMs).toStdString();
        return;
    }
    out.assign("0000-00-00T00:00:00.000Z");
    putDate(out.data(), parts);
    putDigits(out.data() + 11, static_cast<int>(msecOfDay / 3'600'000), 2);
    putDigits(out.data() + 14, static_cast<int>(msecOfDay / 60'000 % 60), 2);
    putDigits(out.data() + 17, static_cast<int>(msecOfDay / 1000 % 60), 2);
    putDigits(out.data() + 20, static_cast<int>(msecOfDay % 1000), 3);
}

std::string dateText(QDate date)
{
    std::string text;
    writeDateText(text, date);
    return text;
}

std::string instantText(const QDateTime& instant)
{
    std::string text;
    writeInstantText(text, instant);
    return text;
}

void bindText(SQLite::Statement& statement, int index, const QString& text)
{
    statement.bind(index, utf8(text));
}

QString textAt(const SQLite::Statement& statement, int column)
{
    const SQLite::Column value = statement.getColumn(column);
    const char* text = value.getText();
    return QString::fromUtf8(text, value.getBytes());
}

QByteArray bytesAt(const SQLite::Statement& statement, int column)
{
    const SQLite::Column value = statement.getColumn(column);
    const char* text = value.getText();
    return QByteArray(text, value.getBytes());
}

// The fixed-width texts written above are read back by hand (reports stream a million of them);
// anything else goes through Qt's parser.
QDate dateAt(const SQLite::Statement& statement, int column)
{
    if (statement.isColumnNull(column))
        return {};
    const SQLite::Column value = statement.getColumn(column);
    const char* text = value.getText();
    if (value.getBytes() == 10 && text[4] == '-' && text[7] == '-') {
        const int year = digitsAt(text, 4), month = digitsAt(text + 5, 2),
                  day = digitsAt(text + 8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return QDate::fromString(textAt(statement, column), Qt::ISODate);
}

QDateTime instantAt(const SQLite::Statement& statement, int column)
{
    if (statement.isColumnNull(column))
        return {};
    const SQLite::Column value = statement.getColumn(column);
    const char* text = value.getText();
    return instantFromText(text, value.getBytes());
}

QDateTime instantFromText(const char* text, int size)
{
    if (size == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' &&
        text[16] == ':' && text[19] == '.' && text[23] == 'Z') {
        const int year = digitsAt(text, 4), month = digitsAt(text + 5, 2),
                  day = digitsAt(text + 8, 2);
        const int hour = digitsAt(text + 11, 2), minute = digitsAt(text + 14, 2);
        const int second = digitsAt(text + 17, 2), msec = digitsAt(text + 20, 3);
        if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 &&
            msec >= 0)
            return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
    }
    // toUTC() keeps the Qt::UTC spec everywhere, so equal instants also print alike.
    return QDateTime::fromString(QString::fromUtf8(text, size), Qt::ISODateWithMs).toUTC();
}

} // namespace simfleet::sqlite
