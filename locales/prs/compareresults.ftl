# Jämföraren – دری, results in the comparison. Review: machine-drafted by the developers in plain Dari, needs a human translator.

compare-results-label = آمار { $level }
compare-nki-value = { $nki } ({ $respondents } نفر جواب دادند)
compare-verdict-label = در مقایسه با ارائه‌کننده‌های دیگر { $level }
compare-no-verdict = مقایسه ممکن نیست: مشتریان بسیار کم اند یا ارائه‌کنندهٔ دیگری نیست.
compare-no-figures = برای { $level } ارقام نشرشده وجود ندارد.
compare-no-statistics = هنوز هیچ آماری نشر نشده است.
compare-no-survey = نظرسنجی مشتریان نشر نشده است.
