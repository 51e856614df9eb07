-- Pluto (seed 002) interview rooms: one row per Daily.co room Keel created, so joins, analytics and chat by
-- room name are scoped to the organization that created the room. Room names are unique across Daily's domain.
CREATE TABLE pluto_rooms (
    room_name            TEXT        PRIMARY KEY,
    org_id               BIGINT      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    room_url             TEXT        NOT NULL,
    expires_at           TIMESTAMPTZ NOT NULL,
    -- set when the room was created for a Pluto candidate (POST /api/pluto/candidates/{id}/interview)
    candidate_id         UUID        REFERENCES pluto_candidates (id) ON DELETE SET NULL,
    candidate_name       TEXT,
    interviewer_name     TEXT        NOT NULL,
    -- the OpenAI Realtime session created with the room, if any
    realtime_session_id  TEXT,
    created_by           BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX pluto_rooms_org_created_idx ON pluto_rooms (org_id, created_at DESC);
CREATE INDEX pluto_rooms_candidate_idx ON pluto_rooms (candidate_id) WHERE candidate_id IS NOT NULL;
