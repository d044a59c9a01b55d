# Jämföraren – العربية: accounts, providers' profiles and the municipality's administration. Review: machine-drafted by the developers, needs a human translator.
# Digits are Western (0–9), as in Swedish authorities' Arabic texts; example values the user must type (phone, postcode, dates) stay as written.

nav-sign-in = لمقدّمي الخدمة وموظفي البلدية: تسجيل الدخول
nav-account = حسابي

sign-in-title = تسجيل الدخول
sign-in-already = أنت مسجّل الدخول باسم { $name }.
sign-in-submit = تسجيل الدخول
sign-in-who = تسجيل الدخول مخصّص فقط لمقدّمي الخدمة وموظفي البلدية. لا تحتاج إلى حساب لتقارن بين مقدّمي الخدمة وتختار أحدهم.
field-username = اسم المستخدم
field-username-hint = من 3 إلى 64 حرفًا: الحروف a–z والأرقام و . _ - @
field-password = كلمة المرور
field-display_name = اسمك
field-new_password = اختر كلمة مرور
field-new_password-hint = 12 حرفًا على الأقل. الجملة التي تتذكّرها كلمة مرور جيدة.
field-confirm_password = اكتب كلمة المرور مرة أخرى

form-error-summary = صحّح هذا أولًا
error-forbidden-title = ليست لديك صلاحية
error-forbidden = لا يُسمح لحسابك برؤية هذا أو تغييره.
error-form-expired = انتهت صلاحية النموذج. تحقّق من البيانات وأرسلها مرة أخرى.
error-sign-in-failed = اسم المستخدم أو كلمة المرور خاطئة.
error-sign-in-throttled = { $minutes ->
    [zero] محاولات فاشلة كثيرة جدًا. حاول مرة أخرى بعد { $minutes } دقيقة.
    [one] محاولات فاشلة كثيرة جدًا. حاول مرة أخرى بعد دقيقة واحدة.
    [two] محاولات فاشلة كثيرة جدًا. حاول مرة أخرى بعد دقيقتين.
    [few] محاولات فاشلة كثيرة جدًا. حاول مرة أخرى بعد { $minutes } دقائق.
    [many] محاولات فاشلة كثيرة جدًا. حاول مرة أخرى بعد { $minutes } دقيقةً.
   *[other] محاولات فاشلة كثيرة جدًا. حاول مرة أخرى بعد { $minutes } دقيقة.
}
error-username-format = يجب أن يتكوّن اسم المستخدم من 3 إلى 64 حرفًا: الحروف a–z والأرقام و . _ - @
error-username-taken = اسم المستخدم هذا مستخدَم من قبل. اختر اسمًا آخر.
error-display-name = اكتب اسمك (100 حرف كحدّ أقصى).
error-password-length = يجب أن تتكوّن كلمة المرور من { $min } إلى { $max } حرفًا.
error-password-mismatch = كلمتا المرور غير متطابقتين.
error-too-long = النص طويل جدًا: { $max } حرف كحدّ أقصى.
error-phone-format = اكتب رقم هاتف من 6 إلى 15 رقمًا، مثلًا 08-123 45 67.
error-email-format = اكتب عنوان بريد إلكتروني، مثلًا info@exempel.se.
error-website-format = اكتب عنوان موقع إلكتروني يبدأ بـ https://، مثلًا https://www.exempel.se.
error-postal-code-format = اكتب رمزًا بريديًا من خمسة أرقام، مثلًا 131 30.
error-employee-count = اكتب عدد الموظفين عددًا صحيحًا بين 0 و100 000.
error-presentation-required = التعريف باللغة السويدية مطلوب. اللغات الأخرى اختيارية.
error-comment-required = اكتب ما يجب على مقدّم الخدمة تغييره.
error-date-format = اكتب التاريخ بالشكل YYYY-MM-DD (السنة-الشهر-اليوم)، مثلًا 2025-03-14.
error-date-order = لا يمكن أن يكون تاريخ الانتهاء قبل تاريخ البدء.
error-provider-unknown = مقدّم الخدمة هذا غير موجود.
error-provider-required = اختر مقدّم الخدمة الذي يتبع له الحساب.
error-level-not-offered = التدبير غير متاح في ذلك التاريخ.
error-authorization-overlap = مقدّم الخدمة معتمَد مسبقًا لهذا التدبير خلال جزء من تلك الفترة.
error-provider-name = اكتب اسم مقدّم الخدمة (120 حرفًا كحدّ أقصى).
error-organisation-form = اختر نوع الجهة.
error-organisation-number-format = اكتب رقم تسجيل المنظمة (organisationsnummer) من عشرة أرقام، مثلًا 212000-0142. وإلا فإن رقم التحقّق لا يتطابق.

account-title = حسابي
account-signed-in-as = مسجّل الدخول باسم { $name }.
account-never-published = لم يُنشر الملف التعريفي بعد.
account-review-pending = تغييراتك المرسلة في { $date } بانتظار مراجعة البلدية.
account-review-returned = أعادت البلدية تغييراتك في { $date } مع هذا التعليق:
account-profile-stale = لم يُحدَّث الملف التعريفي منذ اثني عشر شهرًا. تأكّد من أن المعلومات صحيحة.
account-edit-profile = تعديل الملف التعريفي
account-public-profile = عرض الملف التعريفي المنشور
account-pending-heading = تغييرات بانتظار المراجعة
account-no-pending = لا توجد تغييرات بانتظار المراجعة.
account-submitted-by = أرسلها { $name } في { $date }
account-stale-heading = ملفات تعريفية لم تُحدَّث منذ اثني عشر شهرًا
account-no-stale = جميع الملفات التعريفية حُدِّثت خلال السنة الماضية.
account-admin-heading = الإدارة
sign-out-heading = تسجيل الخروج
sign-out = تسجيل الخروج
sign-out-everywhere = تسجيل الخروج من جميع الأجهزة

done-signed-in = تم تسجيل دخولك.
done-submitted = شكرًا! أُرسلت التغييرات للمراجعة. تُنشر معلومات التواصل فورًا.
done-contact-published = نُشرت معلومات التواصل.
done-published = نُشرت التغييرات وأصبحت تظهر في البحث.
done-returned = أُعيدت التغييرات إلى مقدّم الخدمة.
done-authorized = تم حفظ الاعتماد.
done-deauthorized = تم إنهاء الاعتماد.
done-provider-created = تمت إضافة مقدّم الخدمة.
done-logged-out-elsewhere = تم تسجيل خروجك من جميع الأجهزة.
done-account-created = تم إنشاء حسابك وأنت الآن مسجّل الدخول.

profile-edit-title = تعديل الملف التعريفي
profile-edit-intro = لدى جميع مقدّمي الخدمة الحقول نفسها، حتى يمكن مقارنة الملفات التعريفية وترجمتها. سترى معاينة قبل أن ترسل.
profile-edit-contact-note = تُنشر معلومات التواصل فور إرسالها.
profile-edit-review-note = تراجع البلدية المعلومات الأساسية والنصوص قبل نشرها.
profile-edit-presentation-note = اللغة السويدية مطلوبة. يُستحسن أن تكتب بلغات أخرى أيضًا: وإلا يُعرض النص السويدي مع ملاحظة.
profile-edit-preview = معاينة
field-phone = الهاتف
field-phone-hint = مثلًا 08-123 45 67
field-email = البريد الإلكتروني
field-email-hint = مثلًا info@exempel.se
field-website = الموقع الإلكتروني
field-website-hint = يبدأ بـ https://
field-street_address = العنوان البريدي
field-street_address-hint = الشارع والرقم
field-postal_code = الرمز البريدي
field-postal_code-hint = خمسة أرقام، مثلًا 131 30
field-city = المدينة
field-city-hint = مثلًا Nacka
field-employee_count = عدد الموظفين
field-employee_count-hint = عدد صحيح
field-presentation = التعريف باللغة: { $language }
field-presentation-required = التعريف باللغة: { $language } (مطلوب)

profile-preview-title = معاينة
profile-preview-intro = هكذا سيظهر الملف التعريفي للجميع. تُنشر معلومات التواصل فور الإرسال، والمعلومات الأساسية والنصوص بعد مراجعة البلدية.
profile-preview-submit = إرسال
profile-preview-edit = تعديل المزيد

review-title = مراجعة التغييرات: { $provider }
review-changes-heading = ما الذي يتغيّر
review-legend = النص المضاف مسطّر من تحته، والنص المحذوف مشطوب.
review-no-changes = لا توجد تغييرات في المعلومات الأساسية أو النصوص.
review-added = مُضاف
review-removed = محذوف
review-decision-heading = القرار
review-publish = نشر
review-comment = تعليق إلى مقدّم الخدمة
review-return = إعادة مع تعليق

providers-admin-title = مقدّمو الخدمة والاعتمادات
providers-admin-list-heading = جميع مقدّمي الخدمة
authorize-heading = اعتماد مقدّم خدمة
authorize-submit = اعتماد
field-provider = مقدّم الخدمة
field-level = التدبير
field-from = اعتبارًا من
field-to = حتى (ضمنًا)
field-to-hint = اتركه فارغًا إذا كان الاعتماد ساريًا حتى إشعار آخر.
field-last-day = آخر يوم
deauthorize-submit = إنهاء
authorization-open = حتى إشعار آخر
authorization-end = إنهاء الاعتماد
provider-organisation-number = رقم تسجيل المنظمة { $number }
new-provider-heading = إضافة مقدّم خدمة
field-provider-name = اسم مقدّم الخدمة
field-organisation_number = رقم تسجيل المنظمة
field-organisation_number-hint = عشرة أرقام، مثلًا 212000-0142
new-provider-submit = إضافة

invitations-title = الدعوات
invitation-created = تم إنشاء الدعوة وهي صالحة حتى { $date }. انسخ الرابط وأعطه للشخص المعني. يظهر الرابط الآن فقط.
invitation-link = رابط الدعوة
invitation-copy = انسخ رابط الدعوة
field-role = الدور
role-provider_editor = محرّر لدى مقدّم خدمة
role-admin = مسؤول إداري في البلدية
field-provider-for-editor = مقدّم الخدمة (للمحرّرين)
field-provider-none = اختر مقدّم الخدمة
invitation-submit = إنشاء دعوة
invitation-list-heading = الدعوات المُنشأة
invitation-created-on = تاريخ الإنشاء
invitation-expires = صالحة حتى
invitation-status = الحالة
invitation-status-open = مفتوحة
invitation-status-accepted = مستخدَمة
invitation-status-expired = منتهية الصلاحية
invitation-accept-title = أنشئ حسابك
invitation-as-editor = أنت مدعو بصفتك محرّرًا لدى { $provider }.
invitation-as-admin = أنت مدعو بصفتك مسؤولًا إداريًا في البلدية.
invitation-accept-submit = إنشاء الحساب
invitation-expired = انتهت صلاحية الدعوة. اطلب دعوة جديدة من البلدية.
invitation-used = استُخدمت الدعوة من قبل. سجّل الدخول بحسابك.
invitation-unknown = الرابط ليس دعوة صالحة. تحقّق من أن الرابط نُسخ كاملًا.
error-required = يرجى ملء هذا الحقل.

password-title = تغيير كلمة المرور
password-intro = اكتب كلمة المرور الحالية واختر كلمة مرور جديدة. بعد التغيير يتم تسجيل خروجك من جميع الأجهزة الأخرى.
password-submit = تغيير كلمة المرور
field-current_password = كلمة المرور الحالية
error-current-password = كلمة المرور الحالية غير صحيحة.
error-password-common = كلمة المرور هذه شائعة جدًا أو تسرّبت في اختراق للبيانات. اختر كلمة أخرى، مثلًا جملة تتذكّرها.
done-password-changed = تم تغيير كلمة المرور. تم تسجيل خروجك من جميع الأجهزة الأخرى.
