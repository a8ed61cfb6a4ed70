// SPDX-License-Identifier: GPL-3.0-or-later
// The exposure report from the store's summary against the same report replayed from the audit
// log over every card, on generated fleets: people's IDs typed every which way (lower-case x,
// spaces, full-width digits), two people who share a mask, companies, invalid and missing IDs;
// names that are empty, padded or outside the BMP, assignees who are the holder; ICCIDs that do
// not follow the order cards were stored in; cards voided (and one taken out of void by hand),
// holder IDs edited. They must agree card for card, field for field.
#include "SqliteStore.h"
#include "services/reports/ExposureReport.h"
#include "services/reports/StandingNow.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <map>
#include <random>

using namespace simfleet;

namespace {

QString withIdCheck(const QString& first17)
{
    static const std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const QString kChecks = QStringLiteral("10X98765432");
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i)
        sum += (first17.at(static_cast<qsizetype>(i)).unicode() - u'0') * kWeights.at(i);
    return first17 + kChecks.at(sum % 11);
}

QString luhnCompleted(const QString& digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int digit = digits.at(digits.size() - 1 - i).unicode() - u'0';
        if (i % 2 == 0) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    return digits + QChar(u'0' + (10 - sum % 10) % 10);
}

// A person's ID as someone might have typed it: the same person whichever way.
QString typedAs(const QString& id, int way)
{
    switch (way % 4) {
    case 1:
        return id.toLower();
    case 2:
        return QStringLiteral("  ") + id + QStringLiteral(" ");
    case 3: { // full-width digits, as a Chinese input method may give them
        QString wide;
        for (const QChar c : id)
            wide += c.isDigit() ? QChar(c.unicode() - u'0' + 0xFF10) : c;
        return wide;
    }
    default:
        return id;
    }
}

class GeneratedFleet {
public:
    explicit GeneratedFleet(unsigned seed) : m_random(seed)
    {
        REQUIRE(m_dir.isValid());
        StoreOpenOptions options;
        options.backupBeforeMigrate = false;
        auto opened = openSqliteStore(m_dir.filePath(QStringLiteral("fleet.db")), m_clock, options);
        REQUIRE(opened.ok());
        m_store = std::move(opened).value();
        makeHolders();
    }

    Store& store() { return *m_store; }
    QDate today() const { return m_clock.today(); }

    // A day of work: new cards (some one by one, some in bulk), then edits and state changes.
    void day(int cards)
    {
        m_clock.set(m_clock.nowUtc().addDays(1));
        std::vector<Card> bulk;
        for (int i = 0; i < cards; ++i) {
            if (pick(3) == 0)
                insert(newCard());
            else
                bulk.push_back(newCard());
        }
        write([&](StoreWriter& writer) {
            writer.insertCards(bulk, drafted(AuditAction::CardCreated));
        });
        m_clock.set(m_clock.nowUtc().addSecs(3600));
        std::vector<Card> all;
        m_store->forEachCard({}, [&](const Card& card) { all.push_back(card); });
        for (Card card : all) {
            switch (pick(12)) {
            case 0: // a new holder ID
                card.holderId = holderId();
                update(card, drafted(AuditAction::CardEdited));
                break;
            case 1: // cancelled for good
                if (card.state != CardState::Void)
                    changeState(card, CardState::Void);
                break;
            case 2:
                if (card.state == CardState::Active)
                    changeState(card, CardState::ArrearsCleared);
                break;
            case 3: // an assignee who is the holder, padded or not
                card.assignee =
                    pick(2) == 0 ? card.holderName : QStringLiteral(" ") + card.holderName;
                update(card, drafted(AuditAction::CardEdited));
                break;
            default:
                break;
            }
        }
    }

    // A card of the given person's, as typed.
    void addCardOf(const QString& holderId)
    {
        Card card = newCard();
        card.holderId = holderId;
        insert(card);
    }
    // The first person and their twin: IDs that mask alike.
    QString person() const { return m_people.front(); }
    QString twin() const { return m_people.back(); }

    // Nothing in the services takes a card out of void; a hand-edited database might.
    void unvoidOne()
    {
        std::optional<Card> voided;
        CardFilter filter;
        filter.state = CardState::Void;
        m_store->forEachCard(filter, [&](const Card& card) {
            if (!voided)
                voided = card;
        });
        REQUIRE(voided.has_value());
        m_clock.set(m_clock.nowUtc().addDays(1));
        changeState(*voided, CardState::Active);
    }

private:
    void makeHolders()
    {
        static const std::array<const char*, 3> kAreas{"110105", "310101", "440305"};
        for (int i = 0; i < 24; ++i) {
            const QDate born = QDate(1960, 1, 1).addDays(pick(15000));
            m_people.push_back(
                withIdCheck(QLatin1String(kAreas.at(static_cast<std::size_t>(pick(3)))) +
                            born.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(pick(1000), 3, 10, QLatin1Char('0'))));
        }
        // Two people whose IDs mask alike: same area, sequence and check character, another
        // birthday.
        const QString first = m_people.front();
        for (QDate born(1970, 1, 1);; born = born.addDays(1)) {
            const QString twin = withIdCheck(
                first.left(6) + born.toString(QStringLiteral("yyyyMMdd")) + first.mid(14, 3));
            if (twin != first && twin.right(4) == first.right(4)) {
                m_people.push_back(twin);
                break;
            }
        }
    }

    int pick(int below) { return std::uniform_int_distribution<int>(0, below - 1)(m_random); }

    QString holderId()
    {
        switch (pick(10)) {
        case 0:
            return QStringLiteral("91350100M000100Y43"); // a company
        case 1:
            return QString();
        case 2:
            return pick(2) == 0 ? QStringLiteral("110105199013329999") // no such birthday
                                : QStringLiteral("ABC-123");
        default: {
            // The twins often, so that both are listed.
            const std::size_t who =
                pick(4) == 0 ? (pick(2) == 0 ? 0 : m_people.size() - 1)
                             : static_cast<std::size_t>(pick(static_cast<int>(m_people.size())));
            return typedAs(m_people[who], pick(4));
        }
        }
    }

    QString name()
    {
        static const std::array<const char*, 9> kNames{"张三",   " 李四 ",    "",
                                                       "王五",   "Zhang San", "\xF0\xA0\x80\x8B明",
                                                       "赵\"六", "钱\\七",    "孙八"};
        return QString::fromUtf8(kNames.at(static_cast<std::size_t>(pick(9))));
    }

    Card newCard()
    {
        Card card;
        ++m_serial;
        // ICCIDs at random, so that the order cards are stored in is not theirs.
        card.iccid =
            luhnCompleted(QStringLiteral("898600") +
                          QStringLiteral("%1").arg(pick(1000000), 6, 10, QLatin1Char('0')) +
                          QStringLiteral("%1").arg(m_serial, 7, 10, QLatin1Char('0')));
        card.msisdn = pick(20) == 0
                          ? QString()
                          : QStringLiteral("139%1").arg(m_serial, 8, 10, QLatin1Char('0'));
        card.carrier = kAllCarriers[static_cast<std::size_t>(pick(4))];
        card.holderId = holderId();
        card.holderName = name();
        card.department = pick(5) == 0 ? QString() : QStringLiteral("部门%1").arg(pick(4));
        card.assignee = pick(3) == 0 ? card.holderName : name();
        card.state = pick(6) == 0 ? CardState::ArrearsCleared : CardState::Active;
        card.stateSince = m_clock.nowUtc();
        return card;
    }

    static AuditDraft drafted(AuditAction action, std::optional<CardState> from = std::nullopt,
                              std::optional<CardState> to = std::nullopt)
    {
        AuditDraft draft;
        draft.action = action;
        draft.fromState = from;
        draft.toState = action == AuditAction::CardCreated ? CardState::Active : to;
        return draft;
    }

    void write(const std::function<void(StoreWriter&)>& work)
    {
        REQUIRE(m_store
                    ->write(QStringLiteral("tester"),
                            [&](StoreWriter& writer) -> Status {
                                work(writer);
                                return {};
                            })
                    .ok());
    }

    void insert(const Card& card)
    {
        write([&](StoreWriter& writer) {
            AuditDraft draft = drafted(AuditAction::CardCreated);
            draft.toState = card.state;
            writer.insertCard(card, draft);
        });
    }

    void update(const Card& card, const AuditDraft& draft)
    {
        write([&](StoreWriter& writer) { writer.updateCard(card, draft); });
    }

    void changeState(Card card, CardState to)
    {
        const CardState from = card.state;
        card.state = to;
        card.stateSince = m_clock.nowUtc();
        update(card, drafted(AuditAction::StateChanged, from, to));
    }

    std::mt19937 m_random;
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone(8 * 3600)).toUTC()};
    std::unique_ptr<Store> m_store;
    std::vector<QString> m_people;
    int m_serial{0};
};

void requireSame(const ExposureReport& fast, const ExposureReport& slow)
{
    CHECK(fast.asOf == slow.asOf);
    CHECK(fast.totalCards == slow.totalCards);
    CHECK(fast.unidentifiedCards == slow.unidentifiedCards);
    REQUIRE(fast.holders.size() == slow.holders.size());
    for (std::size_t i = 0; i < slow.holders.size(); ++i) {
        const ExposureHolder& a = fast.holders[i];
        const ExposureHolder& b = slow.holders[i];
        INFO("holder " << i << " " << b.maskedId.toStdString());
        CHECK(a.maskedId == b.maskedId);
        CHECK(a.maskedName == b.maskedName);
        REQUIRE(a.cards.size() == b.cards.size());
        for (std::size_t j = 0; j < b.cards.size(); ++j) {
            CHECK(a.cards[j].id == b.cards[j].id);
            CHECK(a.cards[j].iccid == b.cards[j].iccid);
            CHECK(a.cards[j].msisdn == b.cards[j].msisdn);
            CHECK(a.cards[j].carrier == b.cards[j].carrier);
            CHECK(a.cards[j].state == b.cards[j].state);
            CHECK(a.cards[j].department == b.cards[j].department);
            CHECK(a.cards[j].assignee == b.cards[j].assignee);
        }
    }
}

// What a streaming caller is told first must match what follows.
class Counting final : public ExposureSink {
public:
    void begin(const ExposureTotals& totals) override { announced = totals; }
    void holder(const ExposureHolder& holder) override
    {
        ++holders;
        cards += holder.cardCount();
    }
    ExposureTotals announced;
    std::int64_t holders{0};
    std::int64_t cards{0};
};

void requireAgreesWithHistory(Store& store, QDate asOf)
{
    const ExposureReport fast = computeExposureReport(store, asOf);
    requireSame(fast, computeExposureReportFromHistory(store, asOf));
    Counting counting;
    streamExposureReport(store, asOf, counting);
    CHECK(counting.announced.asOf == asOf);
    CHECK(counting.announced.holders == counting.holders);
    CHECK(counting.announced.totalCards == counting.cards);
    CHECK(counting.announced.unidentifiedCards == fast.unidentifiedCards);
}

} // namespace

TEST_CASE("Exposure from the summary equals the replayed history on generated fleets")
{
    for (const unsigned seed : {1u, 2u, 3u}) {
        INFO("seed " << seed);
        GeneratedFleet fleet(seed);
        for (int day = 0; day < 4; ++day)
            fleet.day(80);
        fleet.unvoidOne();
        const QDate today = fleet.today();
        REQUIRE(fleetStandsAsOf(fleet.store(), today)); // the summary answers
        const ExposureReport report = computeExposureReport(fleet.store(), today);
        // The fleet has what the comparison is about.
        REQUIRE(report.holders.size() > 10);
        CHECK(report.unidentifiedCards > 0);
        requireAgreesWithHistory(fleet.store(), today);
        requireAgreesWithHistory(fleet.store(), today.addDays(30));
        // Days before the last changes are put back from the history, on both sides.
        requireAgreesWithHistory(fleet.store(), today.addDays(-2));
        requireAgreesWithHistory(fleet.store(), today.addDays(-10));
    }
}

TEST_CASE("Two people with as many cards whose IDs mask alike come in the history's order")
{
    GeneratedFleet fleet(11);
    // The later ID's cards are stored first, so that storage order is not the IDs' order.
    const QString later = std::max(fleet.person(), fleet.twin());
    const QString earlier = std::min(fleet.person(), fleet.twin());
    for (const QString& id : {later, later, earlier, earlier})
        fleet.addCardOf(id);
    const ExposureReport report = computeExposureReport(fleet.store(), fleet.today());
    REQUIRE(report.holders.size() == 2);
    CHECK(report.holders[0].maskedId == report.holders[1].maskedId);
    requireAgreesWithHistory(fleet.store(), fleet.today());
}

TEST_CASE("Two people whose IDs mask alike stay two holders, in the same order as the history")
{
    GeneratedFleet fleet(7);
    for (int day = 0; day < 3; ++day)
        fleet.day(120);
    const ExposureReport report = computeExposureReport(fleet.store(), fleet.today());
    std::map<QString, int> holdersByMask;
    for (const ExposureHolder& holder : report.holders)
        ++holdersByMask[holder.maskedId];
    CHECK(std::any_of(holdersByMask.begin(), holdersByMask.end(),
                      [](const auto& mask) { return mask.second == 2; }));
    requireAgreesWithHistory(fleet.store(), fleet.today());
}
