-- A measurement's attribute columns declared with their values (docs/privacy.md#keys-are-declared),
-- as JSON text in the form of a wish map definition's "declarations": an array of
-- {"column", "label": {"nl", "en"}, "values": [{"code", "label": {"nl", "en"}}]}. Every
-- measurement stored before has none ("[]"); V15 declares the values its responses hold
-- (docs/persistence.md#values-declared-by-v15).
-- Portable SQL shared by SQLite and PostgreSQL.

ALTER TABLE measurement ADD COLUMN attributes TEXT NOT NULL DEFAULT '[]';
