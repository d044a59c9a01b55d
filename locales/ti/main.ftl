# Jämföraren – ትግርኛ. Review: machine-drafted by the developers, needs a human translator (least certain of the nine).
# The codes FAI, AMI, ISA stay as codes.

site-name = Jämföraren
skip-to-content = ናብ ትሕዝቶ ኪዱ
language-switcher-label = ቋንቋ ምረጹ
footer-about = Jämföraren ነቲ ምምሕዳር ናካ ዝፈቐደልኩም መደብ ዝህበኩም ወሃቢ ኣገልግሎት ንኽትመርጹ ይሕግዘኩም። ኩሎም ወሃብቲ ኣገልግሎት ብተመሳሳሊ መንገዲ እዮም ዝቐርቡ።
demo-notice = እዚ ናይ ፈተነ መርኣያ እዩ። ሓበሬታ ወሃብቲ ኣገልግሎት ፈጠራ እዩ፣ ንናይ ሓቂ ትካላት ኣይገልጽን።
back-to-start = ናብ መበገሲ ገጽ ተመለሱ
copy-link = መላግቦ ናይዚ ገጽ ቕድሑ
copy-link-done = እቲ መላግቦ ተቐዲሑ ኣሎ።
copy-link-failed = ምቕዳሕ ኣይተኻእለን። ነቲ ኣድራሻ ካብ መስመር ኣድራሻ ናይ browser ቕድሑ።

home-title = ንመደብኩም ወሃቢ ኣገልግሎት ምረጹ
home-intro = ኣማኻሪ ሞያኹም ብዛዕባ መደብኩም ወሲኑ ኣሎ። ካብ ኣየኖት ወሃብቲ ኣገልግሎት ክትመርጹ ከም እትኽእሉ ንምርኣይ፣ መደብን ደረጃን ምረጹ።
home-results-heading = ንዓማዊል ከመይ ከም ዝኸደ
home-results-text = እቲ ስታቲስቲክስ ኣብ ዓማዊል ነፍሲ ወከፍ ወሃቢ ኣገልግሎት እንታይ ከም ዘጋጠመ የርኢ፣ ንኣብነት ክንደይ ስራሕ ከም ዝረኸቡ ወይ ትምህርቲ ከም ዝጀመሩ።

kundval-FAI-name = FAI – ንስራሕ ዘዳልዉ መደባት
kundval-FAI-about = እንታይ ስራሕ ክትሰርሑ ከም እትኽእሉ ክትፈልጡ እንተ ኣድልዩኩም፣ ወይ ቅድሚ ኹሉ ምስ ካልኦት ሰባት ክትራኸቡ እንተ ኣድልዩኩም።
kundval-AMI-name = AMI – መደባት ዕዳጋ ስራሕ
kundval-AMI-about = ክትሰርሑ እንተ ኽኢልኩምን ስራሕ ክትረኽቡ ወይ ትምህርቲ ክትጅምሩ እንተ ደሊኹምን።
kundval-ISA-name = ISA – መእተዊ መደባት: sfi (ሽወድኛ ንስደተኛታት) ምልላይ ስራሕን
kundval-ISA-about = ኣብ ሽወደን ሓደስቲ እንተ ዄንኩምን ኣብ ቦታ ስራሕ ሽወድኛ ክትለማመዱ እንተ ደሊኹምን።
kundval-KAA-name = መደባት ዕዳጋ ስራሕ (ክሳብ መወዳእታ ሰነ 2024)
kundval-KAA-about = ቅድሚ 2024 ዝነበሩ መደባት።

level-FAI1-short = FAI 1
level-FAI1-name = ዓቕሚ ስራሕኩም ንምፍላጥ ፈተነ ስራሕ
level-FAI1-for-whom = ዓቕሚ ስራሕኩም ክንጸር እንተ ኣድልዩ። እቲ መደብ ብዝበዝሐ 3 ኣዋርሕ እዩ።
level-FAI2-short = FAI 2
level-FAI2-name = ከም ቀዳማይ ስጉምቲ ናብ ስራሕ ዝኾኑ ንጥፈታት
level-FAI2-for-whom = ንነዊሕ እዋን ብዘይ ስራሕ ወይ ንጥፈት እንተ ጸኒሕኩምን ምስ ካልኦት ሰባት ክትራኸቡ እንተ ኣድልዩኩምን። እቲ መደብ ብዝበዝሐ 6 ኣዋርሕ እዩ።
level-AMI1-short = AMI 1
level-AMI1-name = ምኽሪን ምርኻብ ስራሕ ወይ ትምህርትን
level-AMI1-for-whom = ምሉእ ግዜ ክትሰርሑ እንተ ኽኢልኩም። እቲ መደብ ብዝበዝሐ 3 ኣዋርሕ እዩ።
level-AMI2-short = AMI 2
level-AMI2-name = ልምምድ ስራሕን ናብ ስራሕ ወይ ትምህርቲ ዝመርሕ ምኽርን
level-AMI2-for-whom = እንተ ወሓደ 25 ሚእታዊት ክትሰርሑ እንተ ኽኢልኩም። እቲ መደብ ብዝበዝሐ 12 ኣዋርሕ እዩ።
level-ISA1-short = ISA 1
level-ISA1-name = ኣብ ቦታ ስራሕ ልምምድ ቋንቋ ንተሳተፍቲ መደብ ምጥያሽ
level-ISA1-for-whom = ኣብ መደብ ምጥያሽ (etableringsprogrammet) ናይ Arbetsförmedlingen እንተ ተሳቲፍኩም። እቲ መደብ ብዝበዝሐ 9 ኣዋርሕ እዩ።
level-ISA2-short = ISA 2
level-ISA2-name = ኣብ ቦታ ስራሕ ልምምድ ቋንቋ
level-ISA2-for-whom = ኣብ ሽወደን ሓደስቲ እንተ ዄንኩምን ኣብ መደብ ምጥያሽ እንተ ዘይተሳቲፍኩምን። እቲ መደብ ብዝበዝሐ 12 ኣዋርሕ እዩ።
level-JPG-short = Jobbpeng grund (መሰረታዊ ናይ ስራሕ ሽልማት)
level-JPG-name = (ቅድሚ 2024 ዝነበረ መደብ)
level-JPG-for-whom = ክሳብ መወዳእታ ሰነ 2024 ዝነበረ መደብ።
level-FJP-short = Förstärkt jobbpeng (ዝተደልደለ ናይ ስራሕ ሽልማት)
level-FJP-name = (ቅድሚ 2024 ዝነበረ መደብ)
level-FJP-for-whom = ክሳብ መወዳእታ ሰነ 2024 ዝነበረ መደብ።
level-SAI-short = SAI
level-SAI-name = Språk- och arbetsintroduktion: መእተዊ ቋንቋን ስራሕን (ቅድሚ 2024 ዝነበረ መደብ)
level-SAI-for-whom = ክሳብ መወዳእታ ሰነ 2024 ዝነበረ መደብ።

level-max-months = { $months ->
    [one] ብዝበዝሐ { $months } ወርሒ
   *[other] ብዝበዝሐ { $months } ኣዋርሕ
}
level-provider-count = { $count ->
    [0] ወሃቢ ኣገልግሎት የለን
    [one] { $count } ወሃቢ ኣገልግሎት
   *[other] { $count } ወሃብቲ ኣገልግሎት
}
level-providers-heading = { $count ->
    [0] ንምርጫ ዝኸውን ወሃቢ ኣገልግሎት የለን
    [one] { $count } ወሃቢ ኣገልግሎት ንምርጫ
   *[other] { $count } ወሃብቲ ኣገልግሎት ንምርጫ
}
level-no-providers = ሕጂ ነዚ መደብ ዝህብ ወሃቢ ኣገልግሎት የለን።
level-not-offered = እዚ መደብ ድሕሪ ሕጂ ኣይቐርብን እዩ።

organisation-form-company = ትካል
organisation-form-non_profit = ኣትራፊ ዘይኮነ ውድብ
organisation-form-municipal = ናይ ምምሕዳር ናካ ባዕሉ ዘካይዶ ክፍሊ

error-not-found-title = እቲ ገጽ ኣይተረኽበን
error-not-found = እትደልይዎ ገጽ ክንረኽቦ ኣይከኣልናን። ቦታኡ ተቐይሩ ክኸውን ይኽእል፣ ወይ እቲ ኣድራሻ ጌጋ እዩ።
error-unavailable-title = እቲ ኣገልግሎት ሕጂ ኣይሰርሕን ዘሎ
error-unavailable = ኣብ ወገንና ጸገም ኣጋጢሙ። በጃኹም ድሕሪ ቁሩብ እዋን እንደገና ፈትኑ።
error-too-large-title = ዝለኣኽካዮ ኣዝዩ ዓቢ እዩ
error-too-large = እቲ ቅጥዒ ወይ ፋይል ካብቲ ንቕበሎ ይዓቢ። ዝሓጸረ ጽሑፍ ወይ ዝነኣሰ ፋይል ስደድ።

## ወሃቢ ኣገልግሎት ምምራጽ: ዝርዝር፣ መጻረዪ፣ መግለጺ

default-provider-heading = ክትመርጹ እንተ ዘይደሊኹም
default-provider-text = ባዕልኹም እንተ ዘይመሪጽኩም፣ ብምምሕዳር ዝተመደበ ወሃቢ ኣገልግሎት ክወሃበኩም እዩ። ሕጂ { $provider } እዩ። እዚ ወሃቢ ኣገልግሎት ብመሰረት ዝርዝር ኣብ ነፍሲ ወከፍ ክልተ ሰሙን ይቕየር።
default-provider-none = ሕጂ ዝተመደበ ወሃቢ ኣገልግሎት የለን።
default-provider-until = ክሳብ { $date } ከምኡ እዩ።
level-search-heading = ድለዩን ኣጻርዩን
search-label = ኣብ ወሃብቲ ኣገልግሎት ድለዩ
search-hint = ንኣብነት ስም፣ ቋንቋ ወይ ዓይነት ስራሕ ጸሓፉ።
filters-submit = ወሃብቲ ኣገልግሎት ኣርእዩ
filters-clear = ኩሉ መጻረዪ ኣልግሱ
filter-count = { $label } ({ $count })
order-label = ስርዓት
order-random = ብዕድል ዝተሰርዐ
order-name = ብስርዓት ፊደል (A–Ö)
order-random-explained = እቲ ዝርዝር ብዕድል እዩ ተሰሪዑ። እቲ ስርዓት ኣብ ምሉእ ምብጻሕኩምን ነቲ መላግቦ ዘካፈልኩምዎ ሰብን ሓደ እዩ። ዋላ ሓደ ወሃቢ ኣገልግሎት ኩሉ ግዜ ቀዳማይ ኣይኮነን።
order-name-explained = እቲ ዝርዝር ብስርዓት ፊደል እዩ።
listing-count = ካብ { $total } ወሃብቲ ኣገልግሎት { $shown } ይርኣዩ ኣለዉ።
listing-empty = ምስ ኩሉ ምርጫታትኩም ዝሰማማዕ ወሃቢ ኣገልግሎት የለን። ሓደ መጻረዪ ኣልግሱ ወይ ድለያኹም ቀይሩ።
search-shortened = እቲ ድለያ ኣዝዩ ነዊሕ ነይሩ። ነተን ቀዳሞት 200 ፊደላት ጥራይ ደሊና።
share-list-link = መላግቦ ናይዚ ዝርዝር
provider-read-more = ብዛዕባ { $provider } ተወሳኺ ኣንብቡ
provider-city = ቦታ: { $city }

fact-kind-language = ቋንቋታት
fact-kind-area = ከባቢ
fact-kind-competence = ፍሉይ ክእለት
fact-kind-industry = ዓውድታት ስራሕ ኣብ መርበብ ኣስራሕቲ
fact-kind-meeting_form = ርክባት
fact-kind-accessibility = ተበጻሕነት ናይቲ ቦታ
fact-kind-coaches = ቅድሚ ምምራጽኩም

fact-language-sv = ሽወድኛ
fact-language-en = እንግሊዝኛ
fact-language-ar = ዓረብኛ
fact-language-prs = ዳሪ
fact-language-fa = ፋርስኛ
fact-language-so = ሶማልኛ
fact-language-ti = ትግርኛ
fact-language-ru = ሩስኛ
fact-language-uk = ዩክረይንኛ
fact-language-es = ስጳንኛ
fact-language-fr = ፈረንሳይኛ
fact-language-tr = ቱርክኛ
fact-language-pl = ፖሎንኛ
fact-language-ku = ኩርድኛ
fact-language-am = ኣምሓርኛ
fact-area-nacka-sickla = Nacka, Sickla
fact-area-nacka-centrum = ማእከል Nacka
fact-area-nacka-fisksatra = Nacka, Fisksätra
fact-area-nacka-orminge = Nacka, Orminge
fact-area-nacka-saltsjobaden = Nacka, Saltsjöbaden
fact-area-stockholm = ካልእ ቦታ ኣብ ስቶክሆልም
fact-competence-npf = ጸገማት ምዕባለ ነርቭን ናይ ኣተሓሳስባ ጸገማትን (NPF)
fact-competence-far-from-labour-market = ካብ ዕዳጋ ስራሕ ዝረሓቑ ሰባት
fact-competence-young-adults = መንእሰያት
fact-competence-newcomers = ሓደስቲ መጻእቲ
fact-competence-mental-health = ጸገም ኣእምሮኣዊ ጥዕና
fact-competence-physical-disability = ኣካላዊ ስንክልና
fact-industry-retail = ንግዲ
fact-industry-hospitality = ሆቴልን ቤት መግብን
fact-industry-construction = ህንጻ
fact-industry-care = ሕክምናን ክንክንን
fact-industry-logistics = መኽዘንን ሎጂስቲክስን
fact-industry-it = IT
fact-industry-cleaning = ጽሬትን ኣገልግሎት ህንጻታትን
fact-industry-transport = መጓዓዝያ
fact-industry-manufacturing = ኢንዱስትሪን ምፍራይን
fact-industry-office = ቤት ጽሕፈትን ምምሕዳርን
fact-meeting_form-on_site = ኣካላዊ ርክብ
fact-meeting_form-digital = ዲጂታላዊ ርክብ
fact-accessibility-step_free = ብዘይ መደያይቦ ዝኣቶ ኣፍደገ
fact-accessibility-hearing_loop = መሳርሒ ምስማዕ (hörslinga)
fact-accessibility-accessible_toilet = ንስንኩላን ዝምችው ሽቓቕ
fact-accessibility-quiet_room = ህዱእ ክፍሊ
fact-coaches-several_before_choice = ቅድሚ ምምራጽኩም ምስ ብዙሓት ኣሰልጠንቲ ክትራኸቡ ትኽእሉ ኢኹም

profile-facts-heading = ሓበሬታ
profile-organisation-form = ዓይነት ትካል
profile-employees = ብዝሒ ሰራሕተኛታት
profile-contact-heading = ርክብ
profile-phone = ተሌፎን
profile-email = ኢ-መይል
profile-website = መርበብ ሓበሬታ
profile-address = ኣድራሻ ፖስታ
profile-levels-heading = እቲ ወሃቢ ኣገልግሎት ዝህቦም መደባት
profile-level-since = ካብ { $date }
profile-presentation-heading = ወሃቢ ኣገልግሎት ብዛዕባ ርእሱ
profile-presentation-in-swedish = ወሃቢ ኣገልግሎት ብቋንቋኹም ኣይጸሓፈን። እቲ ጽሑፍ ብሽወድኛ እዩ።
profile-no-presentation = ወሃቢ ኣገልግሎት መግለጺ ኣይጸሓፈን።
profile-updated = ዝተሓደሰሉ: { $date }
profile-stale = እዚ ሓበሬታ ልዕሊ ሓደ ዓመት ኣይተሓደሰን። ዝተቐየረ ነገር እንተሎ ንወሃቢ ኣገልግሎት ሕተቱ።
profile-not-stated = ኣይተጠቕሰን
kundval-default-provider = ሕጂ ዝተመደበ ወሃቢ ኣገልግሎት: { $provider }

## ምውድዳር፣ ምክፋል፣ ምሕታም

compare-select = { $provider } ኣወዳድሩ
compare-submit = ዝመረጽኩምዎም ወሃብቲ ኣገልግሎት ኣወዳድሩ
compare-hint = ንምውድዳር ካብ ክልተ ክሳብ ኣርባዕተ ወሃብቲ ኣገልግሎት ምረጹ።
compare-title = ወሃብቲ ኣገልግሎት ምውድዳር
compare-too-few = ንምውድዳር እንተ ወሓደ ክልተ ወሃብቲ ኣገልግሎት ምረጹ።
compare-too-many = ኣብ ሓደ ግዜ ብዝበዝሐ ኣርባዕተ ወሃብቲ ኣገልግሎት ጥራይ ከተወዳድሩ ትኽእሉ። ነቶም ቀዳሞት ኣርባዕተ ነርኢ።
compare-field = ሓበሬታ
share-heading = ኣካፍሉ
share-qr-label = ናይዚ ገጽ መላግቦ ዘለዎ QR ኮድ
share-qr-hint = ነቲ ገጽ ኣብ ሞባይልኩም ንምኽፋት ነቲ ኮድ ብካሜራ ሞባይልኩም ስካን ግበሩ።
print = ሕተሙ
profile-updated-label = ናይ መወዳእታ ምሕዳስ

meta-provider = { $provider } ኣብ Jämföraren፦ እቲ ኣቕራቢ ብኸመይ ከም ዝሰርሕ፣ ዝዛረበሎም ቋንቋታት፣ ኣበይ ከም ዘሎን ብኸመይ ክትረኽቦን። ምስ ካልኦት ኣቕረብቲ ኣወዳድሮ።
meta-compare = ኣቕረብቲ ጎኒ-ንጎኒ ኣወዳድር፦ ብኸመይ ከም ዝሰርሑ፣ ዝዛረብሎም ቋንቋታት፣ ኣበይ ከም ዘለዉን ውጽኢቶምን።

next-steps-heading = ድሕሪ ምምራጽካ
next-steps-tell = ንኣማኻሪ ስራሕካ ኣየናይ ኣቕራቢ ከም ዝመረጽካ ንገሮ። ክትመርጽ እንተዘይደሊኻ፡ ንገሮ፤ ሽዑ እቲ ብነባሪ ዝተመደበ ኣቕራቢ ይወሃበካ።
next-steps-day-1 = መዓልቲ 1፦ ኣማኻሪ ስራሕ ኣብቲ ኣቕራቢ የመዝግበካ።
next-steps-day-1-2 = መዓልቲ 1–2፦ እቲ ኣቕራቢ መን ምሳኻ ከም ዝሰርሕ ይውስንን ንኣማኻሪ ይሕብርን።
next-steps-day-2-3 = መዓልቲ 2–3፦ ኣማኻሪ ስራሕ ነቲ ዕዮ ናብቲ ኣቕራቢ ይሰድዶ።
next-steps-day-3-14 = መዓልቲ 3–14፦ እቲ ኣቕራቢ ናይ መደብካ ትልሚ (ትልሚ ትግባረ) ንምጽዳቕ ናብ ምምሕዳር ከተማ ይሰድድ።
next-steps-change = ድሒርካ ኣቕራቢ ክትቅይር ትኽእል ኢኻ። ክትቅይር እንተደሊኻ ምስ ኣማኻሪ ስራሕካ ተዘራረብ።
