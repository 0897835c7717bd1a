-- A session recorded again under the same Idempotency-Key (a repeated request after a lost reply)
-- is found by its key and not added twice; the key is scoped to the caller by the API.
ALTER TABLE activity_session ADD COLUMN idempotency_key VARCHAR(200);

CREATE UNIQUE INDEX activity_session_key ON activity_session (activity_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
