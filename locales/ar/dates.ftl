# Jämföraren – العربية, dates. Review: machine-drafted by the developers, needs a human translator.
# Gregorian months by their common Modern Standard Arabic names (CLDR); Western digits, as for every number.

date-long = { $day } { $month } { $year }
date-month-1 = يناير
date-month-2 = فبراير
date-month-3 = مارس
date-month-4 = أبريل
date-month-5 = مايو
date-month-6 = يونيو
date-month-7 = يوليو
date-month-8 = أغسطس
date-month-9 = سبتمبر
date-month-10 = أكتوبر
date-month-11 = نوفمبر
date-month-12 = ديسمبر
