-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 11: a card's ICCID and number stay unique through two named UNIQUE indexes,
-- cards_iccid and cards_msisdn, instead of UNIQUE in the columns' definitions.
--
-- An index that a column's UNIQUE made can never be dropped; a named one can. A card import into
-- an empty fleet drops the two and builds them again by one sort once its cards are in, in the
-- same transaction (src/storage/CardIndexes.h): kept up card by card, numbers from anywhere land
-- all over the number index, the largest part of a million-card import's storing.
--
-- The rule does not change, nor do the stored indexes: SQLite keeps the index behind a column's
-- UNIQUE as it keeps CREATE UNIQUE INDEX over that column (the column, then the rowid, in the
-- column's collation), and it still says "UNIQUE constraint failed: cards.iccid". So, instead of
-- copying a million cards into a new table, the definitions are changed in place, SQLite's
-- documented way for a change that leaves what is stored as it is
-- (https://www.sqlite.org/lang_altertable.html, "Making other kinds of table schema changes"):
-- the table's text loses the two UNIQUEs, and the two automatic indexes become named ones over
-- the same b-trees. Migrator.cpp checks that both were found and bumps the schema version, so
-- every connection reads the new definitions.
PRAGMA writable_schema = ON;

-- SQLite numbers a table's automatic indexes in the order of its constraints: 1 for iccid, 2 for
-- msisdn. Migrator.cpp checks each named index's column afterwards.
UPDATE sqlite_schema
SET name = 'cards_iccid', sql = 'CREATE UNIQUE INDEX cards_iccid ON cards (iccid)'
WHERE type = 'index' AND tbl_name = 'cards' AND name = 'sqlite_autoindex_cards_1';

UPDATE sqlite_schema
SET name = 'cards_msisdn', sql = 'CREATE UNIQUE INDEX cards_msisdn ON cards (msisdn)'
WHERE type = 'index' AND tbl_name = 'cards' AND name = 'sqlite_autoindex_cards_2';

UPDATE sqlite_schema
SET sql = replace(replace(sql,
                          'iccid           TEXT    NOT NULL UNIQUE,',
                          'iccid           TEXT    NOT NULL, -- unique: cards_iccid'),
                  'msisdn          TEXT    UNIQUE, -- NULL when unknown',
                  'msisdn          TEXT, -- unique (cards_msisdn); NULL when unknown')
WHERE type = 'table' AND name = 'cards';

PRAGMA writable_schema = RESET;
