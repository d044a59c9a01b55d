-- Organisationsnummer as the provider's editor states it on the profile
-- (app/src/profile_fields.rs): NNNNNN-NNNN with a valid check digit, or
-- NULL when not stated. A change waits for review like the other facts.
-- (0061 is taken by the unmerged stats4 branch; this takes the next ten.)
ALTER TABLE profile_version ADD COLUMN organisation_number TEXT;
