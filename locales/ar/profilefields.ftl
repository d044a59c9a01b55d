# Jämföraren – العربية: حقول الملف التعريفي (app/src/profile_fields.rs). Review: written by the developers; needs a native speaker's review.

profile-organisation-number = رقم تسجيل المنظمة
