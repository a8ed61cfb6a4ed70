-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6: the audit log rebuilt, smaller and cheaper to append to. Measured on a
-- million-card import (docs/benchmarks.md):
--
-- * hash holds the SHA-256 itself, 32 bytes, instead of its 64 hex digits: 32 MB less per
--   million rows, which WAL mode writes twice. The chain does not change: every hash still
--   covers the hex text of the hash before it, which readers spell out again
--   (src/storage/SqlValues.h, hashAt). A stored hash that is not 64 hex digits (a tampered
--   file) is carried over as it is, so `audit verify` still names that row.
-- * card_id no longer REFERENCES cards; checking it was a lookup in cards per audit row. The
--   reference cannot dangle: a card is never deleted (the trigger below makes that a rule of
--   the file, where before only the foreign keys stood in the way), and the store writes an
--   audit row only for a card it has just inserted or read in the same transaction.
--
-- simfleet_unhex() is registered by the migrator (src/storage/Migrator.cpp): SQLite 3.40 has no
-- unhex(). DROP TABLE removes the old table's triggers and index without firing them.

CREATE TRIGGER cards_no_delete BEFORE DELETE ON cards
BEGIN
    SELECT RAISE(ABORT, 'cards are never deleted: void is a card''s last state');
END;

CREATE TABLE audit_log_v6 (
    seq        INTEGER PRIMARY KEY,
    at_utc     TEXT    NOT NULL,
    operator   TEXT    NOT NULL,
    card_id    INTEGER, -- a cards.id, or NULL for an event about no card
    iccid      TEXT    NOT NULL DEFAULT '',
    action     TEXT    NOT NULL CHECK (action = 'card-created' OR action = 'card-edited' OR
                                       action = 'ledger-entry' OR action = 'state-changed' OR
                                       action = 'lost-set' OR action = 'lost-cleared' OR
                                       action = 'holder-unmasked' OR
                                       action = 'packet-included'),
    from_state TEXT    CHECK (from_state IS NULL OR from_state = 'active' OR
                              from_state = 'arrears-cleared' OR
                              from_state = 'cancellation-requested' OR
                              from_state = 'carrier-confirmed' OR from_state = 'void'),
    to_state   TEXT    CHECK (to_state IS NULL OR to_state = 'active' OR
                              to_state = 'arrears-cleared' OR
                              to_state = 'cancellation-requested' OR
                              to_state = 'carrier-confirmed' OR to_state = 'void'),
    details    TEXT    NOT NULL DEFAULT '{}', -- compact JSON object, never unmasked personal data
    hash       BLOB    NOT NULL -- SHA-256, 32 bytes
);

INSERT INTO audit_log_v6 (seq, at_utc, operator, card_id, iccid, action, from_state, to_state,
                          details, hash)
SELECT seq, at_utc, operator, card_id, iccid, action, from_state, to_state, details,
       simfleet_unhex(hash)
FROM audit_log ORDER BY seq;

DROP TABLE audit_log;
ALTER TABLE audit_log_v6 RENAME TO audit_log;

CREATE INDEX audit_log_by_card ON audit_log (card_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
