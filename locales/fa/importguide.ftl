# Jämföraren – فارسی: راهنمای صفحهٔ بارگذاری برای فایل‌های واردکردن (هر ستون، یک فایل نمونه). Review: machine-drafted by the developers, needs a human translator.
# Digits are Western (0–9), as in Swedish authorities' Persian texts; column names, codes (K, M, CSV, UTF-8 …) and the date pattern YYYY-MM-DD stay as written in the file.

staff-statistics-file-hint = سطر نخست باید سرستون‌ها باشد. همهٔ ستون‌ها زیر فرم شرح داده شده‌اند، همراه با یک فایل نمونه.
import-guide-heading = شیوهٔ نوشتن فایل‌ها
import-guide-intro = فایل را با قالب CSV و رمزگذاری UTF-8 ذخیره کنید، با ویرگول انگلیسی (,) میان ستون‌ها. سطر نخست نام ستون‌ها را دارد، به هر ترتیبی و هر کدام فقط یک بار. هر سطر پس از آن یک رکورد است. تاریخ‌ها به شکل YYYY-MM-DD نوشته می‌شوند.
import-guide-cases-heading = ستون‌های فایل پرونده‌ها
import-guide-survey-heading = ستون‌های فایل نظرسنجی
import-guide-cases-rows = هر سطر یک تصمیم دربارهٔ یک برنامه برای یک نفر است. اگر پرونده‌ای دوباره وارد شود، به‌روزرسانی می‌شود.
import-guide-survey-rows = هر سطر یک پاسخ به نظرسنجی مشتریان است. اگر پاسخی دوباره وارد شود، به‌روزرسانی می‌شود.
import-guide-example = دریافت یک فایل نمونه ({ $file })
import-guide-example-note = سطرهای نمونه ساختگی‌اند. نمونه شکل یک فایل را نشان می‌دهد؛ آن را همان‌گونه که هست وارد نکنید.
import-guide-col-name = ستون
import-guide-col-required = باید پر شود
import-guide-col-meaning = محتوای ستون
import-guide-required-yes = بله
import-guide-required-no = خیر، می‌تواند خالی باشد
import-guide-values = مقدارهای مجاز: { $values }
import-column-cases-case_id = شناسهٔ خود پرونده در سامانهٔ پرونده‌ها. هر شناسه فقط یک بار در فایل.
import-column-cases-person_id = یک نام مستعار برای شخص که در همهٔ پرونده‌های او یکسان است. هرگز نام یا شمارهٔ شخصی (personnummer) نباشد.
import-column-cases-gender = جنسیت شخص: K برای زن، M برای مرد.
import-column-cases-birth_year = سال تولد شخص، چهار رقم، برای نمونه 1990.
import-column-cases-insats = کد برنامه، با حروف بزرگ یا کوچک.
import-column-cases-provider_id = شناسهٔ ارائه‌دهنده، همان‌گونه که در فهرست ارائه‌دهندگان پورتال آمده است.
import-column-cases-start_date = روزی که برنامه آغاز شد.
import-column-cases-planned_end_date = روزی که قرار است برنامه پایان یابد. نه پیش از شروع.
import-column-cases-end_date = روزی که برنامه پایان یافت. تا زمانی که پرونده در جریان است خالی می‌ماند. نه پیش از شروع و نه پس از روز واردکردن.
import-column-cases-end_reason = دلیل پایان. دقیقاً زمانی خالی است که تاریخ پایان خالی باشد.
import-column-cases-extensions = تعداد دفعاتی که برنامه تمدید شد: 0 یا بیشتر.
import-column-survey-response_id = شناسهٔ خود پاسخ در ابزار نظرسنجی. هر شناسه فقط یک بار در فایل.
import-column-survey-provider_id = ارائه‌دهنده‌ای که مشتری داشت، همان‌گونه که در فهرست ارائه‌دهندگان پورتال آمده است.
import-column-survey-insats = کد برنامه، همان‌گونه که در فایل پرونده‌ها آمده است.
import-column-survey-period = سال تقویمی‌ای که از مشتریانش پرسیده شد، چهار رقم.
import-column-survey-language = زبانی که نظرسنجی به آن پاسخ داده شد.
import-column-survey-reception = پاسخ دربارهٔ برخورد، از 1 تا 5 (5 بهترین است). اگر به پرسش پاسخ داده نشده باشد، خالی.
import-column-survey-information = پاسخ دربارهٔ اطلاعات، از 1 تا 5 (5 بهترین است). اگر به پرسش پاسخ داده نشده باشد، خالی.
import-column-survey-participation = پاسخ دربارهٔ مشارکت، از 1 تا 5 (5 بهترین است). اگر به پرسش پاسخ داده نشده باشد، خالی.
import-column-survey-development = پاسخ دربارهٔ پیشرفت، از 1 تا 5 (5 بهترین است). اگر به پرسش پاسخ داده نشده باشد، خالی. هر سطر دست‌کم به یک پرسش پاسخ می‌دهد.
