# Jämföraren – lättläst svenska: profilens fält (app/src/profile_fields.rs). Review: written by the developers; needs the municipality's review.

profile-organisation-number = Organisationsnummer
