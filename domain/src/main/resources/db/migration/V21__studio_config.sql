-- Benchmark Studio configuration (issue 11): per-user providers, models, settings and encrypted keys, global keys,
-- and the studio audit log. Every row of user data carries user_id and org_id; queries filter by both.

-- JSON (not JSONB) where the user's key order is part of the answer (templates, custom fields).
CREATE TABLE studio_user_settings (
    user_id              BIGINT      PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    org_id               BIGINT      NOT NULL REFERENCES organizations (id),
    defaults             JSON        NOT NULL,
    prompt_templates     JSON        NOT NULL,
    phase10              JSON        NOT NULL DEFAULT '{}',
    onboarding_completed BOOLEAN     NOT NULL DEFAULT false,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE studio_providers (
    id              BIGSERIAL   PRIMARY KEY,
    user_id         BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    org_id          BIGINT      NOT NULL REFERENCES organizations (id),
    provider_key    TEXT        NOT NULL,
    display_name    TEXT        NOT NULL,
    api_base        TEXT        NOT NULL DEFAULT '',
    api_key_env     TEXT        NOT NULL DEFAULT '',
    api_key_cipher  BYTEA,
    model_id_prefix TEXT        NOT NULL DEFAULT '',
    position        INT         NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (user_id, provider_key)
);

CREATE TABLE studio_models (
    id                BIGSERIAL   PRIMARY KEY,
    provider_id       BIGINT      NOT NULL REFERENCES studio_providers (id) ON DELETE CASCADE,
    user_id           BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    model_id          TEXT        NOT NULL,
    display_name      TEXT        NOT NULL,
    context_window    INT         NOT NULL DEFAULT 128000,
    max_output_tokens INT,
    skip_params       JSON        NOT NULL DEFAULT '[]',
    custom_fields     JSON        NOT NULL DEFAULT '{}',
    position          INT         NOT NULL,
    UNIQUE (provider_id, model_id)
);
CREATE INDEX studio_models_user_idx ON studio_models (user_id);

-- A user's own provider key (AES-GCM: 12-byte nonce || ciphertext+tag); never returned in clear.
CREATE TABLE studio_user_keys (
    id           BIGSERIAL   PRIMARY KEY,
    user_id      BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    org_id       BIGINT      NOT NULL REFERENCES organizations (id),
    provider_key TEXT        NOT NULL,
    key_name     TEXT        NOT NULL,
    cipher       BYTEA       NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (user_id, provider_key)
);

-- The platform's global keys (admin /api/env), by variable name.
CREATE TABLE studio_env_keys (
    name       TEXT        PRIMARY KEY,
    cipher     BYTEA       NOT NULL,
    last4      TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Deleting a user keeps their entries with user_id NULL (the original's rule).
CREATE TABLE studio_audit_log (
    id            BIGSERIAL   PRIMARY KEY,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    user_id       BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    username      TEXT        NOT NULL DEFAULT '',
    action        TEXT        NOT NULL,
    resource_type TEXT        NOT NULL DEFAULT '',
    resource_id   TEXT        NOT NULL DEFAULT '',
    detail        JSONB       NOT NULL DEFAULT '{}',
    ip_address    TEXT        NOT NULL DEFAULT '',
    user_agent    TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX studio_audit_log_time_idx ON studio_audit_log (created_at DESC, id DESC);
CREATE INDEX studio_audit_log_action_idx ON studio_audit_log (action, created_at DESC);
