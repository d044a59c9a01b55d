# Jämföraren – دری: the review's comparison and the profiles' history. Review: machine-drafted by the developers, needs a human translator (Dari, not Iranian Persian).

diff-removed-start = حذف شده:
diff-removed-end = (پایان بخش حذف شده)
diff-added-start = اضافه شده:
diff-added-end = (پایان بخش اضافه شده)
diff-no-text = متنی نیست.
diff-published-text = متن نشر شده
diff-proposed-text = متن پیشنهاد شده
diff-previous-version = نسخهٔ قبلی
diff-this-version = این نسخه

history-link-for = تاریخچهٔ پروفایل: { $provider }
history-title = تاریخچهٔ پروفایل: { $provider }
history-intro = تمام نسخه‌های پروفایل، جدیدترین اول. یک نسخه را انتخاب کنید تا ببینید چه داشت و چه تغییر کرد.
history-empty = ارائه‌کننده هنوز پروفایل ندارد.
history-caption = نسخه‌ها، جدیدترین اول
history-col-submitted = فرستاده شده
history-col-submitted-by = فرستاده شده توسط
history-col-state = وضعیت
history-col-reviewed = بررسی شده
history-col-comment = نظر بررسی‌کننده
history-by-at = { $name }، { $date }
history-state-pending = در انتظار بررسی
history-state-superseded = پیش از بررسی، نسخهٔ جدیدتر جای آن را گرفت
history-state-returned = پس فرستاده شد
history-state-published = نشر شده
history-state-published-at-once = فوراً بدون بررسی نشر شد
history-version-title = نسخهٔ { $date }: { $provider }
history-review-link = این نسخه را بررسی کنید
history-changes-heading = چه تغییر کرد
history-compared-with = در مقایسه با نسخهٔ
history-first-version = نسخهٔ اول: همه چیز در آن جدید است.
history-no-changes = از نسخهٔ قبلی چیزی تغییر نکرده است.
history-content-heading = این نسخه چه داشت
history-no-content = این نسخه چیزی ندارد.
