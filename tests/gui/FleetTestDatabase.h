// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Temporary databases for the fleet view, card panel and dialog tests: a fixed clock, a Session
// over the file, and fast bulk insertion through the store's writer (one transaction).

#include "Session.h"
#include "SqliteStore.h"
#include "rules/Validators.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

namespace simfleet::gui::testing {

// A valid ICCID (89 86 …, Luhn check digit last) numbered n; increasing with n.
inline QString fleetIccid(int n)
{
    const QString body = QStringLiteral("8986031234%1").arg(n, 9, 10, QLatin1Char('0'));
    for (int check = 0; check <= 9; ++check) {
        const QString candidate = body + QString::number(check);
        if (luhnValid(candidate)) {
            return candidate;
        }
    }
    return body + QLatin1Char('0');
}

// 139 followed by n in eight digits: increasing with n.
inline QString fleetMsisdn(int n)
{
    return QStringLiteral("139%1").arg(n, 8, 10, QLatin1Char('0'));
}

class FleetTestDatabase {
public:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 26), QTime(2, 0), Qt::UTC); }

    FleetTestDatabase()
    {
        REQUIRE(m_dir.isValid());
        auto clock = std::make_unique<FixedClock>(now());
        m_clock = clock.get();
        m_path = m_dir.filePath(QStringLiteral("fleet.db"));
        auto store = openSqliteStore(m_path, *m_clock);
        REQUIRE(store.ok());
        m_session = std::make_unique<Session>(std::move(store).value(), std::move(clock),
                                              QStringLiteral("Zhao Min"), m_path);
    }

    Session& session() { return *m_session; }
    Store& store() { return m_session->store(); }
    const Clock& clock() const { return *m_clock; }
    const QString& path() const { return m_path; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // A plain active card numbered n; shape adjusts it before it is stored.
    static Card makeCard(int n)
    {
        Card card;
        card.iccid = fleetIccid(n);
        card.msisdn = fleetMsisdn(n);
        card.carrier = Carrier::Cmcc;
        card.plan = QStringLiteral("Telemarketing 58");
        card.monthlyFee = Money::fromFen(5800);
        card.holderName = QStringLiteral("张三丰");
        card.holderId = QStringLiteral("11010519491231002X");
        card.department = QStringLiteral("Sales");
        card.assignee = QStringLiteral("Li Lei");
        card.state = CardState::Active;
        card.stateSince = now().addDays(-30);
        return card;
    }

    // Stores count cards in one transaction; charge(n) > 0 posts a charge of that many fen.
    void insertCards(int count, const std::function<void(Card&, int)>& shape,
                     const std::function<std::int64_t(int)>& charge = {})
    {
        const Status written = store().write(m_session->operatorName(), [&](StoreWriter& writer) {
            for (int n = 0; n < count; ++n) {
                Card card = makeCard(n);
                if (shape) {
                    shape(card, n);
                }
                const CardId id = writer.insertCard(
                    card, AuditDraft{AuditAction::CardCreated, std::nullopt, card.state, {}});
                const std::int64_t fen = charge ? charge(n) : 0;
                if (fen > 0) {
                    postRaw(writer, id, Money::fromFen(fen));
                }
            }
            return Status{};
        });
        REQUIRE(written.ok());
    }

    // One card, as shaped; returns its id.
    CardId addCard(const std::function<void(Card&)>& shape = {})
    {
        CardId id = 0;
        const Status written = store().write(m_session->operatorName(), [&](StoreWriter& writer) {
            Card card = makeCard(m_next++);
            if (shape) {
                shape(card);
            }
            id = writer.insertCard(
                card, AuditDraft{AuditAction::CardCreated, std::nullopt, card.state, {}});
            return Status{};
        });
        REQUIRE(written.ok());
        return id;
    }

    // A charge written straight to the ledger, bypassing the services' rules (an arrears-cleared
    // card that owes money cannot be made any other way, and the panel must still say why).
    void chargeRaw(CardId id, Money amount)
    {
        const Status written = store().write(m_session->operatorName(), [&](StoreWriter& writer) {
            postRaw(writer, id, amount);
            return Status{};
        });
        REQUIRE(written.ok());
    }

    Card card(CardId id) { return store().cardById(id).value(); }

private:
    static void postRaw(StoreWriter& writer, CardId id, Money amount)
    {
        LedgerEntry entry;
        entry.cardId = id;
        entry.kind = EntryKind::Charge;
        entry.amount = amount;
        entry.date = now().date().addDays(-10);
        entry.reference = QStringLiteral("rent");
        writer.postLedgerEntry(
            entry, AuditDraft{AuditAction::LedgerEntryPosted, std::nullopt, std::nullopt, {}});
    }

    QTemporaryDir m_dir;
    FixedClock* m_clock{nullptr};
    QString m_path;
    std::unique_ptr<Session> m_session;
    int m_next{90000000}; // apart from insertCards' numbers
};

} // namespace simfleet::gui::testing
