// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryFleet.h"

#include "services/CardService.h"
#include "services/ImportService.h"
#include "services/LedgerService.h"
#include "services/LifecycleService.h"

#include <QFile>
#include <QTimeZone>
#include <array>
#include <catch2/catch.hpp>

namespace simfleet::reportkinds {

namespace {

QDateTime chinaMorning(QDate day)
{
    return QDateTime(day, QTime(10, 0), QTimeZone(8 * 3600)).toUTC();
}

struct CardSpec {
    char card;
    const char* carrier;
    const char* fee;
    Holder holder;
};

constexpr std::array<CardSpec, 9> kCards{{
    {'A', "cmcc", "58.00", Holder::Zhang},
    {'B', "cmcc", "38.00", Holder::Zhang},
    {'C', "cucc", "100.00", Holder::Li},
    {'D', "cmcc", "20.00", Holder::Li},
    {'E', "ctcc", "30.00", Holder::Li},
    {'F', "cmcc", "45.00", Holder::Wang},
    {'G', "cucc", "66.00", Holder::Nobody},
    {'H', "cbn", "10.00", Holder::Company},
    {'I', "cmcc", "25.00", Holder::Zhang},
}};

QString holderName(Holder holder)
{
    switch (holder) {
    case Holder::Zhang:
        return QStringLiteral("张三丰");
    case Holder::Li:
        return QStringLiteral("李四");
    case Holder::Wang:
        return QStringLiteral("王五");
    case Holder::Company:
        return QStringLiteral("杭州示例电销服务有限公司");
    case Holder::Nobody:
        break;
    }
    return {};
}

QString luhnCompleted(const QString& body)
{
    int sum = 0;
    bool doubled = true; // the digit left of the check digit is doubled
    for (auto it = body.rbegin(); it != body.rend(); ++it) {
        int value = it->unicode() - u'0';
        if (doubled)
            value = value * 2 > 9 ? value * 2 - 9 : value * 2;
        sum += value;
        doubled = !doubled;
    }
    return body + QChar(static_cast<char16_t>(u'0' + (10 - sum % 10) % 10));
}

// ISO 7064 MOD 11-2 over the first 17 characters.
QString withIdCheck(const QString& first17)
{
    static const std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const QString kChecks = QStringLiteral("10X98765432");
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i)
        sum += (first17.at(static_cast<qsizetype>(i)).unicode() - u'0') * kWeights.at(i);
    return first17 + kChecks.at(sum % 11);
}

// GB 32100-2015: weighted sum over the code alphabet, check = 31 - sum mod 31.
QString withUsccCheck(const QString& first17)
{
    static const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static const std::array<int, 17> kWeights{1,  3,  9,  27, 19, 26, 16, 17, 20,
                                              29, 25, 13, 8,  24, 10, 30, 28};
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i)
        sum += static_cast<int>(kAlphabet.indexOf(first17.at(static_cast<qsizetype>(i)))) *
               kWeights.at(i);
    return first17 + kAlphabet.at((31 - sum % 31) % 31);
}

const CardSpec& spec(char card)
{
    for (const CardSpec& one : kCards) {
        if (one.card == card)
            return one;
    }
    FAIL("no such fixture card");
    return kCards.front();
}

} // namespace

QString HistoryFleet::residentId(Holder holder)
{
    switch (holder) {
    case Holder::Zhang:
        return withIdCheck(QStringLiteral("11010519800101123"));
    case Holder::Li:
        return withIdCheck(QStringLiteral("31010119851231456"));
    case Holder::Wang:
        return withIdCheck(QStringLiteral("44030519900615789"));
    case Holder::Company:
        return withUsccCheck(QStringLiteral("91330106MA2H7Q3L0"));
    case Holder::Nobody:
        break;
    }
    return {};
}

QString HistoryFleet::iccid(char card) const
{
    return luhnCompleted(
        QStringLiteral("8986001122334455%1").arg(card - 'A', 2, 10, QLatin1Char('0')));
}

QString HistoryFleet::msisdn(char card) const
{
    return QStringLiteral("138001380%1").arg(card - 'A', 2, 10, QLatin1Char('0'));
}

HistoryFleet::HistoryFleet() : m_clock(chinaMorning(QDate(2025, 1, 10)))
{
    REQUIRE(m_dir.isValid());
    StoreOpenOptions options;
    options.backupBeforeMigrate = false;
    auto opened = openSqliteStore(m_dir.filePath(QStringLiteral("fleet.db")), m_clock, options);
    REQUIRE(opened.ok());
    m_store = std::move(opened).value();
    setTypicalDays(Carrier::Cmcc, 5);
    setTypicalDays(Carrier::Cucc, 10);

    const auto day = [](int month, int dayOfMonth) {
        return QDate(2025, month, dayOfMonth);
    };
    importCards(day(1, 10), QStringLiteral("ABCDEFGH"));
    charge(day(1, 10), 'A', 5800);
    move(day(1, 12), QStringLiteral("BCDEFG"), CardState::ArrearsCleared);
    move(day(1, 13), QStringLiteral("DE"), CardState::CancellationRequested);
    move(day(1, 20), QStringLiteral("D"), CardState::CarrierConfirmed, QStringLiteral("R-D"));
    setLost(day(2, 1), 'A', true);
    move(day(2, 5), QStringLiteral("D"), CardState::Void);
    charge(day(2, 10), 'F', 999);
    pay(day(2, 11), 'F', 999);
    move(day(2, 15), QStringLiteral("G"), CardState::Active, QStringLiteral("kept for a new hire"));
    setLost(day(2, 16), 'G', true);
    move(day(3, 3), QStringLiteral("B"), CardState::CancellationRequested);
    move(day(3, 5), QStringLiteral("E"), CardState::CarrierConfirmed, QStringLiteral("R-E"));
    move(day(3, 10), QStringLiteral("C"), CardState::CancellationRequested);
    charge(day(3, 15), 'C', 1234);
    setLost(day(3, 18), 'G', false);
    move(day(3, 19), QStringLiteral("H"), CardState::ArrearsCleared);
    move(day(3, 22), QStringLiteral("B"), CardState::CarrierConfirmed, QStringLiteral("R-B"));
    importCards(day(3, 25), QStringLiteral("I"));
    charge(day(3, 25), 'A', 5800);
}

ServiceContext HistoryFleet::at(QDate day)
{
    m_clock.set(chinaMorning(day));
    return ServiceContext{*m_store, m_clock, QStringLiteral("tester")};
}

void HistoryFleet::importCards(QDate day, const QString& cards)
{
    QString csv =
        QStringLiteral("iccid,msisdn,carrier,monthly_fee,holder_name,holder_id,assignee\n");
    for (const QChar letter : cards) {
        const CardSpec& card = spec(static_cast<char>(letter.unicode()));
        csv += QStringList{iccid(card.card),
                           msisdn(card.card),
                           QLatin1String(card.carrier),
                           QLatin1String(card.fee),
                           holderName(card.holder),
                           residentId(card.holder),
                           QStringLiteral("Agent %1").arg(letter)}
                   .join(QLatin1Char(','));
        csv += QLatin1Char('\n');
    }
    const QString path = m_dir.filePath(QStringLiteral("cards.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(csv.toUtf8()) > 0);
    file.close();

    ImportService import(at(day));
    const Result<ImportSummary> summary = import.importCards(path);
    REQUIRE(summary.ok());
    REQUIRE(summary->ok());
    for (const QChar letter : cards) {
        const auto card = static_cast<char>(letter.unicode());
        const std::optional<Card> stored = m_store->cardByIccid(iccid(card));
        REQUIRE(stored.has_value());
        m_ids[card] = stored->id;
    }
}

void HistoryFleet::charge(QDate day, char card, std::int64_t fen)
{
    LedgerService ledger(at(day));
    REQUIRE(ledger.charge(id(card), Money::fromFen(fen), QStringLiteral("BILL"), day).ok());
}

void HistoryFleet::pay(QDate day, char card, std::int64_t fen)
{
    LedgerService ledger(at(day));
    REQUIRE(ledger.pay(id(card), Money::fromFen(fen), QStringLiteral("PAY"), day).ok());
}

void HistoryFleet::move(QDate day, const QString& cards, CardState to,
                        const QString& reasonOrReference)
{
    TransitionRequest request;
    request.to = to;
    if (to == CardState::CancellationRequested) {
        request.channel = Channel::CarrierHall;
        request.checklistConfirmed = true;
    }
    if (to == CardState::CarrierConfirmed)
        request.reference = reasonOrReference;
    else
        request.reason = reasonOrReference;
    std::vector<CardId> ids;
    for (const QChar letter : cards)
        ids.push_back(id(static_cast<char>(letter.unicode())));
    LifecycleService lifecycle(at(day));
    const Result<TransitionOutcome> outcome = lifecycle.transition(ids, request);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->ok());
}

void HistoryFleet::setLost(QDate day, char card, bool lost)
{
    CardService cards(at(day));
    REQUIRE(cards.setLost(id(card), lost, QStringLiteral("fixture")).ok());
}

void HistoryFleet::setTypicalDays(Carrier carrier, int days)
{
    CarrierProfile profile = m_store->carrierProfile(carrier);
    profile.typicalProcessingDays = days;
    const Status saved = m_store->write(QStringLiteral("tester"), [&](StoreWriter& writer) {
        writer.saveCarrierProfile(profile);
        return Status();
    });
    REQUIRE(saved.ok());
}

HistoryFleet& historyFleet()
{
    static HistoryFleet fleet;
    return fleet;
}

} // namespace simfleet::reportkinds
