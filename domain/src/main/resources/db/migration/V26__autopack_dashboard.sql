-- Autopack dashboard (seed 003): model overrides, token usage per phase result, error reports per run.

-- POST /dashboard/models/override, per organization. scope 'global' has run_id ''; scope 'run' names the run.
CREATE TABLE autopack_model_overrides (
    org_id     BIGINT      NOT NULL REFERENCES organizations (id),
    scope      TEXT        NOT NULL CHECK (scope IN ('global', 'run')),
    run_id     TEXT        NOT NULL DEFAULT '',
    role       TEXT        NOT NULL,
    category   TEXT        NOT NULL,
    complexity TEXT        NOT NULL,
    model      TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, scope, run_id, role, category, complexity)
);

-- Builder and auditor tokens of a phase as the build run last stored them (one row per phase and role, so a
-- repeated save never counts twice). Keel's executor reports totals only: no prompt/completion split.
CREATE TABLE autopack_usage (
    run_pk       BIGINT      NOT NULL REFERENCES autopack_runs (id) ON DELETE CASCADE,
    phase_id     TEXT        NOT NULL,
    role         TEXT        NOT NULL CHECK (role IN ('builder', 'auditor')),
    provider     TEXT        NOT NULL,
    model        TEXT        NOT NULL,
    total_tokens BIGINT      NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (run_pk, phase_id, role)
);
CREATE INDEX autopack_usage_recorded ON autopack_usage (recorded_at);

-- Failures the executor or the run reported; report_key makes a repeated delivery a no-op.
CREATE TABLE autopack_error_reports (
    id            BIGSERIAL PRIMARY KEY,
    run_pk        BIGINT      NOT NULL REFERENCES autopack_runs (id) ON DELETE CASCADE,
    report_key    TEXT        NOT NULL,
    phase_id      TEXT,
    error_type    TEXT        NOT NULL,
    error_message TEXT        NOT NULL,
    component     TEXT        NOT NULL,
    operation     TEXT        NOT NULL,
    context_data  JSONB       NOT NULL DEFAULT '{}',
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (run_pk, report_key)
);
