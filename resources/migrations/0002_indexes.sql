-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: the indexes behind the fleet table, the ledger and the audit history.
-- Every index implicitly ends with the rowid, so "ORDER BY column, id" (the fleet table's stable
-- sort) and "WHERE column = ? ORDER BY id" are both walked straight from one index, forward or
-- backward, on a million cards. iccid and msisdn already have their UNIQUE indexes.

CREATE INDEX cards_by_carrier     ON cards (carrier);
CREATE INDEX cards_by_state       ON cards (state);
CREATE INDEX cards_by_department  ON cards (department);
CREATE INDEX cards_by_assignee    ON cards (assignee);
CREATE INDEX cards_by_home_area   ON cards (home_area);
CREATE INDEX cards_by_balance     ON cards (balance_fen);
CREATE INDEX cards_by_plan        ON cards (plan);
CREATE INDEX cards_by_monthly_fee ON cards (monthly_fee_fen);
CREATE INDEX cards_by_state_since ON cards (state_since);
CREATE INDEX cards_by_lost        ON cards (lost);

-- ledgerOf and the card-with-ledger stream read a card's entries in (date, id) order.
CREATE INDEX ledger_entries_by_card ON ledger_entries (card_id, date);

-- A card's history in seq order (seq is the rowid).
CREATE INDEX audit_log_by_card ON audit_log (card_id);
