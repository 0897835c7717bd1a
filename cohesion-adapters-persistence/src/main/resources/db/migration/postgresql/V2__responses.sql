-- Responses (PostgreSQL). One row per response; its answers are compact JSON text (text, not
-- jsonb: it is written by COPY and read back whole, never queried inside except when segments are
-- copied out below). Segment values go to a side table so that one segment of a wave is an index
-- range.

CREATE TABLE wish_map_response (
  id              BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  wish_map_id     VARCHAR(100) NOT NULL REFERENCES wish_map (id),
  respondent      VARCHAR(200) NOT NULL,
  idempotency_key VARCHAR(200),
  answers         TEXT         NOT NULL
);

-- A respondent answers a wave once; also how erasure finds a respondent's rows per wave.
CREATE UNIQUE INDEX wish_map_response_respondent ON wish_map_response (wish_map_id, respondent);
CREATE UNIQUE INDEX wish_map_response_key ON wish_map_response (wish_map_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
-- Reading a wave in stored order.
CREATE INDEX wish_map_response_wave ON wish_map_response (wish_map_id, id);

CREATE TABLE wish_map_segment (
  response_id BIGINT       NOT NULL REFERENCES wish_map_response (id) ON DELETE CASCADE,
  column_name VARCHAR(100) NOT NULL,
  value       TEXT         NOT NULL,
  wish_map_id VARCHAR(100) NOT NULL,
  PRIMARY KEY (response_id, column_name)
);

CREATE INDEX wish_map_segment_lookup ON wish_map_segment (wish_map_id, column_name, value, response_id);

CREATE TABLE measurement_response (
  id              BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  measurement_id  VARCHAR(100) NOT NULL REFERENCES measurement (id),
  respondent      VARCHAR(200) NOT NULL,
  idempotency_key VARCHAR(200),
  answers         TEXT         NOT NULL
);

CREATE UNIQUE INDEX measurement_response_respondent ON measurement_response (measurement_id, respondent);
CREATE UNIQUE INDEX measurement_response_key ON measurement_response (measurement_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX measurement_response_wave ON measurement_response (measurement_id, id);

CREATE TABLE measurement_segment (
  response_id    BIGINT       NOT NULL REFERENCES measurement_response (id) ON DELETE CASCADE,
  column_name    VARCHAR(100) NOT NULL,
  value          TEXT         NOT NULL,
  measurement_id VARCHAR(100) NOT NULL,
  PRIMARY KEY (response_id, column_name)
);

CREATE INDEX measurement_segment_lookup ON measurement_segment (measurement_id, column_name, value, response_id);
