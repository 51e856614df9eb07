-- Tenancy and identity
CREATE TABLE organizations (
    id          BIGSERIAL PRIMARY KEY,
    name        TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id                 BIGSERIAL PRIMARY KEY,
    org_id             BIGINT      NOT NULL REFERENCES organizations (id),
    email              TEXT        NOT NULL,
    username           TEXT,
    full_name          TEXT        NOT NULL,
    password_hash      TEXT        NOT NULL,
    role               TEXT        NOT NULL,
    is_platform_admin  BOOLEAN     NOT NULL DEFAULT false,
    is_active          BOOLEAN     NOT NULL DEFAULT true,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_uq ON users (lower(email));
CREATE UNIQUE INDEX users_username_uq ON users (lower(username)) WHERE username IS NOT NULL;
CREATE INDEX users_org_idx ON users (org_id);

-- Asymmetric JWT signing keys; kept in the database so a restart does not log everyone out.
CREATE TABLE signing_keys (
    kid          TEXT PRIMARY KEY,
    algorithm    TEXT        NOT NULL,
    private_key  BYTEA       NOT NULL,
    public_key   BYTEA       NOT NULL,
    active       BOOLEAN     NOT NULL DEFAULT true,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Opaque refresh tokens, stored hashed; rotation keeps the family, reuse of a rotated token revokes it.
CREATE TABLE refresh_tokens (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   UUID        NOT NULL,
    token_hash  TEXT        NOT NULL UNIQUE,
    expires_at  TIMESTAMPTZ NOT NULL,
    rotated_at  TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);

-- Long-lived CLI tokens (JWTs whose jti is listed here so they can be revoked).
CREATE TABLE cli_tokens (
    jti         TEXT PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- X-API-Key credentials for the Autopack executor trust boundary, stored as SHA-256 hashes.
CREATE TABLE api_keys (
    id          BIGSERIAL PRIMARY KEY,
    org_id      BIGINT      NOT NULL REFERENCES organizations (id),
    name        TEXT        NOT NULL,
    key_hash    TEXT        NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ
);

-- Run index: every workflow Keel starts, so lists never depend on Temporal visibility.
CREATE TABLE runs (
    id            BIGSERIAL PRIMARY KEY,
    org_id        BIGINT      NOT NULL REFERENCES organizations (id),
    kind          TEXT        NOT NULL,
    business_key  TEXT        NOT NULL,
    workflow_id   TEXT        NOT NULL UNIQUE,
    status        TEXT        NOT NULL,
    summary       TEXT        NOT NULL DEFAULT '',
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at  TIMESTAMPTZ
);
CREATE INDEX runs_org_kind_idx ON runs (org_id, kind, created_at DESC);

-- Progress events appended by activities; the id is the SSE event id (Last-Event-ID resumes after it).
CREATE TABLE run_events (
    id          BIGSERIAL PRIMARY KEY,
    run_id      BIGINT      NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    type        TEXT        NOT NULL,
    data        JSONB       NOT NULL DEFAULT '{}'::jsonb,
    dedupe_key  TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX run_events_run_idx ON run_events (run_id, id);
CREATE UNIQUE INDEX run_events_dedupe_uq ON run_events (run_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
