# Jämföraren – Soomaali, dates. Review: machine-drafted by the developers, needs a human translator.
# Day, month, year with the Gregorian month names (CLDR).

date-long = { $day } { $month } { $year }
date-month-1 = Jannaayo
date-month-2 = Febraayo
date-month-3 = Maarso
date-month-4 = Abriil
date-month-5 = May
date-month-6 = Juun
date-month-7 = Luuliyo
date-month-8 = Ogost
date-month-9 = Sebtembar
date-month-10 = Oktoobar
date-month-11 = Nofembar
date-month-12 = Desembar
