-- Activities and their sessions. Targets, segments and partners are lists read and written with the
-- activity, so they are kept as JSON text in "body" with the description and the optional texts;
-- what listings filter on (the neighbourhood) and the status have columns of their own.

CREATE TABLE activity (
  id               VARCHAR(100) NOT NULL PRIMARY KEY,
  version          BIGINT       NOT NULL,
  neighbourhood_id VARCHAR(100) NOT NULL REFERENCES neighbourhood (id),
  name             VARCHAR(200) NOT NULL,
  status           VARCHAR(20)  NOT NULL,
  body             TEXT         NOT NULL
);

CREATE INDEX activity_by_neighbourhood ON activity (neighbourhood_id, id);

-- Sessions are facts that are only added; "id" keeps the order of sessions on the same day.
CREATE TABLE activity_session (
  id               INTEGER      PRIMARY KEY,
  activity_id      VARCHAR(100) NOT NULL REFERENCES activity (id),
  -- ISO date text (yyyy-mm-dd), as in V1: sorts as a date and reads the same in both databases.
  held             VARCHAR(10)  NOT NULL,
  attendance       INTEGER      NOT NULL CHECK (attendance >= 0),
  new_participants INTEGER      NOT NULL CHECK (new_participants BETWEEN 0 AND attendance)
);

CREATE INDEX activity_session_by_activity ON activity_session (activity_id, held, id);
