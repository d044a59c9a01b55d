# Jämföraren – ትግርኛ: accounts, providers' profiles and the municipality's administration. Review: machine-drafted by the developers, needs a human translator (least certain of the nine).
# Example values the user must type (phone, postcode, dates) stay as written.

nav-sign-in = ንወሃብቲ ኣገልግሎትን ሰራሕተኛታት ምምሕዳርን: እተዉ
nav-account = ሕሳበይ

sign-in-title = ምእታው
sign-in-already = ከም { $name } ኣቲኹም ኣለኹም።
sign-in-submit = እተዉ
sign-in-who = ምእታው ንወሃብቲ ኣገልግሎትን ሰራሕተኛታት ምምሕዳርን ጥራይ እዩ። ወሃብቲ ኣገልግሎት ንምውድዳርን ንምምራጽን ሕሳብ ኣየድልየኩምን።
field-username = ስም ተጠቃሚ
field-username-hint = 3–64 ፊደላት: ፊደላት a–z፣ ኣሃዛት፣ ከምኡ'ውን . _ - @
field-password = መሕለፊ ቃል
field-display_name = ስምኩም
field-new_password = መሕለፊ ቃል ምረጹ
field-new_password-hint = እንተ ወሓደ 12 ፊደላት። እትዝክርዎ ሓረግ ጽቡቕ መሕለፊ ቃል እዩ።
field-confirm_password = መሕለፊ ቃል እንደገና ጸሓፉ

form-error-summary = ፈለማ እዚ ኣስተኻኽሉ
error-forbidden-title = መሰል የብልኩምን
error-forbidden = ሕሳብኩም ነዚ ክርኢ ወይ ክቕይር ኣይፍቀደሉን።
error-form-expired = ግዜ ናይቲ ቕጥዒ ሓሊፉ ነይሩ። ሓበሬታ ኣረጋግጹ እሞ እንደገና ስደዱ።
error-sign-in-failed = ስም ተጠቃሚ ወይ መሕለፊ ቃል ጌጋ እዩ።
# Tigrinya "one" is CLDR 0–1, so [one] keeps the number.
error-sign-in-throttled = { $minutes ->
    [one] ብዙሓት ዘይተዓወቱ ፈተነታት ነይሮም። ድሕሪ { $minutes } ደቒቕ እንደገና ፈትኑ።
   *[other] ብዙሓት ዘይተዓወቱ ፈተነታት ነይሮም። ድሕሪ { $minutes } ደቓይቕ እንደገና ፈትኑ።
}
error-username-format = ስም ተጠቃሚ 3–64 ፊደላት ክህልዎ ኣለዎ: ፊደላት a–z፣ ኣሃዛት፣ ከምኡ'ውን . _ - @
error-username-taken = እዚ ስም ተጠቃሚ ድሮ ተወሲዱ ኣሎ። ካልእ ምረጹ።
error-display-name = ስምኩም ጸሓፉ (ብዝበዝሐ 100 ፊደላት)።
error-password-length = መሕለፊ ቃል { $min }–{ $max } ፊደላት ክህልዎ ኣለዎ።
error-password-mismatch = እቶም መሕለፊ ቃላት ሓደ ኣይኮኑን።
error-too-long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ: ብዝበዝሐ { $max } ፊደላት።
error-phone-format = 6–15 ኣሃዛት ዘለዎ ቁጽሪ ተሌፎን ጸሓፉ፣ ንኣብነት 08-123 45 67።
error-email-format = ኣድራሻ ኢ-መይል ጸሓፉ፣ ንኣብነት info@exempel.se።
error-website-format = ብ https:// ዝጅምር ኣድራሻ መርበብ ሓበሬታ ጸሓፉ፣ ንኣብነት https://www.exempel.se።
error-postal-code-format = ሓሙሽተ ኣሃዛት ዘለዎ ቁጽሪ ፖስታ ጸሓፉ፣ ንኣብነት 131 30።
error-employee-count = ብዝሒ ሰራሕተኛታት ከም ምሉእ ቁጽሪ ኣብ መንጎ 0 ን 100 000 ን ጸሓፉ።
error-presentation-required = መግለጺ ብሽወድኛ የድሊ። ካልኦት ቋንቋታት ብድሌትኩም እዩ።
error-comment-required = እቲ ወሃቢ ኣገልግሎት እንታይ ክቕይር ከም ዘለዎ ጸሓፉ።
error-date-format = ዕለት ከም YYYY-MM-DD (ዓመት-ወርሒ-መዓልቲ) ጸሓፉ፣ ንኣብነት 2025-03-14።
error-date-order = ዕለት መወዳእታ ቅድሚ ዕለት መጀመርታ ክኸውን ኣይክእልን።
error-provider-unknown = እቲ ወሃቢ ኣገልግሎት የለን።
error-provider-required = እዚ ሕሳብ ናይ ኣየናይ ወሃቢ ኣገልግሎት ምዃኑ ምረጹ።
error-level-not-offered = እቲ መደብ በታ ዕለት ኣይቐርብን።
error-authorization-overlap = እቲ ወሃቢ ኣገልግሎት ኣብ ገለ ክፋል ናይቲ እዋን ነዚ መደብ ድሮ ፍቓድ ኣለዎ።
error-provider-name = ስም ወሃቢ ኣገልግሎት ጸሓፉ (ብዝበዝሐ 120 ፊደላት)።
error-organisation-form = ዓይነት ትካል ምረጹ።
error-organisation-number-format = ዓሰርተ ኣሃዛት ዘለዎ ቁጽሪ ምዝገባ ትካል (organisationsnummer) ጸሓፉ፣ ንኣብነት 212000-0142። እንተዘይኮይኑ እቲ ናይ ምርግጋጽ ኣሃዝ ኣይሰማማዕን።

account-title = ሕሳበይ
account-signed-in-as = ከም { $name } ኣቲኹም ኣለኹም።
account-never-published = እቲ ፕሮፋይል ገና ኣይተዘርግሐን።
account-review-pending = ብ { $date } ዝሰደድኩምዎ ለውጥታት ንምርመራ ምምሕዳር ይጽበ ኣሎ።
account-review-returned = ምምሕዳር ብ { $date } ነቲ ለውጥታትኩም በዚ ርእይቶ እዚ መሊሱልኩም:
account-profile-stale = እቲ ፕሮፋይል ን ዓሰርተው ክልተ ኣዋርሕ ኣይተሓደሰን። ሓበሬታ ቅኑዕ ምዃኑ ኣረጋግጹ።
account-edit-profile = ፕሮፋይል ኣመዓራርዩ
account-public-profile = ዝተዘርግሐ ፕሮፋይል ርኣዩ
account-pending-heading = ክምርመሩ ዘለዎም ለውጥታት
account-no-pending = ምርመራ ዝጽበ ለውጢ የለን።
account-submitted-by = { $name } ብ { $date } ሰዲድዎ
account-stale-heading = ን ዓሰርተው ክልተ ኣዋርሕ ዘይተሓደሱ ፕሮፋይላት
account-no-stale = ኩሎም ፕሮፋይላት ኣብ ዝሓለፈ ዓመት ተሓዲሶም እዮም።
account-admin-heading = ኣመሓድራ
sign-out-heading = ምውጻእ
sign-out = ውጹ
sign-out-everywhere = ካብ ኩሎም መሳርሒታት ውጹ

done-signed-in = ኣቲኹም ኣለኹም።
done-submitted = የቐንየልና! እቲ ለውጥታት ንምርመራ ተሰዲዱ። ሓበሬታ ርክብ ብቕጽበት ይዝርጋሕ።
done-contact-published = ሓበሬታ ርክብ ተዘርጊሑ።
done-published = እቲ ለውጥታት ተዘርጊሑ፣ ኣብ ድለያ ድማ ይርከብ።
done-returned = እቲ ለውጥታት ናብ ወሃቢ ኣገልግሎት ተመሊሱ።
done-authorized = እቲ ፍቓድ ተዓቂቡ።
done-deauthorized = እቲ ፍቓድ ተቛሪጹ።
done-provider-created = እቲ ወሃቢ ኣገልግሎት ተወሲኹ።
done-logged-out-elsewhere = ካብ ኩሎም መሳርሒታት ወጺእኩም።
done-account-created = ሕሳብኩም ተፈጢሩ፣ ኣቲኹም ድማ ኣለኹም።

profile-edit-title = ፕሮፋይል ኣመዓራርዩ
profile-edit-intro = ፕሮፋይላት ክወዳደሩን ክትርጎሙን ምእንቲ፣ ኩሎም ወሃብቲ ኣገልግሎት ሓደ ዓይነት መምልኢ ቦታታት ኣለዎም። ቅድሚ ምስዳድኩም ቅድመ-ምርኣይ ክትርእዩ ኢኹም።
profile-edit-contact-note = ሓበሬታ ርክብ ምስ ሰደድኩምዎ ብቕጽበት ይዝርጋሕ።
profile-edit-review-note = ሓበሬታን ጽሑፋትን ቅድሚ ምዝርጋሖም ብምምሕዳር ይምርመሩ።
profile-edit-presentation-note = ሽወድኛ የድሊ። በጃኹም ብኻልኦት ቋንቋታት'ውን ጸሓፉ: እንተዘይኮይኑ እቲ ናይ ሽወድኛ ጽሑፍ ምስ መብርሂ ይርአ።
profile-edit-preview = ቅድመ-ምርኣይ
field-phone = ተሌፎን
field-phone-hint = ንኣብነት 08-123 45 67
field-email = ኢ-መይል
field-email-hint = ንኣብነት info@exempel.se
field-website = መርበብ ሓበሬታ
field-website-hint = ብ https:// ይጅምር
field-street_address = ኣድራሻ ፖስታ
field-street_address-hint = ጎደናን ቁጽርን
field-postal_code = ቁጽሪ ፖስታ
field-postal_code-hint = ሓሙሽተ ኣሃዛት፣ ንኣብነት 131 30
field-city = ከተማ
field-city-hint = ንኣብነት Nacka
field-employee_count = ብዝሒ ሰራሕተኛታት
field-employee_count-hint = ምሉእ ቁጽሪ
field-presentation = መግለጺ ብቋንቋ { $language }
field-presentation-required = መግለጺ ብቋንቋ { $language } (የድሊ)

profile-preview-title = ቅድመ-ምርኣይ
profile-preview-intro = ኩሉ ሰብ ነቲ ፕሮፋይል ከምዚ ክርእዮ እዩ። ሓበሬታ ርክብ ምስ ሰደድኩም ብቕጽበት ይዝርጋሕ፤ ሓበሬታን ጽሑፋትን ድማ ድሕሪ ምርመራ ምምሕዳር።
profile-preview-submit = ስደዱ
profile-preview-edit = ተወሳኺ ቀይሩ

review-title = ለውጥታት መርምሩ: { $provider }
review-changes-heading = እንታይ ይቕየር
review-legend = ዝተወሰኸ ጽሑፍ ኣብ ትሕቲኡ መስመር ኣለዎ፣ ዝተሰረዘ ጽሑፍ ድማ ብመስመር ተሰሪዙ ኣሎ።
review-no-changes = ኣብ ሓበሬታ ወይ ጽሑፋት ለውጢ የለን።
review-added = ዝተወሰኸ
review-removed = ዝተሰረዘ
review-decision-heading = ውሳነ
review-publish = ዘርግሑ
review-comment = ርእይቶ ንወሃቢ ኣገልግሎት
review-return = ምስ ርእይቶ መልሱ

providers-admin-title = ወሃብቲ ኣገልግሎትን ፍቓዳትን
providers-admin-list-heading = ኩሎም ወሃብቲ ኣገልግሎት
authorize-heading = ንወሃቢ ኣገልግሎት ፍቓድ ሃቡ
authorize-submit = ፍቓድ ሃቡ
field-provider = ወሃቢ ኣገልግሎት
field-level = መደብ
field-from = ካብ
field-to = ክሳብ
field-to-hint = እቲ ፍቓድ ክሳብ ካልእ ሓበሬታ ዝጸንሕ እንተኾይኑ ባዶ ግደፍዎ።
field-last-day = ናይ መወዳእታ መዓልቲ
deauthorize-submit = ኣቋርጹ
authorization-open = ክሳብ ካልእ ሓበሬታ
authorization-end = ምቁራጽ ፍቓድ
provider-organisation-number = ቁጽሪ ምዝገባ ትካል { $number }
new-provider-heading = ወሃቢ ኣገልግሎት ወስኹ
field-provider-name = ስም ወሃቢ ኣገልግሎት
field-organisation_number = ቁጽሪ ምዝገባ ትካል
field-organisation_number-hint = ዓሰርተ ኣሃዛት፣ ንኣብነት 212000-0142
new-provider-submit = ወስኹ

invitations-title = ዕድመታት
invitation-created = እቲ ዕድመ ተፈጢሩ፣ ክሳብ { $date } ድማ ይሰርሕ። ነቲ መላግቦ ቕድሑ እሞ ነቲ ሰብ ሃብዎ። እቲ መላግቦ ሕጂ ጥራይ እዩ ዝርአ።
invitation-link = መላግቦ ዕድመ
invitation-copy = ናይ ዕድመ መላግቦ ቅዳሕ
field-role = ተራ
role-provider_editor = ኣርታዒ ናይ ወሃቢ ኣገልግሎት
role-admin = ኣመሓዳሪ ናይ ምምሕዳር
field-provider-for-editor = ወሃቢ ኣገልግሎት (ንኣርታዕቲ)
field-provider-none = ወሃቢ ኣገልግሎት ምረጹ
invitation-submit = ዕድመ ፍጠሩ
invitation-list-heading = ዝተፈጥሩ ዕድመታት
invitation-created-on = ዝተፈጥረሉ
invitation-expires = ክሳብ ዝሰርሕ
invitation-status = ኩነታት
invitation-status-open = ክፉት
invitation-status-accepted = ተጠቒምሉ
invitation-status-expired = ግዜኡ ሓሊፉ
invitation-accept-title = ሕሳብኩም ፍጠሩ
invitation-as-editor = ከም ኣርታዒ ናይ { $provider } ተዓዲምኩም ኣለኹም።
invitation-as-admin = ከም ኣመሓዳሪ ናይ ምምሕዳር ተዓዲምኩም ኣለኹም።
invitation-accept-submit = ሕሳብ ፍጠሩ
invitation-expired = ግዜ ናይቲ ዕድመ ሓሊፉ። ካብ ምምሕዳር ሓድሽ ዕድመ ሕተቱ።
invitation-used = እዚ ዕድመ ድሮ ተሰሪሑሉ እዩ። ብሕሳብኩም እተዉ።
invitation-unknown = እዚ መላግቦ ቅኑዕ ዕድመ ኣይኮነን። ምሉእ መላግቦ ከም ዝተቐድሐ ኣረጋግጹ።
error-required = በጃኹም ነዚ ቦታ ምልኡ።

password-title = መሕለፊ ቃል ቀይር
password-intro = ናይ ሕጂ መሕለፊ ቃልካ ጽሓፍ እሞ ሓድሽ ምረጽ። ድሕሪ ምቕያሩ ካብ ኩሎም ካልኦት መሳርሒታት ክትወጽእ ኢኻ።
password-submit = መሕለፊ ቃል ቀይር
field-current_password = ናይ ሕጂ መሕለፊ ቃል
error-current-password = ናይ ሕጂ መሕለፊ ቃል ቅኑዕ ኣይኮነን።
error-password-common = እዚ መሕለፊ ቃል ኣዝዩ ልሙድ እዩ ወይ ኣብ ስርቂ ሓበሬታ ተቓሊዑ እዩ። ካልእ ምረጽ፣ ንኣብነት እትዝክሮ ምሉእ ሓሳብ።
done-password-changed = መሕለፊ ቃልካ ተቐይሩ። ካብ ኩሎም ካልኦት መሳርሒታት ወጺእካ ኢኻ።
