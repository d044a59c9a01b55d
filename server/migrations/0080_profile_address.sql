-- A provider's visiting addresses, one or more per profile version, each
-- with its point in WGS 84 as whole millionths of a degree (app/src/places.rs),
-- so both backends hold it exactly as an integer. A change waits for review
-- like the other facts; `position` keeps the editor's order.
CREATE TABLE profile_address (
    version_id     BIGINT NOT NULL REFERENCES profile_version (id),
    position       BIGINT NOT NULL,
    street_address TEXT NOT NULL,
    postal_code    TEXT NOT NULL,
    city           TEXT NOT NULL,
    lat_micro      BIGINT NOT NULL,
    lon_micro      BIGINT NOT NULL,
    PRIMARY KEY (version_id, position)
);
