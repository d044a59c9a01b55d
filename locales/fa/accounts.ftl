# Jämföraren – فارسی: accounts, providers' profiles and the municipality's administration. Review: machine-drafted by the developers, needs a human translator.
# Digits are Western (0–9), as in Swedish authorities' Persian texts; example values the user must type (phone, postcode, dates) stay as written.

nav-sign-in = برای ارائه‌دهندگان و کارکنان کمون: ورود
nav-account = حساب من

sign-in-title = ورود
sign-in-already = شما با نام { $name } وارد شده‌اید.
sign-in-submit = ورود
sign-in-who = ورود فقط برای ارائه‌دهندگان و کارکنان کمون است. برای مقایسه و انتخاب ارائه‌دهنده به حساب کاربری نیاز ندارید.
field-username = نام کاربری
field-username-hint = 3 تا 64 نویسه: حروف a–z، رقم‌ها و . _ - @
field-password = رمز عبور
field-display_name = نام شما
field-new_password = یک رمز عبور انتخاب کنید
field-new_password-hint = دست‌کم 12 نویسه. جمله‌ای که به خاطر می‌سپارید رمز عبور خوبی است.
field-confirm_password = رمز عبور را دوباره بنویسید

form-error-summary = نخست این موارد را اصلاح کنید
error-forbidden-title = شما دسترسی ندارید
error-forbidden = حساب شما اجازهٔ دیدن یا تغییر این مورد را ندارد.
error-form-expired = مهلت فرم تمام شده بود. اطلاعات را بررسی کنید و دوباره بفرستید.
error-sign-in-failed = نام کاربری یا رمز عبور اشتباه است.
# Persian counts with a singular noun, so both forms are the same; [one] keeps the number because CLDR "one" also covers 0.
error-sign-in-throttled = { $minutes ->
    [one] تلاش‌های ناموفق بیش از حد بود. { $minutes } دقیقهٔ دیگر دوباره امتحان کنید.
   *[other] تلاش‌های ناموفق بیش از حد بود. { $minutes } دقیقهٔ دیگر دوباره امتحان کنید.
}
error-username-format = نام کاربری باید 3 تا 64 نویسه داشته باشد: حروف a–z، رقم‌ها و . _ - @
error-username-taken = این نام کاربری قبلاً گرفته شده است. نام دیگری انتخاب کنید.
error-display-name = نام خود را بنویسید (حداکثر 100 نویسه).
error-password-length = رمز عبور باید { $min } تا { $max } نویسه داشته باشد.
error-password-mismatch = رمزهای عبور یکسان نیستند.
error-too-long = متن خیلی طولانی است: حداکثر { $max } نویسه.
error-phone-format = یک شمارهٔ تلفن با 6 تا 15 رقم بنویسید، برای نمونه 08-123 45 67.
error-email-format = یک نشانی ایمیل بنویسید، برای نمونه info@exempel.se.
error-website-format = یک نشانی وب بنویسید که با https:// شروع شود، برای نمونه https://www.exempel.se.
error-postal-code-format = یک کد پستی پنج‌رقمی بنویسید، برای نمونه 131 30.
error-employee-count = تعداد کارکنان را به صورت یک عدد صحیح بین 0 و 100 000 بنویسید.
error-presentation-required = معرفی به زبان سوئدی الزامی است. زبان‌های دیگر اختیاری‌اند.
error-comment-required = بنویسید ارائه‌دهنده چه چیزی را باید تغییر دهد.
error-date-format = تاریخ را به شکل YYYY-MM-DD (سال-ماه-روز) بنویسید، برای نمونه 2025-03-14.
error-date-order = تاریخ پایان نمی‌تواند پیش از تاریخ شروع باشد.
error-provider-unknown = این ارائه‌دهنده وجود ندارد.
error-provider-required = ارائه‌دهنده‌ای را که این حساب به آن تعلق دارد انتخاب کنید.
error-level-not-offered = این برنامه در آن تاریخ ارائه نمی‌شود.
error-authorization-overlap = این ارائه‌دهنده برای بخشی از این مدت، از پیش برای این برنامه تأیید صلاحیت شده است.
error-provider-name = نام ارائه‌دهنده را بنویسید (حداکثر 120 نویسه).
error-organisation-form = نوع سازمان را انتخاب کنید.
error-organisation-number-format = یک شمارهٔ ثبت سازمان (organisationsnummer) ده‌رقمی بنویسید، برای نمونه 212000-0142. در غیر این صورت رقم کنترل درست درنمی‌آید.

account-title = حساب من
account-signed-in-as = با نام { $name } وارد شده‌اید.
account-never-published = پروفایل هنوز منتشر نشده است.
account-review-pending = تغییرات شما از تاریخ { $date } در انتظار بررسی کمون است.
account-review-returned = کمون تغییرات شما را در تاریخ { $date } با این توضیح برگرداند:
account-profile-stale = پروفایل در دوازده ماه گذشته به‌روز نشده است. مطمئن شوید که اطلاعات درست است.
account-edit-profile = ویرایش پروفایل
account-public-profile = دیدن پروفایل منتشرشده
account-pending-heading = تغییرات برای بررسی
account-no-pending = هیچ تغییری در انتظار بررسی نیست.
account-submitted-by = فرستاده‌شده از سوی { $name } در تاریخ { $date }
account-stale-heading = پروفایل‌هایی که در دوازده ماه گذشته به‌روز نشده‌اند
account-no-stale = همهٔ پروفایل‌ها در یک سال گذشته به‌روز شده‌اند.
account-admin-heading = مدیریت
sign-out-heading = خروج
sign-out = خروج
sign-out-everywhere = خروج از همهٔ دستگاه‌ها

done-signed-in = وارد شدید.
done-submitted = سپاس! تغییرات برای بررسی فرستاده شد. اطلاعات تماس بی‌درنگ منتشر می‌شود.
done-contact-published = اطلاعات تماس منتشر شد.
done-published = تغییرات منتشر شد و در جست‌وجو دیده می‌شود.
done-returned = تغییرات به ارائه‌دهنده برگردانده شد.
done-authorized = تأیید صلاحیت ذخیره شد.
done-deauthorized = تأیید صلاحیت پایان یافت.
done-provider-created = ارائه‌دهنده افزوده شد.
done-logged-out-elsewhere = از همهٔ دستگاه‌ها خارج شدید.
done-account-created = حساب شما ساخته شد و وارد شده‌اید.

profile-edit-title = ویرایش پروفایل
profile-edit-intro = همهٔ ارائه‌دهندگان فیلدهای یکسانی دارند تا پروفایل‌ها قابل مقایسه و ترجمه باشند. پیش از فرستادن، پیش‌نمایش را می‌بینید.
profile-edit-contact-note = اطلاعات تماس به محض فرستادن منتشر می‌شود.
profile-edit-review-note = اطلاعات و متن‌ها پیش از انتشار از سوی کمون بررسی می‌شوند.
profile-edit-presentation-note = زبان سوئدی الزامی است. لطفاً به زبان‌های دیگر هم بنویسید: در غیر این صورت متن سوئدی همراه با یک توضیح نمایش داده می‌شود.
profile-edit-preview = پیش‌نمایش
field-phone = تلفن
field-phone-hint = برای نمونه 08-123 45 67
field-email = ایمیل
field-email-hint = برای نمونه info@exempel.se
field-website = وب‌سایت
field-website-hint = با https:// شروع می‌شود
field-street_address = نشانی پستی
field-street_address-hint = خیابان و پلاک
field-postal_code = کد پستی
field-postal_code-hint = پنج رقم، برای نمونه 131 30
field-city = شهر
field-city-hint = برای نمونه Nacka
field-employee_count = تعداد کارکنان
field-employee_count-hint = یک عدد صحیح
field-presentation = معرفی به زبان { $language }
field-presentation-required = معرفی به زبان { $language } (الزامی)

profile-preview-title = پیش‌نمایش
profile-preview-intro = پروفایل برای همه این‌گونه دیده خواهد شد. اطلاعات تماس به محض فرستادن منتشر می‌شود؛ اطلاعات و متن‌ها پس از بررسی کمون.
profile-preview-submit = فرستادن
profile-preview-edit = تغییرات بیشتر

review-title = بررسی تغییرات: { $provider }
review-changes-heading = چه چیزی تغییر می‌کند
review-legend = متن افزوده زیرخط دارد و روی متن حذف‌شده خط کشیده شده است.
review-no-changes = در اطلاعات یا متن‌ها تغییری نیست.
review-added = افزوده‌شده
review-removed = حذف‌شده
review-decision-heading = تصمیم
review-publish = انتشار
review-comment = توضیح برای ارائه‌دهنده
review-return = برگرداندن با توضیح

providers-admin-title = ارائه‌دهندگان و تأیید صلاحیت‌ها
providers-admin-list-heading = همهٔ ارائه‌دهندگان
authorize-heading = تأیید صلاحیت یک ارائه‌دهنده
authorize-submit = تأیید صلاحیت
field-provider = ارائه‌دهنده
field-level = برنامه
field-from = از تاریخ
field-to = تا تاریخ
field-to-hint = اگر تأیید صلاحیت تا اطلاع بعدی معتبر است، خالی بگذارید.
field-last-day = آخرین روز
deauthorize-submit = پایان دادن
authorization-open = تا اطلاع بعدی
authorization-end = پایان تأیید صلاحیت
provider-organisation-number = شمارهٔ ثبت سازمان { $number }
new-provider-heading = افزودن یک ارائه‌دهنده
field-provider-name = نام ارائه‌دهنده
field-organisation_number = شمارهٔ ثبت سازمان
field-organisation_number-hint = ده رقم، برای نمونه 212000-0142
new-provider-submit = افزودن

invitations-title = دعوت‌نامه‌ها
invitation-created = دعوت‌نامه ساخته شد و تا { $date } معتبر است. پیوند را کپی کنید و به آن فرد بدهید. پیوند فقط همین حالا نمایش داده می‌شود.
invitation-link = پیوند دعوت‌نامه
invitation-copy = رونوشت پیوند دعوت
field-role = نقش
role-provider_editor = ویراستار برای یک ارائه‌دهنده
role-admin = مدیر در کمون
field-provider-for-editor = ارائه‌دهنده (برای ویراستاران)
field-provider-none = ارائه‌دهنده را انتخاب کنید
invitation-submit = ساختن دعوت‌نامه
invitation-list-heading = دعوت‌نامه‌های ساخته‌شده
invitation-created-on = تاریخ ساخت
invitation-expires = معتبر تا
invitation-status = وضعیت
invitation-status-open = باز
invitation-status-accepted = استفاده‌شده
invitation-status-expired = منقضی‌شده
invitation-accept-title = حساب خود را بسازید
invitation-as-editor = شما به‌عنوان ویراستار برای { $provider } دعوت شده‌اید.
invitation-as-admin = شما به‌عنوان مدیر در کمون دعوت شده‌اید.
invitation-accept-submit = ساختن حساب
invitation-expired = اعتبار دعوت‌نامه تمام شده است. از کمون دعوت‌نامهٔ تازه‌ای بخواهید.
invitation-used = از این دعوت‌نامه قبلاً استفاده شده است. با حساب خود وارد شوید.
invitation-unknown = این پیوند یک دعوت‌نامهٔ معتبر نیست. بررسی کنید که کل پیوند کپی شده باشد.
error-required = لطفاً این فیلد را پر کنید.

password-title = تغییر گذرواژه
password-intro = گذرواژه فعلی خود را بنویسید و گذرواژه تازه‌ای انتخاب کنید. پس از تغییر، از همه دستگاه‌های دیگر خارج می‌شوید.
password-submit = تغییر گذرواژه
field-current_password = گذرواژه فعلی
error-current-password = گذرواژه فعلی درست نیست.
error-password-common = این گذرواژه بسیار رایج است یا در یک نشت داده فاش شده است. گذرواژه دیگری انتخاب کنید، مثلاً جمله‌ای که به خاطر دارید.
done-password-changed = گذرواژه شما تغییر کرد. از همه دستگاه‌های دیگر خارج شدید.
