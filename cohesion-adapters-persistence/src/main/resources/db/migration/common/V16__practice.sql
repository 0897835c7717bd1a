-- The KetelhuisWG practice kept (docs/practice.md): each household's phase with the history of its
-- moves, the market consultations an initiative held, and a declared theme and a follow-up for
-- every signal. Portable SQL shared by SQLite and PostgreSQL; ids take the placeholder collate, as
-- in V4.

-- "id" is the household's pseudonym, never a name. "moves" is the history as JSON text, oldest
-- first: [{"from", "to", "date", "recorded", "reason", "reference"}]; "phase" repeats the last
-- move's "to" so that a building's households can be counted by phase in SQL.
CREATE TABLE household_phase (
  id          VARCHAR(200)${collate} NOT NULL PRIMARY KEY,
  version     BIGINT      NOT NULL,
  building_id VARCHAR(100)${collate} NOT NULL REFERENCES building (id),
  phase       VARCHAR(20) NOT NULL,
  moves       TEXT        NOT NULL
);

CREATE INDEX household_phase_by_building ON household_phase (building_id, id);

-- "body" holds the principles of the day, the number of partners, the options with their verdict
-- per principle, and the votes, as JSON text.
CREATE TABLE market_consultation (
  id            VARCHAR(100)${collate} NOT NULL PRIMARY KEY,
  version       BIGINT      NOT NULL,
  initiative_id VARCHAR(100)${collate} NOT NULL REFERENCES initiative (id),
  held          VARCHAR(10) NOT NULL,
  body          TEXT        NOT NULL
);

CREATE INDEX market_consultation_by_initiative ON market_consultation (initiative_id, id);

-- A signal's follow-up and the day it was recorded. Signals stored before were recorded, as far as
-- anyone knows, the day they were heard, and their follow-up is open, set by their ambassador then.
ALTER TABLE signal ADD COLUMN follow_up_status VARCHAR(20) NOT NULL DEFAULT 'OPEN';
ALTER TABLE signal ADD COLUMN follow_up_by VARCHAR(100) NOT NULL DEFAULT '';
ALTER TABLE signal ADD COLUMN follow_up_on VARCHAR(10) NOT NULL DEFAULT '';
ALTER TABLE signal ADD COLUMN recorded VARCHAR(10) NOT NULL DEFAULT '';
UPDATE signal SET follow_up_by = ambassador_id, follow_up_on = heard, recorded = heard;

-- Themes were free text; now they are codes from a declared list. A theme that is one of the codes
-- in another case keeps it; any other becomes "other", and its words move to the end of the text
-- so that nothing said is lost.
UPDATE signal
SET text = SUBSTR(text || ' [' || theme || ']', 1, 4000), theme = 'other'
WHERE LOWER(theme) NOT IN
  ('costs', 'nuisance', 'technical', 'timing', 'information', 'trust', 'other');
UPDATE signal SET theme = LOWER(theme);
