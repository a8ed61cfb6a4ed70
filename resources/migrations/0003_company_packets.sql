-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: the company profile and the carrier submission packets (注销申请材料包).

-- The one company that holds the fleet, as its carrier paperwork names it. agent_id is the
-- agent's resident ID (personal data: shown masked except on the authorization letter).
CREATE TABLE company_profile (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    name       TEXT NOT NULL,
    uscc       TEXT NOT NULL,
    address    TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    agent_name TEXT NOT NULL DEFAULT '',
    agent_id   TEXT NOT NULL DEFAULT ''
);

-- Each packet as exported: what was sent to the carrier is evidence, so rows are only appended.
CREATE TABLE packets (
    id              INTEGER PRIMARY KEY,
    carrier         TEXT NOT NULL CHECK (carrier = 'cmcc' OR carrier = 'cucc' OR
                                         carrier = 'ctcc' OR carrier = 'cbn'),
    home_area       TEXT NOT NULL DEFAULT '',
    created_utc     TEXT NOT NULL,
    operator        TEXT NOT NULL,
    output_path     TEXT NOT NULL,
    head_audit_hash TEXT NOT NULL, -- the audit chain's head when the packet was made
    files           TEXT NOT NULL DEFAULT '[]' -- JSON array of {"name", "sha256"}
);

-- The cards of a packet in line-list order (seq from 1).
CREATE TABLE packet_cards (
    packet_id INTEGER NOT NULL REFERENCES packets (id),
    seq       INTEGER NOT NULL,
    card_id   INTEGER NOT NULL REFERENCES cards (id),
    PRIMARY KEY (packet_id, seq)
);
CREATE INDEX packet_cards_by_card ON packet_cards (card_id);

CREATE TRIGGER packets_no_update BEFORE UPDATE ON packets
BEGIN
    SELECT RAISE(ABORT, 'packets is append-only');
END;
CREATE TRIGGER packets_no_delete BEFORE DELETE ON packets
BEGIN
    SELECT RAISE(ABORT, 'packets is append-only');
END;
CREATE TRIGGER packet_cards_no_update BEFORE UPDATE ON packet_cards
BEGIN
    SELECT RAISE(ABORT, 'packet_cards is append-only');
END;
CREATE TRIGGER packet_cards_no_delete BEFORE DELETE ON packet_cards
BEGIN
    SELECT RAISE(ABORT, 'packet_cards is append-only');
END;
