# Jämföraren – دری: کار احصائیوی کمون (نشر، عددهای کامل، وارد کردن فایل‌ها). Review: machine-drafted by the developers, needs a human translator (Dari, not Iranian Persian).
# Digits are Western (0–9), as in Swedish authorities' Dari texts; column names, codes (K, M, end_reason …) and the date pattern YYYY-MM-DD stay as written in the file.

staff-statistics-title = احصائیه برای کمون
staff-statistics-publish-heading = نشر احصائیه
staff-statistics-publish-intro = عددها همین حالا از دیتابیس کمون دربارهٔ برنامه‌ها و از نظرسنجی مشتریان حساب می‌شوند و با کنترول افشا به مردم نشان داده می‌شوند. نشرهای قبلی نگهداری می‌شوند.
staff-statistics-period = دوره
staff-statistics-scope-year = یک سال تقویمی
staff-statistics-scope-range = از تاریخ – تا تاریخ
staff-statistics-year = سال
staff-statistics-year-hint = چهار عدد، به طور مثال 2024.
staff-statistics-publish = نشر
staff-statistics-publications-heading = نشرها
staff-statistics-shown = به مردم نشان داده می‌شود
staff-statistics-superseded = با یک نشر بعدی جایگزین شده است
staff-statistics-thresholds = تعدادهای کمتر از { $count } پنهان می‌شوند، سهم‌ها دست‌کم به { $base } ضرورت دارند
staff-statistics-full-link = عددهای کامل
staff-statistics-col-period = دوره
staff-statistics-col-published = تاریخ نشر
staff-statistics-col-by = توسط
staff-statistics-col-thresholds = کنترول افشا
staff-statistics-col-public = مردم
staff-statistics-col-figures = عددها
staff-statistics-col-file = فایل
staff-statistics-col-kind = نوع
staff-statistics-col-started = شروع شده
staff-statistics-col-state = وضعیت
staff-statistics-upload-heading = وارد کردن یک فایل
staff-statistics-upload-intro = فایل در پس‌زمینه خوانده می‌شود. اگر چیزی غلط باشد، هیچ چیز وارد نمی‌شود و هر مشکل را با سطر و ستون آن می‌بینید.
staff-statistics-upload-kind = در فایل چه چیزی است؟
staff-statistics-kind-cases = پرونده‌ها (برنامه‌ها)
staff-statistics-kind-survey = پاسخ‌های نظرسنجی مشتریان
staff-statistics-file = فایل CSV
staff-statistics-upload = اپلود و وارد کردن
staff-statistics-imports-heading = آخرین فایل‌های وارد شده
staff-statistics-full-warning = عددهای کامل بدون کنترول افشا. تنها برای کارمندان کمون – نباید نشر شود یا به کسی داده شود.

import-title = وارد کردن { $file }
import-started = { $kind }، توسط { $who } در { $when } شروع شد.
import-state-running = فایل خوانده می‌شود …
import-state-imported = { $rows } سطر وارد شده است.
import-state-rejected = فایل مشکل دارد. هیچ چیز وارد نشده است.
import-state-interrupted = وارد کردن هنگام توقف سرور قطع شد. هیچ چیز وارد نشده است. فایل را دوباره اپلود کنید.
import-progress-label = وارد کردن تا کجا پیش رفته است
import-progress = { $rows } سطر تمام شد ({ $percent }٪ فایل).
import-look-again = وضعیت فعلی را نشان بده
import-next-publish = احصائیه را نشر کنید تا عددهای جدید به مردم نشان داده شوند.
# Dari counts with a singular noun, so both forms are the same; [one] keeps the number because CLDR "one" also covers 0.
import-problem-count = { $count ->
    [one] { $count } مشکل پیدا شد.
   *[other] { $count } مشکل پیدا شد.
}
import-problems-truncated = تنها مشکلات اول نشان داده می‌شوند. آن‌ها را درست کنید و دوباره وارد کنید تا بقیه را ببینید.
import-problems-caption = مشکلات فایل
import-col-line = سطر
import-col-column = ستون
import-col-problem = مشکل

import-problem-wrong-header = سطر عنوان باید دقیقاً این ستون‌ها را داشته باشد: { $expected }. اما این‌ها را دارد: { $found }.
import-problem-empty = فایل خالی است. دست‌کم به سطر عنوان ضرورت دارد.
import-problem-field-count = این سطر { $found } فیلد دارد، اما سطر عنوان { $expected } فیلد دارد.
import-problem-unreadable = این سطر خوانده نمی‌شود ({ $value }).
import-problem-missing = یک مقدار وجود ندارد.
import-problem-control-character = «{ $value }» یک حرف کنترولی دارد. شناسه تنها می‌تواند حروف قابل چاپ داشته باشد.
import-problem-gender = جنسیت «{ $value }» است. باید K یا M باشد.
import-problem-birth-year = سال تولد «{ $value }» است. باید چهار عدد باشد.
import-problem-unknown-insats = هیچ برنامه‌ای کود «{ $value }» را ندارد. کودها این‌ها اند: { $valid }.
import-problem-unknown-provider = هیچ ارائه‌کننده‌ای شناسهٔ «{ $value }» را ندارد.
import-problem-date = «{ $value }» تاریخی به شکل YYYY-MM-DD نیست.
import-problem-planned-end-before-start = ختم پلان‌شده { $end } پیش از شروع { $start } است.
import-problem-end-before-start = ختم { $end } پیش از شروع { $start } است.
import-problem-end-after-import = ختم { $end } پس از روز وارد کردن، { $today }، است. یک برنامه نمی‌تواند در آینده ختم شده باشد.
import-problem-reason-without-end = دلیل ختم (end_reason) به تاریخ ختم (end_date) ضرورت دارد.
import-problem-end-without-reason = تاریخ ختم (end_date) به دلیل ختم (end_reason) ضرورت دارد.
import-problem-end-reason = دلیل ختم «{ $value }» است. باید یکی از این‌ها باشد: work, studies, own_business, other_insats, same_insats_other_provider, other_authority, moved, illness یا interrupted_other.
import-problem-extensions = تعداد تمدیدها «{ $value }» است. باید یک عدد کامل، 0 یا بیشتر باشد.
import-problem-chosen = مقدار chosen «{ $value }» است. باید customer، default یا خالی باشد.
import-problem-duplicate-id = { $column } «{ $value }» در سطر { $line } هم آمده است.
import-problem-survey-year = دوره «{ $value }» است. باید سال نظرسنجی با چهار عدد باشد.
import-problem-language = زبان «{ $value }» است. باید یکی از این‌ها باشد: { $allowed }.
import-problem-answer = پاسخ «{ $value }» است. باید یک عدد کامل از 1 تا 5 باشد، یا اگر به سؤال پاسخ داده نشده، خالی باشد.
import-problem-no-answers = این پاسخ‌نامه به هیچ سؤالی پاسخ نمی‌دهد. دست‌کم یک پاسخ لازم است.
import-problem-failed = فایل تا آخر خوانده نشد، یا دیتابیس جواب نداد. هیچ چیز وارد نشده است. دوباره کوشش کنید.

done-statistics-published = احصائیه نشر شد و به مردم نشان داده می‌شود.
error-statistics-year = یک سال با چهار عدد بنویسید، از 2000 تا امسال.
error-statistics-date = تاریخ را به شکل YYYY-MM-DD (سال-ماه-روز) بنویسید.
error-statistics-period-order = دوره پیش از شروع خود ختم می‌شود.
error-statistics-failed = احصائیه همین حالا نشر نشد. هیچ چیز تغییر نکرده است. کمی بعد دوباره کوشش کنید.
error-import-busy = یک وارد کردن دیگر جریان دارد. صبر کنید تا تمام شود، بعد فایل را دوباره اپلود کنید.
error-import-upload = فایل دریافت نشد. دوباره کوشش کنید.
error-import-no-file = یک فایل برای اپلود انتخاب کنید.
error-import-kind = انتخاب کنید که در فایل چه چیزی است.
