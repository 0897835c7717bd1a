-- What a resident's erasure reaches beyond their answers (docs/privacy.md#erasure). Portable SQL
-- shared by SQLite and PostgreSQL; ids take the placeholder collate, as in V16.

-- What the funnel's released months keep of an erased household: its phases as recorded up to
-- "until" (the last day of the last month released before the erasure), under a stand-in
-- ("erased-" and 32 random hex digits) in the place of its pseudonym. "moves" is JSON text as in
-- household_phase, each move dated the day it was recorded and without its reference. The rows go
-- with their building.
CREATE TABLE household_phase_retained (
  id          VARCHAR(200)${collate} NOT NULL PRIMARY KEY,
  building_id VARCHAR(100)${collate} NOT NULL REFERENCES building (id) ON DELETE CASCADE,
  until       VARCHAR(10) NOT NULL,
  moves       TEXT        NOT NULL
);

CREATE INDEX household_phase_retained_by_building ON household_phase_retained (building_id, id);

-- A household's benefit statements are found and erased by its pseudonym.
CREATE INDEX benefit_statement_by_household ON benefit_statement (household);
