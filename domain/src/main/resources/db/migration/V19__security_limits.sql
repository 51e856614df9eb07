-- Limits that hold across API replicas. Unlogged: counters may be lost in a crash, which only forgives a few
-- failures; they are never business data.

-- Failed logins per key ("account:{login}|{ip}" and "ip:{ip}"), counted in a fixed window; reaching the key's
-- threshold sets locked_until.
CREATE UNLOGGED TABLE login_failures (
    key          TEXT        PRIMARY KEY,
    failures     INT         NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    locked_until TIMESTAMPTZ
);

-- Requests per key in the current fixed window (approval requests, the Telegram webhook).
CREATE UNLOGGED TABLE rate_windows (
    key          TEXT        PRIMARY KEY,
    window_start TIMESTAMPTZ NOT NULL,
    hits         INT         NOT NULL
);
