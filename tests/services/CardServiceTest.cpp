// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CardService.h"

#include "ServicesFixture.h"
#include "WalkLifecycle.h"
#include "rules/Validators.h"
#include "text/AuditText.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace simfleet;
using namespace simfleet::servicestest;

TEST_CASE("Card edits: validated, saved, audited with masked holder data")
{
    ServiceDb db;
    seedCards(db, 1, 2);
    CardService cards(db.context());
    Card edited = db.card(iccid(1));

    SECTION("changed fields are saved and listed in the audit")
    {
        edited.plan = QStringLiteral("Unlimited");
        edited.holderName = QStringLiteral("Zhao Liu");
        edited.holderId = residentId(77);
        edited.msisdn = QStringLiteral("+86 138 0013 8000");
        const Result<Card> saved = cards.edit(edited);
        REQUIRE(saved.ok());
        CHECK(saved->plan == QStringLiteral("Unlimited"));
        CHECK(saved->msisdn == QStringLiteral("13800138000"));
        CHECK_FALSE(saved->homeArea().isEmpty());
        CHECK(saved->version > edited.version);

        const AuditEvent last = db.store().auditOf(edited.id).back();
        CHECK(last.action == AuditAction::CardEdited);
        CHECK(last.details.value(QStringLiteral("fields")).toArray() ==
              QJsonArray{QStringLiteral("msisdn"), QStringLiteral("plan"),
                         QStringLiteral("holder_name"), QStringLiteral("holder_id")});
        const QByteArray json = QJsonDocument(last.details).toJson();
        CHECK_FALSE(json.contains("Zhao Liu"));
        CHECK_FALSE(json.contains(residentId(77).toUtf8()));
    }
    SECTION("an unchanged card writes no audit row")
    {
        const std::size_t before = db.auditCount();
        REQUIRE(cards.edit(edited).ok());
        CHECK(db.auditCount() == before);
    }
    SECTION("bad values are refused and nothing changes")
    {
        const std::size_t before = db.auditCount();
        Card bad = edited;
        bad.msisdn = QStringLiteral("12345");
        CHECK(cards.edit(bad).error().code == ErrorCode::MsisdnInvalid);
        bad = edited;
        bad.msisdn = msisdn(2);
        CHECK(cards.edit(bad).error().code == ErrorCode::DuplicateMsisdn);
        bad = edited;
        bad.holderId = QStringLiteral("110105199001011235");
        CHECK_FALSE(cards.edit(bad).ok());
        bad = edited;
        bad.monthlyFee = Money::fromFen(-100);
        CHECK(cards.edit(bad).error().code == ErrorCode::AmountNotPositive);
        CHECK(db.auditCount() == before);
        CHECK(db.card(iccid(1)) == edited);
    }
    SECTION("a stale copy is refused")
    {
        Card first = edited;
        first.plan = QStringLiteral("A");
        REQUIRE(cards.edit(first).ok());
        Card stale = edited;
        stale.plan = QStringLiteral("B");
        CHECK(cards.edit(stale).error().code == ErrorCode::StorageConflict);
        CHECK(db.card(iccid(1)).plan == QStringLiteral("A"));
    }
    SECTION("a void card is never changed")
    {
        walkToVoid(db.context(), edited.id);
        Card voided = db.card(iccid(1));
        voided.plan = QStringLiteral("Other");
        CHECK(cards.edit(voided).error().code == ErrorCode::CardVoid);
        CHECK(cards.setLost(voided.id, true).error().code == ErrorCode::CardVoid);
    }
}

TEST_CASE("Card edits: the lost flag and unmasking are audited")
{
    ServiceDb db;
    seedCards(db, 1, 1);
    CardService cards(db.context());
    const CardId id = db.card(iccid(1)).id;

    const Result<Card> lost = cards.setLost(id, true, QStringLiteral("left in a taxi"));
    REQUIRE(lost.ok());
    CHECK(lost->lost);
    CHECK(db.store().auditOf(id).back().action == AuditAction::LostFlagSet);
    CHECK(db.store().auditOf(id).back().details.value(QStringLiteral("note")).toString() ==
          QStringLiteral("left in a taxi"));

    const Result<Card> found = cards.setLost(id, false);
    REQUIRE(found.ok());
    CHECK_FALSE(found->lost);
    CHECK(db.store().auditOf(id).back().action == AuditAction::LostFlagCleared);

    const Result<QString> holderId = cards.unmaskHolderId(id);
    REQUIRE(holderId.ok());
    CHECK(*holderId == residentId(1));
    const AuditEvent last = db.store().auditOf(id).back();
    CHECK(last.action == AuditAction::HolderUnmasked);
    CHECK(last.operatorName == QStringLiteral("tester"));
    CHECK_FALSE(QJsonDocument(last.details).toJson().contains(residentId(1).toUtf8()));
}

TEST_CASE("Card edits: the declared home area is validated, saved and audited as a sentence")
{
    ServiceDb db;
    seedCards(db, 1, 1);
    CardService cards(db.context());
    const Card stored = db.card(iccid(1));
    const QString number = homeAreaOf(msisdn(1));
    REQUIRE_FALSE(number.isEmpty());
    REQUIRE(stored.homeArea() == number);
    const std::size_t auditBefore = db.auditCount();

    Card edited = stored;
    edited.declaredHomeArea = QStringLiteral(" 上海市 ");
    const Result<Card> saved = cards.edit(edited);
    REQUIRE(saved.ok());
    CHECK(saved->declaredHomeArea == QStringLiteral("上海市"));
    CHECK(saved->numberHomeArea == number);
    CHECK(saved->homeArea() == QStringLiteral("上海市"));
    CHECK(db.card(iccid(1)) == *saved);
    // One audit row, written with the card.
    REQUIRE(db.auditCount() == auditBefore + 1);
    const AuditEvent declared = db.store().auditOf(stored.id).back();
    CHECK(declared.action == AuditAction::CardEdited);
    CHECK(declared.details.value(QStringLiteral("fields")).toArray() ==
          QJsonArray{QStringLiteral("home_area")});
    CHECK(describeAuditEvent(declared) ==
          QStringLiteral("Edited: home area %1 (from the number) → 上海市").arg(number));

    SECTION("a value that is no place name is refused and nothing is written")
    {
        for (const QString& bad : {QStringLiteral("-"), QStringLiteral("北京").repeated(17),
                                   QStringLiteral("上海\t市")}) {
            Card refused = *saved;
            refused.declaredHomeArea = bad;
            CHECK(cards.edit(refused).error().code == ErrorCode::HomeAreaInvalid);
        }
        CHECK(db.auditCount() == auditBefore + 1);
        CHECK(db.card(iccid(1)) == *saved);
    }
    SECTION("clearing it lets the number's stand again, audited")
    {
        Card cleared = *saved;
        cleared.declaredHomeArea.clear();
        const Result<Card> back = cards.edit(cleared);
        REQUIRE(back.ok());
        CHECK(back->homeArea() == number);
        CHECK(describeAuditEvent(db.store().auditOf(stored.id).back()) ==
              QStringLiteral("Edited: home area 上海市 → %1 (from the number)").arg(number));
    }
}
