-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 7: a card's home area (归属地) as the fleet says it.
--
-- home_area stays what the geocoder derives from the number. declared_home_area is what a fleet
-- file's home_area / 归属地 column or an edit gave, kept as given; '' when none was, which is
-- every card of an older file. A card's home area (what packets are split by, what reports group
-- and filters match) is the declared one when it is not '', else home_area
-- (Card::homeArea; src/storage/CardFilterSql.cpp, kHomeAreaIs). ADD COLUMN with a constant default rewrites no
-- row, so a million-card file migrates at once.

ALTER TABLE cards ADD COLUMN declared_home_area TEXT NOT NULL DEFAULT '';
