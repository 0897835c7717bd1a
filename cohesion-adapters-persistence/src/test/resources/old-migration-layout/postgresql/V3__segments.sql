-- Segment values (PostgreSQL): one row per segment value of a response, written and erased by the
-- store only together with the response, in the same transaction. The primary key is the one
-- index: (wave, column, value, response) makes one segment of a wave an index range in stored
-- order. No foreign key to the response: a check per row made bulk imports several times slower.

CREATE TABLE wish_map_segment (
  wish_map_id VARCHAR(100) NOT NULL,
  column_name VARCHAR(100) NOT NULL,
  value       TEXT         NOT NULL,
  response_id BIGINT       NOT NULL,
  PRIMARY KEY (wish_map_id, column_name, value, response_id)
);

CREATE TABLE measurement_segment (
  measurement_id VARCHAR(100) NOT NULL,
  column_name    VARCHAR(100) NOT NULL,
  value          TEXT         NOT NULL,
  response_id    BIGINT       NOT NULL,
  PRIMARY KEY (measurement_id, column_name, value, response_id)
);
