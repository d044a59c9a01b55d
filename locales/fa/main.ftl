# Jämföraren – فارسی. Review: machine-drafted by the developers, needs a human translator.
# Digits are Western (0–9), as in Swedish authorities' Persian texts; the codes FAI, AMI, ISA stay as codes.

site-name = Jämföraren
skip-to-content = رفتن به محتوای اصلی
language-switcher-label = انتخاب زبان
footer-about = Jämföraren به شما کمک می‌کند برای برنامه‌ای که کمون ناکا برایتان تصویب کرده است، ارائه‌دهنده‌ای انتخاب کنید. همهٔ ارائه‌دهندگان به یک شکل نمایش داده می‌شوند.
demo-notice = این یک نسخهٔ نمایشی است. اطلاعات ارائه‌دهندگان ساختگی است و به شرکت‌های واقعی مربوط نیست.
back-to-start = بازگشت به صفحهٔ اصلی
copy-link = کپی پیوند این صفحه
copy-link-done = پیوند کپی شد.
copy-link-failed = کپی انجام نشد. نشانی را از نوار نشانی مرورگر کپی کنید.

home-title = برای برنامهٔ خود ارائه‌دهنده انتخاب کنید
home-intro = مشاور شغلی شما دربارهٔ برنامهٔ شما تصمیم گرفته است. برنامه و سطح آن را انتخاب کنید تا ببینید از میان کدام ارائه‌دهندگان می‌توانید انتخاب کنید.
home-results-heading = نتیجه برای مشتریان چه بود
home-results-text = آمار نشان می‌دهد برای مشتریان هر ارائه‌دهنده چه اتفاقی افتاد، برای مثال چند نفر کار پیدا کردند یا تحصیل را شروع کردند.

kundval-FAI-name = FAI – برنامه‌های آماده‌سازی برای کار
kundval-FAI-about = برای شما، اگر باید بفهمید چه کاری از شما برمی‌آید، یا اگر نخست به یک محیط اجتماعی نیاز دارید.
kundval-AMI-name = AMI – برنامه‌های بازار کار
kundval-AMI-about = برای شما، اگر می‌توانید کار کنید و می‌خواهید شغلی پیدا کنید یا تحصیل را شروع کنید.
kundval-ISA-name = ISA – برنامه‌های مقدماتی: sfi (زبان سوئدی برای مهاجران) و آشنایی با کار
kundval-ISA-about = برای شما، اگر تازه به سوئد آمده‌اید و می‌خواهید زبان سوئدی را در یک محل کار تمرین کنید.
kundval-KAA-name = برنامه‌های بازار کار (تا پایان ژوئن 2024)
kundval-KAA-about = برنامه‌هایی که پیش از سال 2024 وجود داشتند.

level-FAI1-short = FAI 1
level-FAI1-name = کارآزمایی برای شناخت توانایی کاری شما
level-FAI1-for-whom = برای شما، اگر توانایی کاری‌تان باید روشن شود. این برنامه حداکثر 3 ماه طول می‌کشد.
level-FAI2-short = FAI 2
level-FAI2-name = فعالیت‌هایی به‌عنوان نخستین گام به سوی کار
level-FAI2-for-whom = برای شما، اگر مدت زیادی بدون کار یا فعالیت بوده‌اید و به یک محیط اجتماعی نیاز دارید. این برنامه حداکثر 6 ماه طول می‌کشد.
level-AMI1-short = AMI 1
level-AMI1-name = راهنمایی و معرفی به کار یا تحصیل
level-AMI1-for-whom = برای شما، اگر می‌توانید تمام‌وقت کار کنید. این برنامه حداکثر 3 ماه طول می‌کشد.
level-AMI2-short = AMI 2
level-AMI2-name = تمرین کار و راهنمایی برای یافتن کار یا تحصیل
level-AMI2-for-whom = برای شما، اگر دست‌کم 25 درصد می‌توانید کار کنید. این برنامه حداکثر 12 ماه طول می‌کشد.
level-ISA1-short = ISA 1
level-ISA1-name = آموزش زبان در محل کار برای شرکت‌کنندگان برنامهٔ استقرار
level-ISA1-for-whom = برای شما، اگر در برنامهٔ استقرار ادارهٔ کار (Arbetsförmedlingen) شرکت دارید. این برنامه حداکثر 9 ماه طول می‌کشد.
level-ISA2-short = ISA 2
level-ISA2-name = آموزش زبان در محل کار
level-ISA2-for-whom = برای شما، اگر تازه به سوئد آمده‌اید و در برنامهٔ استقرار نیستید. این برنامه حداکثر 12 ماه طول می‌کشد.
level-JPG-short = ⁨Jobbpeng grund⁩ (پاداش کار پایه)
level-JPG-name = (برنامهٔ پیش از 2024)
level-JPG-for-whom = برنامه‌ای که تا پایان ژوئن 2024 وجود داشت.
level-FJP-short = ⁨Förstärkt jobbpeng⁩ (پاداش کار تقویت‌شده)
level-FJP-name = (برنامهٔ پیش از 2024)
level-FJP-for-whom = برنامه‌ای که تا پایان ژوئن 2024 وجود داشت.
level-SAI-short = SAI
level-SAI-name = ⁨Språk- och arbetsintroduktion⁩: آشنایی با زبان و کار (برنامهٔ پیش از 2024)
level-SAI-for-whom = برنامه‌ای که تا پایان ژوئن 2024 وجود داشت.

# Persian counts with a singular noun, so one form serves every number.
level-max-months = حداکثر { $months } ماه
level-provider-count = { $count ->
    [0] هیچ ارائه‌دهنده‌ای
    [one] { $count } ارائه‌دهنده
   *[other] { $count } ارائه‌دهنده
}
level-providers-heading = { $count ->
    [0] هیچ ارائه‌دهنده‌ای برای انتخاب نیست
    [one] { $count } ارائه‌دهنده برای انتخاب
   *[other] { $count } ارائه‌دهنده برای انتخاب
}
level-no-providers = در حال حاضر هیچ ارائه‌دهنده‌ای برای این برنامه وجود ندارد.
level-not-offered = این برنامه دیگر ارائه نمی‌شود.

organisation-form-company = شرکت
organisation-form-non_profit = سازمان غیرانتفاعی
organisation-form-municipal = واحد خود کمون ناکا

error-not-found-title = صفحه پیدا نشد
error-not-found = صفحه‌ای را که به دنبالش هستید پیدا نمی‌کنیم. شاید جابه‌جا شده باشد، یا نشانی اشتباه است.
error-unavailable-title = این سرویس در حال حاضر کار نمی‌کند
error-unavailable = مشکلی در سمت ما پیش آمده است. لطفاً کمی بعد دوباره امتحان کنید.
error-too-large-title = آنچه فرستادید خیلی بزرگ است
error-too-large = فرم یا فایل بزرگ‌تر از حدی است که می‌پذیریم. متن کوتاه‌تر یا فایل کوچک‌تری بفرستید.

## انتخاب ارائه‌دهنده: فهرست، فیلترها، معرفی

default-provider-heading = اگر نمی‌خواهید انتخاب کنید
default-provider-text = اگر خودتان انتخاب نکنید، ارائه‌دهندهٔ پیش‌فرض برایتان تعیین می‌شود. در حال حاضر این ارائه‌دهنده { $provider } است. ارائه‌دهندهٔ پیش‌فرض هر دو هفته یک بار طبق یک فهرست عوض می‌شود.
default-provider-none = در حال حاضر ارائه‌دهندهٔ پیش‌فرضی وجود ندارد.
default-provider-until = این تا { $date } به همین شکل می‌ماند.
level-search-heading = جست‌وجو و فیلتر
search-label = جست‌وجو در میان ارائه‌دهندگان
search-hint = برای نمونه یک نام، یک زبان یا یک رشتهٔ شغلی بنویسید.
filters-submit = نمایش ارائه‌دهندگان
filters-clear = حذف همهٔ فیلترها
filter-count = { $label } ({ $count })
order-label = ترتیب
order-random = ترتیب تصادفی
order-name = ترتیب الفبایی (A–Ö)
order-random-explained = فهرست به ترتیب تصادفی است. این ترتیب در تمام مدت بازدید شما و برای کسی که پیوند را با او به اشتراک می‌گذارید یکسان می‌ماند. هیچ ارائه‌دهنده‌ای همیشه اول نیست.
order-name-explained = فهرست به ترتیب الفبایی است.
listing-count = نمایش { $shown } از { $total } ارائه‌دهنده.
listing-empty = هیچ ارائه‌دهنده‌ای با همهٔ انتخاب‌های شما جور نیست. یک فیلتر را حذف کنید یا جست‌وجو را تغییر دهید.
search-shortened = متن جست‌وجو خیلی طولانی بود. فقط 200 نویسهٔ اول را جست‌وجو کردیم.
share-list-link = پیوند این فهرست
provider-read-more = دربارهٔ { $provider } بیشتر بخوانید
provider-city = مکان: { $city }

fact-kind-language = زبان‌ها
fact-kind-area = منطقه
fact-kind-competence = تخصص ویژه
fact-kind-industry = رشته‌های شغلی در شبکهٔ کارفرمایان
fact-kind-meeting_form = دیدارها
fact-kind-accessibility = دسترسی‌پذیری محل
fact-kind-coaches = پیش از انتخاب

fact-language-sv = سوئدی
fact-language-en = انگلیسی
fact-language-ar = عربی
fact-language-prs = دری
fact-language-fa = فارسی
fact-language-so = سومالیایی
fact-language-ti = تیگرینیا
fact-language-ru = روسی
fact-language-uk = اوکراینی
fact-language-es = اسپانیایی
fact-language-fr = فرانسوی
fact-language-tr = ترکی
fact-language-pl = لهستانی
fact-language-ku = کردی
fact-language-am = امهری
fact-area-nacka-sickla = Nacka، Sickla
fact-area-nacka-centrum = مرکز Nacka
fact-area-nacka-fisksatra = Nacka، Fisksätra
fact-area-nacka-orminge = Nacka، Orminge
fact-area-nacka-saltsjobaden = Nacka، Saltsjöbaden
fact-area-stockholm = جای دیگری در استکهلم
fact-competence-npf = اختلال‌های عصبی‌رشدی و دشواری‌های شناختی (NPF)
fact-competence-far-from-labour-market = افراد دور از بازار کار
fact-competence-young-adults = جوانان
fact-competence-newcomers = تازه‌واردان
fact-competence-mental-health = مشکلات سلامت روان
fact-competence-physical-disability = معلولیت جسمی
fact-industry-retail = بازرگانی و فروشگاه
fact-industry-hospitality = هتل و رستوران
fact-industry-construction = ساختمان‌سازی
fact-industry-care = بهداشت، درمان و مراقبت
fact-industry-logistics = انبار و لجستیک
fact-industry-it = فناوری اطلاعات
fact-industry-cleaning = نظافت و خدمات ساختمان
fact-industry-transport = حمل‌ونقل
fact-industry-manufacturing = صنعت و تولید
fact-industry-office = اداری و دفتری
fact-meeting_form-on_site = دیدار حضوری
fact-meeting_form-digital = دیدار آنلاین
fact-accessibility-step_free = ورودی بدون پله
fact-accessibility-hearing_loop = حلقهٔ شنوایی برای کم‌شنوایان
fact-accessibility-accessible_toilet = توالت مناسب برای افراد دارای معلولیت
fact-accessibility-quiet_room = اتاق آرام
fact-coaches-several_before_choice = می‌توانید پیش از انتخاب با چند مربی دیدار کنید

profile-facts-heading = اطلاعات
profile-organisation-form = نوع سازمان
profile-employees = تعداد کارکنان
profile-contact-heading = تماس
profile-phone = تلفن
profile-email = ایمیل
profile-website = وب‌سایت
profile-address = نشانی پستی
profile-levels-heading = برنامه‌هایی که این ارائه‌دهنده دارد
profile-level-since = از { $date }
profile-presentation-heading = ارائه‌دهنده دربارهٔ خود می‌گوید
profile-presentation-in-swedish = ارائه‌دهنده به زبان شما ننوشته است. متن به زبان سوئدی است.
profile-no-presentation = ارائه‌دهنده معرفی‌ای ننوشته است.
profile-updated = به‌روزرسانی: { $date }
profile-stale = این اطلاعات بیش از یک سال است که به‌روز نشده است. از ارائه‌دهنده بپرسید آیا چیزی تغییر کرده است.
profile-not-stated = ذکر نشده
kundval-default-provider = ارائه‌دهندهٔ پیش‌فرض در حال حاضر: { $provider }

## مقایسه، اشتراک‌گذاری، چاپ

compare-select = مقایسهٔ { $provider }
compare-submit = مقایسهٔ ارائه‌دهندگان انتخاب‌شده
compare-hint = دو تا چهار ارائه‌دهنده را برای مقایسه انتخاب کنید.
compare-title = مقایسهٔ ارائه‌دهندگان
compare-too-few = دست‌کم دو ارائه‌دهنده را برای مقایسه انتخاب کنید.
compare-too-many = هر بار حداکثر چهار ارائه‌دهنده را می‌توانید مقایسه کنید. چهار مورد اول را نشان می‌دهیم.
compare-field = مورد
share-heading = اشتراک‌گذاری
share-qr-label = کد QR با پیوند این صفحه
share-qr-hint = کد را با دوربین گوشی‌تان اسکن کنید تا صفحه در گوشی باز شود.
print = چاپ
profile-updated-label = آخرین به‌روزرسانی

meta-provider = { $provider } در Jämföraren: ارائه‌دهنده چگونه کار می‌کند، به چه زبان‌هایی صحبت می‌کند، کجاست و چگونه با آن تماس بگیرید. آن را با ارائه‌دهندگان دیگر مقایسه کنید.
meta-compare = ارائه‌دهندگان را کنار هم مقایسه کنید: چگونه کار می‌کنند، به چه زبان‌هایی صحبت می‌کنند، کجا هستند و نتایجشان.

next-steps-heading = پس از انتخاب
next-steps-tell = به مشاور شغلی خود بگویید کدام ارائه‌دهنده را انتخاب کرده‌اید. اگر نمی‌خواهید انتخاب کنید، این را بگویید: در این صورت ارائه‌دهندهٔ پیش‌فرض برایتان تعیین می‌شود.
next-steps-day-1 = روز ۱: مشاور شغلی شما را نزد ارائه‌دهنده ثبت می‌کند.
next-steps-day-1-2 = روز ۱–۲: ارائه‌دهنده تعیین می‌کند چه کسی با شما کار کند و به مشاور شغلی اطلاع می‌دهد.
next-steps-day-2-3 = روز ۲–۳: مشاور شغلی مأموریت را برای ارائه‌دهنده می‌فرستد.
next-steps-day-3-14 = روز ۳–۱۴: ارائه‌دهنده یک برنامه برای خدمت شما (برنامهٔ اجرایی) را برای تأیید به شهرداری می‌فرستد.
next-steps-change = می‌توانید بعداً ارائه‌دهنده را عوض کنید. اگر می‌خواهید عوض کنید، با مشاور شغلی خود صحبت کنید.
