-- Autopack build runs (seed 003): the run, tier and phase state the BuildRunWorkflow holds, as it persists it.
CREATE TABLE autopack_runs (
    id                   BIGSERIAL PRIMARY KEY,
    org_id               BIGINT      NOT NULL REFERENCES organizations (id),
    run_id               TEXT        NOT NULL,
    workflow_id          TEXT        NOT NULL UNIQUE,
    state                TEXT        NOT NULL,
    safety_profile       TEXT        NOT NULL,
    run_scope            TEXT        NOT NULL,
    token_cap            BIGINT      NOT NULL,
    max_phases           INT         NOT NULL,
    max_duration_minutes NUMERIC     NOT NULL,
    tokens_used          BIGINT      NOT NULL DEFAULT 0,
    ci_runs_used         INT         NOT NULL DEFAULT 0,
    minor_issues_count   INT         NOT NULL DEFAULT 0,
    major_issues_count   INT         NOT NULL DEFAULT 0,
    failure_reason       TEXT,
    -- The workflow's change counter: a save older than the stored one is ignored.
    state_version        BIGINT      NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at         TIMESTAMPTZ,
    UNIQUE (org_id, run_id)
);
CREATE INDEX autopack_runs_org_created ON autopack_runs (org_id, created_at DESC, id DESC);

CREATE TABLE autopack_tiers (
    id                 BIGSERIAL PRIMARY KEY,
    run_pk             BIGINT NOT NULL REFERENCES autopack_runs (id) ON DELETE CASCADE,
    tier_id            TEXT   NOT NULL,
    tier_index         INT    NOT NULL,
    name               TEXT   NOT NULL,
    description        TEXT,
    state              TEXT   NOT NULL DEFAULT 'PENDING',
    minor_issues_count INT    NOT NULL DEFAULT 0,
    major_issues_count INT    NOT NULL DEFAULT 0,
    UNIQUE (run_pk, tier_id)
);

CREATE TABLE autopack_phases (
    id                 BIGSERIAL PRIMARY KEY,
    run_pk             BIGINT  NOT NULL REFERENCES autopack_runs (id) ON DELETE CASCADE,
    tier_pk            BIGINT  NOT NULL REFERENCES autopack_tiers (id) ON DELETE CASCADE,
    phase_id           TEXT    NOT NULL,
    phase_index        INT     NOT NULL,
    name               TEXT    NOT NULL,
    description        TEXT,
    state              TEXT    NOT NULL DEFAULT 'QUEUED',
    task_category      TEXT,
    complexity         TEXT,
    builder_mode       TEXT,
    scope              JSONB,
    builder_attempts   INT     NOT NULL DEFAULT 0,
    auditor_attempts   INT     NOT NULL DEFAULT 0,
    builder_tokens     BIGINT  NOT NULL DEFAULT 0,
    auditor_tokens     BIGINT  NOT NULL DEFAULT 0,
    tokens_used        BIGINT  NOT NULL DEFAULT 0,
    minor_issues_count INT     NOT NULL DEFAULT 0,
    major_issues_count INT     NOT NULL DEFAULT 0,
    quality_level      TEXT,
    quality_blocked    BOOLEAN NOT NULL DEFAULT false,
    approval_id        BIGINT,
    last_builder       JSONB,
    last_auditor       JSONB,
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (run_pk, phase_id)
);
CREATE INDEX autopack_phases_tier ON autopack_phases (tier_pk);

-- One row per distinct issue key of a phase; counts are distinct keys per severity (minor, major).
CREATE TABLE autopack_issues (
    run_pk        BIGINT NOT NULL REFERENCES autopack_runs (id) ON DELETE CASCADE,
    phase_id      TEXT   NOT NULL,
    issue_key     TEXT   NOT NULL,
    severity      TEXT   NOT NULL,
    source        TEXT   NOT NULL,
    category      TEXT   NOT NULL,
    task_category TEXT,
    complexity    TEXT,
    evidence_refs JSONB  NOT NULL DEFAULT '[]',
    occurrence_count INT NOT NULL DEFAULT 1,
    first_seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (run_pk, phase_id, issue_key)
);

-- Patches of maintenance runs, stored by the API so the workflow passes only their hash to the apply activity.
CREATE TABLE autopack_patches (
    run_pk     BIGINT NOT NULL REFERENCES autopack_runs (id) ON DELETE CASCADE,
    sha256     TEXT   NOT NULL,
    content    TEXT   NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (run_pk, sha256)
);

-- Operators' notes (POST /dashboard/human-notes), per organization, optionally about a run.
CREATE TABLE autopack_human_notes (
    id         BIGSERIAL PRIMARY KEY,
    org_id     BIGINT      NOT NULL REFERENCES organizations (id),
    run_id     TEXT,
    note       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
