# Jämföraren – lättläst svenska, datum. Granskning: utkast skrivet av utvecklare efter riktlinjerna för lättläst, ej granskat av en lättläst-skribent.
# Datum skrivs ut med månadens namn, aldrig bara med siffror.

date-long = { $day } { $month } { $year }
date-month-1 = januari
date-month-2 = februari
date-month-3 = mars
date-month-4 = april
date-month-5 = maj
date-month-6 = juni
date-month-7 = juli
date-month-8 = augusti
date-month-9 = september
date-month-10 = oktober
date-month-11 = november
date-month-12 = december
