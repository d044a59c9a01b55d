# Jämföraren – فارسی, my choice. Review: machine-drafted by the developers in plain Persian, needs a human translator.
# «انتخاب من»: صفحه‌ای که ارائه‌دهندهٔ انتخاب‌شده و مراحل بعدی را نشان می‌دهد.

my-choice-title = انتخاب من: { $level }
meta-my-choice = انتخاب شما برای { $level }: اطلاعات تماس ارائه‌دهنده و آنچه پس از آن رخ می‌دهد، برای چاپ و نشان دادن به مشاور شغلی‌تان.
my-choice-swedish-beside = همین متن به زبان سوئدی هم در این صفحه آمده است، برای مشاور شغلی‌تان.
my-choice-chosen = من { $provider } را برای { $level } انتخاب کرده‌ام.
my-choice-default = من ارائه‌دهندهٔ پیش‌فرض را برای { $level } می‌خواهم.
my-choice-default-today = امروز ارائه‌دهندهٔ پیش‌فرض { $provider } است.
my-choice-default-rotation = ارائه‌دهندهٔ پیش‌فرض هر دو هفته یک بار طبق یک فهرست عوض می‌شود. ارائه‌دهنده‌ای را می‌گیرید که در روزی که مشاور شغلی شما را ثبت می‌کند، پیش‌فرض است.
my-choice-date = تاریخ: { $date }
my-choice-bring = این صفحه را به مشاور شغلی خود نشان دهید، یا به او بگویید چه چیزی را انتخاب کرده‌اید.
my-choice-share-link = پیوند این صفحه
my-choice-link = من { $provider } را برای { $level } انتخاب می‌کنم
my-choice-offer-heading = آیا این ارائه‌دهنده را انتخاب کرده‌اید؟
my-choice-offer-text = صفحه‌ای با انتخاب خود، اطلاعات تماس ارائه‌دهنده و مراحل بعدی بسازید. می‌توانید آن را چاپ کنید و به مشاور شغلی خود نشان دهید.
my-choice-compare-row = انتخاب من
my-choice-default-link = من ارائه‌دهندهٔ پیش‌فرض را می‌خواهم
