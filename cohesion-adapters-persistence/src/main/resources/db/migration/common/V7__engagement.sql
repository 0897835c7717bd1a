-- The engagement records: meetings, ambassadors, signals, parked topics, benefit statements and
-- results. Each is flat, so every field has a column; dates are ISO text (yyyy-mm-dd) as in V1, and
-- amounts of money are decimal text, which keeps the scale they were given with ("4500.00").
-- Ids take the placeholder collate, as in V4.

CREATE TABLE meeting (
  id               VARCHAR(100)${collate} NOT NULL PRIMARY KEY,
  version          BIGINT       NOT NULL,
  neighbourhood_id VARCHAR(100)${collate} NOT NULL REFERENCES neighbourhood (id),
  kind             VARCHAR(40)  NOT NULL,
  title            VARCHAR(200) NOT NULL,
  held             VARCHAR(10)  NOT NULL,
  attendance       INTEGER      NOT NULL CHECK (attendance >= 0)
);

CREATE INDEX meeting_by_neighbourhood ON meeting (neighbourhood_id, id);

CREATE TABLE ambassador (
  id          VARCHAR(100)${collate} NOT NULL PRIMARY KEY,
  version     BIGINT       NOT NULL,
  building_id VARCHAR(100)${collate} NOT NULL REFERENCES building (id),
  name        VARCHAR(200) NOT NULL,
  active      BOOLEAN      NOT NULL
);

CREATE INDEX ambassador_by_building ON ambassador (building_id, id);

CREATE TABLE signal (
  id            VARCHAR(100)${collate} NOT NULL PRIMARY KEY,
  version       BIGINT        NOT NULL,
  building_id   VARCHAR(100)${collate} NOT NULL REFERENCES building (id),
  ambassador_id VARCHAR(100)${collate} NOT NULL REFERENCES ambassador (id),
  heard         VARCHAR(10)   NOT NULL,
  text          VARCHAR(4000) NOT NULL,
  theme         VARCHAR(100)  NOT NULL
);

CREATE INDEX signal_by_building ON signal (building_id, id);

-- A topic is parked until a phase or until a date, never both.
CREATE TABLE parked_topic (
  id               VARCHAR(100)${collate} NOT NULL PRIMARY KEY,
  version          BIGINT        NOT NULL,
  neighbourhood_id VARCHAR(100)${collate} NOT NULL REFERENCES neighbourhood (id),
  question         VARCHAR(4000) NOT NULL,
  raised_by        INTEGER       NOT NULL CHECK (raised_by >= 1),
  status           VARCHAR(20)   NOT NULL,
  until_phase      VARCHAR(20),
  until_date       VARCHAR(10),
  message          VARCHAR(4000),
  answer           VARCHAR(4000),
  CHECK (until_phase IS NULL OR until_date IS NULL)
);

CREATE INDEX parked_topic_by_neighbourhood ON parked_topic (neighbourhood_id, id);

-- "household" is the household's pseudonym, or NULL when the statement is for the whole building.
-- No payback: both payback columns NULL.
CREATE TABLE benefit_statement (
  id                  VARCHAR(100)${collate} NOT NULL PRIMARY KEY,
  version             BIGINT       NOT NULL,
  building_id         VARCHAR(100)${collate} NOT NULL REFERENCES building (id),
  household           VARCHAR(200),
  investment          VARCHAR(60)  NOT NULL,
  monthly_cost_before VARCHAR(60)  NOT NULL,
  monthly_cost_after  VARCHAR(60)  NOT NULL,
  monthly_saving      VARCHAR(60)  NOT NULL,
  payback_months      VARCHAR(60),
  payback_years       VARCHAR(60),
  calculator          VARCHAR(100) NOT NULL,
  issued              VARCHAR(10)  NOT NULL,
  CHECK ((payback_months IS NULL) = (payback_years IS NULL))
);

CREATE INDEX benefit_statement_by_building ON benefit_statement (building_id, id);

CREATE TABLE result (
  id               VARCHAR(100)${collate} NOT NULL PRIMARY KEY,
  version          BIGINT        NOT NULL,
  neighbourhood_id VARCHAR(100)${collate} NOT NULL REFERENCES neighbourhood (id),
  shown            VARCHAR(10)   NOT NULL,
  text             VARCHAR(2000) NOT NULL
);

CREATE INDEX result_by_neighbourhood ON result (neighbourhood_id, id);
