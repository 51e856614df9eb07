-- Run lifecycle (issue 8): one status vocabulary for every kind, the outcome and error of a closed run,
-- live progress, and a transactional outbox so a run row and its workflow start are atomic.
ALTER TABLE runs
    ADD COLUMN outcome        TEXT,
    ADD COLUMN error          TEXT,
    ADD COLUMN progress       JSONB,
    ADD COLUMN reconciled_at  TIMESTAMPTZ;

-- Old rows spoke each product's own words; map them onto the shared vocabulary, keeping the word as outcome.
UPDATE runs SET outcome = status, status = 'completed'
    WHERE status IN ('approved', 'rejected', 'timeout', 'complete', 'completed', 'complete_without_ai');
UPDATE runs SET outcome = status, status = 'waiting' WHERE status IN ('pending', 'waiting_confirmation');
UPDATE runs SET outcome = status, status = 'failed' WHERE status IN ('error', 'failed');
UPDATE runs SET outcome = 'cancelled', status = 'cancelled' WHERE status = 'cancelled';
UPDATE runs SET status = 'running' WHERE status NOT IN ('queued', 'running', 'waiting', 'completed', 'failed', 'cancelled');

ALTER TABLE runs ADD CONSTRAINT runs_status_ck
    CHECK (status IN ('queued', 'running', 'waiting', 'completed', 'failed', 'cancelled'));
CREATE INDEX runs_open_idx ON runs (reconciled_at NULLS FIRST, id) WHERE completed_at IS NULL;
CREATE INDEX runs_org_status_idx ON runs (org_id, status, created_at DESC);

-- A workflow to start, written in the same transaction as its run row; the launcher deletes it once
-- Temporal has accepted the start (idempotent by workflow id), a background dispatcher retries the rest.
CREATE TABLE workflow_outbox (
    id                         BIGSERIAL PRIMARY KEY,
    run_id                     BIGINT      NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    workflow_id                TEXT        NOT NULL UNIQUE,
    workflow_type              TEXT        NOT NULL,
    task_queue                 TEXT        NOT NULL,
    input_class                TEXT        NOT NULL,
    input                      JSONB       NOT NULL,
    static_details             TEXT,
    initial_status             TEXT        NOT NULL DEFAULT 'running',
    reuse_closed_id            BOOLEAN     NOT NULL DEFAULT false,
    execution_timeout_seconds  BIGINT,
    attempts                   INTEGER     NOT NULL DEFAULT 0,
    last_error                 TEXT,
    next_attempt_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_at                 TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX workflow_outbox_due_idx ON workflow_outbox (next_attempt_at);
