# Jämföraren – العربية, results in the comparison. Review: machine-drafted by the developers in plain Arabic, needs a human translator.

compare-results-label = إحصاءات { $level }
compare-nki-value = { $nki } (أجاب { $respondents })
compare-verdict-label = مقارنةً بمقدّمي الخدمة الآخرين في { $level }
compare-no-verdict = لا يمكن المقارنة: عدد العملاء قليل جداً أو لا يوجد مقدّمو خدمة آخرون.
compare-no-figures = لا توجد أرقام منشورة لـ { $level }.
compare-no-statistics = لم تُنشر أي إحصاءات بعد.
compare-no-survey = لم يُنشر استطلاع للعملاء.
