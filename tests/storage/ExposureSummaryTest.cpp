// SPDX-License-Identifier: GPL-3.0-or-later
// The exposure summary (schema 9): every card the store writes carries the core's verdict on its
// holder ID (rules/HolderExposure), and readExposedCards lists exactly the cards not void held
// under a person's ID or under none that is valid, whatever wrote them: one insert, a bulk
// insert, an edit, a state change into void and out of it; a rolled back write leaves it as it
// was; a schema-8 database gets it built.
#include "DatabaseFile.h"
#include "ExposureReads.h"
#include "Migrator.h"
#include "StorageTestSupport.h"
#include "rules/HolderExposure.h"

#include <array>
#include <map>
#include <set>

using namespace simfleet;
using namespace simfleet::storagetest;

namespace {

// A resident ID born on 1990-01-01 in Beijing with sequence n and its ISO 7064 check character.
QString residentId(int n)
{
    static const std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const QString kChecks = QStringLiteral("10X98765432");
    const QString first17 =
        QStringLiteral("11010519900101%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i)
        sum += (first17.at(static_cast<qsizetype>(i)).unicode() - u'0') * kWeights.at(i);
    return first17 + kChecks.at(sum % 11);
}

const QString kCompany = QStringLiteral("91350100M000100Y43");

// Card n with a holder ID of each kind in turn: a person's, written as typed (lower-case x,
// spaces); a company's; none; one that is not valid.
Card cardHeldBy(int n, const QString& holderId)
{
    Card card = sampleCard(n);
    card.holderId = holderId;
    return card;
}

// Independent of sampleCard's state, which goes by n % 5.
QString holderIdFor(int n)
{
    switch (n % 6) {
    case 0:
    case 5:
        return residentId(n % 7);
    case 1:
        return QStringLiteral(" ") + residentId(n % 7).toLower() + QStringLiteral(" ");
    case 2:
        return kCompany;
    case 3:
        return QString();
    default:
        return QStringLiteral("110105199013329999"); // no such birth date
    }
}

struct Listed {
    QString residentId;
    QString iccid;
    QString msisdn;
    Carrier carrier{Carrier::Cmcc};
    CardState state{CardState::Active};
    QString department;
    QString assignee;
    QString holderName;

    friend bool operator==(const Listed&, const Listed&) = default;
};

QString text(const ExposedCards& cards, ExposedCards::Text number)
{
    const std::string_view utf8 = cards.textOf(number);
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

std::map<CardId, Listed> listedByStore(StoreReader& store)
{
    ExposedCards cards;
    store.readExposedCards(cards);
    std::map<CardId, Listed> listed;
    CardId previous = 0;
    for (const ExposedCards::Row& row : cards.rows()) {
        CHECK(row.id > previous); // in id order
        previous = row.id;
        listed[row.id] = Listed{text(cards, row.residentId),
                                text(cards, row.iccid),
                                text(cards, row.msisdn),
                                row.carrier,
                                row.state,
                                text(cards, row.department),
                                text(cards, row.assignee),
                                text(cards, row.holderName)};
    }
    return listed;
}

// What the summary must list: every card read whole, judged by the core's rule.
std::map<CardId, Listed> listedByRule(StoreReader& store)
{
    std::map<CardId, Listed> listed;
    store.forEachCard({}, [&](const Card& card) {
        const HolderExposure exposure = holderExposure(card.holderId);
        if (card.state == CardState::Void || exposure.kind == HolderExposure::Kind::Company)
            return;
        listed[card.id] =
            Listed{exposure.residentId, card.iccid,      card.msisdn,   card.carrier,
                   card.state,          card.department, card.assignee, card.holderName};
    });
    return listed;
}

void requireSummaryRight(StoreReader& store)
{
    const std::map<CardId, Listed> expected = listedByRule(store);
    const std::map<CardId, Listed> listed = listedByStore(store);
    REQUIRE(listed.size() == expected.size());
    for (const auto& [id, card] : expected) {
        INFO("card " << id);
        REQUIRE(listed.count(id) == 1);
        CHECK(listed.at(id) == card);
    }
}

Status insertEach(Store& store, int from, int to)
{
    return store.write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
        for (int n = from; n < to; ++n)
            writer.insertCard(cardHeldBy(n, holderIdFor(n)), created());
        return {};
    });
}

void update(Store& store, const Card& card)
{
    REQUIRE(store
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           writer.updateCard(card, created());
                           return {};
                       })
                .ok());
}

} // namespace

TEST_CASE("The core's verdict on a holder ID: a person's normalised ID, a company, or unknown")
{
    const HolderExposure person = holderExposure(residentId(3).toLower());
    CHECK(person.kind == HolderExposure::Kind::Person);
    CHECK(person.residentId == residentId(3)); // the check character upper-cased
    CHECK(holderExposure(kCompany).kind == HolderExposure::Kind::Company);
    CHECK(holderExposure(QString()).kind == HolderExposure::Kind::Unidentified);
    CHECK(holderExposure(QStringLiteral("110105199013329999")).kind ==
          HolderExposure::Kind::Unidentified);
}

TEST_CASE("Cards inserted one by one and in bulk are listed as the core's rule says")
{
    StoreFixture fixture;
    REQUIRE(insertEach(fixture.store(), 1, 41).ok());
    std::vector<Card> bulk;
    for (int n = 41; n < 141; ++n)
        bulk.push_back(cardHeldBy(n, holderIdFor(n)));
    REQUIRE(fixture.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           writer.insertCards(bulk, created());
                           return {};
                       })
                .ok());
    requireSummaryRight(fixture.store());

    // A person's cards share one holder ID however it was typed; cards of no valid holder are
    // listed with none; void cards and company cards are not listed at all.
    const std::map<CardId, Listed> listed = listedByStore(fixture.store());
    std::set<QString> people;
    int unknown = 0;
    for (const auto& [id, card] : listed) {
        CHECK(card.state != CardState::Void);
        if (card.residentId.isEmpty())
            ++unknown;
        else
            people.insert(card.residentId);
    }
    CHECK(people.size() == 7);
    CHECK(unknown > 0);
    CHECK(listed.size() < 140);
}

TEST_CASE("Edits move a card in and out of the summary: holder ID, details, void and back")
{
    StoreFixture fixture;
    Store& store = fixture.store();
    Card card = insertOne(store, cardHeldBy(1, kCompany));
    REQUIRE(card.state != CardState::Void);
    CHECK(listedByStore(store).empty());

    card.holderId = residentId(9);
    update(store, card);
    card = *store.cardById(card.id);
    REQUIRE(listedByStore(store).size() == 1);
    CHECK(listedByStore(store).at(card.id).residentId == residentId(9));

    // Its details as the report shows them follow an edit too.
    card.department = QStringLiteral("新部门");
    card.assignee = QStringLiteral("王五");
    card.holderName = QStringLiteral("赵六");
    card.msisdn = QStringLiteral("13900000009");
    update(store, card);
    card = *store.cardById(card.id);
    requireSummaryRight(store);

    card.holderId = residentId(10);
    update(store, card);
    card = *store.cardById(card.id);
    CHECK(listedByStore(store).at(card.id).residentId == residentId(10));

    card.holderId = QStringLiteral("not an ID");
    update(store, card);
    card = *store.cardById(card.id);
    CHECK(listedByStore(store).at(card.id).residentId.isEmpty());

    card.holderId = residentId(11);
    card.state = CardState::Void;
    update(store, card);
    card = *store.cardById(card.id);
    CHECK(listedByStore(store).empty());

    // Nothing in the services takes a card out of void, but the store does not depend on it.
    card.state = CardState::CarrierConfirmed;
    update(store, card);
    card = *store.cardById(card.id);
    REQUIRE(listedByStore(store).size() == 1);
    CHECK(listedByStore(store).at(card.id).state == CardState::CarrierConfirmed);
    requireSummaryRight(store);
}

TEST_CASE("A write that is rolled back leaves the summary as it was")
{
    StoreFixture fixture;
    Store& store = fixture.store();
    REQUIRE(insertEach(store, 1, 11).ok());
    const std::map<CardId, Listed> before = listedByStore(store);
    Card first = *store.cardById(1);
    const Status refused = store.write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
        writer.insertCard(cardHeldBy(50, residentId(50)), created());
        Card edited = first;
        edited.holderId = first.holderId == kCompany ? residentId(51) : kCompany;
        writer.updateCard(edited, created());
        std::vector<Card> bulk{cardHeldBy(60, residentId(60)), cardHeldBy(61, QString())};
        writer.insertCards(bulk, created());
        // Read inside the write: the transaction's own changes are listed.
        CHECK(listedByStore(writer).size() != before.size());
        return Error{ErrorCode::FieldRequired, QStringLiteral("reason"), 0};
    });
    CHECK_FALSE(refused.ok());
    CHECK(listedByStore(store) == before);
    requireSummaryRight(store);
}

TEST_CASE("The exposure read takes its rows from the small index, not the cards table")
{
    StoreFixture fixture;
    REQUIRE(insertEach(fixture.store(), 1, 21).ok());
    SQLite::Database db = fixture.raw();
    SQLite::Statement plan(db,
                           std::string("EXPLAIN QUERY PLAN ") + sqlite::reads::kExposedCardsSql);
    std::string steps;
    while (plan.executeStep())
        steps += plan.getColumn(3).getString() + "\n";
    INFO(steps);
    CHECK(steps.find("COVERING INDEX cards_exposed") != std::string::npos);
    CHECK(steps.find("TEMP B-TREE") == std::string::npos);
}

TEST_CASE("A schema 8 database migrates with the summary built from its cards")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("simfleet.db"));
    {
        // Cards as that release wrote them, with no exposure key.
        auto db = sqlite::openForWriting(path, true, 1000);
        REQUIRE(sqlite::migrate(*db, 8, {}) == 8);
        SQLite::Statement insert(*db, "INSERT INTO cards (id, iccid, msisdn, carrier, holder_name,"
                                      " holder_id, department, assignee, state)"
                                      " VALUES (?, ?, ?, 'cmcc', ?, ?, ?, ?, ?)");
        for (int n = 1; n <= 60; ++n) {
            const Card card = cardHeldBy(n, holderIdFor(n));
            insert.bind(1, n);
            insert.bind(2, card.iccid.toStdString());
            insert.bind(3, card.msisdn.toStdString());
            insert.bind(4, card.holderName.toStdString());
            insert.bind(5, card.holderId.toStdString());
            insert.bind(6, card.department.toStdString());
            insert.bind(7, card.assignee.toStdString());
            insert.bind(8, stateCode(card.state).toStdString());
            insert.exec();
            insert.reset();
        }
    }
    FixedClock clock(fixedNow());
    StoreOpenOptions options;
    options.backupBeforeMigrate = false;
    auto opened = openSqliteStore(path, clock, options);
    REQUIRE(opened.ok());
    CHECK(*schemaVersionOf(path) == latestSchemaVersion());
    REQUIRE_FALSE(listedByStore(**opened).empty());
    requireSummaryRight(**opened);
}
