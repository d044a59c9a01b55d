# Jämföraren – دری, my choice. Review: machine-drafted by the developers in plain Dari, needs a human translator.
# «انتخاب من»: صفحه‌ای که ارائه‌کنندهٔ انتخاب‌شده و گام‌های بعدی را نشان می‌دهد.

my-choice-title = انتخاب من: { $level }
meta-my-choice = انتخاب شما برای { $level }: معلومات تماس ارائه‌کننده و این که بعد از آن چه می‌شود، برای چاپ کردن و نشان دادن به مشاور شغلی تان.
my-choice-swedish-beside = همین متن به زبان سویدنی هم در این صفحه است، برای مشاور شغلی تان.
my-choice-chosen = من { $provider } را برای { $level } انتخاب کرده‌ام.
my-choice-default = من ارائه‌کنندهٔ پیش‌فرض را برای { $level } می‌خواهم.
my-choice-default-today = امروز ارائه‌کنندهٔ پیش‌فرض { $provider } است.
my-choice-default-rotation = ارائه‌کنندهٔ پیش‌فرض هر دو هفته یک بار مطابق یک لست تبدیل می‌شود. شما ارائه‌کننده‌ای را می‌گیرید که در روز ثبت نام شما توسط مشاور شغلی، پیش‌فرض است.
my-choice-date = تاریخ: { $date }
my-choice-bring = این صفحه را به مشاور شغلی خود نشان دهید، یا به او بگویید که چه چیزی را انتخاب کرده‌اید.
my-choice-share-link = لینک این صفحه
my-choice-link = من { $provider } را برای { $level } انتخاب می‌کنم
my-choice-offer-heading = آیا این ارائه‌کننده را انتخاب کرده‌اید؟
my-choice-offer-text = یک صفحه با انتخاب تان، معلومات تماس ارائه‌کننده و گام‌های بعدی بسازید. می‌توانید آن را چاپ کنید و به مشاور شغلی خود نشان دهید.
my-choice-compare-row = انتخاب من
my-choice-default-link = من ارائه‌کنندهٔ پیش‌فرض را می‌خواهم
