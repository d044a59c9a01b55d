# Jämföraren – ትግርኛ: ናይ ምምሕዳር ስራሕ ስታቲስቲክስ (ምዝርጋሕ፣ ምሉእ ቁጽርታት፣ ፋይላት ምእታው). Review: machine-drafted by the developers, needs a human translator (least certain of the nine).
# Column names, codes (K, M, end_reason …) and the date pattern YYYY-MM-DD stay as written in the file.

staff-statistics-title = ስታቲስቲክስ ንምምሕዳር
staff-statistics-publish-heading = ስታቲስቲክስ ዘርግሑ
staff-statistics-publish-intro = እቶም ቁጽርታት ሕጂ ካብ መዝገብ መደባትን መጠይቕ ዓማዊልን ይሕሰቡ፣ ምስ ምቁጽጻር ምቕላዕ ድማ ንህዝቢ ይርኣዩ። ቅድሚ ሕጂ ዝተዘርግሑ ይዕቀቡ።
staff-statistics-period = ግዜ
staff-statistics-scope-year = ሓደ ዓመት (ጥሪ–ታሕሳስ)
staff-statistics-scope-range = ካብ ዕለት – ክሳብ ዕለት
staff-statistics-year = ዓመት
staff-statistics-year-hint = ኣርባዕተ ኣሃዛት፣ ንኣብነት 2024።
staff-statistics-publish = ዘርግሑ
staff-statistics-publications-heading = ዝተዘርግሑ
staff-statistics-shown = ንህዝቢ ይርአ ኣሎ
staff-statistics-superseded = ብዝሓደሰ ምዝርጋሕ ተተኪኡ
staff-statistics-thresholds = ቁጽርታት ትሕቲ { $count } ይሕብኡ፣ ሚእታዊ መጠን ብውሑዱ { $base } የድልዮ
staff-statistics-full-link = ምሉእ ቁጽርታት
staff-statistics-col-period = ግዜ
staff-statistics-col-published = ዝተዘርገሐሉ
staff-statistics-col-by = ዝዘርገሖ
staff-statistics-col-thresholds = ምቁጽጻር ምቕላዕ
staff-statistics-col-public = ህዝቢ
staff-statistics-col-figures = ቁጽርታት
staff-statistics-col-file = ፋይል
staff-statistics-col-kind = ዓይነት
staff-statistics-col-started = ዝጀመረሉ
staff-statistics-col-state = ኩነታት
staff-statistics-upload-heading = ፋይል ኣእትዉ
staff-statistics-upload-intro = እቲ ፋይል ኣብ ድሕሪት ይንበብ። ጌጋ እንተልዩ ዋላ ሓንቲ ኣይኣቱን፣ ነፍሲ ወከፍ ጸገም ምስ መስመሩን ዓምዱን ድማ ትርእዩ።
staff-statistics-upload-kind = እቲ ፋይል እንታይ ሒዙ ኣሎ?
staff-statistics-kind-cases = ጉዳያት (መደባት)
staff-statistics-kind-survey = መልስታት መጠይቕ ዓማዊል
staff-statistics-file = ፋይል CSV
staff-statistics-upload = ስቐሉን ኣእትዉን
staff-statistics-imports-heading = ናይ ቀረባ እዋን ምእታዋት
staff-statistics-full-warning = ብዘይ ምቁጽጻር ምቕላዕ ምሉእ ቁጽርታት። ንሰራሕተኛታት ምምሕዳር ጥራይ – ክዝርጋሕ ወይ ንካልእ ክወሃብ የብሉን።

import-title = ምእታው { $file }
import-started = { $kind }፣ ብ{ $who } ኣብ { $when } ዝጀመረ።
import-state-running = እቲ ፋይል ይንበብ ኣሎ …
import-state-imported = { $rows ->
    [one] { $rows } መስመር ኣትዩ ኣሎ።
   *[other] { $rows } መስመራት ኣትዮም ኣለዉ።
}
import-state-rejected = እቲ ፋይል ጸገማት ኣለዉዎ። ዋላ ሓንቲ ኣይኣተወን።
import-state-interrupted = እቲ ምእታው ሰርቨር ምስ ደው በለ ተቛሪጹ። ዋላ ሓንቲ ኣይኣተወን። ነቲ ፋይል እንደገና ስቐሉ።
import-progress-label = እቲ ምእታው ክሳብ ክንደይ በጺሑ
import-progress = { $rows ->
    [one] { $rows } መስመር ተወዲኡ ({ $percent } % ካብቲ ፋይል)።
   *[other] { $rows } መስመራት ተወዲኦም ({ $percent } % ካብቲ ፋይል)።
}
import-look-again = ሕጂ ዘሎ ኩነታት ኣርኢ
import-next-publish = ሓደስቲ ቁጽርታት ንህዝቢ ንምርኣይ ነቲ ስታቲስቲክስ ዘርግሑ።
# Tigrinya "one" is CLDR 0–1, so [one] keeps the number.
import-problem-count = { $count ->
    [one] { $count } ጸገም ተረኺቡ።
   *[other] { $count } ጸገማት ተረኺቦም።
}
import-problems-truncated = ቀዳሞት ጸገማት ጥራይ እዮም ዝርኣዩ። ንዝተረፉ ንምርኣይ ኣስተኻኺልኩም እንደገና ኣእትዉ።
import-problems-caption = ጸገማት ኣብቲ ፋይል
import-col-line = መስመር
import-col-column = ዓምዲ
import-col-problem = ጸገም

import-problem-wrong-header = መስመር ኣርእስታት ልክዕ እዞም ዓምድታት ክህልዎ ኣለዎ: { $expected }። ዘለዎ ግን: { $found }።
import-problem-empty = እቲ ፋይል ባዶ እዩ። ብውሑዱ መስመር ኣርእስታት የድልዮ።
import-problem-field-count = እዚ መስመር { $found } ሜዳታት ኣለዎ፣ መስመር ኣርእስታት ግን { $expected } ኣለዎ።
import-problem-unreadable = እዚ መስመር ክንበብ ኣይክእልን ({ $value })።
import-problem-missing = ሓደ ዋጋ ጎዲሉ ኣሎ።
import-problem-control-character = "{ $value }" ናይ ምቁጽጻር ፊደል ሒዙ ኣሎ። id ዝሕተሙ ፊደላት ጥራይ ክሕዝ ይኽእል።
import-problem-gender = ጾታ "{ $value }" እዩ። K ወይ M ክኸውን ኣለዎ።
import-problem-birth-year = ዓመተ ልደት "{ $value }" እዩ። ኣርባዕተ ኣሃዛት ክኸውን ኣለዎ።
import-problem-unknown-insats = ኮድ "{ $value }" ዘለዎ መደብ የለን። እቶም ኮዳት እዚኣቶም እዮም፦ { $valid }።
import-problem-unknown-provider = id "{ $value }" ዘለዎ ወሃቢ ኣገልግሎት የለን።
import-problem-date = "{ $value }" ከም YYYY-MM-DD ዝተጻሕፈ ዕለት ኣይኮነን።
import-problem-planned-end-before-start = እቲ ዝተመደበ መወዳእታ { $end } ቅድሚ መጀመርታ { $start } እዩ።
import-problem-end-before-start = እቲ መወዳእታ { $end } ቅድሚ መጀመርታ { $start } እዩ።
import-problem-end-after-import = እቲ መወዳእታ { $end } ድሕሪ መዓልቲ ምእታው፣ { $today }፣ እዩ። መደብ ኣብ መጻኢ ክውዳእ ኣይክእልን።
import-problem-reason-without-end = ምኽንያት ምዝዛም (end_reason) ዕለት መወዳእታ (end_date) የድልዮ።
import-problem-end-without-reason = ዕለት መወዳእታ (end_date) ምኽንያት ምዝዛም (end_reason) የድልዮ።
import-problem-end-reason = ምኽንያት ምዝዛም "{ $value }" እዩ። ሓደ ካብዞም ክኸውን ኣለዎ: work, studies, own_business, other_insats, same_insats_other_provider, other_authority, moved, illness ወይ interrupted_other።
import-problem-extensions = ምንዋሕ "{ $value }" እዩ። ምሉእ ቁጽሪ፣ 0 ወይ ልዕሊኡ ክኸውን ኣለዎ።
import-problem-chosen = chosen "{ $value }" እዩ። customer፣ default ወይ ባዶ ክኸውን ኣለዎ።
import-problem-duplicate-id = { $column } "{ $value }" ኣብ መስመር { $line } እውን ኣሎ።
import-problem-survey-year = እቲ ግዜ "{ $value }" እዩ። ዓመት ናይቲ መጠይቕ፣ ኣርባዕተ ኣሃዛት ክኸውን ኣለዎ።
import-problem-language = እቲ ቋንቋ "{ $value }" እዩ። ሓደ ካብዞም ክኸውን ኣለዎ: { $allowed }።
import-problem-answer = እቲ መልሲ "{ $value }" እዩ። ካብ 1 ክሳብ 5 ዘሎ ምሉእ ቁጽሪ ክኸውን ኣለዎ፣ ወይ እቲ ሕቶ እንተተዘሊሉ ባዶ።
import-problem-no-answers = እዚ መልሲ ንዝኾነ ሕቶ ኣይምልስን። ብውሑዱ ሓደ መልሲ የድሊ።
import-problem-failed = እቲ ፋይል ክሳብ መወዳእታ ክንበብ ኣይከኣለን፣ ወይ እቲ ዳታቤዝ ኣይመለሰን። ዋላ ሓንቲ ኣይኣተወን። እንደገና ፈትኑ።

done-statistics-published = እቲ ስታቲስቲክስ ተዘርጊሑ ንህዝቢ ይርአ ኣሎ።
error-statistics-year = ኣርባዕተ ኣሃዛት ዘለዎ ዓመት ጸሓፉ፣ ካብ 2000 ክሳብ ሎሚ ዓመት።
error-statistics-date = ዕለት ከም YYYY-MM-DD (ዓመት-ወርሒ-መዓልቲ) ጸሓፉ።
error-statistics-period-order = እቲ ግዜ ቅድሚ ምጅማሩ ይውዳእ።
error-statistics-failed = እቲ ስታቲስቲክስ ሕጂ ክዝርጋሕ ኣይከኣለን። ዋላ ሓንቲ ኣይተቐየረን። ድሕሪ ቁሩብ እንደገና ፈትኑ።
error-import-busy = ካልእ ምእታው ይካየድ ኣሎ። ክሳብ ዝውዳእ ተጸበዩ፣ ድሕሪኡ ነቲ ፋይል እንደገና ስቐሉ።
error-import-upload = እቲ ፋይል ክቕበል ኣይከኣለን። እንደገና ፈትኑ።
error-import-no-file = ዝስቐል ፋይል ምረጹ።
error-import-kind = እቲ ፋይል እንታይ ከም ዝሓዘ ምረጹ።
