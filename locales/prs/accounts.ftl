# Jämföraren – دری: accounts, providers' profiles and the municipality's administration. Review: machine-drafted by the developers, needs a human translator (Dari, not Iranian Persian).
# Digits are Western (0–9), as in Swedish authorities' Dari texts; example values the user must type (phone, postcode, dates) stay as written.

nav-sign-in = برای ارائه‌کنندگان و کارمندان کمون: ورود
nav-account = حساب من

sign-in-title = ورود
sign-in-already = شما به نام { $name } وارد شده‌اید.
sign-in-submit = ورود
sign-in-who = ورود تنها برای ارائه‌کنندگان و کارمندان کمون است. برای مقایسه و انتخاب ارائه‌کننده به حساب ضرورت ندارید.
field-username = نام کاربری
field-username-hint = 3 تا 64 حرف: حروف a–z، اعداد و . _ - @
field-password = رمز عبور
field-display_name = نام شما
field-new_password = رمز عبور انتخاب کنید
field-new_password-hint = حداقل 12 حرف. جمله‌ای که به یاد تان می‌ماند رمز عبور خوبی است.
field-confirm_password = رمز عبور را دوباره بنویسید

form-error-summary = اول این را درست کنید
error-forbidden-title = شما اجازه ندارید
error-forbidden = حساب شما اجازه ندارد این را ببیند یا تغییر دهد.
error-form-expired = وقت فورم تمام شده بود. معلومات را بررسی کنید و دوباره بفرستید.
error-sign-in-failed = نام کاربری یا رمز عبور غلط است.
# Dari counts with a singular noun, so both forms are the same; [one] keeps the number because CLDR "one" also covers 0.
error-sign-in-throttled = { $minutes ->
    [one] کوشش‌های ناموفق زیاد بود. پس از { $minutes } دقیقه دوباره کوشش کنید.
   *[other] کوشش‌های ناموفق زیاد بود. پس از { $minutes } دقیقه دوباره کوشش کنید.
}
error-username-format = نام کاربری باید 3 تا 64 حرف داشته باشد: حروف a–z، اعداد و . _ - @
error-username-taken = این نام کاربری قبلاً گرفته شده است. نام دیگری انتخاب کنید.
error-display-name = نام خود را بنویسید (حداکثر 100 حرف).
error-password-length = رمز عبور باید { $min } تا { $max } حرف داشته باشد.
error-password-mismatch = رمزهای عبور یکسان نیستند.
error-too-long = متن خیلی طولانی است: حداکثر { $max } حرف.
error-phone-format = یک شمارهٔ تیلفون با 6 تا 15 عدد بنویسید، به طور مثال 08-123 45 67.
error-email-format = یک آدرس ایمیل بنویسید، به طور مثال info@exempel.se.
error-website-format = یک آدرس ویب‌سایت بنویسید که با https:// شروع شود، به طور مثال https://www.exempel.se.
error-postal-code-format = یک کود پستی پنج‌رقمی بنویسید، به طور مثال 131 30.
error-employee-count = تعداد کارمندان را به شکل یک عدد کامل بین 0 و 100 000 بنویسید.
error-presentation-required = معرفی به زبان سویدنی ضروری است. زبان‌های دیگر اختیاری است.
error-comment-required = بنویسید که ارائه‌کننده چه چیزی را باید تغییر دهد.
error-date-format = تاریخ را به شکل YYYY-MM-DD (سال-ماه-روز) بنویسید، به طور مثال 2025-03-14.
error-date-order = تاریخ ختم نمی‌تواند پیش از تاریخ شروع باشد.
error-provider-unknown = این ارائه‌کننده وجود ندارد.
error-provider-required = ارائه‌کننده‌ای را که این حساب به آن تعلق دارد انتخاب کنید.
error-level-not-offered = این برنامه در آن تاریخ ارائه نمی‌شود.
error-authorization-overlap = این ارائه‌کننده برای بخشی از این مدت قبلاً برای این برنامه تأیید صلاحیت شده است.
error-provider-name = نام ارائه‌کننده را بنویسید (حداکثر 120 حرف).
error-organisation-form = نوع موسسه را انتخاب کنید.
error-organisation-number-format = یک نمبر ثبت موسسه (organisationsnummer) با ده عدد بنویسید، به طور مثال 212000-0142. در غیر آن، عدد کنترول درست نمی‌آید.

account-title = حساب من
account-signed-in-as = به نام { $name } وارد شده‌اید.
account-never-published = پروفایل هنوز نشر نشده است.
account-review-pending = تغییرات شما از تاریخ { $date } در انتظار بررسی کمون است.
account-review-returned = کمون تغییرات شما را به تاریخ { $date } با این نظر پس فرستاد:
account-profile-stale = پروفایل در دوازده ماه گذشته تازه نشده است. مطمئن شوید که معلومات درست است.
account-edit-profile = ویرایش پروفایل
account-public-profile = دیدن پروفایل نشر شده
account-pending-heading = تغییرات برای بررسی
account-no-pending = هیچ تغییری در انتظار بررسی نیست.
account-submitted-by = فرستاده شده توسط { $name } به تاریخ { $date }
account-stale-heading = پروفایل‌هایی که در دوازده ماه تازه نشده‌اند
account-no-stale = همه پروفایل‌ها در یک سال گذشته تازه شده‌اند.
account-admin-heading = اداره
sign-out-heading = خروج
sign-out = خروج
sign-out-everywhere = خروج از همه دستگاه‌ها

done-signed-in = شما وارد شدید.
done-submitted = تشکر! تغییرات برای بررسی فرستاده شد. معلومات تماس فوراً نشر می‌شود.
done-contact-published = معلومات تماس نشر شد.
done-published = تغییرات نشر شد و در جستجو دیده می‌شود.
done-returned = تغییرات به ارائه‌کننده پس فرستاده شد.
done-authorized = تأیید صلاحیت ذخیره شد.
done-deauthorized = تأیید صلاحیت ختم شد.
done-provider-created = ارائه‌کننده اضافه شد.
done-logged-out-elsewhere = شما از همه دستگاه‌ها خارج شدید.
done-account-created = حساب شما ساخته شد و شما وارد شده‌اید.

profile-edit-title = ویرایش پروفایل
profile-edit-intro = همه ارائه‌کنندگان خانه‌های یکسان دارند تا پروفایل‌ها قابل مقایسه و ترجمه باشند. پیش از فرستادن، پیش‌نمایش را می‌بینید.
profile-edit-contact-note = معلومات تماس به محض فرستادن نشر می‌شود.
profile-edit-review-note = معلومات و متن‌ها پیش از نشر توسط کمون بررسی می‌شوند.
profile-edit-presentation-note = زبان سویدنی ضروری است. لطفاً به زبان‌های بیشتر هم بنویسید: در غیر آن متن سویدنی با یک یادداشت نشان داده می‌شود.
profile-edit-preview = پیش‌نمایش
field-phone = تیلفون
field-phone-hint = به طور مثال 08-123 45 67
field-email = ایمیل
field-email-hint = به طور مثال info@exempel.se
field-website = ویب‌سایت
field-website-hint = با https:// شروع می‌شود
field-street_address = آدرس پستی
field-street_address-hint = سرک و نمبر
field-postal_code = کود پستی
field-postal_code-hint = پنج عدد، به طور مثال 131 30
field-city = شهر
field-city-hint = به طور مثال Nacka
field-employee_count = تعداد کارمندان
field-employee_count-hint = یک عدد کامل
field-presentation = معرفی به زبان { $language }
field-presentation-required = معرفی به زبان { $language } (ضروری)

profile-preview-title = پیش‌نمایش
profile-preview-intro = پروفایل برای همه این‌طور دیده می‌شود. معلومات تماس به محض فرستادن نشر می‌شود؛ معلومات و متن‌ها پس از بررسی کمون.
profile-preview-submit = فرستادن
profile-preview-edit = تغییرات بیشتر

review-title = بررسی تغییرات: { $provider }
review-changes-heading = چه چیزی تغییر می‌کند
review-legend = متن اضافه شده زیرش خط کشیده شده و متن حذف شده خط خورده است.
review-no-changes = در معلومات یا متن‌ها تغییری نیست.
review-added = اضافه شده
review-removed = حذف شده
review-decision-heading = تصمیم
review-publish = نشر
review-comment = نظر برای ارائه‌کننده
review-return = پس فرستادن با نظر

providers-admin-title = ارائه‌کنندگان و تأیید صلاحیت‌ها
providers-admin-list-heading = همه ارائه‌کنندگان
authorize-heading = تأیید صلاحیت یک ارائه‌کننده
authorize-submit = تأیید صلاحیت
field-provider = ارائه‌کننده
field-level = برنامه
field-from = از تاریخ
field-to = تا تاریخ
field-to-hint = اگر تأیید صلاحیت تا اطلاع بعدی اعتبار دارد، خالی بگذارید.
field-last-day = روز آخر
deauthorize-submit = ختم کردن
authorization-open = تا اطلاع بعدی
authorization-end = ختم تأیید صلاحیت
provider-organisation-number = نمبر ثبت موسسه { $number }
new-provider-heading = اضافه کردن یک ارائه‌کننده
field-provider-name = نام ارائه‌کننده
field-organisation_number = نمبر ثبت موسسه
field-organisation_number-hint = ده عدد، به طور مثال 212000-0142
new-provider-submit = اضافه کردن

invitations-title = دعوت‌نامه‌ها
invitation-created = دعوت‌نامه ساخته شد و تا { $date } اعتبار دارد. لینک را کاپی کنید و به آن شخص بدهید. لینک تنها همین حالا نشان داده می‌شود.
invitation-link = لینک دعوت‌نامه
invitation-copy = کاپی کردن لینک دعوت
field-role = نقش
role-provider_editor = ویراستار برای یک ارائه‌کننده
role-admin = مدیر در کمون
field-provider-for-editor = ارائه‌کننده (برای ویراستاران)
field-provider-none = ارائه‌کننده را انتخاب کنید
invitation-submit = ساختن دعوت‌نامه
invitation-list-heading = دعوت‌نامه‌های ساخته شده
invitation-created-on = تاریخ ساخت
invitation-expires = اعتبار تا
invitation-status = وضعیت
invitation-status-open = باز
invitation-status-accepted = استفاده شده
invitation-status-expired = منقضی شده
invitation-accept-title = حساب خود را بسازید
invitation-as-editor = شما به حیث ویراستار برای { $provider } دعوت شده‌اید.
invitation-as-admin = شما به حیث مدیر در کمون دعوت شده‌اید.
invitation-accept-submit = ساختن حساب
invitation-expired = اعتبار دعوت‌نامه تمام شده است. از کمون یک دعوت‌نامهٔ نو بخواهید.
invitation-used = این دعوت‌نامه قبلاً استفاده شده است. با حساب خود وارد شوید.
invitation-unknown = این لینک یک دعوت‌نامهٔ معتبر نیست. بررسی کنید که تمام لینک کاپی شده باشد.
error-required = لطفاً این خانه را پر کنید.

password-title = تغییر رمز عبور
password-intro = رمز عبور فعلی خود را بنویسید و یک رمز جدید انتخاب کنید. پس از تغییر، از همه دستگاه‌های دیگر خارج می‌شوید.
password-submit = تغییر رمز عبور
field-current_password = رمز عبور فعلی
error-current-password = رمز عبور فعلی درست نیست.
error-password-common = این رمز عبور خیلی رایج است یا در یک نشت اطلاعات فاش شده است. رمز دیگری انتخاب کنید، مثلاً جمله‌ای که به یاد دارید.
done-password-changed = رمز عبور شما تغییر کرد. از همه دستگاه‌های دیگر خارج شدید.
