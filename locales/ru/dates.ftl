# Jämföraren – русский, dates. Review: machine-drafted by the developers, needs a human translator.
# A date takes the month in the genitive (14 марта) and ends with "г." (год) after a no-break space.

date-long = { $day } { $month } { $year } г.
date-month-1 = января
date-month-2 = февраля
date-month-3 = марта
date-month-4 = апреля
date-month-5 = мая
date-month-6 = июня
date-month-7 = июля
date-month-8 = августа
date-month-9 = сентября
date-month-10 = октября
date-month-11 = ноября
date-month-12 = декабря
