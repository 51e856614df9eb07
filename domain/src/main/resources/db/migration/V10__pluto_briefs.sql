-- Pluto (seed 002) interview intelligence: cached questions and pre-briefs, room pre-briefs, interview
-- transcripts and their analytics, and analytics saved to candidates. JSON columns hold the records in the
-- API's snake_case shape (see docs/pluto-intel.md).

-- Generated once per candidate and kind ('questions' | 'prebrief'); the first stored answer is kept.
CREATE TABLE pluto_candidate_briefs (
    candidate_id  UUID        NOT NULL REFERENCES pluto_candidates (id) ON DELETE CASCADE,
    kind          TEXT        NOT NULL CHECK (kind IN ('questions', 'prebrief')),
    org_id        BIGINT      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    content       JSONB       NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (candidate_id, kind)
);

-- The inputs of one POST /api/prebrief/{room} (the workflow gets the id only).
CREATE TABLE pluto_prebrief_requests (
    id               BIGSERIAL   PRIMARY KEY,
    org_id           BIGINT      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    room_name        TEXT        NOT NULL,
    job_description  TEXT        NOT NULL,
    resume           TEXT        NOT NULL,
    company_context  TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The current pre-brief of a room; a new POST replaces it.
CREATE TABLE pluto_room_prebriefs (
    org_id      BIGINT      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    room_name   TEXT        NOT NULL,
    request_id  BIGINT      NOT NULL REFERENCES pluto_prebrief_requests (id) ON DELETE CASCADE,
    brief       JSONB       NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, room_name)
);

-- Interview transcripts, stored before the analytics workflow starts.
CREATE TABLE pluto_transcripts (
    id               BIGSERIAL   PRIMARY KEY,
    org_id           BIGINT      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    room_name        TEXT        NOT NULL,
    transcript       TEXT        NOT NULL,
    job_description  TEXT,
    resume           TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX pluto_transcripts_room_idx ON pluto_transcripts (org_id, room_name, created_at DESC);

-- The latest analytics of a room's interview; a new analysis replaces it.
CREATE TABLE pluto_room_analytics (
    org_id         BIGINT      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    room_name      TEXT        NOT NULL,
    transcript_id  BIGINT      NOT NULL REFERENCES pluto_transcripts (id) ON DELETE CASCADE,
    analytics      JSONB       NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, room_name)
);

-- Analytics saved to a candidate, one per interview (a repeated save replaces it).
CREATE TABLE pluto_candidate_analytics (
    candidate_id  UUID        NOT NULL REFERENCES pluto_candidates (id) ON DELETE CASCADE,
    interview_id  TEXT        NOT NULL,
    org_id        BIGINT      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    analytics     JSONB       NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (candidate_id, interview_id)
);
CREATE INDEX pluto_candidate_analytics_latest_idx ON pluto_candidate_analytics (org_id, candidate_id, updated_at DESC);
