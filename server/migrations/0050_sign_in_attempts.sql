-- Sign-in attempts replace the failures alone: an attempt is written before
-- its password is checked, so attempts sent at once all count against the
-- limits (server/src/accounts/throttle.rs), and the rules can tell one
-- address's failures on an account from everyone else's. The id is random
-- text, so the table is the same on both backends.
DROP TABLE login_failure;

CREATE TABLE sign_in_attempt (
    id           TEXT PRIMARY KEY,
    username     TEXT NOT NULL,
    address      TEXT NOT NULL,
    attempted_at TEXT NOT NULL,
    -- checking: its password is being checked (counts as a failure until
    -- known otherwise); failed: wrong; refused: throttled, nothing checked.
    outcome      TEXT NOT NULL CHECK (outcome IN ('checking', 'failed', 'refused'))
);
CREATE INDEX sign_in_attempt_by_username ON sign_in_attempt (username, attempted_at);
CREATE INDEX sign_in_attempt_by_address ON sign_in_attempt (address, attempted_at);
