-- Pluto (seed 002): scoring runs, their uploaded CSV, per-row problems and the scored candidates.
-- A run's id is the upload id (workflow pluto-scoring-{id}); one unfinished run per organization.
CREATE TABLE pluto_runs (
    id                UUID        PRIMARY KEY,
    org_id            BIGINT      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    created_by        BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    workflow_id       TEXT        NOT NULL UNIQUE,
    filename          TEXT,
    job_description   TEXT,
    skip_ai_scoring   BOOLEAN     NOT NULL DEFAULT FALSE,
    status            TEXT        NOT NULL CHECK (status IN ('extracting', 'scoring', 'waiting_confirmation',
                                                             'complete', 'failed', 'cancelled')),
    phase             TEXT        NOT NULL,
    message           TEXT        NOT NULL DEFAULT '',
    candidates_total  INT         NOT NULL CHECK (candidates_total >= 0),
    -- progress counters, changed in the same statement as the row they count (so /pluto/status reads O(1))
    candidates_staged     INT     NOT NULL DEFAULT 0,
    candidates_extracted  INT     NOT NULL DEFAULT 0,
    candidates_scored     INT     NOT NULL DEFAULT 0,
    candidates_ai_failed  INT     NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at       TIMESTAMPTZ
);
CREATE UNIQUE INDEX pluto_runs_one_unfinished_per_org ON pluto_runs (org_id) WHERE finished_at IS NULL;
CREATE INDEX pluto_runs_org_created_idx ON pluto_runs (org_id, created_at DESC);

CREATE TABLE pluto_run_files (
    run_id      UUID   PRIMARY KEY REFERENCES pluto_runs (id) ON DELETE CASCADE,
    content     BYTEA  NOT NULL,
    size_bytes  BIGINT NOT NULL
);

-- Problems found in rows; a row is never lost silently: it is kept (and the problem listed) or skipped with why.
CREATE TABLE pluto_row_problems (
    run_id       UUID   NOT NULL REFERENCES pluto_runs (id) ON DELETE CASCADE,
    row_number   BIGINT NOT NULL,
    type         TEXT   NOT NULL,
    column_name  TEXT   NOT NULL DEFAULT '',
    message      TEXT   NOT NULL,
    skipped      BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (run_id, row_number, type, column_name)
);

CREATE TABLE pluto_candidates (
    id                      UUID        PRIMARY KEY,
    org_id                  BIGINT      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    run_id                  UUID        NOT NULL REFERENCES pluto_runs (id) ON DELETE CASCADE,
    row_number              BIGINT      NOT NULL,
    name                    TEXT        NOT NULL,
    job_title               TEXT,
    location_city           TEXT,
    location_state          TEXT,
    years_sales_experience  DOUBLE PRECISION,
    linkedin_headline       TEXT,
    -- summary, skills, current/past employers, education and the unknown CSV columns (raw_data)
    profile                 JSONB       NOT NULL,
    -- extraction: the sales signals and who found them (llm | keywords)
    signals                 JSONB,
    enrichment_source       TEXT,
    algo_score              INT,
    algo_breakdown          JSONB,
    -- AI scoring: pending | scored | failed | skipped; ai_result holds summary, pros, cons, reasoning, questions
    ai_status               TEXT        NOT NULL DEFAULT 'pending',
    ai_score                INT,
    ai_result               JSONB,
    ai_error                TEXT,
    final_score             INT,
    tier                    TEXT,
    -- failed LLM calls per phase; the third failure makes the row fall back (keywords) or fail (AI score 50)
    extract_failures        INT         NOT NULL DEFAULT 0,
    ai_failures             INT         NOT NULL DEFAULT 0,
    extracted_at            TIMESTAMPTZ,
    scored_at               TIMESTAMPTZ,
    created_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (run_id, row_number)
);
-- the orders of PlutoRunQueries.Order, so ranked slices read LIMIT rows off an index instead of sorting the run
CREATE INDEX pluto_candidates_ranking_idx ON pluto_candidates
    (run_id, final_score DESC NULLS LAST, algo_score DESC NULLS LAST, row_number);
CREATE INDEX pluto_candidates_algo_idx ON pluto_candidates (run_id, algo_score DESC NULLS LAST, row_number);
CREATE INDEX pluto_candidates_org_idx ON pluto_candidates (org_id, id);
