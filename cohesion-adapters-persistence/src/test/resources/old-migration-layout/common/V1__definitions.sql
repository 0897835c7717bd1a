-- Definitions: wish maps, scales, measurements and invitations.
-- Portable SQL shared by SQLite and PostgreSQL. Definitions are small and read whole, so each is one
-- row with its full definition as JSON text; what queries filter on gets a column of its own.

CREATE TABLE wish_map (
  id         VARCHAR(100) NOT NULL PRIMARY KEY,
  version    BIGINT       NOT NULL,
  definition TEXT         NOT NULL
);

CREATE TABLE scale (
  id         VARCHAR(100) NOT NULL PRIMARY KEY,
  version    BIGINT       NOT NULL,
  definition TEXT         NOT NULL
);

CREATE TABLE measurement (
  id               VARCHAR(100) NOT NULL PRIMARY KEY,
  version          BIGINT       NOT NULL,
  scale_id         VARCHAR(100) NOT NULL REFERENCES scale (id),
  neighbourhood_id VARCHAR(100) NOT NULL,
  wave             VARCHAR(100) NOT NULL,
  -- ISO date text (yyyy-mm-dd): sorts as a date and reads the same in both databases.
  opened           VARCHAR(10)  NOT NULL
);

CREATE INDEX measurement_by_scale ON measurement (scale_id, opened, id);
CREATE INDEX measurement_by_neighbourhood ON measurement (neighbourhood_id, opened, id);

-- Invitation codes are kept only as SHA-256 hashes.
CREATE TABLE invitation (
  code_hash CHAR(64)     NOT NULL PRIMARY KEY,
  label     VARCHAR(100)
);

CREATE INDEX invitation_by_label ON invitation (label, code_hash);

-- One row per wave a code was used in; the primary key makes a code single-use per wave.
CREATE TABLE invitation_use (
  code_hash CHAR(64)     NOT NULL REFERENCES invitation (code_hash) ON DELETE CASCADE,
  wave      VARCHAR(250) NOT NULL,
  PRIMARY KEY (code_hash, wave)
);
