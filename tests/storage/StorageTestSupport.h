// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteStore.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace simfleet::storagetest {

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 5, 17), QTime(2, 30, 15, 250), Qt::UTC);
}

// A store in a temporary folder, on a fixed clock, opened like the applications open it.
class StoreFixture {
public:
    explicit StoreFixture(StoreOpenOptions options = {}) : m_options(options)
    {
        REQUIRE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("simfleet.db"));
        reopen();
    }

    Store& store() { return *m_store; }
    FixedClock& clock() { return m_clock; }
    const QString& path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    void close() { m_store.reset(); }
    void reopen()
    {
        m_store.reset();
        auto opened = openSqliteStore(m_path, m_clock, m_options);
        REQUIRE(opened.ok());
        m_store = std::move(opened).value();
    }

    // A raw connection beside the store's, for reaching around it on purpose.
    SQLite::Database raw() const
    {
        return SQLite::Database(m_path.toStdString(), SQLite::OPEN_READWRITE);
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{fixedNow()};
    StoreOpenOptions m_options;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

// Card number n of a made-up fleet: unique ICCID and phone number, everything else varied.
inline Card sampleCard(int n)
{
    Card card;
    card.iccid = QStringLiteral("8986%1").arg(n, 15, 10, QLatin1Char('0'));
    card.msisdn = QStringLiteral("1%1").arg(3800000000LL + n, 10, 10, QLatin1Char('0'));
    card.carrier = kAllCarriers[static_cast<std::size_t>(n % 4)];
    card.plan = QStringLiteral("Plan %1").arg(n % 3);
    card.monthlyFee = Money::fromFen(1000 + (n % 7) * 500);
    card.holderName = QStringLiteral("张三%1").arg(n % 10);
    card.holderId = QStringLiteral("110101199001011234");
    card.department = n % 5 == 0 ? QString() : QStringLiteral("销售%1部").arg(n % 3);
    card.assignee = QStringLiteral("李四%1").arg(n % 6);
    card.activatedOn = QDate(2023, 1, 1).addDays(n);
    card.numberHomeArea = n % 2 == 0 ? QStringLiteral("北京市") : QStringLiteral("广东省深圳市");
    // Every third card's fleet file says otherwise: its home area is the declared one.
    if (n % 3 == 0)
        card.declaredHomeArea =
            n % 2 == 0 ? QStringLiteral("广东省深圳市") : QStringLiteral("上海");
    card.state = kAllStates[static_cast<std::size_t>(n % 5)];
    card.stateSince = fixedNow().addSecs(-3600 * (n % 11));
    card.lost = n % 7 == 0;
    return card;
}

// One change to each stored field of a card, in kCardFieldColumns order; the state becomes
// newState, which must differ from the card's.
inline std::vector<std::function<void(Card&)>> oneChangePerCardField(CardState newState)
{
    return {
        [](Card& c) { c.iccid = sampleCard(60).iccid; },
        [](Card& c) { c.msisdn = sampleCard(61).msisdn; },
        [](Card& c) { c.carrier = Carrier::Ctcc; },
        [](Card& c) { c.plan = QStringLiteral("39元畅聊"); },
        [](Card& c) { c.monthlyFee = Money::fromFen(3900); },
        [](Card& c) { c.holderName = QStringLiteral("赵六"); },
        [](Card& c) { c.holderId = QStringLiteral("91330100MA27XXXX1A"); },
        [](Card& c) { c.department = QStringLiteral("二部"); },
        [](Card& c) { c.assignee = QStringLiteral("钱七"); },
        [](Card& c) { c.activatedOn = QDate(2024, 2, 29); },
        [](Card& c) { c.numberHomeArea = QStringLiteral("0571"); },
        [](Card& c) { c.declaredHomeArea = QStringLiteral("0574"); },
        [newState](Card& c) { c.state = newState; },
        [](Card& c) { c.stateSince = fixedNow().addDays(3); },
        [](Card& c) { c.lost = !c.lost; },
    };
}

inline AuditDraft created()
{
    AuditDraft draft;
    draft.action = AuditAction::CardCreated;
    draft.toState = CardState::Active;
    draft.details = QJsonObject{{QStringLiteral("source"), QStringLiteral("test")}};
    return draft;
}

inline AuditDraft posted()
{
    AuditDraft draft;
    draft.action = AuditAction::LedgerEntryPosted;
    return draft;
}

inline LedgerEntry entry(CardId card, EntryKind kind, std::int64_t fen, QDate date)
{
    LedgerEntry e;
    e.cardId = card;
    e.kind = kind;
    e.amount = Money::fromFen(fen);
    e.date = date;
    e.reference = QStringLiteral("REF-%1").arg(fen);
    return e;
}

// What a ledger file import appends after its entries (LedgerFileImport): one row that seals the
// entries from firstId to the last one posted.
inline void appendImportRow(StoreWriter& writer, std::int64_t firstId,
                            const QString& file = QStringLiteral("bills.csv"))
{
    const LedgerImportSeal seal = writer.sealLedgerEntries(firstId, writer.nextLedgerEntryId() - 1);
    writer.appendAudit(std::nullopt, AuditDraft{AuditAction::LedgerImported, std::nullopt,
                                                std::nullopt, ledgerImportDetails(file, seal)});
}

// Inserts the card in its own transaction and returns it as stored.
inline Card insertOne(Store& store, const Card& card)
{
    CardId id = 0;
    const Status status = store.write(QStringLiteral("alice"), [&](StoreWriter& writer) -> Status {
        id = writer.insertCard(card, created());
        return {};
    });
    REQUIRE(status.ok());
    auto stored = store.cardById(id);
    REQUIRE(stored.has_value());
    return *stored;
}

// Cards first to first + count - 1 of sampleCard's fleet.
inline std::vector<Card> sampleCards(int first, int count)
{
    std::vector<Card> cards;
    for (int n = first; n < first + count; ++n)
        cards.push_back(sampleCard(n));
    return cards;
}

// Every row a query gives, each as its columns' texts joined by '|'.
inline std::vector<std::string> rowsAsText(SQLite::Database& db, const char* sql)
{
    SQLite::Statement select(db, sql);
    std::vector<std::string> rows;
    while (select.executeStep()) {
        std::string row;
        for (int i = 0; i < select.getColumnCount(); ++i)
            row += select.getColumn(i).getString() + '|';
        rows.push_back(row);
    }
    return rows;
}

// The cards stored card by card in one write.
inline void insertOneByOne(Store& store, std::span<const Card> cards)
{
    REQUIRE(store
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           for (const Card& card : cards)
                               writer.insertCard(card, created());
                           return {};
                       })
                .ok());
}

// The same cards stored in bulk, as two batches split at `split`, in one write.
inline void insertInTwoBatches(Store& store, std::span<const Card> cards, std::size_t split)
{
    REQUIRE(store
                .write(QStringLiteral("alice"),
                       [&](StoreWriter& writer) -> Status {
                           writer.insertCards(cards.first(split), created());
                           writer.insertCards(cards.subspan(split), created());
                           return {};
                       })
                .ok());
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace simfleet::storagetest
