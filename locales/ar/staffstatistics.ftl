# Jämföraren – العربية: عمل البلدية في الإحصاءات (النشر، الأرقام الكاملة، استيراد الملفات). Review: machine-drafted by the developers, needs a human translator.
# Digits are Western (0–9), as in Swedish authorities' Arabic texts; column names, codes (K, M, end_reason …) and the date pattern YYYY-MM-DD stay as written in the file.

staff-statistics-title = إحصاءات البلدية
staff-statistics-publish-heading = نشر الإحصاءات
staff-statistics-publish-intro = تُحسب الأرقام الآن من قاعدة بيانات البلدية الخاصة بالتدابير ومن استبيان العملاء، وتُعرض للجمهور مع ضبط الإفصاح. تبقى المنشورات السابقة محفوظة.
staff-statistics-period = الفترة
staff-statistics-scope-year = سنة تقويمية
staff-statistics-scope-range = اعتبارًا من تاريخ – حتى تاريخ (ضمنًا)
staff-statistics-year = السنة
staff-statistics-year-hint = أربعة أرقام، مثلًا 2024.
staff-statistics-publish = نشر
staff-statistics-publications-heading = المنشورات
staff-statistics-shown = معروضة للجمهور
staff-statistics-superseded = حلّ محلّها منشور أحدث
staff-statistics-thresholds = الأعداد الأقل من { $count } مخفية، والنسب تحتاج إلى { $base } على الأقل
staff-statistics-full-link = الأرقام الكاملة
staff-statistics-col-period = الفترة
staff-statistics-col-published = تاريخ النشر
staff-statistics-col-by = بواسطة
staff-statistics-col-thresholds = ضبط الإفصاح
staff-statistics-col-public = الجمهور
staff-statistics-col-figures = الأرقام
staff-statistics-col-file = الملف
staff-statistics-col-kind = النوع
staff-statistics-col-started = بدأ في
staff-statistics-col-state = الحالة
staff-statistics-upload-heading = استيراد ملف
staff-statistics-upload-intro = يُقرأ الملف في الخلفية. إذا كان فيه أي خطأ فلن يُستورد أي شيء، وسترى كل مشكلة مع السطر والعمود الذي توجد فيه.
staff-statistics-upload-kind = ماذا يحتوي الملف؟
staff-statistics-kind-cases = الحالات (التدابير)
staff-statistics-kind-survey = إجابات استبيان العملاء
staff-statistics-file = ملف CSV
staff-statistics-upload = رفع واستيراد
staff-statistics-imports-heading = آخر عمليات الاستيراد
staff-statistics-full-warning = أرقام كاملة بدون ضبط الإفصاح. لموظفي البلدية فقط – لا يجوز نشرها أو تسليمها لأحد.

import-title = استيراد { $file }
import-started = { $kind }، بدأه { $who } في { $when }.
import-state-running = جارٍ قراءة الملف …
import-state-imported = اكتمل الاستيراد. عدد الأسطر المستوردة: { $rows }.
import-state-rejected = في الملف مشكلات. لم يُستورد أي شيء.
import-state-interrupted = توقّف الاستيراد عندما توقّف الخادم. لم يُستورد أي شيء. ارفع الملف مرة أخرى.
import-progress-label = مدى تقدّم الاستيراد
import-progress = الأسطر المنجزة: { $rows } ({ $percent }٪ من الملف).
import-look-again = عرض الحالة الآن
import-next-publish = انشر الإحصاءات لتُعرض الأرقام الجديدة للجمهور.
import-problem-count = { $count ->
    [zero] لم يُعثر على أي مشكلة.
    [one] عُثر على مشكلة واحدة.
    [two] عُثر على مشكلتين.
    [few] عُثر على { $count } مشكلات.
    [many] عُثر على { $count } مشكلةً.
   *[other] عُثر على { $count } مشكلة.
}
import-problems-truncated = تُعرض المشكلات الأولى فقط. صحّحها واستورد الملف مرة أخرى لترى البقية.
import-problems-caption = المشكلات في الملف
import-col-line = السطر
import-col-column = العمود
import-col-problem = المشكلة

import-problem-wrong-header = يجب أن يحتوي سطر العناوين على هذه الأعمدة بالضبط: { $expected }. لكنه يحتوي على: { $found }.
import-problem-empty = الملف فارغ. يجب أن يحتوي على سطر العناوين على الأقل.
import-problem-field-count = عدد الحقول في هذا السطر { $found }، لكن عددها في سطر العناوين { $expected }.
import-problem-unreadable = لا يمكن قراءة السطر ({ $value }).
import-problem-missing = هناك قيمة ناقصة.
import-problem-control-character = تحتوي «{ $value }» على حرف تحكّم. يجب ألا يحتوي المعرّف إلا على حروف قابلة للطباعة.
import-problem-gender = الجنس هو «{ $value }». يجب أن يكون K أو M.
import-problem-birth-year = سنة الميلاد هي «{ $value }». يجب أن تتكوّن من أربعة أرقام.
import-problem-unknown-insats = لا يوجد تدبير بالرمز «{ $value }». الرموز هي { $valid }.
import-problem-unknown-provider = لا يوجد مقدّم خدمة بالمعرّف «{ $value }».
import-problem-date = «{ $value }» ليس تاريخًا مكتوبًا بالشكل YYYY-MM-DD.
import-problem-planned-end-before-start = تاريخ الانتهاء المخطط { $end } يسبق تاريخ البدء { $start }.
import-problem-end-before-start = تاريخ الانتهاء { $end } يسبق تاريخ البدء { $start }.
import-problem-end-after-import = تاريخ الانتهاء { $end } يأتي بعد يوم الاستيراد { $today }. لا يمكن أن يكون التدبير قد انتهى في المستقبل.
import-problem-reason-without-end = سبب الانتهاء (end_reason) يتطلّب تاريخ انتهاء (end_date).
import-problem-end-without-reason = تاريخ الانتهاء (end_date) يتطلّب سبب انتهاء (end_reason).
import-problem-end-reason = سبب الانتهاء هو «{ $value }». يجب أن يكون واحدًا من: work, studies, own_business, other_insats, same_insats_other_provider, other_authority, moved, illness أو interrupted_other.
import-problem-extensions = عدد التمديدات هو «{ $value }». يجب أن يكون عددًا صحيحًا، 0 أو أكثر.
import-problem-chosen = قيمة chosen هي «{ $value }». يجب أن تكون customer أو default أو فارغة.
import-problem-duplicate-id = القيمة «{ $value }» في العمود { $column } موجودة أيضًا في السطر { $line }.
import-problem-survey-year = الفترة هي «{ $value }». يجب أن تكون سنة الاستبيان، بأربعة أرقام.
import-problem-language = اللغة هي «{ $value }». يجب أن تكون واحدة من: { $allowed }.
import-problem-answer = الإجابة هي «{ $value }». يجب أن تكون عددًا صحيحًا من 1 إلى 5، أو فارغة إذا تُرك السؤال دون إجابة.
import-problem-no-answers = هذا الرد لا يجيب عن أي سؤال. يلزم وجود إجابة واحدة على الأقل.
import-problem-failed = تعذّرت قراءة الملف حتى نهايته، أو لم تستجب قاعدة البيانات. لم يُستورد أي شيء. حاول مرة أخرى.

done-statistics-published = نُشرت الإحصاءات وهي معروضة الآن للجمهور.
error-statistics-year = اكتب سنة من أربعة أرقام، من 2000 إلى السنة الحالية.
error-statistics-date = اكتب التاريخ بالشكل YYYY-MM-DD (السنة-الشهر-اليوم).
error-statistics-period-order = نهاية الفترة تسبق بدايتها.
error-statistics-failed = تعذّر نشر الإحصاءات الآن. لم يتغيّر شيء. حاول مرة أخرى بعد قليل.
error-import-busy = هناك عملية استيراد أخرى جارية. انتظر حتى تنتهي، ثم ارفع الملف مرة أخرى.
error-import-upload = تعذّر استلام الملف. حاول مرة أخرى.
error-import-no-file = اختر ملفًا لرفعه.
error-import-kind = اختر ما يحتويه الملف.
