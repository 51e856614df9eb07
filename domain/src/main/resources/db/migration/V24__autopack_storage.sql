-- Autopack storage optimizer (seed 003 section 11): scans walked by StorageScanWorkflow, their cleanup
-- candidates, approval decisions and learned rules. Every row belongs to an organization.

CREATE TABLE autopack_storage_scans (
    id                    BIGSERIAL   PRIMARY KEY,
    org_id                BIGINT      NOT NULL REFERENCES organizations (id),
    scan_type             TEXT        NOT NULL CHECK (scan_type IN ('drive', 'directory')),
    scan_target           TEXT        NOT NULL,
    max_depth             INT         NOT NULL,
    max_items             BIGINT      NOT NULL,
    status                TEXT        NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed')),
    error                 TEXT,
    created_by            TEXT,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at          TIMESTAMPTZ,
    -- Walk position: the last entry whose counts are committed (relative path, '/'-separated, in walk order).
    -- Moved only together with the counts of the batch it ends, so a resumed walk counts every file once.
    walk_cursor           TEXT,
    total_items_scanned   BIGINT      NOT NULL DEFAULT 0,
    total_size_bytes      BIGINT      NOT NULL DEFAULT 0,
    batches_committed     INT         NOT NULL DEFAULT 0
);
CREATE INDEX autopack_storage_scans_org ON autopack_storage_scans (org_id, created_at DESC);

CREATE TABLE autopack_cleanup_candidates (
    id               BIGSERIAL   PRIMARY KEY,
    scan_id          BIGINT      NOT NULL REFERENCES autopack_storage_scans (id) ON DELETE CASCADE,
    org_id           BIGINT      NOT NULL REFERENCES organizations (id),
    path             TEXT        NOT NULL,
    size_bytes       BIGINT      NOT NULL,
    age_days         INT,
    category         TEXT        NOT NULL,
    reason           TEXT        NOT NULL,
    requires_approval BOOLEAN    NOT NULL DEFAULT true,
    approval_status  TEXT        NOT NULL DEFAULT 'pending'
                                 CHECK (approval_status IN ('pending', 'approved', 'rejected', 'deferred')),
    approved_by      TEXT,
    approved_at      TIMESTAMPTZ,
    execution_status TEXT,
    UNIQUE (scan_id, path)
);
CREATE INDEX autopack_cleanup_candidates_org ON autopack_cleanup_candidates (org_id, approval_status);

CREATE TABLE autopack_storage_approvals (
    id                BIGSERIAL   PRIMARY KEY,
    scan_id           BIGINT      NOT NULL REFERENCES autopack_storage_scans (id) ON DELETE CASCADE,
    org_id            BIGINT      NOT NULL REFERENCES organizations (id),
    decision          TEXT        NOT NULL CHECK (decision IN ('approve', 'reject', 'defer')),
    candidate_ids     BIGINT[]    NOT NULL,
    total_size_bytes  BIGINT      NOT NULL,
    approved_by       TEXT        NOT NULL,
    approval_method   TEXT        NOT NULL,
    notes             TEXT,
    approved_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE autopack_learned_rules (
    id                   BIGSERIAL   PRIMARY KEY,
    org_id               BIGINT      NOT NULL REFERENCES organizations (id),
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    pattern_type         TEXT        NOT NULL,
    pattern_value        TEXT        NOT NULL,
    suggested_category   TEXT        NOT NULL,
    confidence_score     DOUBLE PRECISION NOT NULL,
    based_on_approvals   INT         NOT NULL,
    based_on_rejections  INT         NOT NULL,
    sample_paths         TEXT,
    status               TEXT        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved')),
    reviewed_by          TEXT,
    reviewed_at          TIMESTAMPTZ,
    description          TEXT,
    notes                TEXT,
    UNIQUE (org_id, pattern_type, pattern_value, suggested_category)
);

-- OAuth credential health (seed 003 section 9). Tokens and the client secret are sealed by SecretBox (AES-GCM).
CREATE TABLE autopack_oauth_credentials (
    id                    BIGSERIAL   PRIMARY KEY,
    org_id                BIGINT      NOT NULL REFERENCES organizations (id),
    provider              TEXT        NOT NULL,
    token_endpoint        TEXT        NOT NULL,
    client_id             TEXT        NOT NULL,
    client_secret_sealed  TEXT,
    access_token_sealed   TEXT,
    refresh_token_sealed  TEXT,
    expires_at            TIMESTAMPTZ,
    last_refresh          TIMESTAMPTZ,
    last_refresh_result   TEXT,
    consecutive_failures  INT         NOT NULL DEFAULT 0,
    total_refreshes       INT         NOT NULL DEFAULT 0,
    total_failures        INT         NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (org_id, provider)
);

CREATE TABLE autopack_oauth_events (
    id          BIGSERIAL   PRIMARY KEY,
    org_id      BIGINT      NOT NULL REFERENCES organizations (id),
    provider    TEXT        NOT NULL,
    event_type  TEXT        NOT NULL,
    result      TEXT,
    details     TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX autopack_oauth_events_org ON autopack_oauth_events (org_id, created_at DESC);

-- Uploaded files (POST /files/upload), stored under the data directory by content hash.
CREATE TABLE autopack_uploads (
    id            BIGSERIAL   PRIMARY KEY,
    org_id        BIGINT      NOT NULL REFERENCES organizations (id),
    sha256        TEXT        NOT NULL,
    filename      TEXT        NOT NULL,
    content_type  TEXT,
    size_bytes    BIGINT      NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Research sessions (/research/*).
CREATE TABLE autopack_research_sessions (
    id           BIGSERIAL   PRIMARY KEY,
    org_id       BIGINT      NOT NULL REFERENCES organizations (id),
    topic        TEXT        NOT NULL,
    description  TEXT        NOT NULL,
    status       TEXT        NOT NULL DEFAULT 'active',
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
