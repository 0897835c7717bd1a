-- Initiatives. The principles and the team are lists read and written with the initiative, so they are
-- kept as JSON text in "body" (with the neighbourhoods, in order); initiative_neighbourhood copies
-- the neighbourhoods out of it, in the same transaction, so that each is a stored neighbourhood and
-- the initiatives of a neighbourhood are an index range.

CREATE TABLE initiative (
  id      VARCHAR(100) NOT NULL PRIMARY KEY,
  version BIGINT       NOT NULL,
  name    VARCHAR(200) NOT NULL,
  body    TEXT         NOT NULL
);

CREATE TABLE initiative_neighbourhood (
  initiative_id    VARCHAR(100) NOT NULL REFERENCES initiative (id),
  neighbourhood_id VARCHAR(100) NOT NULL REFERENCES neighbourhood (id),
  PRIMARY KEY (initiative_id, neighbourhood_id)
);

CREATE INDEX initiative_by_neighbourhood ON initiative_neighbourhood (neighbourhood_id, initiative_id);
