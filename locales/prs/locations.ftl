# Jämföraren – دری: where providers are (start places, distances, the map and visiting addresses). Review: machine-drafted by the developers, needs a human translator (Dari, not Iranian Persian).
# Digits are Western (0–9), as in Swedish authorities' Dari texts; place names, Saltsjöbanan, Wikipedia, Trafikverket and example values (postcode, coordinates) stay as written.

places-label = از کجا حرکت می‌کنید؟
places-hint = یک ساحهٔ کمون یا یک ایستگاه. بعد از آن، کنار هر ارائه‌کننده نوشته می‌شود که چقدر دور است، و می‌توانید نزدیک‌ترین‌ها را اول ببینید.
places-none = بدون نقطهٔ شروع
places-districts = ساحه‌های کمون
places-stops = ایستگاه‌های Saltsjöbanan
places-submit = نشان دادن فاصله‌ها

distance-under-one-km = کمتر از 1 کیلومتر از { $place }، به خط مستقیم
distance-about-km = تقریباً { $km } کیلومتر از { $place }، به خط مستقیم
distance-no-address = آدرس مراجعه ذکر نشده است

order-distance = نزدیک‌ترین‌ها اول (انتخاب شما)
order-distance-explained = نزدیک‌ترین‌ها به { $place } اول، طوری که انتخاب کرده‌اید. ارائه‌کنندگانی که آدرس مراجعه ندارند در آخر می‌آیند.
order-distance-needs-place = برای اینکه نزدیک‌ترین‌ها اول بیایند، انتخاب کنید که از کجا حرکت می‌کنید. تا آن وقت لست به ترتیب تصادفی است.

map-heading = ارائه‌کنندگان کجا هستند
map-intro = Jämföraren این نقشه را خودش از روی مختصات آدرس‌ها رسم می‌کند. نقشهٔ پس‌زمینه ندارد و هیچ چیز را به خدمات نقشه نمی‌فرستد. هر عدد، نمبر ارائه‌کننده در لست زیر نقشه است.
map-title = نقشهٔ آدرس‌های مراجعهٔ ارائه‌کنندگان به شکل دایره‌های نمبردار و ساحه‌های کمون به شکل مربع، همراه با مقیاس و جهت شمال
map-no-points = هیچ یک از ارائه‌کنندگانِ نشان داده شده هنوز آدرس مراجعه نداده است.
map-providers-heading = ارائه‌کنندگان و آدرس‌های مراجعهٔ آن‌ها
map-places-heading = جاها روی نقشه
map-start-place = { $place } (جایی که از آن حرکت می‌کنید)
map-scale = { $km } کیلومتر
map-north = ش
map-source = منبع جاها: Wikipedia (ساحه‌های کمون) و Trafikverket (ایستگاه‌ها). فاصله‌ها خط مستقیم هستند، نه راه سفر.

profile-addresses-heading = آدرس‌های مراجعه
profile-edit-addresses-note = جایی که با مشتریان ملاقات می‌کنید. مختصات را هم بنویسید تا نقشه و فاصله‌ها درست باشند. کمون هر تغییر را پیش از نشر بررسی می‌کند. برای پاک کردن یک آدرس، همه خانه‌های آن را خالی کنید.
profile-address-legend = آدرس مراجعه { $number }
field-address-street = سرک و نمبر
field-address-postal_code = کود پستی
field-address-city = شهر
field-address-coordinates = مختصات (عرض جغرافیایی، طول جغرافیایی)
field-address-coordinates-hint = طوری که یک نقشهٔ انترنتی نشان می‌دهد، به طور مثال 59.31000, 18.16389.

error-address-part-required = آدرس مراجعه { $number }: همه بخش‌ها را پر کنید، یا همه را خالی بگذارید.
error-address-postal-code = آدرس مراجعه { $number }: یک کود پستی پنج‌رقمی بنویسید، به طور مثال 131 30.
error-coordinates-format = آدرس مراجعه { $number }: مختصات را به شکل دو عدد بنویسید، اول عرض جغرافیایی، به طور مثال 59.31000, 18.16389.
error-coordinates-outside = آدرس مراجعه { $number }: این مختصات جایی در سویدن نیست. بررسی کنید که عرض جغرافیایی (تقریباً 59) اول و طول جغرافیایی (تقریباً 18) دوم بیاید.
error-addresses-too-many = یک پروفایل حداکثر { $max } آدرس مراجعه را نشان می‌دهد.

addresses-correct-link = اصلاح آدرس‌های مراجعهٔ { $provider }
addresses-correct-title = اصلاح آدرس‌های مراجعه: { $provider }
addresses-correct-intro = یک آدرس یا مختصات آن را اصلاح کنید، به طور مثال بعد از بررسی آن روی نقشه. اصلاح فوراً نشر می‌شود و در تاریخچهٔ پروفایل دیده می‌شود.
addresses-correct-none = ارائه‌کننده هنوز پروفایل نشر شده ندارد. وقتی پروفایل داشته باشد، آدرس‌ها را می‌توان اصلاح کرد.
addresses-correct-submit = نشر اصلاح
done-addresses-corrected = آدرس‌های مراجعه اصلاح و نشر شد.
