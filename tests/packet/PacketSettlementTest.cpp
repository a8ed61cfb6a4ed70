// SPDX-License-Identifier: GPL-3.0-or-later
// A packet's line names the card's settlement: its last payment in the ledger's date, id order.
// The store finds it on the ledger's index; the whole-ledger walk stays as the oracle.
#include "PacketFixture.h"

using namespace simfleet;
using namespace simfleet::packettest;

namespace {

struct Posting {
    EntryKind kind;
    int fen;
    QDate date;
    QString reference;
};

void post(Store& store, CardId card, const std::vector<Posting>& postings)
{
    const Status written = store.write(QStringLiteral("clerk"), [&](StoreWriter& writer) {
        for (const Posting& posting : postings) {
            LedgerEntry entry;
            entry.cardId = card;
            entry.kind = posting.kind;
            entry.amount = Money::fromFen(posting.fen);
            entry.date = posting.date;
            entry.reference = posting.reference;
            entry.operatorName = QStringLiteral("clerk");
            entry.recordedAt = QDateTime(QDate(2025, 3, 14), QTime(2, 0), Qt::UTC);
            writer.postLedgerEntry(entry, AuditDraft{AuditAction::LedgerEntryPosted, {}, {}, {}});
        }
        return Status{};
    });
    REQUIRE(written.ok());
}

FixtureCard unpaid()
{
    FixtureCard card;
    card.homeArea = QStringLiteral("北京市");
    card.charged = Money::fromFen(5800);
    return card;
}

} // namespace

TEST_CASE("the last payment read from the index is the one the whole ledger ends with")
{
    PacketFixture fixture;
    Store& store = fixture.store();
    const QDate march(2025, 3, 1);

    const CardId never = fixture.add(unpaid());
    const CardId once = fixture.add(unpaid());
    post(store, once, {{EntryKind::Payment, 5800, march.addDays(4), QStringLiteral("P-1")}});
    // Posted out of date order, two payments on its last payment day (the later entry wins),
    // and charges and an adjustment after the last payment.
    const CardId many = fixture.add(unpaid());
    post(store, many,
         {{EntryKind::Payment, 1000, march.addDays(20), QStringLiteral("LATE-A")},
          {EntryKind::Payment, 900, march.addDays(2), QStringLiteral("EARLY")},
          {EntryKind::Payment, 800, march.addDays(20), QStringLiteral("LATE-B")},
          {EntryKind::Charge, 5800, march.addDays(25), QStringLiteral("月租")},
          {EntryKind::Adjustment, -300, march.addDays(26), QStringLiteral("减免")},
          {EntryKind::Payment, 700, march.addDays(10), QStringLiteral("MIDDLE")}});

    for (const CardId card : {never, once, many}) {
        INFO("card " << card);
        const std::optional<LedgerEntry> indexed = store.lastPaymentOf(card);
        const std::optional<LedgerEntry> walked = store.StoreReader::lastPaymentOf(card);
        REQUIRE(indexed.has_value() == walked.has_value());
        if (!walked)
            continue;
        CHECK(indexed->id == walked->id);
        CHECK(indexed->reference == walked->reference);
        CHECK(indexed->date == walked->date);
        CHECK(indexed->amount == walked->amount);
        CHECK(indexed->kind == EntryKind::Payment);
    }
    CHECK_FALSE(store.lastPaymentOf(never).has_value());
    CHECK(store.lastPaymentOf(once)->reference == QStringLiteral("P-1"));
    CHECK(store.lastPaymentOf(many)->reference == QStringLiteral("LATE-B"));

    // Inside a transaction the writer reads it the same way.
    std::optional<LedgerEntry> inWriter;
    REQUIRE(store
                .write(QStringLiteral("clerk"),
                       [&](StoreWriter& writer) {
                           inWriter = writer.lastPaymentOf(many);
                           return Status{};
                       })
                .ok());
    REQUIRE(inWriter.has_value());
    CHECK(inWriter->reference == QStringLiteral("LATE-B"));
}
