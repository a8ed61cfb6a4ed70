// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketZip.h"
#include "SqliteStore.h"
#include "services/CompanyService.h"
#include "services/ServiceContext.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <catch2/catch.hpp>
#include <map>
#include <memory>

namespace simfleet::packettest {

// Check characters computed by the standards' own rules, so the fixture does not depend on
// copied numbers.
inline QString withLuhn(const QString& body)
{
    int sum = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        int digit = body.at(body.size() - 1 - i).digitValue();
        if (i % 2 == 0) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    return body + QString::number((10 - sum % 10) % 10);
}

inline QString withUsccCheck(const QString& body)
{
    static const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static const int kWeights[] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += static_cast<int>(kAlphabet.indexOf(body.at(i))) * kWeights[i];
    return body + kAlphabet.at((31 - sum % 31) % 31);
}

inline QString withResidentCheck(const QString& body)
{
    static const int kWeights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const QString kChecks = QStringLiteral("10X98765432");
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += body.at(i).digitValue() * kWeights[i];
    return body + kChecks.at(sum % 11);
}

inline CompanyProfile sampleCompany()
{
    return CompanyProfile{QStringLiteral("北京示例科技有限公司"),
                          withUsccCheck(QStringLiteral("91110108MA01ABCDE")),
                          QStringLiteral("北京市海淀区中关村大街1号"),
                          QStringLiteral("010-62345678"),
                          QStringLiteral("李明"),
                          withResidentCheck(QStringLiteral("11010519850312001"))};
}

struct FixtureCard {
    Carrier carrier{Carrier::Cmcc};
    CardState state{CardState::CancellationRequested};
    QString homeArea;
    Money charged; // one monthly charge
    Money paid;    // one payment, the settlement
    QString holderName{QStringLiteral("王小明")};
    QString holderId;
};

// A fresh store on a fixed clock, its cards written straight through the store's writer.
class PacketFixture {
public:
    PacketFixture()
        : m_clock(QDateTime(QDate(2025, 3, 14), QTime(10, 0), QTimeZone(8 * 3600)).toUTC())
    {
        REQUIRE(m_dir.isValid());
        StoreOpenOptions options;
        options.backupBeforeMigrate = false;
        Result<std::unique_ptr<Store>> opened =
            openSqliteStore(m_dir.filePath(QStringLiteral("fleet.db")), m_clock, options);
        REQUIRE(opened.ok());
        m_store = std::move(opened).value();
        REQUIRE(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
    }

    Store& store() { return *m_store; }
    ServiceContext context() { return {*m_store, m_clock, QStringLiteral("clerk")}; }
    QString outDir() const { return m_dir.filePath(QStringLiteral("out")); }
    QStringList zipsWritten() const
    {
        return QDir(outDir()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    void saveCompany() { REQUIRE(CompanyService(context()).save(sampleCompany()).ok()); }

    CardId add(const FixtureCard& fixture)
    {
        const int serial = ++m_serial;
        CardId id = 0;
        const Status written = m_store->write(QStringLiteral("clerk"), [&](StoreWriter& writer) {
            Card card;
            card.iccid =
                withLuhn(QStringLiteral("8986001234567%1").arg(serial, 6, 10, QLatin1Char('0')));
            card.msisdn = QStringLiteral("1380013%1").arg(serial, 4, 10, QLatin1Char('0'));
            card.carrier = fixture.carrier;
            card.plan = QStringLiteral("电销专享套餐");
            card.monthlyFee = Money::fromFen(5800);
            card.holderName = fixture.holderName;
            card.holderId =
                fixture.holderId.isEmpty()
                    ? withResidentCheck(
                          QStringLiteral("1101011990010%1").arg(serial, 4, 10, QLatin1Char('0')))
                    : fixture.holderId;
            card.numberHomeArea = fixture.homeArea;
            card.state = fixture.state;
            card.stateSince = m_clock.nowUtc();
            id = writer.insertCard(card, AuditDraft{AuditAction::CardCreated, {}, {}, {}});
            post(writer, id, EntryKind::Charge, fixture.charged, QStringLiteral("月租"));
            post(writer, id, EntryKind::Payment, fixture.paid,
                 QStringLiteral("PAY-%1").arg(serial));
            return Status{};
        });
        REQUIRE(written.ok());
        return id;
    }

    std::size_t auditRows() { return m_store->auditOf(std::nullopt).size(); }

private:
    void post(StoreWriter& writer, CardId id, EntryKind kind, Money amount, const QString& ref)
    {
        if (amount.isZero())
            return;
        LedgerEntry entry;
        entry.cardId = id;
        entry.kind = kind;
        entry.amount = amount;
        entry.date = kind == EntryKind::Charge ? QDate(2025, 3, 1) : QDate(2025, 3, 5);
        entry.reference = ref;
        entry.operatorName = QStringLiteral("clerk");
        entry.recordedAt = m_clock.nowUtc();
        writer.postLedgerEntry(entry, AuditDraft{AuditAction::LedgerEntryPosted, {}, {}, {}});
    }

    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<Store> m_store;
    int m_serial{0};
};

// The zip's files by name.
inline std::map<QString, QByteArray> zipFiles(const QString& path)
{
    const Result<std::vector<packet::ZipEntry>> entries = packet::readZip(path);
    REQUIRE(entries.ok());
    std::map<QString, QByteArray> files;
    for (const packet::ZipEntry& entry : *entries)
        files[entry.name] = entry.bytes;
    return files;
}

// What a poppler tool prints for a PDF: tool [options] FILE [after].
inline QString popplerOutput(const char* tool, const QByteArray& pdf, const QStringList& options,
                             const QStringList& after = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(QString::fromLatin1(tool), options + QStringList{path} + after);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of a PDF as pdftotext extracts it; one page only when page is given (from 1).
inline QString pdfText(const QByteArray& pdf, int page = 0)
{
    QStringList options;
    if (page > 0)
        options << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                << QString::number(page);
    return popplerOutput(SIMFLEET_PDFTOTEXT, pdf, options, {QStringLiteral("-")});
}

// The names of the fonts a PDF uses, as pdffonts lists them.
inline QStringList pdfFonts(const QByteArray& pdf)
{
    QStringList names;
    const QStringList lines = popplerOutput(SIMFLEET_PDFFONTS, pdf, {}).split(QLatin1Char('\n'));
    for (qsizetype i = 2; i < lines.size(); ++i) { // after the heading and its underline
        const QString name = lines.at(i).section(QLatin1Char(' '), 0, 0);
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

// How many pages a PDF has.
inline int pdfPageCount(const QByteArray& pdf)
{
    // pdftotext ends every page with a form feed.
    return static_cast<int>(pdfText(pdf).count(QLatin1Char('\f')));
}

} // namespace simfleet::packettest
