#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The floor under any SimFleet import: the sqlite3 shell moving a CSV's rows into SimFleet's own
# schema (every index, one audit row per card with a dummy hash, 64 KiB pages, WAL, FULL sync,
# foreign keys) in one INSERT ... SELECT, with no validation, no hashing and no per-row
# statements. Compare with a plain .import of the file.
#
#   bench/schema-floor.sh CARDS.csv [MIGRATIONS_DIR]
# (simfleet-bench --csv-only --dir D writes D/cards.csv)
set -eu
csv=$1
migrations=${2:-$(dirname "$0")/../resources/migrations}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
hash="X'0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'"

sqlite3 "$work/plain.db" "CREATE TABLE unused (x)"
/usr/bin/time -f "plain .import:          %e s wall, %U s user, %S s sys" \
    sqlite3 "$work/plain.db" ".import --csv $csv cards"

sqlite3 "$work/floor.db" "PRAGMA page_size=65536; CREATE TABLE staged_placeholder (x); DROP TABLE staged_placeholder;"
# The shell lacks the migrator's simfleet_unhex(); on a new, empty audit log it has nothing to do.
cat "$migrations"/*.sql | sed 's/simfleet_unhex(hash)/hash/' | sqlite3 "$work/floor.db"
sqlite3 "$work/floor.db" ".import --csv $csv staged"
/usr/bin/time -f "SimFleet schema floor:  %e s wall, %U s user, %S s sys" \
    sqlite3 "$work/floor.db" >/dev/null <<SQL
PRAGMA journal_mode=WAL;
PRAGMA synchronous=FULL;
PRAGMA foreign_keys=ON;
BEGIN;
INSERT INTO cards (iccid, msisdn, carrier, plan, monthly_fee_fen, holder_name, holder_id,
                   department, assignee, activated_on, home_area, state, state_since)
SELECT iccid, msisdn, 'cmcc', plan, 5800, holder_name, holder_id, department, assignee,
       activated_on, '北京市', 'active', '2025-01-01T00:00:00.000Z' FROM staged;
INSERT INTO audit_log (at_utc, operator, card_id, iccid, action, to_state, details, hash)
SELECT '2025-01-01T00:00:00.000Z', 'bench', id, iccid, 'card-created', 'active',
       '{"source":"import"}', $hash FROM cards;
COMMIT;
SQL
