# Jämföraren – فارسی, dates. Review: machine-drafted by the developers, needs a human translator.
# Gregorian months (Swedish decisions use the Gregorian calendar) in their Iranian Persian names, with the ezafe a date needs (CLDR); Western digits.

date-long = { $day } { $month } { $year }
date-month-1 = ژانویهٔ
date-month-2 = فوریهٔ
date-month-3 = مارس
date-month-4 = آوریل
date-month-5 = مهٔ
date-month-6 = ژوئن
date-month-7 = ژوئیهٔ
date-month-8 = اوت
date-month-9 = سپتامبر
date-month-10 = اکتبر
date-month-11 = نوامبر
date-month-12 = دسامبر
