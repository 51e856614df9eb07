-- At most one active signing key: concurrent first starts race on this index and only one insert wins.
CREATE UNIQUE INDEX signing_keys_one_active_uq ON signing_keys ((true)) WHERE active;

ALTER TABLE refresh_tokens ADD COLUMN org_id BIGINT REFERENCES organizations (id);
ALTER TABLE cli_tokens ADD COLUMN org_id BIGINT REFERENCES organizations (id);
CREATE INDEX cli_tokens_user_idx ON cli_tokens (org_id, user_id);
CREATE INDEX api_keys_org_idx ON api_keys (org_id);
