# Jämföraren – العربية, meeting view. Review: machine-drafted by the developers in plain Arabic, needs a human translator.
# عرض الاجتماع: الصفحة بالسويدية وبلغة مختارة جنباً إلى جنب.

meeting-offer = عرض الاجتماع: السويدية بجانب لغة أخرى
meeting-explained = الصفحة نفسها في عمودين، السويدية بجانب اللغة التي تختارها. للاجتماع مع المرشد المهني.
meeting-title = عرض الاجتماع
meeting-print = اطبع اللغتين
meeting-switch-legend = اللغة المعروضة
meeting-other-languages = لغات أخرى بجانب السويدية
meeting-choose-language = اختر اللغة بجانب السويدية
meeting-unknown-language = يحتاج عرض الاجتماع إلى لغة غير السويدية، إحدى اللغات التي تعرضها الصفحة. تُعرض الصفحة بلغة واحدة.
meeting-not-translated = لم يترجم مقدّم الخدمة هذا النص إلى العربية.
