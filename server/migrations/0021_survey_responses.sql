-- Customer survey answers (issue 4), imported from the survey tool's CSV
-- export. One row per response; nothing names the respondent. Each answer
-- is 1–5, or empty when the question was skipped. Integers are {{integer}} here.

CREATE TABLE survey_response (
    response_id       TEXT PRIMARY KEY,
    provider_id       TEXT NOT NULL REFERENCES provider (id),
    intervention_code TEXT NOT NULL REFERENCES intervention (code),
    -- The calendar year whose customers were asked.
    survey_year       {{integer}} NOT NULL CHECK (survey_year BETWEEN 1000 AND 9999),
    -- The language the survey was answered in: a locale slug (sv, en, ar, prs …).
    language          TEXT NOT NULL,
    reception         {{integer}} CHECK (reception BETWEEN 1 AND 5),
    information       {{integer}} CHECK (information BETWEEN 1 AND 5),
    participation     {{integer}} CHECK (participation BETWEEN 1 AND 5),
    development       {{integer}} CHECK (development BETWEEN 1 AND 5),
    imported_at       TEXT NOT NULL,
    CHECK (reception IS NOT NULL OR information IS NOT NULL
           OR participation IS NOT NULL OR development IS NOT NULL)
);

CREATE INDEX survey_response_by_year ON survey_response (survey_year);
