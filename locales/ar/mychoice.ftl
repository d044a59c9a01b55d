# Jämföraren – العربية, my choice. Review: machine-drafted by the developers in plain Arabic, needs a human translator.
# "اختياري": الصفحة التي تعرض مقدّم الخدمة المختار وما يحدث بعد ذلك.

my-choice-title = اختياري: { $level }
meta-my-choice = اختيارك لمقدّم الخدمة في { $level }: بيانات التواصل مع مقدّم الخدمة وما يحدث بعد ذلك، لطباعتها وعرضها على مرشدك المهني.
my-choice-swedish-beside = النص نفسه موجود أيضًا في هذه الصفحة باللغة السويدية، من أجل مرشدك المهني.
my-choice-chosen = لقد اخترت { $provider } لـ { $level }.
my-choice-default = أريد مقدّم الخدمة الافتراضي لـ { $level }.
my-choice-default-today = مقدّم الخدمة الافتراضي اليوم هو { $provider }.
my-choice-default-rotation = يتغيّر مقدّم الخدمة الافتراضي كل أسبوعين حسب قائمة. تحصل على مقدّم الخدمة الافتراضي في اليوم الذي يسجّلك فيه مرشدك المهني.
my-choice-date = التاريخ: { $date }
my-choice-bring = اعرض هذه الصفحة على مرشدك المهني، أو أخبره بما اخترت.
my-choice-share-link = رابط هذه الصفحة
my-choice-link = أختار { $provider } لـ { $level }
my-choice-offer-heading = هل اخترت مقدّم الخدمة هذا؟
my-choice-offer-text = أنشئ صفحة فيها اختيارك وبيانات التواصل مع مقدّم الخدمة وما يحدث بعد ذلك. يمكنك طباعتها وعرضها على مرشدك المهني.
my-choice-compare-row = اختياري
my-choice-default-link = أريد مقدّم الخدمة الافتراضي
