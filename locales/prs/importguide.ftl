# Jämföraren – دری: رهنمای صفحهٔ اپلود برای فایل‌های وارد کردن (هر ستون، یک فایل نمونه). Review: machine-drafted by the developers, needs a human translator (Dari, not Iranian Persian).
# Digits are Western (0–9), as in Swedish authorities' Dari texts; column names, codes (K, M, CSV, UTF-8 …) and the date pattern YYYY-MM-DD stay as written in the file.

staff-statistics-file-hint = سطر اول باید عنوان‌ها باشد. هر ستون در زیر فورم شرح داده شده است، همراه با یک فایل نمونه.
import-guide-heading = فایل‌ها چطور نوشته می‌شوند
import-guide-intro = فایل را به شکل CSV با UTF-8 ذخیره کنید، با یک کامهٔ انگلیسی (,) میان ستون‌ها. سطر اول نام ستون‌ها را دارد، به هر ترتیبی، و هر کدام تنها یک بار. هر سطر بعد از آن یک ریکارد است. تاریخ‌ها به شکل YYYY-MM-DD نوشته می‌شوند.
import-guide-cases-heading = ستون‌های فایل پرونده‌ها
import-guide-survey-heading = ستون‌های فایل نظرسنجی
import-guide-cases-rows = هر سطر یک تصمیم دربارهٔ یک برنامه برای یک شخص است. اگر یک پرونده دوباره وارد شود، تازه‌سازی می‌شود.
import-guide-survey-rows = هر سطر یک پاسخ به نظرسنجی مشتریان است. اگر یک پاسخ دوباره وارد شود، تازه‌سازی می‌شود.
import-guide-example = یک فایل نمونه را دانلود کنید ({ $file })
import-guide-example-note = سطرهای نمونه ساختگی اند. نمونه شکل یک فایل را نشان می‌دهد؛ آن را همان‌طور که است وارد نکنید.
import-guide-col-name = ستون
import-guide-col-required = باید پر شود
import-guide-col-meaning = چه چیزی در آن است
import-guide-required-yes = بلی
import-guide-required-no = نخیر، می‌تواند خالی باشد
import-guide-values = مقدارهای مجاز: { $values }
import-column-cases-case_id = شناسهٔ خود پرونده در سیستم پرونده‌ها. هر شناسه تنها یک بار در فایل.
import-column-cases-person_id = یک نام مستعار برای شخص، که در همهٔ پرونده‌های آن شخص یکی است. هرگز نام یا نمبر شخصی (personnummer) نباشد.
import-column-cases-gender = جنسیت شخص: K برای زن، M برای مرد.
import-column-cases-birth_year = سال تولد شخص، چهار عدد، به طور مثال 1990.
import-column-cases-insats = کود برنامه، با حروف بزرگ یا کوچک.
import-column-cases-provider_id = شناسهٔ ارائه‌کننده، همان‌طور که در فهرست ارائه‌کنندگان پورتال آمده است.
import-column-cases-start_date = روزی که برنامه شروع شد.
import-column-cases-planned_end_date = روزی که پلان است برنامه ختم شود. پیش از شروع نباشد.
import-column-cases-end_date = روزی که برنامه ختم شد. تا وقتی که پرونده جریان دارد خالی است. پیش از شروع نباشد، و پس از روز وارد کردن هم نباشد.
import-column-cases-end_reason = دلیل ختم. دقیقاً همان وقتی خالی است که تاریخ ختم خالی باشد.
import-column-cases-extensions = برنامه چند بار تمدید شد: 0 یا بیشتر.
import-column-survey-response_id = شناسهٔ خود پاسخ در ابزار نظرسنجی. هر شناسه تنها یک بار در فایل.
import-column-survey-provider_id = ارائه‌کننده‌ای که مشتری داشت، همان‌طور که در فهرست ارائه‌کنندگان پورتال آمده است.
import-column-survey-insats = کود برنامه، همان‌طور که در فایل پرونده‌ها آمده است.
import-column-survey-period = سال تقویمی‌ای که از مشتریان آن پرسیده شد، چهار عدد.
import-column-survey-language = زبانی که به آن به نظرسنجی پاسخ داده شد.
import-column-survey-reception = پاسخ دربارهٔ برخورد، از 1 تا 5 (5 بهترین است). اگر به سؤال پاسخ داده نشده، خالی است.
import-column-survey-information = پاسخ دربارهٔ معلومات، از 1 تا 5 (5 بهترین است). اگر به سؤال پاسخ داده نشده، خالی است.
import-column-survey-participation = پاسخ دربارهٔ سهم‌گیری، از 1 تا 5 (5 بهترین است). اگر به سؤال پاسخ داده نشده، خالی است.
import-column-survey-development = پاسخ دربارهٔ پیشرفت، از 1 تا 5 (5 بهترین است). اگر به سؤال پاسخ داده نشده، خالی است. هر سطر دست‌کم به یک سؤال پاسخ می‌دهد.
