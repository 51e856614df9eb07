CREATE TABLE approvals (
    id                   BIGSERIAL PRIMARY KEY,
    org_id               BIGINT      NOT NULL REFERENCES organizations (id),
    run_id               TEXT        NOT NULL,
    phase_id             TEXT        NOT NULL,
    context              TEXT        NOT NULL,
    decision_info        JSONB       NOT NULL DEFAULT '{}'::jsonb,
    deletion_info        JSONB,
    status               TEXT        NOT NULL DEFAULT 'pending',
    response_method      TEXT,
    approval_reason      TEXT,
    rejected_reason      TEXT,
    decided_by           TEXT,
    requested_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    responded_at         TIMESTAMPTZ,
    timeout_at           TIMESTAMPTZ NOT NULL,
    telegram_sent        BOOLEAN     NOT NULL DEFAULT false,
    telegram_message_id  BIGINT,
    telegram_error       TEXT,
    workflow_id          TEXT        NOT NULL UNIQUE
);
CREATE INDEX approvals_pending_idx ON approvals (org_id, status, requested_at DESC);
CREATE INDEX approvals_phase_idx ON approvals (phase_id, status, requested_at DESC);

-- Telegram delivers a webhook update at least once; its update_id is the idempotency key.
CREATE TABLE telegram_updates (
    update_id    BIGINT PRIMARY KEY,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE governance_requests (
    request_id       TEXT PRIMARY KEY,
    org_id           BIGINT      NOT NULL REFERENCES organizations (id),
    run_id           TEXT        NOT NULL,
    phase_id         TEXT        NOT NULL,
    requested_paths  JSONB       NOT NULL,
    justification    TEXT        NOT NULL DEFAULT '',
    risk_level       TEXT        NOT NULL,
    auto_approved    BOOLEAN     NOT NULL DEFAULT false,
    approved         BOOLEAN,
    approved_by      TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    decided_at       TIMESTAMPTZ,
    workflow_id      TEXT        NOT NULL UNIQUE
);
CREATE INDEX governance_pending_idx ON governance_requests (org_id, created_at DESC) WHERE approved IS NULL;
