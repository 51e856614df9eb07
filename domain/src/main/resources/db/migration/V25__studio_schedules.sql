-- Benchmark Studio (seed 001): scheduled benchmarks (each one a Temporal Schedule) and their regression alerts.
CREATE TABLE studio_schedules (
    id                   TEXT PRIMARY KEY,
    org_id               BIGINT      NOT NULL REFERENCES organizations (id),
    user_id              BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name                 TEXT        NOT NULL,
    temporal_schedule_id TEXT        NOT NULL UNIQUE,
    prompt               TEXT        NOT NULL,
    models               JSONB       NOT NULL,
    max_tokens           INT         NOT NULL,
    temperature          DOUBLE PRECISION NOT NULL,
    interval_hours       INT,
    cron                 TEXT,
    enabled              BOOLEAN     NOT NULL DEFAULT TRUE,
    alert_threshold_pct  DOUBLE PRECISION NOT NULL DEFAULT 25,
    last_run             TIMESTAMPTZ,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((interval_hours IS NULL) <> (cron IS NULL))
);
CREATE INDEX studio_schedules_user ON studio_schedules (user_id, created_at);

-- One alert per run, model and metric: a retried comparison records it once.
CREATE TABLE studio_schedule_alerts (
    id           BIGSERIAL PRIMARY KEY,
    schedule_id  TEXT        NOT NULL REFERENCES studio_schedules (id) ON DELETE CASCADE,
    run_id       TEXT        NOT NULL REFERENCES studio_runs (id) ON DELETE CASCADE,
    model_id     TEXT        NOT NULL,
    metric       TEXT        NOT NULL,
    previous     DOUBLE PRECISION NOT NULL,
    current      DOUBLE PRECISION NOT NULL,
    change_pct   DOUBLE PRECISION NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (run_id, model_id, metric)
);
CREATE INDEX studio_schedule_alerts_schedule ON studio_schedule_alerts (schedule_id, created_at DESC);
