# Jämföraren – العربية. Review: machine-drafted by the developers, needs a human translator.
# Digits are Western (0–9), as in Swedish authorities' Arabic texts; the codes FAI, AMI, ISA stay as codes.

site-name = Jämföraren
skip-to-content = انتقل إلى المحتوى
language-switcher-label = اختر اللغة
footer-about = يساعدك Jämföraren على اختيار مقدّم الخدمة للتدبير الذي منحتك إياه بلدية ناكا. يُعرض جميع مقدّمي الخدمة بالطريقة نفسها.
demo-notice = هذا عرض تجريبي. بيانات مقدّمي الخدمة مختلَقة ولا تخصّ شركات حقيقية.
back-to-start = العودة إلى الصفحة الرئيسية
copy-link = انسخ رابط هذه الصفحة
copy-link-done = تم نسخ الرابط.
copy-link-failed = تعذّر النسخ. انسخ العنوان من شريط العنوان في المتصفح.

home-title = اختر مقدّم الخدمة للتدبير الخاص بك
home-intro = قرّر مرشدك المهني التدبير الذي ستحصل عليه. اختر نظام الاختيار والمستوى لترى مقدّمي الخدمة الذين يمكنك الاختيار بينهم.
home-results-heading = كيف سارت الأمور مع العملاء
home-results-text = تُظهر الإحصاءات ما حدث لعملاء كل مقدّم خدمة، مثلًا كم منهم وجد عملًا أو بدأ الدراسة.

kundval-FAI-name = FAI – تدابير تحضيرية موجّهة نحو العمل
kundval-FAI-about = لمن يحتاج إلى معرفة نوع العمل الذي يستطيع القيام به، أو يحتاج أولًا إلى أن يكون جزءًا من محيط اجتماعي.
kundval-AMI-name = AMI – تدابير سوق العمل
kundval-AMI-about = لمن يستطيع العمل ويريد الحصول على وظيفة أو البدء بالدراسة.
kundval-ISA-name = ISA – تدابير تمهيدية: اللغة السويدية للمهاجرين (sfi) والتعرّف على العمل
kundval-ISA-about = لمن هو جديد في السويد ويريد التدرّب على اللغة السويدية في مكان عمل.
kundval-KAA-name = تدابير سوق العمل (حتى نهاية يونيو 2024)
kundval-KAA-about = التدابير التي كانت متاحة قبل عام 2024.

level-FAI1-short = FAI 1
level-FAI1-name = تجربة عمل لمعرفة قدرتك على العمل
level-FAI1-for-whom = لمن يحتاج إلى توضيح قدرته على العمل. مدة التدبير 3 أشهر كحدّ أقصى.
level-FAI2-short = FAI 2
level-FAI2-name = أنشطة كخطوة أولى نحو العمل
level-FAI2-for-whom = لمن بقي بلا عمل أو نشاط لفترة طويلة ويحتاج إلى محيط اجتماعي. مدة التدبير 6 أشهر كحدّ أقصى.
level-AMI1-short = AMI 1
level-AMI1-name = توجيه ومطابقة مع عمل أو دراسة
level-AMI1-for-whom = لمن يستطيع العمل بدوام كامل. مدة التدبير 3 أشهر كحدّ أقصى.
level-AMI2-short = AMI 2
level-AMI2-name = تدريب على العمل وتوجيه نحو عمل أو دراسة
level-AMI2-for-whom = لمن يستطيع العمل بنسبة 25 بالمئة على الأقل. مدة التدبير 12 شهرًا كحدّ أقصى.
level-ISA1-short = ISA 1
level-ISA1-name = تدريب لغوي في مكان عمل للمشاركين في برنامج التأسيس
level-ISA1-for-whom = لمن يشارك في برنامج التأسيس لدى مكتب العمل (Arbetsförmedlingen). مدة التدبير 9 أشهر كحدّ أقصى.
level-ISA2-short = ISA 2
level-ISA2-name = تدريب لغوي في مكان عمل
level-ISA2-for-whom = لمن هو جديد في السويد وليس مشاركًا في برنامج التأسيس. مدة التدبير 12 شهرًا كحدّ أقصى.
level-JPG-short = ⁨Jobbpeng grund⁩ (مكافأة العمل الأساسية)
level-JPG-name = (تدبير من قبل عام 2024)
level-JPG-for-whom = تدبير كان متاحًا حتى نهاية يونيو 2024.
level-FJP-short = ⁨Förstärkt jobbpeng⁩ (مكافأة العمل المعزّزة)
level-FJP-name = (تدبير من قبل عام 2024)
level-FJP-for-whom = تدبير كان متاحًا حتى نهاية يونيو 2024.
level-SAI-short = SAI
level-SAI-name = ⁨Språk- och arbetsintroduktion⁩: التعرّف على اللغة والعمل (تدبير من قبل عام 2024)
level-SAI-for-whom = تدبير كان متاحًا حتى نهاية يونيو 2024.

level-max-months = { $months ->
    [zero] { $months } شهر كحدّ أقصى
    [one] شهر واحد كحدّ أقصى
    [two] شهران كحدّ أقصى
    [few] { $months } أشهر كحدّ أقصى
    [many] { $months } شهرًا كحدّ أقصى
   *[other] { $months } شهر كحدّ أقصى
}
level-provider-count = { $count ->
    [zero] لا يوجد مقدّمو خدمة
    [one] مقدّم خدمة واحد
    [two] مقدّما خدمة
    [few] { $count } مقدّمي خدمة
    [many] { $count } مقدّم خدمة
   *[other] { $count } مقدّم خدمة
}
level-providers-heading = { $count ->
    [zero] لا يوجد مقدّمو خدمة للاختيار بينهم
    [one] مقدّم خدمة واحد يمكنك اختياره
    [two] مقدّما خدمة يمكنك الاختيار بينهما
    [few] { $count } مقدّمي خدمة يمكنك الاختيار بينهم
    [many] { $count } مقدّم خدمة يمكنك الاختيار بينهم
   *[other] { $count } مقدّم خدمة يمكنك الاختيار بينهم
}
level-no-providers = لا يوجد حاليًا أي مقدّم خدمة لهذا التدبير.
level-not-offered = لم يعد هذا التدبير متاحًا.

organisation-form-company = شركة
organisation-form-non_profit = منظمة غير ربحية
organisation-form-municipal = وحدة تابعة لبلدية ناكا نفسها

error-not-found-title = الصفحة غير موجودة
error-not-found = لم نجد الصفحة التي تبحث عنها. ربما نُقلت، أو أن العنوان خاطئ.
error-unavailable-title = الخدمة لا تعمل حاليًا
error-unavailable = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل.
error-too-large-title = ما أرسلته كبير جدًا
error-too-large = النموذج أو الملف أكبر مما نقبله. أرسل نصًا أقصر أو ملفًا أصغر.

## اختيار مقدّم الخدمة: القائمة، عوامل التصفية، الملف التعريفي

default-provider-heading = إذا كنت لا تريد الاختيار
default-provider-text = إذا لم تختر بنفسك، تحصل على مقدّم الخدمة الافتراضي. حاليًا هو { $provider }. يتغيّر مقدّم الخدمة الافتراضي كل أسبوعين حسب قائمة.
default-provider-none = لا يوجد حاليًا مقدّم خدمة افتراضي.
default-provider-until = ويبقى كذلك حتى { $date }.
level-search-heading = البحث والتصفية
search-label = ابحث بين مقدّمي الخدمة
search-hint = اكتب مثلًا اسمًا أو لغة أو مجال عمل.
filters-submit = اعرض مقدّمي الخدمة
filters-clear = أزل جميع عوامل التصفية
filter-count = { $label } ({ $count })
order-label = الترتيب
order-random = ترتيب عشوائي
order-name = ترتيب أبجدي (A–Ö)
order-random-explained = القائمة مرتّبة عشوائيًا. يبقى الترتيب نفسه لك طوال زيارتك، ولمن تشارك الرابط معه. لا يأتي أي مقدّم خدمة في المقدّمة دائمًا.
order-name-explained = القائمة مرتّبة أبجديًا.
# Said without a counted noun, so no plural forms are needed.
listing-count = مقدّمو الخدمة المعروضون: { $shown } من أصل { $total }.
listing-empty = لا يوجد مقدّم خدمة يطابق جميع اختياراتك. أزل أحد عوامل التصفية أو غيّر البحث.
search-shortened = كان البحث طويلًا جدًا. بحثنا عن أول 200 حرف فقط.
share-list-link = رابط هذه القائمة
provider-read-more = اقرأ المزيد عن { $provider }
provider-city = الموقع: { $city }

fact-kind-language = اللغات
fact-kind-area = المنطقة
fact-kind-competence = خبرة خاصة
fact-kind-industry = مجالات العمل في شبكة أصحاب العمل
fact-kind-meeting_form = اللقاءات
fact-kind-accessibility = سهولة الوصول إلى المكان
fact-kind-coaches = قبل أن تختار

fact-language-sv = السويدية
fact-language-en = الإنجليزية
fact-language-ar = العربية
fact-language-prs = الدارية
fact-language-fa = الفارسية
fact-language-so = الصومالية
fact-language-ti = التغرينية
fact-language-ru = الروسية
fact-language-uk = الأوكرانية
fact-language-es = الإسبانية
fact-language-fr = الفرنسية
fact-language-tr = التركية
fact-language-pl = البولندية
fact-language-ku = الكردية
fact-language-am = الأمهرية
fact-area-nacka-sickla = Nacka، Sickla
fact-area-nacka-centrum = مركز Nacka
fact-area-nacka-fisksatra = Nacka، Fisksätra
fact-area-nacka-orminge = Nacka، Orminge
fact-area-nacka-saltsjobaden = Nacka، Saltsjöbaden
fact-area-stockholm = مكان آخر في ستوكهولم
fact-competence-npf = اضطرابات النمو العصبي والصعوبات الإدراكية (NPF)
fact-competence-far-from-labour-market = البعيدون عن سوق العمل
fact-competence-young-adults = الشباب
fact-competence-newcomers = القادمون الجدد
fact-competence-mental-health = اعتلال الصحة النفسية
fact-competence-physical-disability = الإعاقة الجسدية
fact-industry-retail = التجارة
fact-industry-hospitality = الفنادق والمطاعم
fact-industry-construction = البناء
fact-industry-care = الرعاية الصحية والاجتماعية
fact-industry-logistics = المستودعات والخدمات اللوجستية
fact-industry-it = تكنولوجيا المعلومات
fact-industry-cleaning = التنظيف وخدمات العقارات
fact-industry-transport = النقل
fact-industry-manufacturing = الصناعة والتصنيع
fact-industry-office = المكاتب والإدارة
fact-meeting_form-on_site = لقاءات حضورية
fact-meeting_form-digital = لقاءات عبر الإنترنت
fact-accessibility-step_free = مدخل بدون درج
fact-accessibility-hearing_loop = حلقة سمعية لضعاف السمع
fact-accessibility-accessible_toilet = مرحاض مهيّأ لذوي الإعاقة
fact-accessibility-quiet_room = غرفة هادئة
fact-coaches-several_before_choice = يمكنك مقابلة عدة مدرّبين قبل أن تختار

profile-facts-heading = معلومات أساسية
profile-organisation-form = نوع الجهة
profile-employees = عدد الموظفين
profile-contact-heading = التواصل
profile-phone = الهاتف
profile-email = البريد الإلكتروني
profile-website = الموقع الإلكتروني
profile-address = العنوان البريدي
profile-levels-heading = التدابير التي يقدّمها مقدّم الخدمة
profile-level-since = منذ { $date }
profile-presentation-heading = مقدّم الخدمة يعرّف بنفسه
profile-presentation-in-swedish = لم يكتب مقدّم الخدمة بلغتك. النص باللغة السويدية.
profile-no-presentation = لم يكتب مقدّم الخدمة تعريفًا بنفسه.
profile-updated = آخر تحديث: { $date }
profile-stale = لم تُحدَّث هذه المعلومات منذ أكثر من عام. اسأل مقدّم الخدمة إن كان شيء قد تغيّر.
profile-not-stated = غير مذكور
kundval-default-provider = مقدّم الخدمة الافتراضي حاليًا: { $provider }

## المقارنة والمشاركة والطباعة

compare-select = اختر { $provider } للمقارنة
compare-submit = قارن مقدّمي الخدمة الذين اخترتهم
compare-hint = اختر من اثنين إلى أربعة من مقدّمي الخدمة لمقارنتهم.
compare-title = مقارنة مقدّمي الخدمة
compare-too-few = اختر اثنين على الأقل من مقدّمي الخدمة للمقارنة.
compare-too-many = يمكنك مقارنة أربعة من مقدّمي الخدمة كحدّ أقصى في المرة الواحدة. نعرض أول أربعة.
compare-field = المعلومة
share-heading = المشاركة
share-qr-label = رمز QR يحتوي على رابط هذه الصفحة
share-qr-hint = امسح الرمز بكاميرا هاتفك لتفتح الصفحة على هاتفك.
print = اطبع
profile-updated-label = آخر تحديث

meta-provider = { $provider } في Jämföraren: طريقة عمل مقدّم الخدمة واللغات التي يتحدثها ومكانه وكيفية التواصل معه. قارنه بمقدّمي الخدمة الآخرين.
meta-compare = قارن بين مقدّمي الخدمة جنبًا إلى جنب: طريقة عملهم واللغات التي يتحدثونها وأماكنهم ونتائجهم.

next-steps-heading = بعد أن تختار
next-steps-tell = أخبر مرشدك المهني بمقدّم الخدمة الذي اخترته. إذا كنت لا تريد الاختيار، فقل ذلك: عندها تحصل على مقدّم الخدمة الافتراضي.
next-steps-day-1 = اليوم 1: يسجّلك المرشد المهني لدى مقدّم الخدمة.
next-steps-day-1-2 = اليوم 1–2: يحدّد مقدّم الخدمة من سيعمل معك ويُبلغ المرشد المهني.
next-steps-day-2-3 = اليوم 2–3: يرسل المرشد المهني المهمّة إلى مقدّم الخدمة.
next-steps-day-3-14 = اليوم 3–14: يرسل مقدّم الخدمة خطة لتدبيرك (خطة التنفيذ) إلى البلدية للموافقة عليها.
next-steps-change = يمكنك تغيير مقدّم الخدمة لاحقًا. تحدّث مع مرشدك المهني إذا أردت التغيير.
