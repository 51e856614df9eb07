-- Pluto candidate intake (seed 002): signed links (the token's jti is the row id), the candidate's submissions
-- and the contact fields the CSV has no column for.
-- A link is open until submitted, replaced by a newer link (revoked) or expired; a submitted link becomes
-- completed once the IntakeWorkflow has updated and re-scored the candidate.
CREATE TABLE pluto_intakes (
    id            UUID        PRIMARY KEY,
    org_id        BIGINT      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    candidate_id  UUID        NOT NULL REFERENCES pluto_candidates (id) ON DELETE CASCADE,
    workflow_id   TEXT        NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('open', 'revoked', 'submitted', 'completed', 'expired')),
    expires_at    TIMESTAMPTZ NOT NULL,
    created_by    BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    submitted_at  TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ
);
-- At most one live link per candidate: issuing a new one revokes the open one in the same transaction.
CREATE UNIQUE INDEX pluto_intakes_one_live_per_candidate ON pluto_intakes (candidate_id)
    WHERE status IN ('open', 'submitted');
CREATE INDEX pluto_intakes_org_candidate_idx ON pluto_intakes (org_id, candidate_id, created_at DESC);

-- One submission per link: the unique intake_id makes a second submission with the same token impossible.
CREATE TABLE pluto_intake_submissions (
    id                      UUID             PRIMARY KEY,
    intake_id               UUID             NOT NULL UNIQUE REFERENCES pluto_intakes (id) ON DELETE CASCADE,
    org_id                  BIGINT           NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    candidate_id            UUID             NOT NULL REFERENCES pluto_candidates (id) ON DELETE CASCADE,
    name                    TEXT,
    job_title               TEXT,
    location_city           TEXT,
    location_state          TEXT,
    years_sales_experience  DOUBLE PRECISION CHECK (years_sales_experience BETWEEN 0 AND 80),
    linkedin_headline       TEXT,
    phone                   TEXT,
    email                   TEXT,
    created_at              TIMESTAMPTZ      NOT NULL DEFAULT now(),
    applied_at              TIMESTAMPTZ
);

-- Contact fields collected by the intake (the CSV has no columns for them).
CREATE TABLE pluto_candidate_contacts (
    candidate_id  UUID        PRIMARY KEY REFERENCES pluto_candidates (id) ON DELETE CASCADE,
    org_id        BIGINT      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    phone         TEXT,
    email         TEXT,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
