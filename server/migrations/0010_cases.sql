-- The case database (issue 4): one row per insats decision, imported from the
-- municipality's case system. Every published figure is computed from here.
-- Only a pseudonym identifies the person: no names, no personal numbers.
-- Same columns on both backends; integers are {{integer}} here.

CREATE TABLE case_record (
    case_id           TEXT PRIMARY KEY,
    person_id         TEXT NOT NULL,
    gender            TEXT NOT NULL CHECK (gender IN ('K', 'M')),
    birth_year        {{integer}} NOT NULL CHECK (birth_year BETWEEN 1000 AND 9999),
    intervention_code TEXT NOT NULL REFERENCES intervention (code),
    provider_id       TEXT NOT NULL REFERENCES provider (id),
    start_date        TEXT NOT NULL,
    planned_end_date  TEXT NOT NULL,
    -- Both empty while the case is ongoing, both set once it has ended.
    end_date          TEXT,
    end_reason        TEXT CHECK (end_reason IN ('work', 'studies', 'own_business',
                          'other_insats', 'same_insats_other_provider', 'other_authority',
                          'moved', 'illness', 'interrupted_other')),
    extensions        {{integer}} NOT NULL CHECK (extensions >= 0),
    imported_at       TEXT NOT NULL,
    CHECK ((end_date IS NULL) = (end_reason IS NULL)),
    CHECK (end_date IS NULL OR end_date >= start_date)
);

-- The statistics read the cases active in a period:
-- start_date <= to AND (end_date IS NULL OR end_date >= from).
CREATE INDEX case_record_by_start ON case_record (start_date);
CREATE INDEX case_record_by_end ON case_record (end_date);
