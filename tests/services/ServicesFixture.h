// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteStore.h"
#include "services/ImportService.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTimeZone>
#include <array>
#include <catch2/catch.hpp>
#include <memory>
#include <optional>

namespace simfleet::servicestest {

// 10:00 on 2025-03-14 in China.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2025, 3, 14), QTime(10, 0), QTimeZone(8 * 3600)).toUTC();
}

// A fresh SQLite store in a temporary folder on a fixed clock, plus room for the test's files.
class ServiceDb {
public:
    ServiceDb()
    {
        REQUIRE(m_dir.isValid());
        StoreOpenOptions options;
        options.backupBeforeMigrate = false;
        auto opened =
            openSqliteStore(m_dir.filePath(QStringLiteral("simfleet.db")), m_clock, options);
        REQUIRE(opened.ok());
        m_store = std::move(opened).value();
    }

    Store& store() { return *m_store; }
    FixedClock& clock() { return m_clock; }
    ServiceContext context() { return {*m_store, m_clock, QStringLiteral("tester")}; }

    // Writes the bytes to a file in the temporary folder and returns its path.
    QString file(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(out.write(bytes) == bytes.size());
        return path;
    }

    std::int64_t cardCount() { return m_store->countCards({}); }
    std::size_t auditCount() { return m_store->auditOf(std::nullopt).size(); }

    Card card(const QString& iccid)
    {
        const std::optional<Card> found = m_store->cardByIccid(iccid);
        REQUIRE(found.has_value());
        return *found;
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{fixedNow()};
    std::unique_ptr<Store> m_store;
};

// ---- Test data, computed here independently of the validators under test ------------------

inline QChar luhnCheckDigit(const QString& body)
{
    int sum = 0;
    bool doubleIt = true; // the digit left of the check digit is doubled
    for (auto it = body.rbegin(); it != body.rend(); ++it) {
        int value = it->unicode() - u'0';
        if (doubleIt) {
            value = value * 2 > 9 ? value * 2 - 9 : value * 2;
        }
        sum += value;
        doubleIt = !doubleIt;
    }
    return QChar(static_cast<char16_t>(u'0' + (10 - sum % 10) % 10));
}

// Card n's ICCID: 19 digits, China's 8986 prefix, Luhn check digit.
inline QString iccid(int n)
{
    const QString body = QStringLiteral("898600%1").arg(n, 12, 10, QLatin1Char('0'));
    return body + luhnCheckDigit(body);
}

// Card n's phone number, on ranges libphonenumber knows as mobile.
inline QString msisdn(int n)
{
    static const std::array<const char*, 6> kPrefixes{"138", "139", "150", "186", "133", "189"};
    return QLatin1String(kPrefixes.at(static_cast<std::size_t>(n % 6))) +
           QStringLiteral("%1").arg(n, 8, 10, QLatin1Char('0'));
}

// A resident ID born 1990-01-01 in Beijing (110105) with sequence n and its check character.
inline QString residentId(int n)
{
    static const std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const QString kChecks = QStringLiteral("10X98765432");
    const QString first17 =
        QStringLiteral("11010519900101%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i) {
        sum += (first17.at(static_cast<qsizetype>(i)).unicode() - u'0') * kWeights.at(i);
    }
    return first17 + kChecks.at(sum % 11);
}

inline const QByteArray kCardHeader = "iccid,msisdn,carrier,plan,monthly_fee,holder_name,holder_id,"
                                      "department,assignee,activated_on\n";

// A valid card row for card n.
inline QByteArray cardRow(int n)
{
    return QStringLiteral("%1,%2,cmcc,Plan %3,58.00,Holder %3,%4,Sales,Agent %3,2024-01-15\n")
        .arg(iccid(n), msisdn(n))
        .arg(n)
        .arg(residentId(n))
        .toUtf8();
}

inline QByteArray cardFile(int first, int count)
{
    QByteArray bytes = kCardHeader;
    for (int n = first; n < first + count; ++n) {
        bytes += cardRow(n);
    }
    return bytes;
}

inline QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
}

// Cards first..first+count-1 in the store, through the import.
inline void seedCards(ServiceDb& db, int first, int count)
{
    ImportService service(db.context());
    const auto summary =
        service.importCards(db.file(QStringLiteral("seed.csv"), cardFile(first, count)));
    REQUIRE(summary.ok());
    REQUIRE(summary->ok());
}

inline Money yuan(std::int64_t whole)
{
    return Money::fromFen(whole * 100);
}

} // namespace simfleet::servicestest
