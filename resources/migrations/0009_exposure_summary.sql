-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 9: what the employee exposure report needs, kept with every card the store
-- writes, so that it reads the cards held under people's resident IDs (a fifth of a fleet)
-- instead of a million cards (issue 11: 4-6 s and up to 790 MB).
--
-- exposure_key says whose exposure a card counts toward, as the core's rule decides it from the
-- holder ID (src/core/rules/HolderExposure.h): NULL for a company's card (a USCC), '' for a card
-- whose holder ID is missing or invalid (the report counts those for someone to check), else the
-- holder's resident ID. The store writes it with every card it inserts or changes
-- (src/storage/ExposureKey.cpp); the migrator fills it for the cards already stored right after
-- this file (Migrator.cpp). ADD COLUMN without a default rewrites no row.
ALTER TABLE cards ADD COLUMN exposure_key TEXT;

-- The cards the report lists or counts (not void, with a key), with every column it reads, so
-- that it reads this index alone: about 25 MB for a million cards instead of the table's 250 MB.
-- In id order, so that a new card is added at the index's end (in holder order, each of a
-- 200,000-card import's inserts would land on a page of its own: 0.8 s against 0.1 s). The read
-- that uses it spells the condition out (src/storage/ExposureReads.cpp).
CREATE INDEX cards_exposed
    ON cards (id, exposure_key, iccid, msisdn, carrier, state, department, assignee, holder_name)
    WHERE exposure_key IS NOT NULL AND state <> 'void';
