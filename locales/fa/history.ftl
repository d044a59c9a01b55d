# Jämföraren – فارسی: the review's comparison and the profiles' history. Review: machine-drafted by the developers, needs a human translator.

diff-removed-start = حذف‌شده:
diff-removed-end = (پایان بخش حذف‌شده)
diff-added-start = افزوده:
diff-added-end = (پایان بخش افزوده)
diff-no-text = متنی وجود ندارد.
diff-published-text = متن منتشرشده
diff-proposed-text = متن پیشنهادی
diff-previous-version = نسخهٔ قبلی
diff-this-version = این نسخه

history-link-for = تاریخچهٔ نمایه: { $provider }
history-title = تاریخچهٔ نمایه: { $provider }
history-intro = همهٔ نسخه‌های نمایه، جدیدترین اول. یک نسخه را انتخاب کنید تا ببینید چه داشت و چه چیزی تغییر کرد.
history-empty = ارائه‌دهنده هنوز نمایه‌ای ندارد.
history-caption = نسخه‌ها، جدیدترین اول
history-col-submitted = ارسال‌شده
history-col-submitted-by = ارسال‌شده توسط
history-col-state = وضعیت
history-col-reviewed = بررسی‌شده
history-col-comment = نظر بررسی‌کننده
history-by-at = { $name }، { $date }
history-state-pending = در انتظار بررسی
history-state-superseded = پیش از بررسی، نسخهٔ جدیدتری جایگزین آن شد
history-state-returned = بازگردانده شد
history-state-published = منتشرشده
history-state-published-at-once = بی‌درنگ و بدون بررسی منتشر شد
history-version-title = نسخهٔ { $date }: { $provider }
history-review-link = این نسخه را بررسی کنید
history-changes-heading = چه چیزی تغییر کرد
history-compared-with = در مقایسه با نسخهٔ
history-first-version = نخستین نسخه: همه چیز در آن تازه است.
history-no-changes = از نسخهٔ قبلی چیزی تغییر نکرده است.
history-content-heading = محتوای این نسخه
history-no-content = این نسخه محتوایی ندارد.
