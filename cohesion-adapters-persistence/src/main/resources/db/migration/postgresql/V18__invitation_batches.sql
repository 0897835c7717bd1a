-- Invitations issued in a batch keep the batch, the registered building it was issued for (if
-- any) and the pseudonym their code answers under, so that a wave's use of each batch can be
-- counted: a code has answered a wave when a response is stored there under its pseudonym
-- (docs/privacy.md#invitation-tracking). The code itself is still not kept, and the pseudonym does
-- not give it back. Rows issued before batches keep NULL in all three and are not counted.
-- The building is not a foreign key: a batch stays as it was issued when its building is deleted.
ALTER TABLE invitation ADD COLUMN batch_id VARCHAR(100) COLLATE "C";
ALTER TABLE invitation ADD COLUMN building_id VARCHAR(100) COLLATE "C";
-- The pseudonym compares bytewise, as the respondent columns of the response tables it is joined
-- with (V10).
ALTER TABLE invitation ADD COLUMN pseudonym VARCHAR(200) COLLATE "C";

CREATE INDEX invitation_by_batch ON invitation (batch_id, building_id);
CREATE INDEX invitation_by_pseudonym ON invitation (pseudonym);
