-- Jämföraren's schema on {{backend}}. Dates are ISO-8601 text (YYYY-MM-DD) and
-- timestamps RFC 3339 text in UTC in both backends, so one set of queries
-- serves SQLite and PostgreSQL through sqlx::Any. Integers are 64-bit.

-- A kundval (customer-choice system under LOV). KAA is the pre-2024 one.
CREATE TABLE kundval (
    code        TEXT PRIMARY KEY,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,
    sort_order  {{integer}} NOT NULL
);

-- An insats: a level of a kundval (FAI1 … ISA2) or a pre-2024 intervention.
CREATE TABLE intervention (
    code              TEXT PRIMARY KEY,
    kundval_code      TEXT NOT NULL REFERENCES kundval (code),
    level             {{integer}} CHECK (level IN (1, 2)),
    max_months        {{integer}},
    monthly_check_sek {{integer}},
    valid_from        TEXT NOT NULL,
    valid_to          TEXT,
    sort_order        {{integer}} NOT NULL
);

CREATE TABLE provider (
    id                  TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    organisation_form   TEXT NOT NULL CHECK (organisation_form IN ('company', 'non_profit', 'municipal')),
    organisation_number TEXT,
    created_at          TEXT NOT NULL
);

-- A provider's authorization for one intervention, from a date, until a date
-- when de-authorized. Rows are never deleted: history drives the statistics.
CREATE TABLE provider_authorization (
    id                {{identity}},
    provider_id       TEXT NOT NULL REFERENCES provider (id),
    intervention_code TEXT NOT NULL REFERENCES intervention (code),
    authorized_from   TEXT NOT NULL,
    authorized_to     TEXT,
    CHECK (authorized_to IS NULL OR authorized_to >= authorized_from)
);
CREATE INDEX provider_authorization_by_intervention
    ON provider_authorization (intervention_code, authorized_from);

-- Every version of a provider's profile is kept; the newest published one is public.
CREATE TABLE profile_version (
    id             {{identity}},
    provider_id    TEXT NOT NULL REFERENCES provider (id),
    status         TEXT NOT NULL CHECK (status IN ('pending', 'published', 'returned')),
    phone          TEXT,
    email          TEXT,
    website        TEXT,
    street_address TEXT,
    postal_code    TEXT,
    city           TEXT,
    employee_count {{integer}},
    created_at     TEXT NOT NULL,
    created_by     TEXT,
    reviewed_at    TEXT,
    reviewed_by    TEXT,
    review_comment TEXT
);
CREATE INDEX profile_version_by_provider ON profile_version (provider_id, status, id);

-- The free-text presentation, one per locale the provider wrote.
CREATE TABLE profile_text (
    version_id   {{integer}} NOT NULL REFERENCES profile_version (id),
    locale       TEXT NOT NULL,
    presentation TEXT NOT NULL,
    PRIMARY KEY (version_id, locale)
);

-- Structured facts from controlled vocabularies (languages, areas,
-- competences, industries, meeting forms, accessibility …), translated by the portal.
CREATE TABLE profile_fact (
    version_id {{integer}} NOT NULL REFERENCES profile_version (id),
    kind       TEXT NOT NULL,
    code       TEXT NOT NULL,
    PRIMARY KEY (version_id, kind, code)
);

CREATE TABLE site_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
