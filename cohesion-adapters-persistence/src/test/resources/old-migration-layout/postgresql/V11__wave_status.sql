-- Open and closed waves, and the release states their closes cut (PostgreSQL).
--
-- A wish map or measurement without a status row is open without a closing date at version 1:
-- every wave stored before this migration stays open until a coordinator closes it. The first
-- change of its status inserts the row at version 2; later changes raise the version by one.
-- "closes" is the instant an open wave closes by itself (ISO-8601 text in UTC, as Instant prints
-- it); a wave that closed by its date keeps it.
--
-- Each close that releases cuts a state: the ids of the responses present at that moment, in
-- ascending order, stored as one compact value ("respondents": the first id and then each gap to
-- the next, as unsigned LEB128 varints; see IdDeltas in the code) with their count in "size".
-- States are numbered from 1 per wave and never change. Status and states go with their wave when
-- it is deleted (which is allowed only while it has no responses).

CREATE TABLE wish_map_status (
  wish_map_id VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES wish_map (id) ON DELETE CASCADE,
  version     BIGINT       NOT NULL CHECK (version >= 2),
  closed      BOOLEAN      NOT NULL,
  closes      VARCHAR(40)
);

CREATE TABLE wish_map_release_state (
  wish_map_id VARCHAR(100) NOT NULL REFERENCES wish_map (id) ON DELETE CASCADE,
  sequence    INTEGER      NOT NULL CHECK (sequence >= 1),
  cut_at      VARCHAR(40)  NOT NULL,
  size        INTEGER      NOT NULL CHECK (size >= 0),
  respondents BYTEA        NOT NULL,
  PRIMARY KEY (wish_map_id, sequence)
);

CREATE TABLE measurement_status (
  measurement_id VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES measurement (id) ON DELETE CASCADE,
  version        BIGINT       NOT NULL CHECK (version >= 2),
  closed         BOOLEAN      NOT NULL,
  closes         VARCHAR(40)
);

CREATE TABLE measurement_release_state (
  measurement_id VARCHAR(100) NOT NULL REFERENCES measurement (id) ON DELETE CASCADE,
  sequence       INTEGER      NOT NULL CHECK (sequence >= 1),
  cut_at         VARCHAR(40)  NOT NULL,
  size           INTEGER      NOT NULL CHECK (size >= 0),
  respondents    BYTEA        NOT NULL,
  PRIMARY KEY (measurement_id, sequence)
);
