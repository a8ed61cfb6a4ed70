-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 8: what the outstanding report and the status bar need, kept up to date in the
-- same transaction as every posting, so that they read a few thousand rows instead of a million
-- ledgers (issue 11: 12-17 s on a million cards with a year of bills).
--
-- card_arrears holds each card's unpaid charges after its payments and negative adjustments have
-- settled the oldest charges first (docs/domain.md, "Aging"), one row per card and charge date.
-- Its rows for a card sum to the card's balance when that is above zero; a card that owes nothing
-- has none. The store rewrites a card's rows from its ledger whenever something is posted to it
-- (src/storage/ArrearsSummary.cpp), and the migrator builds them for the ledger already stored
-- right after this file (Migrator.cpp).
CREATE TABLE card_arrears (
    card_id    INTEGER NOT NULL,
    day        TEXT    NOT NULL, -- the charges' date, YYYY-MM-DD
    unpaid_fen INTEGER NOT NULL CHECK (unpaid_fen > 0),
    PRIMARY KEY (card_id, day)
) WITHOUT ROWID;

-- The same money summed per report group: grouping is 'carrier', 'department', 'assignee' or
-- 'home-area' (the report's codes), group_key the card's value for it ('' for none). A card's
-- arrears move between groups when an edit changes its department, assignee or home area.
CREATE TABLE group_arrears (
    grouping   TEXT    NOT NULL,
    group_key  TEXT    NOT NULL,
    day        TEXT    NOT NULL,
    unpaid_fen INTEGER NOT NULL,
    PRIMARY KEY (grouping, group_key, day)
) WITHOUT ROWID;

-- How many cards owe money in each group.
CREATE TABLE group_owing_cards (
    grouping  TEXT    NOT NULL,
    group_key TEXT    NOT NULL,
    cards     INTEGER NOT NULL,
    PRIMARY KEY (grouping, group_key)
) WITHOUT ROWID;

-- The newest date in the ledger. The summaries count every entry, so they answer for a day on or
-- after this one; a report as of an earlier day reads the entries up to that day instead.
CREATE TABLE ledger_extent (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_date TEXT NOT NULL
);
INSERT INTO ledger_extent (id, last_date)
SELECT 1, max(date) FROM ledger_entries HAVING max(date) IS NOT NULL;

-- A card's entries are read in date order with their kind and amount straight from the index,
-- never from the table's rows: a million ledgers fold in one pass over it.
DROP INDEX ledger_entries_by_card;
CREATE INDEX ledger_entries_by_card ON ledger_entries (card_id, date, kind, amount_fen);

-- How many cards are in each state, by the business day (China Standard Time) they entered it,
-- and their monthly rent: the pipeline's stages and the rent the savings report still counts,
-- as the fleet stands. The store keeps it with every card it inserts or changes
-- (src/storage/StateDays.cpp). since is '' for a card whose state has no known start.
CREATE TABLE state_days (
    state           TEXT    NOT NULL,
    since           TEXT    NOT NULL,
    cards           INTEGER NOT NULL,
    monthly_fee_fen INTEGER NOT NULL,
    PRIMARY KEY (state, since)
) WITHOUT ROWID;
INSERT INTO state_days (state, since, cards, monthly_fee_fen)
SELECT state, coalesce(date(state_since, '+8 hours'), ''), count(*), sum(monthly_fee_fen)
FROM cards GROUP BY 1, 2;

-- Small indexes over the few cards and events that the status bar and today's reports list, so
-- that finding them does not read a million cards or millions of audit rows: the cards in
-- credit, cleared but owing again, awaiting the carrier, confirmed by it and reported lost; the
-- changes that reopened a card, and the events into carrier-confirmed. The reads that use them
-- spell these conditions out (src/storage/StandingReads.cpp).
CREATE INDEX cards_in_credit ON cards (balance_fen) WHERE balance_fen < 0;
CREATE INDEX cards_cleared_owing ON cards (id) WHERE state = 'arrears-cleared' AND balance_fen > 0;
CREATE INDEX cards_requested ON cards (id) WHERE state = 'cancellation-requested';
CREATE INDEX cards_confirmed ON cards (id) WHERE state = 'carrier-confirmed';
CREATE INDEX cards_lost ON cards (id) WHERE lost = 1;
-- The audit rows are keyed by seq, the order they are read in: keyed by anything else, SQLite
-- would rather read the whole log in seq order than sort the few rows.
CREATE INDEX audit_log_reopenings ON audit_log (seq)
    WHERE action = 'state-changed' AND from_state = 'arrears-cleared' AND to_state = 'active';
CREATE INDEX audit_log_confirmations ON audit_log (seq) WHERE to_state = 'carrier-confirmed';
