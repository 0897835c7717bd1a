-- Neighbourhoods and their buildings.
-- Ids compare byte by byte (the placeholder collate is the "C" collation on PostgreSQL; SQLite's
-- BINARY does so already), so that the primary key and the listing indexes hand out rows in the
-- order Java compares strings, without a sort.

CREATE TABLE neighbourhood (
  id           VARCHAR(100)${collate} NOT NULL PRIMARY KEY,
  version      BIGINT       NOT NULL,
  name         VARCHAR(200) NOT NULL,
  municipality VARCHAR(200) NOT NULL,
  cbs_code     VARCHAR(10)
);

CREATE TABLE building (
  id               VARCHAR(100)${collate} NOT NULL PRIMARY KEY,
  version          BIGINT       NOT NULL,
  neighbourhood_id VARCHAR(100)${collate} NOT NULL REFERENCES neighbourhood (id),
  name             VARCHAR(200) NOT NULL,
  households       INTEGER      NOT NULL CHECK (households >= 1),
  stakeholder      VARCHAR(40)  NOT NULL
);

CREATE INDEX building_by_neighbourhood ON building (neighbourhood_id, id);
