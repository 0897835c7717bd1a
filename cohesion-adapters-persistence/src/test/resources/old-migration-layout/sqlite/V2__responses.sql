-- Responses (SQLite). One row per response; its answers are one compact binary value (see
-- ResponseFormat in the code) read back in one piece. Ids come from the rowid, so rows of a wave
-- read back in the order stored.

CREATE TABLE wish_map_response (
  id              INTEGER      NOT NULL PRIMARY KEY,
  wish_map_id     VARCHAR(100) NOT NULL REFERENCES wish_map (id),
  respondent      VARCHAR(200) NOT NULL,
  idempotency_key VARCHAR(200),
  answers         BLOB         NOT NULL
);

-- A respondent answers a wave once; also how erasure finds a respondent's rows per wave.
CREATE UNIQUE INDEX wish_map_response_respondent ON wish_map_response (wish_map_id, respondent);
CREATE UNIQUE INDEX wish_map_response_key ON wish_map_response (wish_map_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
-- Reading a wave in stored order (the rowid is part of every SQLite index).
CREATE INDEX wish_map_response_wave ON wish_map_response (wish_map_id);

CREATE TABLE measurement_response (
  id              INTEGER      NOT NULL PRIMARY KEY,
  measurement_id  VARCHAR(100) NOT NULL REFERENCES measurement (id),
  respondent      VARCHAR(200) NOT NULL,
  idempotency_key VARCHAR(200),
  answers         BLOB         NOT NULL
);

CREATE UNIQUE INDEX measurement_response_respondent ON measurement_response (measurement_id, respondent);
CREATE UNIQUE INDEX measurement_response_key ON measurement_response (measurement_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX measurement_response_wave ON measurement_response (measurement_id);
