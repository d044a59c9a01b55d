-- The public copy an approval writes (server/src/editorial/review.rs,
-- publish) names the submission it publishes, so the profile's history can
-- show the submission once, as published, rather than twice.
ALTER TABLE profile_version ADD COLUMN published_from {{integer}} REFERENCES profile_version (id);

-- Copies written before this column: an administrator's approval (never
-- its submitter, unlike contact details published at once) of the same
-- submission in the same moment as an earlier published row.
UPDATE profile_version SET published_from = (
    SELECT MAX(o.id) FROM profile_version o
     WHERE o.provider_id = profile_version.provider_id
       AND o.id < profile_version.id
       AND o.status = 'published'
       AND o.created_at = profile_version.created_at
       AND o.created_by = profile_version.created_by
       AND o.reviewed_at = profile_version.reviewed_at
       AND o.reviewed_by = profile_version.reviewed_by
) WHERE status = 'published' AND reviewed_by <> created_by;
