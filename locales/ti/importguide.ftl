# Jämföraren – ትግርኛ: ናይ መስቀሊ ገጽ መምርሒ ንፋይላት ምእታው (ነፍሲ ወከፍ ዓምዲ፣ ኣብነታዊ ፋይል). Review: machine-drafted by the developers, needs a human translator (least certain of the nine).
# Column names, codes (K, M, CSV, UTF-8 …) and the date pattern YYYY-MM-DD stay as written in the file.

staff-statistics-file-hint = እቲ ቀዳማይ መስመር ኣርእስታት ክኸውን ኣለዎ። ነፍሲ ወከፍ ዓምዲ ኣብ ትሕቲ እቲ ቅጥዒ ምስ ኣብነታዊ ፋይል ተገሊጹ ኣሎ።
import-guide-heading = ፋይላት ብኸመይ ይጽሓፉ
import-guide-intro = ነቲ ፋይል ከም CSV ብ UTF-8 ዓቅብዎ፣ ኣብ መንጎ ዓምድታት ኮማ (,) ብምግባር። እቲ ቀዳማይ መስመር ኣስማት ዓምድታት ይሕዝ፣ ብዝኾነ ስርዓት፣ ነፍሲ ወከፍ ሓደ ግዜ። ድሕሪኡ ዘሎ ነፍሲ ወከፍ መስመር ሓደ መዝገብ እዩ። ዕለታት ከም YYYY-MM-DD ይጽሓፉ።
import-guide-cases-heading = ዓምድታት ናይ ፋይል ጉዳያት
import-guide-survey-heading = ዓምድታት ናይ ፋይል መጠይቕ
import-guide-cases-rows = ነፍሲ ወከፍ መስመር ንሓደ ሰብ ብዛዕባ ሓደ መደብ ዝተገብረ ሓደ ውሳነ እዩ። ሓደ ጉዳይ እንደገና እንተኣተወ ይሕደስ።
import-guide-survey-rows = ነፍሲ ወከፍ መስመር ሓደ መልሲ ናይ መጠይቕ ዓማዊል እዩ። ሓደ መልሲ እንደገና እንተኣተወ ይሕደስ።
import-guide-example = ኣብነታዊ ፋይል ኣውርዱ ({ $file })
import-guide-example-note = መስመራት ናይቲ ኣብነት ሓቀኛታት ኣይኮኑን። ቅርጺ ናይ ሓደ ፋይል የርኢ፤ ከምዘለዎ ኣይተእትውዎ።
import-guide-col-name = ዓምዲ
import-guide-col-required = ግድን ክምላእ ኣለዎ
import-guide-col-meaning = ትሕዝቶኡ
import-guide-required-yes = እወ
import-guide-required-no = ኣይፋል፣ ባዶ ክኸውን ይኽእል
import-guide-values = ዝፍቀዱ ዋጋታት፦ { $values }
import-column-cases-case_id = ናይቲ ጉዳይ ናይ ገዛእ ርእሱ id ኣብ ስርዓት ጉዳያት። ነፍሲ ወከፍ id ኣብቲ ፋይል ሓደ ግዜ ጥራይ።
import-column-cases-person_id = ንሰብ ዝውክል ስውር መለለዪ (pseudonym)፣ ኣብ ኩሎም ጉዳያት ናይቲ ሰብ ሓደ። ፈጺሙ ስም ወይ ቁጽሪ መንነት (personnummer) ኣይኮነን።
import-column-cases-gender = ጾታ ናይቲ ሰብ፦ K ንሰበይቲ፣ M ንሰብኣይ።
import-column-cases-birth_year = ዓመተ ልደት ናይቲ ሰብ፣ ኣርባዕተ ኣሃዛት፣ ንኣብነት 1990።
import-column-cases-insats = ኮድ ናይቲ መደብ፣ ብዓበይቲ ወይ ብናእሽቱ ፊደላት።
import-column-cases-provider_id = id ናይቲ ወሃቢ ኣገልግሎት፣ ከምቲ ኣብ መዝገብ ወሃብቲ ኣገልግሎት ናይ Jämföraren ዘሎ።
import-column-cases-start_date = እቲ መደብ ዝጀመረሉ መዓልቲ።
import-column-cases-planned_end_date = እቲ መደብ ክውዳእ ዝተመደበሉ መዓልቲ። ቅድሚ መጀመርታ ክኸውን የብሉን።
import-column-cases-end_date = እቲ መደብ ዝተወድኣሉ መዓልቲ። እቲ ጉዳይ ክሳብ ዝቕጽል ባዶ እዩ። ቅድሚ መጀመርታ ወይ ድሕሪ መዓልቲ ምእታው ክኸውን የብሉን።
import-column-cases-end_reason = እቲ መደብ ስለምንታይ ከም ዝተወድአ። ዕለት መወዳእታ ባዶ እንተኾይኑ ጥራይ ባዶ እዩ።
import-column-cases-extensions = እቲ መደብ ክንደይ ግዜ ከም ዝተናውሐ፦ 0 ወይ ልዕሊኡ።
import-column-survey-response_id = ናይቲ መልሲ ናይ ገዛእ ርእሱ id ኣብ መሳርሒ መጠይቕ። ነፍሲ ወከፍ id ኣብቲ ፋይል ሓደ ግዜ ጥራይ።
import-column-survey-provider_id = እቲ ዓሚል ዝነበሮ ወሃቢ ኣገልግሎት፣ ከምቲ ኣብ መዝገብ ወሃብቲ ኣገልግሎት ናይ Jämföraren ዘሎ።
import-column-survey-insats = ኮድ ናይቲ መደብ፣ ከምቲ ኣብ ፋይል ጉዳያት።
import-column-survey-period = እቲ ዓማዊሉ ዝተሓተቱ ዓመት፣ ኣርባዕተ ኣሃዛት።
import-column-survey-language = እቲ መጠይቕ ዝተመለሰሉ ቋንቋ።
import-column-survey-reception = መልሲ ብዛዕባ ኣቀባብላ፣ ካብ 1 ክሳብ 5 (5 እቲ ዝበለጸ እዩ)። እቲ ሕቶ እንተተዘሊሉ ባዶ።
import-column-survey-information = መልሲ ብዛዕባ ሓበሬታ፣ ካብ 1 ክሳብ 5 (5 እቲ ዝበለጸ እዩ)። እቲ ሕቶ እንተተዘሊሉ ባዶ።
import-column-survey-participation = መልሲ ብዛዕባ ተሳትፎ፣ ካብ 1 ክሳብ 5 (5 እቲ ዝበለጸ እዩ)። እቲ ሕቶ እንተተዘሊሉ ባዶ።
import-column-survey-development = መልሲ ብዛዕባ ምዕባለ፣ ካብ 1 ክሳብ 5 (5 እቲ ዝበለጸ እዩ)። እቲ ሕቶ እንተተዘሊሉ ባዶ። ነፍሲ ወከፍ መስመር ብውሑዱ ንሓደ ሕቶ ይምልስ።
