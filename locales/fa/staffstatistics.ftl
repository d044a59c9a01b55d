# Jämföraren – فارسی: کار آماری کمون (انتشار، عددهای کامل، واردکردن فایل‌ها). Review: machine-drafted by the developers, needs a human translator.
# Digits are Western (0–9), as in Swedish authorities' Persian texts; column names, codes (K, M, end_reason …) and the date pattern YYYY-MM-DD stay as written in the file.

staff-statistics-title = آمار کمون
staff-statistics-publish-heading = انتشار آمار
staff-statistics-publish-intro = عددها هم‌اکنون از پایگاه دادهٔ کمون دربارهٔ برنامه‌ها و از نظرسنجی مشتریان محاسبه می‌شوند و با کنترل افشا برای عموم نمایش داده می‌شوند. انتشارهای پیشین نگه داشته می‌شوند.
staff-statistics-period = دوره
staff-statistics-scope-year = یک سال تقویمی
staff-statistics-scope-range = از تاریخ – تا تاریخ
staff-statistics-year = سال
staff-statistics-year-hint = چهار رقم، برای نمونه 2024.
staff-statistics-publish = انتشار
staff-statistics-publications-heading = انتشارها
staff-statistics-shown = برای عموم نمایش داده می‌شود
staff-statistics-superseded = با انتشاری جدیدتر جایگزین شده است
staff-statistics-thresholds = تعدادهای کمتر از { $count } پنهان می‌شوند، سهم‌ها دست‌کم به { $base } نیاز دارند
staff-statistics-full-link = عددهای کامل
staff-statistics-col-period = دوره
staff-statistics-col-published = تاریخ انتشار
staff-statistics-col-by = توسط
staff-statistics-col-thresholds = کنترل افشا
staff-statistics-col-public = عموم
staff-statistics-col-figures = عددها
staff-statistics-col-file = فایل
staff-statistics-col-kind = نوع
staff-statistics-col-started = زمان شروع
staff-statistics-col-state = وضعیت
staff-statistics-upload-heading = واردکردن یک فایل
staff-statistics-upload-intro = فایل در پس‌زمینه خوانده می‌شود. اگر ایرادی وجود داشته باشد، هیچ چیز وارد نمی‌شود و هر مشکل را با سطر و ستون آن می‌بینید.
staff-statistics-upload-kind = فایل حاوی چیست؟
staff-statistics-kind-cases = پرونده‌ها (برنامه‌ها)
staff-statistics-kind-survey = پاسخ‌های نظرسنجی مشتریان
staff-statistics-file = فایل CSV
staff-statistics-upload = بارگذاری و واردکردن
staff-statistics-imports-heading = آخرین فایل‌های واردشده
staff-statistics-full-warning = عددهای کامل بدون کنترل افشا. فقط برای کارکنان کمون – نباید منتشر شود یا در اختیار دیگران قرار گیرد.

import-title = واردکردن { $file }
import-started = { $kind }، آغازشده توسط { $who } در { $when }.
import-state-running = در حال خواندن فایل …
import-state-imported = { $rows } سطر وارد شد.
import-state-rejected = فایل مشکل دارد. هیچ چیز وارد نشده است.
import-state-interrupted = واردکردن با توقف سرور قطع شد. هیچ چیز وارد نشده است. فایل را دوباره بارگذاری کنید.
import-progress-label = پیشرفت واردکردن
import-progress = { $rows } سطر انجام شد ({ $percent }٪ از فایل).
import-look-again = نمایش وضعیت کنونی
import-next-publish = آمار را منتشر کنید تا عددهای تازه برای عموم نمایش داده شوند.
# Persian counts with a singular noun, so both forms are the same; [one] keeps the number because CLDR "one" also covers 0.
import-problem-count = { $count ->
    [one] { $count } مشکل پیدا شد.
   *[other] { $count } مشکل پیدا شد.
}
import-problems-truncated = فقط نخستین مشکلات نمایش داده می‌شوند. آن‌ها را اصلاح کنید و دوباره وارد کنید تا بقیه را ببینید.
import-problems-caption = مشکلات فایل
import-col-line = سطر
import-col-column = ستون
import-col-problem = مشکل

import-problem-wrong-header = سطر سرستون‌ها باید دقیقاً این ستون‌ها را داشته باشد: { $expected }. اما این‌ها را دارد: { $found }.
import-problem-empty = فایل خالی است. دست‌کم به سطر سرستون‌ها نیاز دارد.
import-problem-field-count = این سطر { $found } فیلد دارد، اما سطر سرستون‌ها { $expected } فیلد دارد.
import-problem-unreadable = این سطر خوانا نیست ({ $value }).
import-problem-missing = یک مقدار وجود ندارد.
import-problem-control-character = «{ $value }» یک نویسهٔ کنترلی دارد. شناسه فقط می‌تواند نویسه‌های چاپ‌شدنی داشته باشد.
import-problem-gender = جنسیت «{ $value }» است. باید K یا M باشد.
import-problem-birth-year = سال تولد «{ $value }» است. باید چهار رقم باشد.
import-problem-unknown-insats = هیچ برنامه‌ای با کد «{ $value }» وجود ندارد. کدها این‌ها هستند: { $valid }.
import-problem-unknown-provider = هیچ ارائه‌دهنده‌ای با شناسهٔ «{ $value }» وجود ندارد.
import-problem-date = «{ $value }» تاریخی به شکل YYYY-MM-DD نیست.
import-problem-planned-end-before-start = پایان برنامه‌ریزی‌شدهٔ { $end } پیش از شروع { $start } است.
import-problem-end-before-start = پایان { $end } پیش از شروع { $start } است.
import-problem-end-after-import = پایان { $end } پس از روز واردکردن، { $today }، است. یک برنامه نمی‌تواند در آینده پایان یافته باشد.
import-problem-reason-without-end = دلیل پایان (end_reason) به تاریخ پایان (end_date) نیاز دارد.
import-problem-end-without-reason = تاریخ پایان (end_date) به دلیل پایان (end_reason) نیاز دارد.
import-problem-end-reason = دلیل پایان «{ $value }» است. باید یکی از این‌ها باشد: work, studies, own_business, other_insats, same_insats_other_provider, other_authority, moved, illness یا interrupted_other.
import-problem-extensions = تعداد تمدیدها «{ $value }» است. باید یک عدد صحیح، 0 یا بیشتر باشد.
import-problem-chosen = مقدار chosen «{ $value }» است. باید customer، default یا خالی باشد.
import-problem-duplicate-id = { $column } «{ $value }» در سطر { $line } هم آمده است.
import-problem-survey-year = دوره «{ $value }» است. باید سال نظرسنجی با چهار رقم باشد.
import-problem-language = زبان «{ $value }» است. باید یکی از این‌ها باشد: { $allowed }.
import-problem-answer = پاسخ «{ $value }» است. باید عددی صحیح از 1 تا 5 باشد، یا اگر به پرسش پاسخ داده نشده، خالی باشد.
import-problem-no-answers = این پاسخ‌نامه به هیچ پرسشی پاسخ نمی‌دهد. دست‌کم یک پاسخ لازم است.
import-problem-failed = فایل تا پایان خوانده نشد یا پایگاه داده پاسخ نداد. هیچ چیز وارد نشده است. دوباره امتحان کنید.

done-statistics-published = آمار منتشر شد و برای عموم نمایش داده می‌شود.
error-statistics-year = یک سال چهاررقمی بنویسید، از 2000 تا امسال.
error-statistics-date = تاریخ را به شکل YYYY-MM-DD (سال-ماه-روز) بنویسید.
error-statistics-period-order = پایان دوره پیش از آغاز آن است.
error-statistics-failed = اکنون نمی‌توان آمار را منتشر کرد. هیچ چیز تغییر نکرده است. کمی بعد دوباره امتحان کنید.
error-import-busy = یک واردکردن دیگر در جریان است. صبر کنید تا تمام شود، سپس فایل را دوباره بارگذاری کنید.
error-import-upload = فایل دریافت نشد. دوباره امتحان کنید.
error-import-no-file = فایلی را برای بارگذاری انتخاب کنید.
error-import-kind = انتخاب کنید فایل حاوی چیست.
