-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5: an audit row no longer stores its predecessor's hash.
--
-- prev_hash repeated the hash column of the row before it (seq - 1): 64 bytes of every row, a
-- fifth of what a million-card import writes to its audit log, twice over in WAL mode. Readers
-- now take it from that row (src/storage/AuditRowMapper.h). The chain is as strong as before:
-- every row's hash still covers the previous hash, so a changed, removed or reordered row still
-- breaks it at that row, and `audit verify` says where.
--
-- DROP COLUMN rewrites the table without firing the append-only triggers of version 1.

ALTER TABLE audit_log DROP COLUMN prev_hash;
