-- Response ids are never given twice (PostgreSQL): they come from the tables' identity sequences,
-- which erasure does not wind back, and a bulk import reserves its ids from the same sequences, so
-- the response tables need no change here.

-- Invitation codes are stored as keyed hashes: HMAC-SHA256 under a key derived from the server
-- secret, instead of a bare SHA-256 that anyone with a copy of the table could test every code
-- against. A stored code cannot be re-hashed, since the code itself is not kept, so the rows
-- already here keep their bare hash and are marked "sha256"; such a code still verifies, and the
-- first time it is presented the store replaces its hash by the keyed one
-- (docs/persistence.md#invitations-and-pseudonyms). New rows say "hmac-sha256".
ALTER TABLE invitation ADD COLUMN hash_kind VARCHAR(20) NOT NULL DEFAULT 'sha256'
  CHECK (hash_kind IN ('sha256', 'hmac-sha256'));

-- Which waves a code answered was written here and never read: a code answers a wave once because
-- its pseudonym answers a wave once (the unique (respondent, wave) index of the response tables).
-- Kept apart from the answers, it also outlived a household's erasure as a record of the waves it
-- took part in.
DROP TABLE invitation_use;

-- Every new row names its hash kind; only the rows from before this migration took the default.
ALTER TABLE invitation ALTER COLUMN hash_kind DROP DEFAULT;
