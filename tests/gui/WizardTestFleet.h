// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A temporary database with a fixed clock and a Session over it, for the wizard, confirmation
// and import dialog tests.

#include "Session.h"
#include "SqliteStore.h"
#include "rules/Validators.h"
#include "services/LifecycleService.h"

#include <QDir>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace simfleet::gui::testing {

// A valid ICCID (89 86 ..., Luhn check digit last) numbered n.
inline QString testIccid(int n)
{
    const QString body = QStringLiteral("8986001234%1").arg(n, 8, 10, QLatin1Char('0'));
    for (int check = 0; check <= 9; ++check) {
        const QString candidate = body + QString::number(check);
        if (luhnValid(candidate))
            return candidate;
    }
    return body + QLatin1Char('0');
}

inline QString testMsisdn(int n)
{
    return QStringLiteral("1380013%1").arg(n, 4, 10, QLatin1Char('0'));
}

class WizardTestFleet {
public:
    WizardTestFleet()
    {
        REQUIRE(m_dir.isValid());
        auto clock =
            std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 26), QTime(2, 0), Qt::UTC));
        m_clock = clock.get();
        m_path = m_dir.filePath(QStringLiteral("fleet.db"));
        auto store = openSqliteStore(m_path, *m_clock);
        REQUIRE(store.ok());
        m_session = std::make_unique<Session>(std::move(store).value(), std::move(clock),
                                              QStringLiteral("Wang Fang"), m_path);
    }

    Session& session() { return *m_session; }
    Store& store() { return m_session->store(); }
    FixedClock& clock() { return *m_clock; }
    const QString& path() const { return m_path; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    CardId addCard(int n, Carrier carrier, Money monthlyFee, bool lost = false)
    {
        Card card;
        card.iccid = testIccid(n);
        card.msisdn = testMsisdn(n);
        card.carrier = carrier;
        card.plan = QStringLiteral("Telemarketing 58");
        card.monthlyFee = monthlyFee;
        card.department = QStringLiteral("Sales");
        card.assignee = QStringLiteral("Li Lei");
        card.state = CardState::Active;
        card.stateSince = m_clock->nowUtc().addDays(-40);
        card.lost = lost;
        CardId id = 0;
        const Status written = store().write(m_session->operatorName(), [&](StoreWriter& w) {
            id = w.insertCard(
                card, AuditDraft{AuditAction::CardCreated, std::nullopt, CardState::Active, {}});
            return Status{};
        });
        REQUIRE(written.ok());
        return id;
    }

    void charge(CardId id, Money amount)
    {
        REQUIRE(m_session->ledger().charge(id, amount, QStringLiteral("rent")).ok());
    }

    void move(CardId id, const TransitionRequest& request)
    {
        const auto outcome = m_session->lifecycle().transition({id}, request);
        REQUIRE(outcome.ok());
        REQUIRE(outcome->ok());
    }

    CardState stateOf(CardId id) { return store().cardById(id).value().state; }
    Money balanceOf(CardId id) { return store().cardById(id).value().balance; }

private:
    QTemporaryDir m_dir;
    FixedClock* m_clock{nullptr};
    QString m_path;
    std::unique_ptr<Session> m_session;
};

inline TransitionRequest toState(CardState state)
{
    TransitionRequest request;
    request.to = state;
    return request;
}

} // namespace simfleet::gui::testing
