# Jämföraren – دری: بخش‌های پروفایل (app/src/profile_fields.rs). Review: written by the developers; needs a native speaker's review.

profile-organisation-number = نمبر ثبت موسسه
