// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <memory>
#include <string>
#include <unordered_map>

namespace simfleet::sqlite {

// Prepared statements kept for the life of the connection, so a bulk import binds and steps
// without ever re-preparing. Only for statements that are run to the end (or reset) before the
// next use: a streaming cursor prepares its own statement, so a visitor may query the store.
class StatementCache {
public:
    explicit StatementCache(SQLite::Database& db) : m_db(db) {}

    // The statement for sql, reset and with its bindings cleared.
    SQLite::Statement& get(const std::string& sql);

    SQLite::Database& database() { return m_db; }

private:
    SQLite::Database& m_db;
    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> m_statements;
};

// Resets a cached statement when it goes out of scope, so a half-read SELECT does not keep a
// read transaction (and its WAL snapshot) open behind the caller's back.
class StatementUse {
public:
    explicit StatementUse(SQLite::Statement& statement) : m_statement(statement) {}
    StatementUse(StatementCache& cache, const std::string& sql) : m_statement(cache.get(sql)) {}
    StatementUse(const StatementUse&) = delete;
    StatementUse& operator=(const StatementUse&) = delete;
    ~StatementUse() { m_statement.tryReset(); }

    SQLite::Statement& operator*() { return m_statement; }
    SQLite::Statement* operator->() { return &m_statement; }

private:
    SQLite::Statement& m_statement;
};

} // namespace simfleet::sqlite
