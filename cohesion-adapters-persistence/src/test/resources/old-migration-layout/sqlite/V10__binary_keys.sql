-- Response keys led by the respondent (SQLite). The unique index that keeps a respondent to one
-- answer per wave is keyed (respondent, wave) instead of (wave, respondent): every lookup gives
-- both, and erasure and export ask for a respondent in every wave, which is now one range of the
-- index. A bulk import inserts into this index in no particular order, and with the respondent
-- first most comparisons are decided by the first column instead of passing over the wave.

DROP INDEX wish_map_response_respondent;
CREATE UNIQUE INDEX wish_map_response_respondent ON wish_map_response (respondent, wish_map_id);

DROP INDEX measurement_response_respondent;
CREATE UNIQUE INDEX measurement_response_respondent
  ON measurement_response (respondent, measurement_id);
