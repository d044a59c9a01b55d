-- Published statistics (issue 4): every publication of a period is kept;
-- pages show the newest one of each period and never recompute from cases.
-- Both figure sets are JSON text of app::model::statistics::StatisticsReport:
-- public_figures after disclosure control, full_figures unsuppressed, for
-- signed-in municipality staff only. Integers are {{integer}} here.

CREATE TABLE statistics_snapshot (
    id             {{identity}},
    period_from    TEXT NOT NULL,
    period_to      TEXT NOT NULL,
    published_at   TEXT NOT NULL,
    -- Who published: 'command line', 'demonstration data', later a staff account.
    published_by   TEXT NOT NULL,
    -- The disclosure thresholds the public figures were made with.
    min_count      {{integer}} NOT NULL,
    min_base       {{integer}} NOT NULL,
    public_figures TEXT NOT NULL,
    full_figures   TEXT NOT NULL,
    CHECK (period_to >= period_from)
);

CREATE INDEX statistics_snapshot_by_period ON statistics_snapshot (period_from, period_to, id);
