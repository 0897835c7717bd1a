-- Segment values (SQLite): one row per segment value of a response, written by the store together
-- with the response. The table is its own index, clustered by (wave, column, value, response), so
-- one segment of a wave is one range read in stored order and a bulk import appends to a few
-- ranges instead of updating a second index.

CREATE TABLE wish_map_segment (
  wish_map_id VARCHAR(100) NOT NULL,
  column_name VARCHAR(100) NOT NULL,
  value       TEXT         NOT NULL,
  response_id INTEGER      NOT NULL,
  PRIMARY KEY (wish_map_id, column_name, value, response_id)
) WITHOUT ROWID;

CREATE TABLE measurement_segment (
  measurement_id VARCHAR(100) NOT NULL,
  column_name    VARCHAR(100) NOT NULL,
  value          TEXT         NOT NULL,
  response_id    INTEGER      NOT NULL,
  PRIMARY KEY (measurement_id, column_name, value, response_id)
) WITHOUT ROWID;
