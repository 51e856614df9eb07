-- The original recruiting front-end (issue 15).

-- Access tokens of the /api/v1 identity family (one day by default, keel.identity.v1-access-token-ttl), listed
-- so that logout revokes one before it expires, as cli_tokens are. Expired rows of a user go at their next login.
CREATE TABLE v1_access_tokens (
    jti        TEXT PRIMARY KEY,
    org_id     BIGINT      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id    BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX v1_access_tokens_user_idx ON v1_access_tokens (org_id, user_id);

-- Answers given in the chat router's guided question flow; answering a question again replaces the answer.
CREATE TABLE recruiting_chat_answers (
    id          BIGSERIAL PRIMARY KEY,
    org_id      BIGINT      NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id     BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tree_id     TEXT        NOT NULL,
    question_id TEXT        NOT NULL,
    answer      TEXT        NOT NULL,
    answered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (org_id, user_id, tree_id, question_id)
);
