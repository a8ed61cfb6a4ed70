// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <catch2/catch.hpp>

namespace clitest {

namespace {

QStringList splitLines(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

int luhnCheckDigit(const QString& digitsWithoutCheck)
{
    int sum = 0;
    bool doubleIt = true; // the digit left of the check digit is doubled
    for (qsizetype i = digitsWithoutCheck.size() - 1; i >= 0; --i) {
        int digit = digitsWithoutCheck.at(i).digitValue();
        if (doubleIt) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

QChar mod11_2CheckCharacter(const QString& first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

} // namespace

QStringList CliResult::outLines() const
{
    return splitLines(out);
}

QStringList CliResult::errLines() const
{
    return splitLines(err);
}

std::string CliResult::describe() const
{
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3")
        .arg(exitCode)
        .arg(out, err)
        .toStdString();
}

CliFixture::CliFixture()
{
    REQUIRE(m_dir.isValid());
    QDir().mkpath(dataHome());
}

QString CliFixture::path(const QString& name) const
{
    return m_dir.filePath(name);
}

CliResult CliFixture::run(const QStringList& arguments) const
{
    return runRaw(arguments + QStringList{QStringLiteral("--db"), db(),
                                          QStringLiteral("--operator"), QStringLiteral("tester")});
}

CliResult CliFixture::runRaw(const QStringList& arguments, const QStringList& environment) const
{
    return start({}, arguments, environment);
}

CliResult CliFixture::runUnder(const QStringList& launcher, const QStringList& arguments) const
{
    return start(launcher,
                 arguments + QStringList{QStringLiteral("--db"), db(), QStringLiteral("--operator"),
                                         QStringLiteral("tester")},
                 {});
}

CliResult CliFixture::start(const QStringList& launcher, const QStringList& arguments,
                            const QStringList& environment) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SIMFLEET_DB"));
    env.remove(QStringLiteral("SIMFLEET_OPERATOR"));
    // The CLI speaks the locale's language, and LANGUAGE outranks LC_ALL in Qt's reading of it:
    // tests choose the language themselves (English unless they say otherwise).
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANG"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("USER"), QStringLiteral("login-person"));
    for (const QString& assignment : environment) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        env.insert(assignment.left(equals), assignment.mid(equals + 1));
    }

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    if (launcher.isEmpty()) {
        process.start(QStringLiteral(SIMFLEET_CLI_PATH), arguments);
    } else {
        process.start(launcher.constFirst(),
                      launcher.mid(1) + QStringList{QStringLiteral(SIMFLEET_CLI_PATH)} + arguments);
    }
    REQUIRE(process.waitForStarted(-1));
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(-1));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);

    CliResult result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString CliFixture::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString filePath = path(name);
    QFile file(filePath);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    return filePath;
}

QString CliFixture::writeText(const QString& name, const QString& text) const
{
    return writeFile(name, text.toUtf8());
}

QString CliFixture::sqlite(const QString& database, const QString& sql) const
{
    QProcess process;
    process.start(QStringLiteral(SIMFLEET_SQLITE3_SHELL), {database, sql});
    REQUIRE(process.waitForStarted(-1));
    REQUIRE(process.waitForFinished(-1));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QJsonDocument CliFixture::json(const CliResult& result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.describe());
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

QString makeIccid(int serial)
{
    const QString body = QStringLiteral("8986001234567%1").arg(serial, 6, 10, QLatin1Char('0'));
    return body + QString::number(luhnCheckDigit(body));
}

QString makePhone(int serial)
{
    return QStringLiteral("1380013%1").arg(serial, 4, 10, QLatin1Char('0'));
}

QString makeResidentId(int serial)
{
    const QString first17 =
        QStringLiteral("11010119900101%1").arg(serial % 1000, 3, 10, QLatin1Char('0'));
    return first17 + mod11_2CheckCharacter(first17);
}

QByteArray cardCsv(const QStringList& rows)
{
    QString text = QStringLiteral("iccid,msisdn,carrier,plan,monthly_fee,holder_name,holder_id,"
                                  "department,assignee,activated_on\n");
    for (const QString& row : rows)
        text += row + QLatin1Char('\n');
    return text.toUtf8();
}

QString cardRow(int serial, const QString& carrier, const QString& department,
                const QString& holderName)
{
    return QStringList{makeIccid(serial),
                       makePhone(serial),
                       carrier,
                       QStringLiteral("Telemarketing 58"),
                       QStringLiteral("58.00"),
                       holderName,
                       makeResidentId(serial),
                       department,
                       QStringLiteral("Agent %1").arg(serial),
                       QStringLiteral("2024-01-15")}
        .join(QLatin1Char(','));
}

void importCards(const CliFixture& fixture, int count)
{
    QStringList rows;
    for (int serial = 1; serial <= count; ++serial)
        rows << cardRow(serial);
    const QString file = fixture.writeFile(QStringLiteral("cards.csv"), cardCsv(rows));
    const CliResult result = fixture.run({QStringLiteral("import"), QStringLiteral("cards"), file});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
}

int terminalWidth(const QString& text)
{
    int width = 0;
    for (const uint codePoint : text.toUcs4()) {
        const bool wide = (codePoint >= 0x2E80 && codePoint <= 0x9FFF) ||
                          (codePoint >= 0xF900 && codePoint <= 0xFAFF) ||
                          (codePoint >= 0xFF00 && codePoint <= 0xFF60) ||
                          (codePoint >= 0xFFE0 && codePoint <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace clitest
