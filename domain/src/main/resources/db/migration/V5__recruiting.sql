-- Recruiting ATS (seed 000). Deleting a job or candidate cascades to its applications and match logs.
CREATE TABLE jobs (
    id                   BIGSERIAL PRIMARY KEY,
    org_id               BIGINT      NOT NULL REFERENCES organizations (id),
    created_by_user_id   BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    title                TEXT        NOT NULL CHECK (btrim(title) <> ''),
    department           TEXT,
    location             TEXT,
    employment_type      TEXT,
    remote_option        TEXT,
    salary_min           INTEGER     CHECK (salary_min >= 0),
    salary_max           INTEGER     CHECK (salary_max >= 0),
    currency             TEXT,
    description          TEXT,
    required_skills      JSONB       NOT NULL DEFAULT '[]'::jsonb,
    nice_to_have_skills  JSONB       NOT NULL DEFAULT '[]'::jsonb,
    status               TEXT        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'on_hold', 'closed')),
    is_public            BOOLEAN     NOT NULL DEFAULT false,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
);
CREATE INDEX jobs_org_idx ON jobs (org_id, id);

CREATE TABLE candidates (
    id                BIGSERIAL PRIMARY KEY,
    org_id            BIGINT      NOT NULL REFERENCES organizations (id),
    full_name         TEXT        NOT NULL CHECK (btrim(full_name) <> ''),
    headline          TEXT,
    location          TEXT,
    experience_years  INTEGER     CHECK (experience_years BETWEEN 0 AND 80),
    current_title     TEXT,
    current_company   TEXT,
    linkedin_url      TEXT,
    github_url        TEXT,
    website_url       TEXT,
    notes             TEXT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX candidates_org_idx ON candidates (org_id, id);

CREATE TABLE applications (
    id            BIGSERIAL PRIMARY KEY,
    org_id        BIGINT      NOT NULL REFERENCES organizations (id),
    job_id        BIGINT      NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    candidate_id  BIGINT      NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    status        TEXT        NOT NULL DEFAULT 'sourced'
                  CHECK (status IN ('sourced', 'screening', 'interview', 'offer', 'hired', 'rejected')),
    source        TEXT        NOT NULL DEFAULT 'manual',
    fit_score     INTEGER     CHECK (fit_score BETWEEN 0 AND 100),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (job_id, candidate_id)
);
CREATE INDEX applications_org_idx ON applications (org_id, id);
CREATE INDEX applications_candidate_idx ON applications (candidate_id);

CREATE TABLE match_logs (
    id            BIGSERIAL PRIMARY KEY,
    org_id        BIGINT      NOT NULL REFERENCES organizations (id),
    job_id        BIGINT      NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    candidate_id  BIGINT      NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    score         INTEGER     NOT NULL,
    strategy      TEXT        NOT NULL,
    reason        TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX match_logs_job_idx ON match_logs (job_id);
CREATE INDEX match_logs_candidate_idx ON match_logs (candidate_id);
