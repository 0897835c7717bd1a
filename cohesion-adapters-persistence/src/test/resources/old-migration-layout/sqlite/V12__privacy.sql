-- Response ids are never given twice (SQLite). Without AUTOINCREMENT SQLite gives the largest id
-- in use plus one, so erasing the latest response let the next one take its id. AUTOINCREMENT
-- cannot be added to a table, so both response tables are rebuilt with it, their rows and ids
-- copied over and their indexes made anew. sqlite_sequence then starts at the largest id kept; an
-- id above it that was erased before this migration is not known and may be given once more.

CREATE TABLE wish_map_response_v12 (
  id              INTEGER      NOT NULL PRIMARY KEY AUTOINCREMENT,
  wish_map_id     VARCHAR(100) NOT NULL REFERENCES wish_map (id),
  respondent      VARCHAR(200) NOT NULL,
  idempotency_key VARCHAR(200),
  answers         BLOB         NOT NULL
);

INSERT INTO wish_map_response_v12 (id, wish_map_id, respondent, idempotency_key, answers)
SELECT id, wish_map_id, respondent, idempotency_key, answers FROM wish_map_response ORDER BY id;

DROP TABLE wish_map_response;
ALTER TABLE wish_map_response_v12 RENAME TO wish_map_response;

CREATE UNIQUE INDEX wish_map_response_respondent ON wish_map_response (respondent, wish_map_id);
CREATE UNIQUE INDEX wish_map_response_key ON wish_map_response (wish_map_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX wish_map_response_wave ON wish_map_response (wish_map_id);

CREATE TABLE measurement_response_v12 (
  id              INTEGER      NOT NULL PRIMARY KEY AUTOINCREMENT,
  measurement_id  VARCHAR(100) NOT NULL REFERENCES measurement (id),
  respondent      VARCHAR(200) NOT NULL,
  idempotency_key VARCHAR(200),
  answers         BLOB         NOT NULL
);

INSERT INTO measurement_response_v12 (id, measurement_id, respondent, idempotency_key, answers)
SELECT id, measurement_id, respondent, idempotency_key, answers FROM measurement_response ORDER BY id;

DROP TABLE measurement_response;
ALTER TABLE measurement_response_v12 RENAME TO measurement_response;

CREATE UNIQUE INDEX measurement_response_respondent
  ON measurement_response (respondent, measurement_id);
CREATE UNIQUE INDEX measurement_response_key ON measurement_response (measurement_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX measurement_response_wave ON measurement_response (measurement_id);

-- Invitation codes are stored as keyed hashes: HMAC-SHA256 under a key derived from the server
-- secret, instead of a bare SHA-256 that anyone with a copy of the table could test every code
-- against. A stored code cannot be re-hashed, since the code itself is not kept, so the rows
-- already here keep their bare hash and are marked "sha256"; such a code still verifies, and the
-- first time it is presented the store replaces its hash by the keyed one
-- (docs/persistence.md#invitations-and-pseudonyms). New rows say "hmac-sha256".
ALTER TABLE invitation ADD COLUMN hash_kind VARCHAR(20) NOT NULL DEFAULT 'sha256'
  CHECK (hash_kind IN ('sha256', 'hmac-sha256'));

-- Which waves a code answered was written here and never read: a code answers a wave once because
-- its pseudonym answers a wave once (the unique (respondent, wave) index of the response tables).
-- Kept apart from the answers, it also outlived a household's erasure as a record of the waves it
-- took part in.
DROP TABLE invitation_use;
