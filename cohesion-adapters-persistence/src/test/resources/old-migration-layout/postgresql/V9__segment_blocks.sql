-- Segment values as blocks of response ids (PostgreSQL). Instead of one row per response and
-- segment value, one row holds up to 1,024 ids of one segment value as an array. "block" is the id
-- the block was started with and orders the blocks of a value; "size" is how many ids the block
-- holds. A bulk import writes one row per 1,024 responses and segment value instead of 1,024 (rows
-- and index entries were two thirds of the server's work in an import); a single submission
-- appends its id to the last block of each of its values; erasure rewrites the block holding the
-- id. The key columns compare bytewise (COLLATE "C"): cheaper than the database's collation, and
-- nothing sorts segment values for display. The rows of V3's tables move over and those tables go.

CREATE TABLE wish_map_segment_block (
  wish_map_id VARCHAR(100) COLLATE "C" NOT NULL,
  column_name VARCHAR(100) COLLATE "C" NOT NULL,
  value       TEXT         COLLATE "C" NOT NULL,
  block       BIGINT       NOT NULL,
  size        INTEGER      NOT NULL,
  ids         BIGINT[]     NOT NULL,
  PRIMARY KEY (wish_map_id, column_name, value, block)
);

CREATE TABLE measurement_segment_block (
  measurement_id VARCHAR(100) COLLATE "C" NOT NULL,
  column_name    VARCHAR(100) COLLATE "C" NOT NULL,
  value          TEXT         COLLATE "C" NOT NULL,
  block          BIGINT       NOT NULL,
  size           INTEGER      NOT NULL,
  ids            BIGINT[]     NOT NULL,
  PRIMARY KEY (measurement_id, column_name, value, block)
);

INSERT INTO wish_map_segment_block (wish_map_id, column_name, value, block, size, ids)
SELECT wish_map_id, column_name, value, MIN(response_id), COUNT(*),
       array_agg(response_id ORDER BY response_id)
FROM (SELECT wish_map_id, column_name, value, response_id,
             (ROW_NUMBER() OVER (PARTITION BY wish_map_id, column_name, value
                                 ORDER BY response_id) - 1) / 1024 AS n
      FROM wish_map_segment) s
GROUP BY wish_map_id, column_name, value, n;

INSERT INTO measurement_segment_block (measurement_id, column_name, value, block, size, ids)
SELECT measurement_id, column_name, value, MIN(response_id), COUNT(*),
       array_agg(response_id ORDER BY response_id)
FROM (SELECT measurement_id, column_name, value, response_id,
             (ROW_NUMBER() OVER (PARTITION BY measurement_id, column_name, value
                                 ORDER BY response_id) - 1) / 1024 AS n
      FROM measurement_segment) s
GROUP BY measurement_id, column_name, value, n;

DROP TABLE wish_map_segment;
DROP TABLE measurement_segment;
