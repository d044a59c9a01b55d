# Jämföraren – العربية: دليل صفحة الرفع إلى ملفات الاستيراد (كل عمود، ملف نموذجي). Review: machine-drafted by the developers, needs a human translator.
# Digits are Western (0–9), as in Swedish authorities' Arabic texts; column names, codes (K, M, CSV, UTF-8 …) and the date pattern YYYY-MM-DD stay as written in the file.

staff-statistics-file-hint = يجب أن يكون السطر الأول سطر العناوين. كل عمود موصوف أسفل النموذج، مع ملف نموذجي.
import-guide-heading = طريقة كتابة الملفات
import-guide-intro = احفظ الملف بصيغة CSV وبترميز UTF-8، مع فاصلة إنجليزية (,) بين الأعمدة. يحمل السطر الأول أسماء الأعمدة، بأي ترتيب، وكل اسم مرة واحدة. كل سطر بعده هو سجلّ واحد. تُكتب التواريخ بالشكل YYYY-MM-DD.
import-guide-cases-heading = أعمدة ملف الحالات
import-guide-survey-heading = أعمدة ملف الاستبيان
import-guide-cases-rows = كل سطر هو قرار واحد بشأن تدبير لشخص واحد. إذا استوردت حالة مرة أخرى، فإنها تُحدَّث.
import-guide-survey-rows = كل سطر هو إجابة واحدة على استبيان العملاء. إذا استوردت إجابة مرة أخرى، فإنها تُحدَّث.
import-guide-example = تنزيل ملف نموذجي ({ $file })
import-guide-example-note = أسطر المثال غير حقيقية. يبيّن المثال شكل الملف؛ لا تستورده كما هو.
import-guide-col-name = العمود
import-guide-col-required = يجب ملؤه
import-guide-col-meaning = ما يحتويه
import-guide-required-yes = نعم
import-guide-required-no = لا، يمكن أن يكون فارغًا
import-guide-values = القيم المسموح بها: { $values }
import-column-cases-case_id = معرّف الحالة الخاص بها في نظام الحالات. كل معرّف مرة واحدة فقط في الملف.
import-column-cases-person_id = اسم مستعار للشخص، هو نفسه في جميع حالات هذا الشخص. لا يكون أبدًا اسمًا أو رقمًا شخصيًا (personnummer).
import-column-cases-gender = جنس الشخص: K للمرأة، M للرجل.
import-column-cases-birth_year = سنة ميلاد الشخص، أربعة أرقام، مثلًا 1990.
import-column-cases-insats = رمز التدبير، بأحرف كبيرة أو صغيرة.
import-column-cases-provider_id = معرّف مقدّم الخدمة، كما هو في سجل مقدّمي الخدمة في البوابة.
import-column-cases-start_date = اليوم الذي بدأ فيه التدبير.
import-column-cases-planned_end_date = اليوم المخطط لانتهاء التدبير. لا يسبق تاريخ البدء.
import-column-cases-end_date = اليوم الذي انتهى فيه التدبير. يبقى فارغًا ما دامت الحالة جارية. لا يسبق تاريخ البدء، ولا يأتي بعد يوم الاستيراد.
import-column-cases-end_reason = سبب الانتهاء. يكون فارغًا إذا كان تاريخ الانتهاء فارغًا، وفي هذه الحالة فقط.
import-column-cases-extensions = عدد مرات تمديد التدبير: 0 أو أكثر.
import-column-survey-response_id = معرّف الإجابة الخاص بها في أداة الاستبيان. كل معرّف مرة واحدة فقط في الملف.
import-column-survey-provider_id = مقدّم الخدمة الذي كان لدى العميل، كما هو في سجل مقدّمي الخدمة في البوابة.
import-column-survey-insats = رمز التدبير، كما في ملف الحالات.
import-column-survey-period = السنة التقويمية التي سُئل عملاؤها، أربعة أرقام.
import-column-survey-language = اللغة التي أُجيب بها عن الاستبيان.
import-column-survey-reception = الإجابة عن المعاملة، من 1 إلى 5 (5 هو الأفضل). فارغة إذا تُرك السؤال دون إجابة.
import-column-survey-information = الإجابة عن المعلومات، من 1 إلى 5 (5 هو الأفضل). فارغة إذا تُرك السؤال دون إجابة.
import-column-survey-participation = الإجابة عن المشاركة، من 1 إلى 5 (5 هو الأفضل). فارغة إذا تُرك السؤال دون إجابة.
import-column-survey-development = الإجابة عن التطوّر، من 1 إلى 5 (5 هو الأفضل). فارغة إذا تُرك السؤال دون إجابة. كل سطر يجيب عن سؤال واحد على الأقل.
