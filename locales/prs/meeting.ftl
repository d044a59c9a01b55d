# Jämföraren – دری, meeting view. Review: machine-drafted by the developers in plain Dari, needs a human translator.
# نمای جلسه: صفحه به سویدنی و به زبان انتخاب‌شده در کنار هم.

meeting-offer = نمای جلسه: سویدنی در کنار یک زبان دیگر
meeting-explained = همین صفحه در دو ستون، سویدنی در کنار زبانی که انتخاب می‌کنید. برای جلسه با مشاور شغلی.
meeting-title = نمای جلسه
meeting-print = چاپ هر دو زبان
meeting-switch-legend = زبان نمایش
meeting-other-languages = زبان‌های دیگر در کنار سویدنی
meeting-choose-language = زبان کنار سویدنی را انتخاب کنید
meeting-unknown-language = نمای جلسه به زبانی غیر از سویدنی نیاز دارد، یکی از زبان‌هایی که صفحه پیشنهاد می‌کند. صفحه به یک زبان نشان داده می‌شود.
meeting-not-translated = ارائه‌کننده این متن را به دری ترجمه نکرده است.
