-- Benchmark Studio (seed 001): benchmark runs, their per-call results and per-user rate limits.
CREATE TABLE studio_runs (
    id              TEXT PRIMARY KEY,
    org_id          BIGINT      NOT NULL REFERENCES organizations (id),
    user_id         BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    workflow_id     TEXT        NOT NULL UNIQUE,
    status          TEXT        NOT NULL DEFAULT 'running'
        CHECK (status IN ('running', 'completed', 'cancelled', 'failed')),
    prompt          TEXT        NOT NULL,
    max_tokens      INT         NOT NULL,
    temperature     DOUBLE PRECISION NOT NULL,
    runs            INT         NOT NULL,
    context_tiers   JSONB       NOT NULL,
    warmup          BOOLEAN     NOT NULL,
    timeout_seconds INT         NOT NULL DEFAULT 120,
    provider_params JSONB,
    targets         JSONB       NOT NULL,
    metadata        JSONB,
    total           INT,
    error           TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at     TIMESTAMPTZ
);
CREATE INDEX studio_runs_user_created ON studio_runs (user_id, created_at DESC);
CREATE INDEX studio_runs_user_active ON studio_runs (user_id) WHERE status = 'running';

-- One row per measured call; the key makes a retried activity write it once.
CREATE TABLE studio_run_results (
    run_id            TEXT        NOT NULL REFERENCES studio_runs (id) ON DELETE CASCADE,
    provider_key      TEXT        NOT NULL,
    model_id          TEXT        NOT NULL,
    context_tokens    INT         NOT NULL,
    run_index         INT         NOT NULL,
    provider          TEXT        NOT NULL,
    model             TEXT        NOT NULL,
    success           BOOLEAN     NOT NULL,
    ttft_ms           DOUBLE PRECISION NOT NULL,
    total_time_s      DOUBLE PRECISION NOT NULL,
    output_tokens     INT         NOT NULL,
    input_tokens      INT         NOT NULL,
    tokens_per_second DOUBLE PRECISION NOT NULL,
    output_speed_tps  DOUBLE PRECISION,
    itl_ms            DOUBLE PRECISION,
    input_tokens_per_second DOUBLE PRECISION,
    cost              DOUBLE PRECISION NOT NULL,
    error             TEXT        NOT NULL DEFAULT '',
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, provider_key, model_id, context_tokens, run_index)
);

CREATE TABLE studio_rate_limits (
    user_id                BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    benchmarks_per_hour    INT NOT NULL CHECK (benchmarks_per_hour BETWEEN 1 AND 10000),
    max_concurrent         INT NOT NULL CHECK (max_concurrent BETWEEN 1 AND 50),
    max_runs_per_benchmark INT NOT NULL CHECK (max_runs_per_benchmark BETWEEN 1 AND 100),
    updated_at             TIMESTAMPTZ NOT NULL DEFAULT now()
);
