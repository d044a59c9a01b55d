# Jämföraren – Soomaali: meelaha astaanta (app/src/profile_fields.rs). Review: written by the developers; needs a native speaker's review.

profile-organisation-number = Lambarka diiwaangelinta hay'adda
