-- Answers kept for a release state after their respondent's erasure (SQLite).
--
-- An erasure removes a resident's responses from the response tables at once: no listing, export,
-- count or live figure holds them any more. Where the last release state of a wave held such a
-- response, its answers are copied here in the same transaction, under a stand-in instead of the
-- pseudonym ("erased-" and 32 random hex digits, one per erasure, the same in every wave it
-- touched), so that the figures the state released stay as they were (docs/privacy.md#erasure).
-- Cutting the next state of the wave deletes its rows here; so does deleting the wave.
-- "id" is the response id the state holds; "answers" is the stored answers, unchanged.

CREATE TABLE wish_map_response_retained (
  wish_map_id VARCHAR(100) NOT NULL REFERENCES wish_map (id) ON DELETE CASCADE,
  id          BIGINT       NOT NULL,
  respondent  VARCHAR(200) NOT NULL,
  answers     BLOB         NOT NULL,
  PRIMARY KEY (wish_map_id, id)
);

CREATE TABLE measurement_response_retained (
  measurement_id VARCHAR(100) NOT NULL REFERENCES measurement (id) ON DELETE CASCADE,
  id             BIGINT       NOT NULL,
  respondent     VARCHAR(200) NOT NULL,
  answers        BLOB         NOT NULL,
  PRIMARY KEY (measurement_id, id)
);
