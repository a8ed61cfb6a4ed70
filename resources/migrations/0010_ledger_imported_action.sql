-- Version 10: a ledger file import is recorded as one audit row, 'ledger-imported', that seals
-- the entries it stored (docs/architecture.md, "A ledger file is read once too"), instead of a
-- row per entry. audit_log's CHECK names every action, so it must allow the new one.
--
-- The CHECK only widens: every stored row passes it as before, and nothing in the file's format
-- depends on it. So the table's definition is changed in place, SQLite's documented way for such
-- a change (https://www.sqlite.org/lang_altertable.html, "Making other kinds of table schema
-- changes"), instead of copying a log of millions of rows into a new table. Migrator.cpp checks
-- that the definition changed and bumps the schema version, so every connection reads it again.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'action = ''packet-included''),',
                  'action = ''packet-included'' OR' || char(10) ||
                  '                                       action = ''ledger-imported''),')
WHERE type = 'table' AND name = 'audit_log';
PRAGMA writable_schema = RESET;
