-- Imports started from the staff upload page (issue 4): the file is read in
-- the background and this row says how far it got, so that the page can
-- show progress on any instance and the outcome survives a restart.
-- A job whose heartbeat stops while running was interrupted: its import
-- transaction never committed, so nothing of it was written.

CREATE TABLE import_job (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- 'cases' or 'survey'
    kind        TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    started_by  BIGINT NOT NULL REFERENCES account (id),
    started_at  TEXT NOT NULL,
    -- 'running', 'imported' or 'rejected'
    status      TEXT NOT NULL,
    bytes_total BIGINT NOT NULL,
    bytes_read  BIGINT NOT NULL DEFAULT 0,
    rows_read   BIGINT NOT NULL DEFAULT 0,
    heartbeat_at TEXT NOT NULL,
    finished_at TEXT,
    -- when rejected, JSON {"problems": [app::model::statistics::ImportProblem], "truncated": bool}
    problems    TEXT
);
