// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <string>

namespace clitest {

struct CliResult {
    int exitCode{-1};
    QString out;
    QString err;

    QStringList outLines() const;
    QStringList errLines() const;
    // For Catch2's INFO: the exit code and both streams.
    std::string describe() const;
};

// A scratch folder per test: its own database, its own app-data folder (so logs and default
// paths never touch the real home), and the CLI run as a separate process.
class CliFixture {
public:
    CliFixture();

    QString path(const QString& name) const;
    QString db() const { return path(QStringLiteral("fleet.db")); }
    QString dataHome() const { return path(QStringLiteral("xdg-data")); }

    // Runs simfleet-cli with --db <db()> and --operator tester appended.
    CliResult run(const QStringList& arguments) const;
    // Runs it exactly as given, with extra environment variables (NAME=value).
    CliResult runRaw(const QStringList& arguments, const QStringList& environment = {}) const;
    // Runs it under another program that starts it ("setpriv --reuid=65534 ..." runs it as
    // another user), with --db <db()> and --operator tester appended.
    CliResult runUnder(const QStringList& launcher, const QStringList& arguments) const;

    QString writeFile(const QString& name, const QByteArray& bytes) const;
    QString writeText(const QString& name, const QString& text) const;

    // Runs the sqlite3 shell on a database file; returns its stdout, REQUIREs success.
    QString sqlite(const QString& database, const QString& sql) const;

    // Parses stdout as JSON, REQUIREs it to be valid.
    static QJsonDocument json(const CliResult& result);

private:
    CliResult start(const QStringList& launcher, const QStringList& arguments,
                    const QStringList& environment) const;

    QTemporaryDir m_dir;
};

// Valid identifiers built the way the standards define them, so the tests depend on the rules
// and not on copied numbers.
QString makeIccid(int serial);      // 20 digits, 8986..., Luhn check digit
QString makePhone(int serial);      // 1380013xxxx
QString makeResidentId(int serial); // 110101 1990-01-01 ..., ISO 7064 MOD 11-2

// A card CSV with the canonical English header and one line per row.
QByteArray cardCsv(const QStringList& rows);
// "iccid,msisdn,carrier,plan,monthly_fee,holder_name,holder_id,department,assignee,activated_on"
QString cardRow(int serial, const QString& carrier = QStringLiteral("cmcc"),
                const QString& department = QStringLiteral("Sales"),
                const QString& holderName = QStringLiteral("Zhang San"));

// Imports `count` good cards numbered from 1 and REQUIREs success.
void importCards(const CliFixture& fixture, int count);

// Terminal columns: CJK ideographs and fullwidth forms count two.
int terminalWidth(const QString& text);

} // namespace clitest
