-- Recruiting intake: uploaded files and prompts live here (workflow payloads carry only the id), and each
-- intake workflow creates at most one job or candidate (keyed by its workflow id).
CREATE TABLE intake_uploads (
    id            BIGSERIAL PRIMARY KEY,
    org_id        BIGINT      NOT NULL REFERENCES organizations (id),
    kind          TEXT        NOT NULL CHECK (kind IN ('job_prompt', 'job_req', 'resume')),
    filename      TEXT,
    content_type  TEXT,
    content       BYTEA       NOT NULL,
    notes         TEXT,
    text          TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX intake_uploads_org_idx ON intake_uploads (org_id, id);

ALTER TABLE jobs ADD COLUMN intake_workflow_id TEXT UNIQUE;
ALTER TABLE candidates ADD COLUMN intake_workflow_id TEXT UNIQUE;
