-- The codings of wishes and the keywords declared for a wish map's values (docs/api.md#coding-wishes).
-- Portable SQL shared by SQLite and PostgreSQL.
--
-- A coding names its wish by the response's stored id and the wish's position (from 1), never by
-- the respondent's pseudonym. "value_codes" holds the value codes the coordinator confirmed,
-- separated by single spaces (codes have no spaces), and is empty for a wish coded to no value.
-- There is no foreign key to the response: a coding stays while the response's answers are kept
-- for a release state after an erasure, and is deleted with them (docs/privacy.md#wishes).
-- Deleting the wish map deletes both tables' rows.

CREATE TABLE wish_coding (
  wish_map_id VARCHAR(100) NOT NULL REFERENCES wish_map (id) ON DELETE CASCADE,
  response_id BIGINT       NOT NULL,
  position    INTEGER      NOT NULL CHECK (position >= 1),
  version     BIGINT       NOT NULL CHECK (version >= 2),
  value_codes TEXT         NOT NULL,
  PRIMARY KEY (wish_map_id, response_id, position)
);

-- "keywords" is JSON text: an object from value code to an array of keywords.
CREATE TABLE wish_keywords (
  wish_map_id VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES wish_map (id) ON DELETE CASCADE,
  version     BIGINT       NOT NULL CHECK (version >= 2),
  keywords    TEXT         NOT NULL
);
