-- Neighbourhoods and their buildings.
-- Ids use the "C" collation so that the primary key and the listing indexes hand out rows in the
-- order Java compares strings (ORDER BY id COLLATE "C"), without a sort.

CREATE TABLE neighbourhood (
  id           VARCHAR(100) COLLATE "C" NOT NULL PRIMARY KEY,
  version      BIGINT       NOT NULL,
  name         VARCHAR(200) NOT NULL,
  municipality VARCHAR(200) NOT NULL,
  cbs_code     VARCHAR(10)
);

CREATE TABLE building (
  id               VARCHAR(100) COLLATE "C" NOT NULL PRIMARY KEY,
  version          BIGINT       NOT NULL,
  neighbourhood_id VARCHAR(100) COLLATE "C" NOT NULL REFERENCES neighbourhood (id),
  name             VARCHAR(200) NOT NULL,
  households       INTEGER      NOT NULL CHECK (households >= 1),
  stakeholder      VARCHAR(40)  NOT NULL
);

CREATE INDEX building_by_neighbourhood ON building (neighbourhood_id, id);
