// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempStore.h"
#include "services/LedgerService.h"
#include "services/demo/DemoIdentifiers.h"

#include <catch2/catch.hpp>
#include <vector>

namespace simfleet::testing {

inline LedgerEntry entry(EntryKind kind, QDate date, Money amount)
{
    LedgerEntry e;
    e.kind = kind;
    e.date = date;
    e.amount = amount;
    e.reference = QStringLiteral("fixture");
    e.operatorName = QStringLiteral("tester");
    return e;
}
inline LedgerEntry charge(QDate date, Money amount)
{
    return entry(EntryKind::Charge, date, amount);
}
inline LedgerEntry payment(QDate date, Money amount)
{
    return entry(EntryKind::Payment, date, amount);
}
inline LedgerEntry adjustment(QDate date, Money amount)
{
    return entry(EntryKind::Adjustment, date, amount);
}

struct FixtureCard {
    Carrier carrier{Carrier::Cmcc};
    QString msisdn;
    QString department;
    QString assignee;
    QString homeArea;
    std::vector<LedgerEntry> ledger;
};

// Writes the cards and their ledgers through the store's writer and the ledger's bulk path,
// as an import would. Returns the new ids in order.
inline std::vector<CardId> writeFixture(TempStore& temp, const std::vector<FixtureCard>& cards)
{
    std::vector<CardId> ids;
    const Status written = temp.store().write(QStringLiteral("tester"), [&](StoreWriter& writer) {
        for (const FixtureCard& fixture : cards) {
            Card card;
            card.iccid = demo::withLuhnDigit(
                QStringLiteral("8986001234567%1")
                    .arg(static_cast<int>(ids.size()) + 100000, 6, 10, QLatin1Char('0')));
            card.msisdn = fixture.msisdn;
            card.carrier = fixture.carrier;
            card.plan = QStringLiteral("电销专享套餐");
            card.monthlyFee = yuan(58);
            card.holderName = QStringLiteral("杭州示例电销服务有限公司");
            card.holderId = QStringLiteral("91330106MA2H7Q3L0X");
            card.department = fixture.department;
            card.assignee = fixture.assignee;
            card.numberHomeArea = fixture.homeArea;
            card.activatedOn = QDate(2025, 1, 1);
            card.stateSince = temp.clock().nowUtc();
            card.id = writer.insertCard(
                card, AuditDraft{AuditAction::CardCreated, std::nullopt, CardState::Active, {}});
            ids.push_back(card.id);
            for (LedgerEntry e : fixture.ledger) {
                e.recordedAt = temp.clock().nowUtc();
                const Result<LedgerEntry> posted = postLedgerEntryIn(writer, card, e);
                if (!posted)
                    return Status(posted.error());
            }
        }
        return Status();
    });
    REQUIRE(written.ok());
    return ids;
}

} // namespace simfleet::testing
