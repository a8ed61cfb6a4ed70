-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: the fleet table keeps only the indexes that enforce a rule or find one card.
--
-- Version 2 gave each sortable column of cards an index of its own. Together they made every
-- card written cost eleven b-tree inserts, and a 1,000,000-card import spend about 4 s building
-- them, more than twice what the sqlite3 shell needs to load the same file. What they bought is
-- small: one pass over a million cards takes about 0.1 s, so filters scan, and the fleet table
-- sorts once per query (the ids, about 0.5 s on a million cards, off the GUI thread) and then
-- fetches each page by id. Kept: UNIQUE on iccid and msisdn (rules, and the lookups by either
-- number), ledger_entries_by_card and audit_log_by_card (one card's ledger and history).

DROP INDEX cards_by_carrier;
DROP INDEX cards_by_state;
DROP INDEX cards_by_department;
DROP INDEX cards_by_assignee;
DROP INDEX cards_by_home_area;
DROP INDEX cards_by_balance;
DROP INDEX cards_by_plan;
DROP INDEX cards_by_monthly_fee;
DROP INDEX cards_by_state_since;
DROP INDEX cards_by_lost;
