# Jämföraren – فارسی: where providers are (start places, distances, the map and visiting addresses). Review: machine-drafted by the developers, needs a human translator.
# Digits are Western (0–9), as in Swedish authorities' Persian texts; place names, Saltsjöbanan, Wikipedia, Trafikverket and example values (postcode, coordinates) stay as written.

places-label = از کجا راه می‌افتید؟
places-hint = یکی از بخش‌های کمون یا یک ایستگاه. آن‌گاه کنار هر ارائه‌دهنده نوشته می‌شود که چقدر دور است، و می‌توانید نزدیک‌ترین‌ها را اول ببینید.
places-none = بدون نقطهٔ شروع
places-districts = بخش‌های کمون
places-stops = ایستگاه‌های Saltsjöbanan
places-submit = نمایش فاصله‌ها

distance-under-one-km = کمتر از 1 کیلومتر از { $place }، در خط مستقیم
distance-about-km = حدود { $km } کیلومتر از { $place }، در خط مستقیم
distance-no-address = نشانی مراجعه ذکر نشده است

order-distance = نزدیک‌ترین‌ها اول (انتخاب شما)
order-distance-explained = نزدیک‌ترین‌ها به { $place } اول، همان‌طور که انتخاب کرده‌اید. ارائه‌دهندگانِ بدون نشانی مراجعه در آخر می‌آیند.
order-distance-needs-place = برای اینکه نزدیک‌ترین‌ها اول بیایند، انتخاب کنید از کجا راه می‌افتید. تا آن موقع فهرست به ترتیب تصادفی است.

map-heading = ارائه‌دهندگان کجا هستند
map-intro = Jämföraren این نقشه را خودش از روی مختصات نشانی‌ها می‌کشد. نقشهٔ زمینه ندارد و چیزی به سرویس‌های نقشه نمی‌فرستد. هر عدد، شمارهٔ ارائه‌دهنده در فهرست زیر نقشه است.
map-title = نقشهٔ نشانی‌های مراجعهٔ ارائه‌دهندگان به شکل دایره‌های شماره‌دار و بخش‌های کمون به شکل مربع، همراه با مقیاس و جهت شمال
map-no-points = هیچ‌یک از ارائه‌دهندگانِ نمایش‌داده‌شده هنوز نشانی مراجعه‌ای نداده است.
map-providers-heading = ارائه‌دهندگان و نشانی‌های مراجعهٔ آن‌ها
map-places-heading = مکان‌های روی نقشه
map-start-place = { $place } (نقطهٔ شروع شما)
map-scale = { $km } کیلومتر
map-north = ش
map-source = منبع مکان‌ها: Wikipedia (بخش‌های کمون) و Trafikverket (ایستگاه‌ها). فاصله‌ها خط مستقیم‌اند، نه مسیر سفر.

profile-addresses-heading = نشانی‌های مراجعه
profile-edit-addresses-note = جایی که با مشتریان دیدار می‌کنید. مختصات را هم وارد کنید تا نقشه و فاصله‌ها درست باشند. کمون هر تغییر را پیش از انتشار بررسی می‌کند. برای حذف یک نشانی، همهٔ فیلدهای آن را خالی کنید.
profile-address-legend = نشانی مراجعه { $number }
field-address-street = خیابان و پلاک
field-address-postal_code = کد پستی
field-address-city = شهر
field-address-coordinates = مختصات (عرض جغرافیایی، طول جغرافیایی)
field-address-coordinates-hint = همان‌طور که یک سرویس نقشه نشان می‌دهد، برای نمونه 59.31000, 18.16389.

error-address-part-required = نشانی مراجعه { $number }: همهٔ بخش‌ها را پر کنید، یا همه را خالی بگذارید.
error-address-postal-code = نشانی مراجعه { $number }: یک کد پستی پنج‌رقمی بنویسید، برای نمونه 131 30.
error-coordinates-format = نشانی مراجعه { $number }: مختصات را به شکل دو عدد بنویسید، اول عرض جغرافیایی، برای نمونه 59.31000, 18.16389.
error-coordinates-outside = نشانی مراجعه { $number }: این مختصات جایی در سوئد نیست. بررسی کنید که عرض جغرافیایی (حدود 59) اول بیاید و طول جغرافیایی (حدود 18) دوم.
error-addresses-too-many = یک پروفایل حداکثر { $max } نشانی مراجعه دارد.

addresses-correct-link = اصلاح نشانی‌های مراجعهٔ { $provider }
addresses-correct-title = اصلاح نشانی‌های مراجعه: { $provider }
addresses-correct-intro = یک نشانی یا مختصات آن را اصلاح کنید، برای نمونه پس از بررسی آن روی نقشه. اصلاح بی‌درنگ منتشر می‌شود و در تاریخچهٔ نمایه دیده می‌شود.
addresses-correct-none = ارائه‌دهنده هنوز پروفایل منتشرشده‌ای ندارد. وقتی پروفایل داشته باشد، می‌توان نشانی‌ها را اصلاح کرد.
addresses-correct-submit = انتشار اصلاحیه
done-addresses-corrected = نشانی‌های مراجعه اصلاح و منتشر شد.
