// SPDX-License-Identifier: GPL-3.0-or-later
// A batch of card changes queues its audit rows and has them hashed on another thread; these
// tests hold that the log still reads as the writes happened, row for row.
#include "StorageTestSupport.h"

#include <QJsonObject>
#include <vector>

using namespace simfleet;
using namespace simfleet::storagetest;

namespace {

constexpr int kCards = 2500; // more than a queue's thousand rows, twice over

AuditDraft moved(CardState from, CardState to, const QString& batch)
{
    AuditDraft draft;
    draft.action = AuditAction::StateChanged;
    draft.fromState = from;
    draft.toState = to;
    draft.details = QJsonObject{{QStringLiteral("batch"), batch}};
    return draft;
}

struct Expected {
    CardId card;
    AuditAction action;
    std::optional<CardState> to;
    QString batch;
};

} // namespace

TEST_CASE("A large batch of card changes logs one row per change, in the order of the changes",
          "[storage][audit][queued]")
{
    StoreFixture fixture;
    std::vector<Card> stored;
    REQUIRE(fixture.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           for (int n = 1; n <= kCards; ++n) {
                               Card card = sampleCard(n);
                               card.state = CardState::Active;
                               card.id = writer.insertCard(card, created());
                           }
                           return {};
                       })
                .ok());
    const std::int64_t before = fixture.store().auditCount();

    // Changes under three drafts, a single posting between them, and the log read back in the
    // middle of the write: each must find every row before it stored.
    std::vector<Expected> expected;
    std::int64_t countInside = 0;
    REQUIRE(
        fixture.store()
            .write(
                QStringLiteral("bob"),
                [&](StoreWriter& writer) -> Status {
                    for (CardId id = 1; id <= kCards; ++id) {
                        const Card card = *writer.cardById(id);
                        Card next = card;
                        next.state = CardState::ArrearsCleared;
                        const QString batch =
                            id <= 1500 ? QStringLiteral("first") : QStringLiteral("second");
                        writer.updateCard(card, next, moved(card.state, next.state, batch));
                        expected.push_back({id, AuditAction::StateChanged, next.state, batch});
                        if (id == 1200) {
                            AuditDraft charge;
                            charge.action = AuditAction::LedgerEntryPosted;
                            charge.details =
                                QJsonObject{{QStringLiteral("batch"), QStringLiteral("charge")}};
                            writer.postLedgerEntry(
                                entry(id, EntryKind::Charge, 500, QDate(2024, 5, 1)), charge);
                            expected.push_back({id, AuditAction::LedgerEntryPosted, std::nullopt,
                                                QStringLiteral("charge")});
                        }
                        if (id == 2000)
                            countInside = writer.auditCount();
                    }
                    // New cards stored in bulk after the changes log after them.
                    const std::vector<Card> added{sampleCard(kCards + 1), sampleCard(kCards + 2)};
                    const CardId first = writer.insertCards(added, created());
                    for (CardId id = first; id < first + 2; ++id)
                        expected.push_back(
                            {id, AuditAction::CardCreated, CardState::Active, QString()});
                    return {};
                })
            .ok());

    CHECK(countInside == before + 2001); // 2,000 changes and the charge, all stored by then
    const std::vector<AuditEvent> newest =
        fixture.store().auditNewestFirst(0, static_cast<std::int64_t>(expected.size()) + 1);
    REQUIRE(newest.size() == expected.size() + 1);
    CHECK(newest.back().action == AuditAction::CardCreated); // the row just before the batch
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const AuditEvent& row = newest[expected.size() - 1 - i];
        INFO("change " << i);
        REQUIRE(row.cardId == expected[i].card);
        CHECK(row.action == expected[i].action);
        CHECK(row.toState == expected[i].to);
        if (!expected[i].batch.isEmpty())
            CHECK(row.details.value(QStringLiteral("batch")).toString() == expected[i].batch);
        CHECK(row.iccid == sampleCard(static_cast<int>(expected[i].card)).iccid);
        CHECK(row.operatorName == QStringLiteral("bob"));
    }
    const AuditVerification verified = fixture.store().verifyAuditChain();
    CHECK_FALSE(verified.firstBreak.has_value());
    CHECK(verified.rowsChecked == before + static_cast<std::int64_t>(expected.size()));
}

TEST_CASE("A refused batch of card changes leaves no audit row behind", "[storage][audit][queued]")
{
    StoreFixture fixture;
    REQUIRE(fixture.store()
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           for (int n = 1; n <= 100; ++n)
                               writer.insertCard(sampleCard(n), created());
                           return {};
                       })
                .ok());
    const std::int64_t before = fixture.store().auditCount();
    const Status refused =
        fixture.store().write(QStringLiteral("bob"), [&](StoreWriter& writer) -> Status {
            for (CardId id = 1; id <= 100; ++id) {
                const Card card = *writer.cardById(id);
                Card next = card;
                next.lost = !card.lost;
                writer.updateCard(card, next, moved(card.state, card.state, QStringLiteral("x")));
            }
            return Error{ErrorCode::TransitionNotAllowed, QString(), 0};
        });
    CHECK_FALSE(refused.ok());
    CHECK(fixture.store().auditCount() == before);
    CHECK_FALSE(fixture.store().verifyAuditChain().firstBreak.has_value());
}
