-- The change log the search index follows: every change to what a
-- provider's search document holds adds a row, in the same transaction as
-- the change. Each instance applies rows newer than the last it applied.
CREATE TABLE search_change (
    id          {{identity}},
    provider_id TEXT NOT NULL,
    changed_at  TEXT NOT NULL
);
