# Jämföraren – العربية: the review's comparison and the profiles' history. Review: machine-drafted by the developers, needs a human translator.

diff-removed-start = محذوف:
diff-removed-end = (نهاية المحذوف)
diff-added-start = مضاف:
diff-added-end = (نهاية المضاف)
diff-no-text = لا يوجد نص.
diff-published-text = النص المنشور
diff-proposed-text = النص المقترح
diff-previous-version = النسخة السابقة
diff-this-version = هذه النسخة

history-link-for = سجل الملف التعريفي: { $provider }
history-title = سجل الملف التعريفي: { $provider }
history-intro = كل نسخ الملف التعريفي، الأحدث أولاً. اختر نسخة لترى ما كانت تحتويه وما الذي تغيّر.
history-empty = ليس لدى مقدّم الخدمة ملف تعريفي بعد.
history-caption = النسخ، الأحدث أولاً
history-col-submitted = أُرسلت
history-col-submitted-by = أرسلها
history-col-state = الحالة
history-col-reviewed = رُوجعت
history-col-comment = تعليق المراجِع
history-by-at = { $name }، { $date }
history-state-pending = بانتظار المراجعة
history-state-superseded = حلّت محلها نسخة أحدث قبل المراجعة
history-state-returned = أُعيدت
history-state-published = منشورة
history-state-published-at-once = نُشرت فوراً دون مراجعة
history-version-title = نسخة { $date }: { $provider }
history-review-link = راجع هذه النسخة
history-changes-heading = ما الذي تغيّر
history-compared-with = مقارنةً بنسخة
history-first-version = النسخة الأولى: كل ما فيها جديد.
history-no-changes = لم يتغيّر شيء منذ النسخة السابقة.
history-content-heading = ما احتوته هذه النسخة
history-no-content = لا تحتوي النسخة على شيء.
