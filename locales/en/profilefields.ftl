# Jämföraren – English: the profile's fields (app/src/profile_fields.rs). Review: written by the developers; needs the municipality's review.

profile-organisation-number = Organisation number
