# Jämföraren – دری, dates. Review: machine-drafted by the developers, needs a human translator (Dari, not Iranian Persian).
# Gregorian months as written in Afghanistan (CLDR fa-AF), not the Iranian forms; Western digits, as for every number.

date-long = { $day } { $month } { $year }
date-month-1 = جنوری
date-month-2 = فبروری
date-month-3 = مارچ
date-month-4 = اپریل
date-month-5 = می
date-month-6 = جون
date-month-7 = جولای
date-month-8 = اگست
date-month-9 = سپتمبر
date-month-10 = اکتوبر
date-month-11 = نومبر
date-month-12 = دسمبر
