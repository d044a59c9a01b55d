-- Accounts, sessions, login throttling and invitations (self-service and
-- administration). Sessions and throttling live here, not in memory, so that
-- they survive restarts and are shared by every instance.

-- A person who signs in: a municipality administrator, or a provider's
-- editor bound to exactly one provider.
CREATE TABLE account (
    id            {{identity}},
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'provider_editor')),
    provider_id   TEXT REFERENCES provider (id),
    created_at    TEXT NOT NULL,
    CHECK ((role = 'provider_editor') = (provider_id IS NOT NULL))
);

-- A signed-in browser. Only a hash of the cookie's token is stored, so a
-- copy of the database does not let anyone sign in.
CREATE TABLE session (
    token_hash TEXT PRIMARY KEY,
    account_id {{integer}} NOT NULL REFERENCES account (id),
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX session_by_account ON session (account_id);

-- Failed sign-ins, per account ("account:NAME") and per address ("address:IP").
CREATE TABLE login_failure (
    id        {{identity}},
    scope     TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
CREATE INDEX login_failure_by_scope ON login_failure (scope, failed_at);

-- An invitation link an administrator hands over; used once, then kept.
CREATE TABLE invitation (
    token_hash  TEXT PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'provider_editor')),
    provider_id TEXT REFERENCES provider (id),
    created_by  {{integer}} NOT NULL REFERENCES account (id),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    accepted_at TEXT,
    account_id  {{integer}} REFERENCES account (id),
    CHECK ((role = 'provider_editor') = (provider_id IS NOT NULL))
);

-- A submitted profile change that a newer submission replaced before review.
ALTER TABLE profile_version ADD COLUMN superseded_by {{integer}} REFERENCES profile_version (id);
