-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: the tables, their constraints and the append-only triggers.
-- Applied by src/storage/Migrator.cpp in one transaction, which then records the version.
-- Codes are the core's stable codes (domain/*.h); money is integer fen; dates are ISO text
-- (YYYY-MM-DD) and instants are UTC ISO text (YYYY-MM-DDTHH:MM:SS.zzzZ), which sort correctly.
-- Code checks are written as OR chains, not "IN (...)": SQLite builds a temporary index for an
-- IN list every time a CHECK runs, which made each insert of a million-row import several times
-- slower.

CREATE TABLE cards (
    id              INTEGER PRIMARY KEY,
    iccid           TEXT    NOT NULL UNIQUE,
    msisdn          TEXT    UNIQUE, -- NULL when unknown, so several unknown numbers may coexist
    carrier         TEXT    NOT NULL CHECK (carrier = 'cmcc' OR carrier = 'cucc' OR
                                            carrier = 'ctcc' OR carrier = 'cbn'),
    plan            TEXT    NOT NULL DEFAULT '',
    monthly_fee_fen INTEGER NOT NULL DEFAULT 0,
    holder_name     TEXT    NOT NULL DEFAULT '',
    holder_id       TEXT    NOT NULL DEFAULT '',
    department      TEXT    NOT NULL DEFAULT '',
    assignee        TEXT    NOT NULL DEFAULT '',
    activated_on    TEXT,
    home_area       TEXT    NOT NULL DEFAULT '',
    state           TEXT    NOT NULL CHECK (state = 'active' OR state = 'arrears-cleared' OR
                                            state = 'cancellation-requested' OR
                                            state = 'carrier-confirmed' OR state = 'void'),
    state_since     TEXT,
    lost            INTEGER NOT NULL DEFAULT 0 CHECK (lost = 0 OR lost = 1),
    -- Cached sum of the card's ledger, kept equal to it by the store in the same transaction
    -- as every posting, so lists, filters and totals never sum a million ledgers.
    balance_fen     INTEGER NOT NULL DEFAULT 0,
    version         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE ledger_entries (
    id          INTEGER PRIMARY KEY,
    card_id     INTEGER NOT NULL REFERENCES cards (id),
    kind        TEXT    NOT NULL CHECK (kind = 'charge' OR kind = 'payment' OR
                                        kind = 'adjustment'),
    -- As written: charges and payments positive, adjustments signed.
    amount_fen  INTEGER NOT NULL CHECK (kind = 'adjustment' OR amount_fen > 0),
    date        TEXT    NOT NULL,
    reference   TEXT    NOT NULL DEFAULT '',
    operator    TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL
);

CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at_utc     TEXT    NOT NULL,
    operator   TEXT    NOT NULL,
    card_id    INTEGER REFERENCES cards (id),
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
    prev_hash  TEXT    NOT NULL,              -- hex SHA-256 of the previous row, '' for the first
    hash       TEXT    NOT NULL
);

-- History is evidence: rows are only ever appended. A corrected payment is a new adjustment,
-- not an edited row.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN
    SELECT RAISE(ABORT, 'ledger_entries is append-only');
END;
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN
    SELECT RAISE(ABORT, 'ledger_entries is append-only');
END;

-- One editable profile per carrier, as a JSON object (see src/storage/CarrierProfileJson.h).
-- Seeded from resources/carriers/default_profiles.json in this same migration step.
CREATE TABLE carrier_profiles (
    carrier TEXT PRIMARY KEY CHECK (carrier = 'cmcc' OR carrier = 'cucc' OR carrier = 'ctcc' OR
                                    carrier = 'cbn'),
    profile TEXT NOT NULL
);
