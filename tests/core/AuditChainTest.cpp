// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AuditEvent.h"

#include <QJsonObject>
#include <catch2/catch.hpp>
#include <functional>
#include <vector>

using namespace simfleet;

namespace {

AuditEvent event(std::int64_t seq, AuditAction action)
{
    AuditEvent e;
    e.seq = seq;
    e.atUtc = QDateTime(QDate(2024, 6, 30), QTime(9, 15, 0, 123), Qt::UTC).addSecs(seq * 60);
    e.operatorName = QStringLiteral("wang.li");
    e.cardId = 40 + seq;
    e.iccid = QStringLiteral("8986001234567890120");
    e.action = action;
    return e;
}

// Seals each row the way the store does: link to the previous hash, then hash the row.
void seal(std::vector<AuditEvent>& rows)
{
    QByteArray previous;
    for (AuditEvent& row : rows) {
        row.prevHash = previous;
        row.hash = computeAuditHash(row);
        previous = row.hash;
    }
}

std::vector<AuditEvent> threeEvents()
{
    std::vector<AuditEvent> rows{event(1, AuditAction::CardCreated),
                                 event(2, AuditAction::LedgerEntryPosted),
                                 event(3, AuditAction::StateChanged)};
    rows[1].details = QJsonObject{{QStringLiteral("amount_fen"), 5800},
                                  {QStringLiteral("kind"), QStringLiteral("payment")}};
    rows[2].fromState = CardState::Active;
    rows[2].toState = CardState::ArrearsCleared;
    seal(rows);
    return rows;
}

std::optional<AuditBreak> verify(const std::vector<AuditEvent>& rows)
{
    AuditChainVerifier verifier;
    for (const AuditEvent& row : rows) {
        verifier.feed(row);
    }
    return verifier.firstBreak();
}

} // namespace

TEST_CASE("Audit action codes round-trip", "[audit]")
{
    const std::vector<std::pair<AuditAction, QString>> codes{
        {AuditAction::CardCreated, QStringLiteral("card-created")},
        {AuditAction::CardEdited, QStringLiteral("card-edited")},
        {AuditAction::LedgerEntryPosted, QStringLiteral("ledger-entry")},
        {AuditAction::StateChanged, QStringLiteral("state-changed")},
        {AuditAction::LostFlagSet, QStringLiteral("lost-set")},
        {AuditAction::LostFlagCleared, QStringLiteral("lost-cleared")},
        {AuditAction::HolderUnmasked, QStringLiteral("holder-unmasked")},
        {AuditAction::PacketIncluded, QStringLiteral("packet-included")}};
    for (const auto& [action, code] : codes) {
        CHECK(auditActionCode(action) == code);
        CHECK(parseAuditAction(code).value() == action);
    }
    CHECK_FALSE(parseAuditAction(u"card-deleted").ok());
}

TEST_CASE("An intact chain verifies", "[audit]")
{
    const auto rows = threeEvents();
    AuditChainVerifier verifier;
    for (const AuditEvent& row : rows) {
        CHECK(verifier.feed(row));
    }
    CHECK_FALSE(verifier.firstBreak().has_value());
    CHECK(verifier.rowsChecked() == 3);
    CHECK(verifier.headHash() == rows.back().hash);
    CHECK(rows.front().prevHash.isEmpty());
    CHECK(rows.front().hash.size() == 64); // hex SHA-256
    CHECK(computeAuditHash(rows[1]) == rows[1].hash);
}

TEST_CASE("Altering any field of a row breaks the chain at that row", "[audit]")
{
    using Tamper = std::function<void(AuditEvent&)>;
    const std::vector<std::pair<const char*, Tamper>> tampers{
        {"time",
         [](AuditEvent& e) {
             e.atUtc = e.atUtc.addMSecs(1);
         }},
        {"operator",
         [](AuditEvent& e) {
             e.operatorName = QStringLiteral("zhao.min");
         }},
        {"card id",
         [](AuditEvent& e) {
             e.cardId = 99;
         }},
        {"no card id",
         [](AuditEvent& e) {
             e.cardId.reset();
         }},
        {"iccid",
         [](AuditEvent& e) {
             e.iccid = QStringLiteral("89860119123456789014");
         }},
        {"action",
         [](AuditEvent& e) {
             e.action = AuditAction::CardEdited;
         }},
        {"from state",
         [](AuditEvent& e) {
             e.fromState = CardState::ArrearsCleared;
         }},
        {"to state",
         [](AuditEvent& e) {
             e.toState = CardState::Void;
         }},
        {"detail value",
         [](AuditEvent& e) {
             e.details.insert(QStringLiteral("amount_fen"), 580);
         }},
        {"detail added",
         [](AuditEvent& e) {
             e.details.insert(QStringLiteral("note"), QStringLiteral("x"));
         }},
    };
    for (const auto& [what, tamper] : tampers) {
        INFO(what);
        auto rows = threeEvents();
        tamper(rows[1]);
        const auto broken = verify(rows);
        REQUIRE(broken.has_value());
        CHECK(broken->seq == 2);
        CHECK(broken->kind == AuditBreak::Kind::HashMismatch);
    }
}

TEST_CASE("A row re-hashed after tampering is caught by the next row's link", "[audit]")
{
    auto rows = threeEvents();
    rows[1].operatorName = QStringLiteral("zhao.min");
    rows[1].hash = computeAuditHash(rows[1]);
    const auto broken = verify(rows);
    REQUIRE(broken.has_value());
    CHECK(broken->seq == 3);
    CHECK(broken->kind == AuditBreak::Kind::PrevHashMismatch);
}

TEST_CASE("An altered previous hash is caught at its row", "[audit]")
{
    auto rows = threeEvents();
    rows[2].prevHash = rows[0].hash;
    const auto broken = verify(rows);
    REQUIRE(broken.has_value());
    CHECK(broken->seq == 3);
    CHECK(broken->kind == AuditBreak::Kind::PrevHashMismatch);

    auto first = threeEvents();
    first[0].prevHash = QByteArray(64, '0');
    const auto firstBroken = verify(first);
    REQUIRE(firstBroken.has_value());
    CHECK(firstBroken->seq == 1);
    CHECK(firstBroken->kind == AuditBreak::Kind::PrevHashMismatch);
}

TEST_CASE("A deleted row is caught where the sequence jumps", "[audit]")
{
    auto middle = threeEvents();
    middle.erase(middle.begin() + 1);
    const auto gap = verify(middle);
    REQUIRE(gap.has_value());
    CHECK(gap->seq == 3);
    CHECK(gap->kind == AuditBreak::Kind::SequenceGap);

    // Without its first row the chain starts with a link to nothing.
    auto head = threeEvents();
    head.erase(head.begin());
    const auto headless = verify(head);
    REQUIRE(headless.has_value());
    CHECK(headless->seq == 2);
    CHECK(headless->kind == AuditBreak::Kind::PrevHashMismatch);
}

TEST_CASE("An altered sequence number is caught", "[audit]")
{
    auto rows = threeEvents();
    rows[1].seq = 5;
    const auto broken = verify(rows);
    REQUIRE(broken.has_value());
    CHECK(broken->seq == 5);
    CHECK(broken->kind == AuditBreak::Kind::SequenceGap);
}

TEST_CASE("The verifier stops at the first break", "[audit]")
{
    auto rows = threeEvents();
    rows[1].iccid = QStringLiteral("x");
    rows[2].iccid = QStringLiteral("y");
    AuditChainVerifier verifier;
    CHECK(verifier.feed(rows[0]));
    CHECK_FALSE(verifier.feed(rows[1]));
    CHECK_FALSE(verifier.feed(rows[2]));
    REQUIRE(verifier.firstBreak().has_value());
    CHECK(verifier.firstBreak()->seq == 2);
    CHECK(verifier.headHash() == rows[0].hash);
}

TEST_CASE("The canonical form keeps field boundaries", "[audit]")
{
    AuditEvent a = event(1, AuditAction::CardEdited);
    AuditEvent b = a;
    a.operatorName = QStringLiteral("ab");
    a.iccid = QStringLiteral("c");
    b.operatorName = QStringLiteral("a");
    b.iccid = QStringLiteral("bc");
    CHECK(computeAuditHash(a) != computeAuditHash(b));

    // Details hash the same whatever order their keys were inserted in.
    AuditEvent c = event(1, AuditAction::CardEdited);
    AuditEvent d = c;
    c.details.insert(QStringLiteral("a"), 1);
    c.details.insert(QStringLiteral("b"), 2);
    d.details.insert(QStringLiteral("b"), 2);
    d.details.insert(QStringLiteral("a"), 1);
    CHECK(computeAuditHash(c) == computeAuditHash(d));

    // The same instant in another time zone is the same row.
    AuditEvent e = event(1, AuditAction::CardEdited);
    AuditEvent f = e;
    f.atUtc = e.atUtc.toOffsetFromUtc(8 * 3600);
    CHECK(computeAuditHash(e) == computeAuditHash(f));
}
