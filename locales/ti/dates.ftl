# Jämföraren – ትግርኛ, dates. Review: machine-drafted by the developers, needs a human translator (least certain of the nine).
# Gregorian dates (as in Swedish decisions) with the Tigrinya month names CLDR gives them; Western digits.

date-long = { $day } { $month } { $year }
date-month-1 = ጥሪ
date-month-2 = ለካቲት
date-month-3 = መጋቢት
date-month-4 = ሚያዝያ
date-month-5 = ግንቦት
date-month-6 = ሰነ
date-month-7 = ሓምለ
date-month-8 = ነሓሰ
date-month-9 = መስከረም
date-month-10 = ጥቅምቲ
date-month-11 = ሕዳር
date-month-12 = ታሕሳስ
