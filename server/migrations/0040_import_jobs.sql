-- Imports started from the staff upload page (issue 4): the file is read in
-- the background and this row says how far it got, so that the page can
-- show progress on any instance and the outcome survives a restart.
-- A job whose heartbeat stops while running was interrupted: its import
-- transaction never committed, so nothing of it was written.

CREATE TABLE import_job (
    id          {{identity}},
    -- 'cases' or 'survey'
    kind        TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    started_by  {{integer}} NOT NULL REFERENCES account (id),
    started_at  TEXT NOT NULL,
    -- 'running', 'imported' or 'rejected'
    status      TEXT NOT NULL,
    bytes_total {{integer}} NOT NULL,
    bytes_read  {{integer}} NOT NULL DEFAULT 0,
    rows_read   {{integer}} NOT NULL DEFAULT 0,
    heartbeat_at TEXT NOT NULL,
    finished_at TEXT,
    -- when rejected, JSON {"problems": [app::model::statistics::ImportProblem], "truncated": bool}
    problems    TEXT
);
