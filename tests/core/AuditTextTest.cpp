// SPDX-License-Identifier: GPL-3.0-or-later
// Audit events read as sentences, with nothing recorded left out.
#include "text/AuditText.h"

#include "services/CardChanges.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace simfleet;

namespace {

AuditEvent event(AuditAction action, QJsonObject details,
                 std::optional<CardState> from = std::nullopt,
                 std::optional<CardState> to = std::nullopt)
{
    AuditEvent made;
    made.action = action;
    made.details = std::move(details);
    made.fromState = from;
    made.toState = to;
    return made;
}

} // namespace

TEST_CASE("A posting reads as its kind, amount, date and receipt", "[text][audit]")
{
    CHECK(describeAuditEvent(event(AuditAction::LedgerEntryPosted,
                                   {{QStringLiteral("kind"), QStringLiteral("payment")},
                                    {QStringLiteral("amount_fen"), 40077},
                                    {QStringLiteral("date"), QStringLiteral("2026-03-01")},
                                    {QStringLiteral("reference"), QStringLiteral("ZZ-0001")}})) ==
          QStringLiteral("Payment ¥400.77 dated 2026-03-01, receipt ZZ-0001"));
    CHECK(describeAuditEvent(event(AuditAction::LedgerEntryPosted,
                                   {{QStringLiteral("kind"), QStringLiteral("charge")},
                                    {QStringLiteral("amount_fen"), 5800},
                                    {QStringLiteral("date"), QStringLiteral("2026-03-01")},
                                    {QStringLiteral("reference"), QString()}})) ==
          QStringLiteral("Charge ¥58.00 dated 2026-03-01"));
}

TEST_CASE("State changes read as what happened, never as codes", "[text][audit]")
{
    const QString requested = describeAuditEvent(
        event(AuditAction::StateChanged,
              {{QStringLiteral("channel"), QStringLiteral("carrier-hall")},
               {QStringLiteral("checklist"), true},
               {QStringLiteral("effective_at"), QStringLiteral("2026-03-01T02:00:00.046Z")}},
              CardState::ArrearsCleared, CardState::CancellationRequested));
    CHECK(requested == QStringLiteral("Cancellation requested: In person at a business hall"));

    CHECK(describeAuditEvent(event(
              AuditAction::StateChanged, {{QStringLiteral("reference"), QStringLiteral("HZ-7")}},
              CardState::CancellationRequested, CardState::CarrierConfirmed)) ==
          QStringLiteral("The carrier confirmed the cancellation, receipt HZ-7"));
    CHECK(describeAuditEvent(event(AuditAction::StateChanged,
                                   {{QStringLiteral("reason"), QStringLiteral("wrong number")}},
                                   CardState::CancellationRequested, CardState::ArrearsCleared)) ==
          QStringLiteral("The carrier rejected the cancellation: wrong number"));
    CHECK(describeAuditEvent(event(AuditAction::StateChanged,
                                   {{QStringLiteral("trigger"), QStringLiteral("charge")},
                                    {QStringLiteral("entry_id"), 7},
                                    {QStringLiteral("reference"), QStringLiteral("BILL-3")}},
                                   CardState::ArrearsCleared, CardState::Active)) ==
          QStringLiteral("Back in service: a new charge arrived (BILL-3)"));
}

TEST_CASE("Packets, edits, flags and unmasking read as sentences", "[text][audit]")
{
    CHECK(describeAuditEvent(
              event(AuditAction::PacketIncluded, {{QStringLiteral("packet_id"), 3}})) ==
          QStringLiteral("Included in submission packet 3"));
    const QJsonObject changes{
        {QStringLiteral("monthly_fee"),
         QJsonObject{{QStringLiteral("from"), QStringLiteral("58.00")},
                     {QStringLiteral("to"), QStringLiteral("38.00")}}},
        {QStringLiteral("carrier"), QJsonObject{{QStringLiteral("from"), QStringLiteral("cmcc")},
                                                {QStringLiteral("to"), QStringLiteral("cucc")}}}};
    CHECK(describeAuditEvent(
              event(AuditAction::CardEdited,
                    {{QStringLiteral("fields"),
                      QJsonArray{QStringLiteral("carrier"), QStringLiteral("monthly_fee")}},
                     {QStringLiteral("changes"), changes}})) ==
          QStringLiteral("Edited: carrier China Mobile → China Unicom, monthly fee ¥58.00 → "
                         "¥38.00"));
    CHECK(describeAuditEvent(event(AuditAction::LostFlagSet,
                                   {{QStringLiteral("note"), QStringLiteral("phone stolen")}})) ==
          QStringLiteral("Reported lost or stolen: phone stolen"));
    CHECK(describeAuditEvent(event(AuditAction::HolderUnmasked,
                                   {{QStringLiteral("field"), QStringLiteral("holder_id")}})) ==
          QStringLiteral("The holder's ID number was shown in full"));
}

TEST_CASE("A detail the sentence does not know is still shown", "[text][audit]")
{
    CHECK(describeAuditEvent(event(AuditAction::PacketIncluded,
                                   {{QStringLiteral("packet_id"), 3},
                                    {QStringLiteral("by_script"), QStringLiteral("nightly")}})) ==
          QStringLiteral("Included in submission packet 3 · by_script: nightly"));
}

TEST_CASE("A home area edit names the number's home area where none was declared", "[text][audit]")
{
    Card before;
    before.numberHomeArea = QStringLiteral("上海市");
    Card after = before;
    after.declaredHomeArea = QStringLiteral("北京市");
    const QStringList fields = changedCardFields(before, after);
    REQUIRE(fields == QStringList{QStringLiteral("home_area")});
    CHECK(describeAuditEvent(
              event(AuditAction::CardEdited, cardEditDetails(before, after, fields))) ==
          QStringLiteral("Edited: home area 上海市 (from the number) → 北京市"));
    CHECK(describeAuditEvent(
              event(AuditAction::CardEdited, cardEditDetails(after, before, fields))) ==
          QStringLiteral("Edited: home area 北京市 → 上海市 (from the number)"));

    // A number no geocoder knows, and nothing declared before.
    before.numberHomeArea.clear();
    after.numberHomeArea.clear();
    CHECK(describeAuditEvent(
              event(AuditAction::CardEdited, cardEditDetails(before, after, fields))) ==
          QStringLiteral("Edited: home area (none) → 北京市"));
}
