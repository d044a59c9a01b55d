# Jämföraren – فارسی, meeting view. Review: machine-drafted by the developers in plain Persian, needs a human translator.
# نمای جلسه: صفحه به سوئدی و به زبان انتخاب‌شده کنار هم.

meeting-offer = نمای جلسه: سوئدی کنار یک زبان دیگر
meeting-explained = همین صفحه در دو ستون، سوئدی کنار زبانی که انتخاب می‌کنید. برای جلسه با مشاور شغلی.
meeting-title = نمای جلسه
meeting-print = چاپ هر دو زبان
meeting-switch-legend = زبان نمایش‌داده‌شده
meeting-other-languages = زبان‌های دیگر کنار سوئدی
meeting-choose-language = زبان کنار سوئدی را انتخاب کنید
meeting-unknown-language = نمای جلسه به زبانی غیر از سوئدی نیاز دارد، یکی از زبان‌هایی که صفحه پیشنهاد می‌کند. صفحه به یک زبان نشان داده می‌شود.
meeting-not-translated = ارائه‌دهنده این متن را به فارسی ترجمه نکرده است.
