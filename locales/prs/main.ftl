# Jämföraren – دری. Review: machine-drafted by the developers, needs a human translator (Dari, not Iranian Persian).
# Digits are Western (0–9), as in Swedish authorities' Dari texts; the codes FAI, AMI, ISA stay as codes.

site-name = Jämföraren
skip-to-content = رفتن به محتوای اصلی
language-switcher-label = انتخاب زبان
footer-about = Jämföraren به شما کمک می‌کند تا برای برنامه‌ای که کمون ناکا برای تان منظور کرده است، ارائه‌کننده را انتخاب کنید. همه ارائه‌کنندگان به یک شکل نشان داده می‌شوند.
demo-notice = این یک نمونهٔ آزمایشی است. معلومات ارائه‌کنندگان ساختگی است و به شرکت‌های واقعی ارتباط ندارد.
back-to-start = برگشت به صفحهٔ اول
copy-link = کاپی کردن لینک این صفحه
copy-link-done = لینک کاپی شد.
copy-link-failed = کاپی نشد. آدرس را از خانهٔ آدرس براوزر کاپی کنید.

home-title = برای برنامهٔ خود ارائه‌کننده انتخاب کنید
home-intro = مشاور کاریابی شما در مورد برنامهٔ شما تصمیم گرفته است. برنامه و سطح آن را انتخاب کنید تا ببینید از میان کدام ارائه‌کنندگان انتخاب کرده می‌توانید.
home-results-heading = نتیجه برای مشتریان چه بود
home-results-text = احصائیه نشان می‌دهد که برای مشتریان هر ارائه‌کننده چه واقع شد، مثلاً چند نفر کار پیدا کردند یا درس را شروع کردند.

kundval-FAI-name = FAI – برنامه‌های آمادگی برای کار
kundval-FAI-about = برای شما، اگر باید بدانید چه کاری را انجام داده می‌توانید، یا اگر اول به یک محیط اجتماعی ضرورت دارید.
kundval-AMI-name = AMI – برنامه‌های بازار کار
kundval-AMI-about = برای شما، اگر کار کرده می‌توانید و می‌خواهید وظیفه پیدا کنید یا درس بخوانید.
kundval-ISA-name = ISA – برنامه‌های مقدماتی: sfi (زبان سویدنی برای مهاجران) و آشنایی با کار
kundval-ISA-about = برای شما، اگر تازه به سویدن آمده‌اید و می‌خواهید زبان سویدنی را در یک محل کار تمرین کنید.
kundval-KAA-name = برنامه‌های بازار کار (تا آخر جون 2024)
kundval-KAA-about = برنامه‌هایی که پیش از سال 2024 وجود داشتند.

level-FAI1-short = FAI 1
level-FAI1-name = آزمایش کار برای دانستن توانایی کاری شما
level-FAI1-for-whom = برای شما، اگر توانایی کاری تان باید روشن شود. این برنامه حداکثر 3 ماه دوام می‌کند.
level-FAI2-short = FAI 2
level-FAI2-name = فعالیت‌ها به حیث قدم اول به سوی کار
level-FAI2-for-whom = برای شما، اگر مدت طولانی بدون کار یا مصروفیت بوده‌اید و به یک محیط اجتماعی ضرورت دارید. این برنامه حداکثر 6 ماه دوام می‌کند.
level-AMI1-short = AMI 1
level-AMI1-name = رهنمایی و معرفی به کار یا تحصیل
level-AMI1-for-whom = برای شما، اگر تمام وقت کار کرده می‌توانید. این برنامه حداکثر 3 ماه دوام می‌کند.
level-AMI2-short = AMI 2
level-AMI2-name = تمرین کار و رهنمایی برای پیدا کردن کار یا تحصیل
level-AMI2-for-whom = برای شما، اگر حداقل 25 فیصد کار کرده می‌توانید. این برنامه حداکثر 12 ماه دوام می‌کند.
level-ISA1-short = ISA 1
level-ISA1-name = آموزش زبان در محل کار برای اشتراک‌کنندگان برنامهٔ استقرار
level-ISA1-for-whom = برای شما، اگر در برنامهٔ استقرار ادارهٔ کاریابی (Arbetsförmedlingen) اشتراک دارید. این برنامه حداکثر 9 ماه دوام می‌کند.
level-ISA2-short = ISA 2
level-ISA2-name = آموزش زبان در محل کار
level-ISA2-for-whom = برای شما، اگر تازه به سویدن آمده‌اید و در برنامهٔ استقرار اشتراک ندارید. این برنامه حداکثر 12 ماه دوام می‌کند.
level-JPG-short = ⁨Jobbpeng grund⁩ (پاداش کار پایه)
level-JPG-name = (برنامهٔ پیش از 2024)
level-JPG-for-whom = برنامه‌ای که تا آخر جون 2024 وجود داشت.
level-FJP-short = ⁨Förstärkt jobbpeng⁩ (پاداش کار تقویت‌شده)
level-FJP-name = (برنامهٔ پیش از 2024)
level-FJP-for-whom = برنامه‌ای که تا آخر جون 2024 وجود داشت.
level-SAI-short = SAI
level-SAI-name = ⁨Språk- och arbetsintroduktion⁩: آشنایی با زبان و کار (برنامهٔ پیش از 2024)
level-SAI-for-whom = برنامه‌ای که تا آخر جون 2024 وجود داشت.

# Dari counts with a singular noun, so one form serves every number.
level-max-months = حداکثر { $months } ماه
level-provider-count = { $count ->
    [0] هیچ ارائه‌کننده‌ای
    [one] { $count } ارائه‌کننده
   *[other] { $count } ارائه‌کننده
}
level-providers-heading = { $count ->
    [0] هیچ ارائه‌کننده‌ای برای انتخاب وجود ندارد
    [one] { $count } ارائه‌کننده برای انتخاب
   *[other] { $count } ارائه‌کننده برای انتخاب
}
level-no-providers = فعلاً هیچ ارائه‌کننده‌ای برای این برنامه وجود ندارد.
level-not-offered = این برنامه دیگر ارائه نمی‌شود.

organisation-form-company = شرکت
organisation-form-non_profit = موسسهٔ غیرانتفاعی
organisation-form-municipal = بخش خود کمون ناکا

error-not-found-title = صفحه پیدا نشد
error-not-found = صفحه‌ای را که جستجو می‌کنید پیدا کرده نمی‌توانیم. شاید جابجا شده باشد، یا آدرس غلط است.
error-unavailable-title = این خدمت فعلاً کار نمی‌کند
error-unavailable = از طرف ما مشکلی پیش آمده است. لطفاً کمی بعد دوباره کوشش کنید.
error-too-large-title = آنچه فرستادید خیلی بزرگ است
error-too-large = فورم یا فایل بزرگ‌تر از حدی است که می‌پذیریم. متن کوتاه‌تر یا فایل کوچک‌تری بفرستید.

## انتخاب ارائه‌کننده: لست، فلترها، معرفی

default-provider-heading = اگر نمی‌خواهید انتخاب کنید
default-provider-text = اگر خود تان انتخاب نکنید، ارائه‌کنندهٔ پیش‌فرض برای تان تعیین می‌شود. فعلاً این ارائه‌کننده { $provider } است. ارائه‌کنندهٔ پیش‌فرض هر دو هفته یک بار مطابق یک لست تبدیل می‌شود.
default-provider-none = فعلاً هیچ ارائه‌کنندهٔ پیش‌فرض وجود ندارد.
default-provider-until = این تا { $date } همین‌طور می‌ماند.
level-search-heading = جستجو و فلتر
search-label = جستجو در میان ارائه‌کنندگان
search-hint = به طور مثال یک نام، یک زبان یا یک رشتهٔ کاری را بنویسید.
filters-submit = نشان دادن ارائه‌کنندگان
filters-clear = پاک کردن همه فلترها
filter-count = { $label } ({ $count })
order-label = ترتیب
order-random = ترتیب تصادفی
order-name = ترتیب الفبایی (A–Ö)
order-random-explained = لست به ترتیب تصادفی است. این ترتیب در تمام مدت بازدید تان و برای کسی که لینک را با او شریک می‌سازید یکسان می‌ماند. هیچ ارائه‌کننده همیشه اول نیست.
order-name-explained = لست به ترتیب الفبایی است.
listing-count = نشان دادن { $shown } از { $total } ارائه‌کننده.
listing-empty = هیچ ارائه‌کننده با همه انتخاب‌های شما مطابقت ندارد. یک فلتر را پاک کنید یا جستجو را تغییر دهید.
search-shortened = جستجو خیلی طولانی بود. ما تنها 200 حرف اول را جستجو کردیم.
share-list-link = لینک این لست
provider-read-more = در مورد { $provider } بیشتر بخوانید
provider-city = موقعیت: { $city }

fact-kind-language = زبان‌ها
fact-kind-area = ساحه
fact-kind-competence = مهارت خاص
fact-kind-industry = رشته‌های کاری در شبکهٔ کارفرمایان
fact-kind-meeting_form = ملاقات‌ها
fact-kind-accessibility = دسترسی به محل
fact-kind-coaches = پیش از انتخاب

fact-language-sv = سویدنی
fact-language-en = انگلیسی
fact-language-ar = عربی
fact-language-prs = دری
fact-language-fa = فارسی
fact-language-so = سومالیایی
fact-language-ti = تگرینیا
fact-language-ru = روسی
fact-language-uk = اوکراینی
fact-language-es = هسپانوی
fact-language-fr = فرانسوی
fact-language-tr = ترکی
fact-language-pl = پولندی
fact-language-ku = کردی
fact-language-am = امهری
fact-area-nacka-sickla = Nacka، Sickla
fact-area-nacka-centrum = مرکز Nacka
fact-area-nacka-fisksatra = Nacka، Fisksätra
fact-area-nacka-orminge = Nacka، Orminge
fact-area-nacka-saltsjobaden = Nacka، Saltsjöbaden
fact-area-stockholm = جای دیگر در ستاکهولم
fact-competence-npf = اختلالات عصبی-رشدی و مشکلات شناختی (NPF)
fact-competence-far-from-labour-market = افراد دور از بازار کار
fact-competence-young-adults = جوانان
fact-competence-newcomers = تازه واردان
fact-competence-mental-health = مشکلات صحت روانی
fact-competence-physical-disability = معلولیت جسمی
fact-industry-retail = تجارت و فروشگاه
fact-industry-hospitality = هوتل و رستورانت
fact-industry-construction = ساختمان‌سازی
fact-industry-care = صحت و مراقبت
fact-industry-logistics = گدام و لوژستیک
fact-industry-it = تکنالوژی معلوماتی
fact-industry-cleaning = پاک‌کاری و خدمات ساختمان
fact-industry-transport = ترانسپورت
fact-industry-manufacturing = صنعت و تولید
fact-industry-office = دفتر و اداره
fact-meeting_form-on_site = ملاقات حضوری
fact-meeting_form-digital = ملاقات آنلاین
fact-accessibility-step_free = دروازهٔ ورودی بدون زینه
fact-accessibility-hearing_loop = حلقهٔ شنوایی برای کم‌شنوایان
fact-accessibility-accessible_toilet = تشناب مناسب برای افراد دارای معلولیت
fact-accessibility-quiet_room = اتاق آرام
fact-coaches-several_before_choice = پیش از انتخاب می‌توانید با چند مربی ملاقات کنید

profile-facts-heading = معلومات
profile-organisation-form = نوع موسسه
profile-employees = تعداد کارمندان
profile-contact-heading = تماس
profile-phone = تیلفون
profile-email = ایمیل
profile-website = ویب‌سایت
profile-address = آدرس پستی
profile-levels-heading = برنامه‌هایی که این ارائه‌کننده دارد
profile-level-since = از { $date }
profile-presentation-heading = ارائه‌کننده در مورد خود می‌گوید
profile-presentation-in-swedish = ارائه‌کننده به زبان شما ننوشته است. متن به زبان سویدنی است.
profile-no-presentation = ارائه‌کننده معرفی ننوشته است.
profile-updated = تازه‌سازی: { $date }
profile-stale = این معلومات بیشتر از یک سال است که تازه نشده است. از ارائه‌کننده بپرسید که آیا چیزی تغییر کرده است.
profile-not-stated = ذکر نشده
kundval-default-provider = ارائه‌کنندهٔ پیش‌فرض فعلاً: { $provider }

## مقایسه، شریک ساختن، چاپ

compare-select = مقایسهٔ { $provider }
compare-submit = مقایسهٔ ارائه‌کنندگان انتخاب شده
compare-hint = دو تا چهار ارائه‌کننده را برای مقایسه انتخاب کنید.
compare-title = مقایسهٔ ارائه‌کنندگان
compare-too-few = حداقل دو ارائه‌کننده را برای مقایسه انتخاب کنید.
compare-too-many = هر بار حداکثر چهار ارائه‌کننده را مقایسه کرده می‌توانید. ما چهار ارائه‌کنندهٔ اول را نشان می‌دهیم.
compare-field = معلومات
share-heading = شریک ساختن
share-qr-label = کود QR با لینک این صفحه
share-qr-hint = کود را با کمرهٔ موبایل تان سکن کنید تا صفحه در موبایل تان باز شود.
print = چاپ
profile-updated-label = آخرین تازه‌سازی

meta-provider = { $provider } در Jämföraren: ارائه‌کننده چگونه کار می‌کند، به کدام زبان‌ها صحبت می‌کند، کجاست و چگونه با آن تماس بگیرید. آن را با ارائه‌کنندگان دیگر مقایسه کنید.
meta-compare = ارائه‌کنندگان را کنار هم مقایسه کنید: چگونه کار می‌کنند، به کدام زبان‌ها صحبت می‌کنند، کجا هستند و نتایج شان.

next-steps-heading = پس از این که انتخاب کردید
next-steps-tell = به مشاور شغلی خود بگویید که کدام ارائه‌کننده را انتخاب کرده‌اید. اگر نمی‌خواهید انتخاب کنید، این را بگویید: در آن صورت ارائه‌کنندهٔ پیش‌فرض برای تان تعیین می‌شود.
next-steps-day-1 = روز ۱: مشاور شغلی شما را نزد ارائه‌کننده ثبت می‌کند.
next-steps-day-1-2 = روز ۱–۲: ارائه‌کننده تعیین می‌کند که چه کسی با شما کار کند و به مشاور شغلی اطلاع می‌دهد.
next-steps-day-2-3 = روز ۲–۳: مشاور شغلی وظیفه را به ارائه‌کننده می‌فرستد.
next-steps-day-3-14 = روز ۳–۱۴: ارائه‌کننده یک پلان برای برنامهٔ شما (پلان اجرایی) را برای تأیید به شاروالی می‌فرستد.
next-steps-change = شما می‌توانید بعداً ارائه‌کننده را تبدیل کنید. اگر می‌خواهید تبدیل کنید، با مشاور شغلی خود صحبت کنید.
