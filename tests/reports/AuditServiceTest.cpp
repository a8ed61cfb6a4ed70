// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AuditService.h"

#include "ReportFixture.h"
#include "services/LifecycleService.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace simfleet;
using namespace simfleet::testing;

namespace {

// Runs SQL on the closed database file directly, past the store, as an intruder with the file
// would.
void tamper(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

QString sqlText(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Two cards with bills, one moved along: a few kinds of audit rows.
void writeHistory(TempStore& temp)
{
    const std::vector<CardId> ids =
        writeFixture(temp, {
                               {Carrier::Cmcc,
                                QStringLiteral("13857100001"),
                                QStringLiteral("电销一部"),
                                QStringLiteral("张伟"),
                                QStringLiteral("浙江省杭州市"),
                                {charge({2026, 6, 1}, yuan(58)), payment({2026, 6, 9}, yuan(58))}},
                               {Carrier::Cucc,
                                QStringLiteral("13067700003"),
                                QStringLiteral("电销二部"),
                                QStringLiteral("李娜"),
                                QStringLiteral("浙江省杭州市"),
                                {charge({2026, 6, 1}, yuan(88))}},
                           });
    LifecycleService lifecycle(temp.context());
    TransitionRequest clear;
    clear.to = CardState::ArrearsCleared;
    const Result<TransitionOutcome> moved = lifecycle.transition({ids.front()}, clear);
    REQUIRE(moved.ok());
    REQUIRE(moved->ok());
}

} // namespace

TEST_CASE("An empty audit log verifies")
{
    TempStore temp(chinaMorning({2026, 7, 15}));
    const AuditVerification verification = verifyAuditLog(temp.store());
    CHECK_FALSE(verification.firstBreak.has_value());
    CHECK(verification.rowsChecked == static_cast<std::int64_t>(temp.store().auditOf({}).size()));
    CHECK(verification.headHash == temp.store().auditHeadHash());
}

TEST_CASE("The audit log written by the services verifies, before and after reopening")
{
    TempStore temp(chinaMorning({2026, 7, 15}));
    writeHistory(temp);
    const auto rows = static_cast<std::int64_t>(temp.store().auditOf({}).size());
    REQUIRE(rows == 2 + 3 + 1); // two cards, three entries, one move

    AuditVerification verification = verifyAuditLog(temp.store());
    CHECK_FALSE(verification.firstBreak.has_value());
    CHECK(verification.rowsChecked == rows);
    CHECK_FALSE(verification.headHash.isEmpty());
    CHECK(verification.headHash == temp.store().auditHeadHash());

    temp.reopen();
    verification = verifyAuditLog(temp.store());
    CHECK_FALSE(verification.firstBreak.has_value());
    CHECK(verification.rowsChecked == rows);
}

TEST_CASE("An audit row altered in the file breaks the chain at that row")
{
    TempStore temp(chinaMorning({2026, 7, 15}));
    writeHistory(temp);
    temp.close();
    tamper(temp.path(), QStringLiteral("DROP TRIGGER audit_log_no_update;"
                                       "UPDATE audit_log SET operator = 'mallory' WHERE seq = 3;"));
    temp.reopen();

    const AuditVerification verification = verifyAuditLog(temp.store());
    REQUIRE(verification.firstBreak.has_value());
    CHECK(verification.firstBreak->seq == 3);
    CHECK(verification.firstBreak->kind == AuditBreak::Kind::HashMismatch);
}

TEST_CASE("A row rewritten with a fresh hash of its own breaks the link to the next row")
{
    TempStore temp(chinaMorning({2026, 7, 15}));
    writeHistory(temp);
    AuditEvent forged = temp.store().auditOf({}).at(2);
    REQUIRE(forged.seq == 3);
    forged.details.insert(QStringLiteral("amount_fen"), 1);
    forged.hash = computeAuditHash(forged);
    const QString details =
        QString::fromUtf8(QJsonDocument(forged.details).toJson(QJsonDocument::Compact));
    temp.close();
    tamper(temp.path(),
           QStringLiteral("DROP TRIGGER audit_log_no_update;"
                          "UPDATE audit_log SET details = %1, hash = X'%2' WHERE seq = 3;")
               .arg(sqlText(details), QString::fromLatin1(forged.hash)));
    temp.reopen();

    const AuditVerification verification = verifyAuditLog(temp.store());
    REQUIRE(verification.firstBreak.has_value());
    // Row 4's hash was computed over row 3's real hash.
    CHECK(verification.firstBreak->seq == 4);
    CHECK(verification.firstBreak->kind == AuditBreak::Kind::HashMismatch);
}

TEST_CASE("A deleted audit row breaks the chain where it was")
{
    TempStore temp(chinaMorning({2026, 7, 15}));
    writeHistory(temp);
    temp.close();
    tamper(temp.path(), QStringLiteral("DROP TRIGGER audit_log_no_delete;"
                                       "DELETE FROM audit_log WHERE seq = 4;"));
    temp.reopen();

    const AuditVerification verification = verifyAuditLog(temp.store());
    REQUIRE(verification.firstBreak.has_value());
    CHECK(verification.firstBreak->seq == 5);
    CHECK(verification.rowsChecked >= 3);
}
