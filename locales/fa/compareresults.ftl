# Jämföraren – فارسی, results in the comparison. Review: machine-drafted by the developers in plain Persian, needs a human translator.

compare-results-label = آمار { $level }
compare-nki-value = { $nki } ({ $respondents } نفر پاسخ دادند)
compare-verdict-label = در مقایسه با ارائه‌دهندگان دیگر { $level }
compare-no-verdict = مقایسه ممکن نیست: مشتریان بسیار کم‌اند یا ارائه‌دهندهٔ دیگری نیست.
compare-no-figures = برای { $level } رقم منتشرشده‌ای وجود ندارد.
compare-no-statistics = هنوز آماری منتشر نشده است.
compare-no-survey = نظرسنجی مشتریان منتشر نشده است.
