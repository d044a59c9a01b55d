# Jämföraren – ትግርኛ: where providers are (start places, distances, the map and visiting addresses). Review: machine-drafted by the developers, needs a human translator (least certain of the nine).
# Place names, Saltsjöbanan, Wikipedia, Trafikverket and example values (postcode, coordinates) stay as written; Western digits.

places-label = ካበይ ኢኹም እትብገሱ?
places-hint = ሓደ ከባቢ ናይ ምምሕዳር ወይ ሓደ መዓርፎ። ሽዑ ነፍሲ ወከፍ ወሃቢ ኣገልግሎት ክንደይ ርሑቕ ከም ዘሎ ይርአ፣ ነቶም ዝቐረቡ ድማ ቅድሚ ኩሉ ከተርእዩ ትኽእሉ ኢኹም።
places-none = መበገሲ ቦታ የለን
places-districts = ከባቢታት ምምሕዳር
places-stops = መዓርፎታት Saltsjöbanan
places-submit = ርሕቀት ኣርእዩ

distance-under-one-km = ካብ { $place } ብቕኑዕ መስመር ትሕቲ 1 ኪሎሜተር
distance-about-km = ካብ { $place } ብቕኑዕ መስመር ኣስታት { $km } ኪሎሜተር
distance-no-address = ኣድራሻ ምብጻሕ ኣይተጠቕሰን

order-distance = እቶም ዝቐረቡ ቅድሚ (ምርጫኹም)
order-distance-explained = ከምቲ ዝመረጽኩምዎ፣ ናብ { $place } እቶም ዝቐረቡ ቅድሚ። ኣድራሻ ምብጻሕ ዘይብሎም ወሃብቲ ኣገልግሎት ኣብ መወዳእታ ይመጹ።
order-distance-needs-place = እቶም ዝቐረቡ ቅድሚ ንምርኣይ፣ ካበይ ከም እትብገሱ ምረጹ። ክሳብ ሽዑ እቲ ዝርዝር ብዕድል እዩ ተሰሪዑ።

map-heading = ወሃብቲ ኣገልግሎት ኣበይ ከም ዘለዉ
map-intro = Jämföraren ነዛ ካርታ ባዕሉ ካብ ኮኦርዲኔትታት ናይቶም ኣድራሻታት ይስእላ። ድሕረ-ባይታ ካርታ የብላን፣ ናብ ኣገልግሎታት ካርታ ድማ ዋላ ሓንቲ ኣይሰድድን። ነፍሲ ወከፍ ቁጽሪ፣ ቁጽሪ ናይቲ ወሃቢ ኣገልግሎት ኣብቲ ትሕቲ ካርታ ዘሎ ዝርዝር እዩ።
map-title = ካርታ ኣድራሻታት ምብጻሕ ናይ ወሃብቲ ኣገልግሎት ከም ቁጽሪ ዘለወን ዓንኬላት፣ ከባቢታት ምምሕዳር ድማ ከም ርቡዓት፣ ምስ መለክዒ ርሕቀትን ኣንፈት ሰሜንን
map-no-points = ካብቶም ዝተራእዩ ወሃብቲ ኣገልግሎት ዋላ ሓደ ገና ኣድራሻ ምብጻሕ ኣይሃበን።
map-providers-heading = ወሃብቲ ኣገልግሎትን ኣድራሻታት ምብጻሖምን
map-places-heading = ኣብ ካርታ ዘለዉ ቦታታት
map-start-place = { $place } (መበገሲኹም)
map-scale = { $km } ኪ.ሜ.
map-north = ሰ
map-source = ምንጭታት ቦታታት: Wikipedia (ከባቢታት ምምሕዳር) ከምኡውን Trafikverket (መዓርፎታት)። ርሕቀታት ብቕኑዕ መስመር እዮም፣ መገዲ ጉዕዞ ኣይኮኑን።

profile-addresses-heading = ኣድራሻታት ምብጻሕ
profile-edit-addresses-note = ምስ ዓማዊል እትራኸቡሉ ቦታ። ካርታን ርሕቀታትን ቅኑዕ ምእንቲ ክኾኑ፣ ኮኦርዲኔትታት'ውን ኣእትዉ። ምምሕዳር ንዝኾነ ለውጢ ቅድሚ ምዝርጋሑ ይምርምሮ። ሓደ ኣድራሻ ንምስራዝ፣ ኩሎም መምልኢ ቦታታቱ ባዶ ግበሩ።
profile-address-legend = ኣድራሻ ምብጻሕ { $number }
field-address-street = ጎደናን ቁጽርን
field-address-postal_code = ቁጽሪ ፖስታ
field-address-city = ከተማ
field-address-coordinates = ኮኦርዲኔትታት (ኬክሮስ፣ ኬንትሮስ)
field-address-coordinates-hint = ከምቲ ኣገልግሎት ካርታ ዘርእዮ፣ ንኣብነት 59.31000, 18.16389።

error-address-part-required = ኣድራሻ ምብጻሕ { $number }: ኩሉ ክፍልታት ምልኡ፣ ወይ ኩሎም ባዶ ግደፍዎም።
error-address-postal-code = ኣድራሻ ምብጻሕ { $number }: ሓሙሽተ ኣሃዛት ዘለዎ ቁጽሪ ፖስታ ጸሓፉ፣ ንኣብነት 131 30።
error-coordinates-format = ኣድራሻ ምብጻሕ { $number }: ኮኦርዲኔትታት ከም ክልተ ቁጽርታት ጸሓፉ፣ ኬክሮስ ቅድሚ፣ ንኣብነት 59.31000, 18.16389።
error-coordinates-outside = ኣድራሻ ምብጻሕ { $number }: እዞም ኮኦርዲኔትታት ኣብ ሽወደን ዘሎ ቦታ ኣይኮኑን። ኬክሮስ (ኣስታት 59) ቅድሚ፣ ኬንትሮስ (ኣስታት 18) ድሕሪኡ ከም ዝመጽእ ኣረጋግጹ።
error-addresses-too-many = ሓደ ፕሮፋይል ብዝበዝሐ { $max } ኣድራሻታት ምብጻሕ የርኢ።

addresses-correct-link = ኣድራሻታት ምብጻሕ ናይ { $provider } ኣርሙ
addresses-correct-title = ኣድራሻታት ምብጻሕ ኣርሙ: { $provider }
addresses-correct-intro = ሓደ ኣድራሻ ወይ ኮኦርዲኔትታቱ ኣርሙ፣ ንኣብነት ኣብ ካርታ ድሕሪ ምርግጋጽኩም። እቲ እርማት ብቕጽበት ይዝርጋሕ፣ ኣብ ታሪኽ መግለጺ ድማ ይርአ።
addresses-correct-none = እቲ ወሃቢ ኣገልግሎት ገና ዝተዘርግሐ ፕሮፋይል የብሉን። ፕሮፋይል ምስ ዝህልዎ ኣድራሻታት ክእረሙ ይኽእሉ።
addresses-correct-submit = እቲ እርማት ዘርግሑ
done-addresses-corrected = ኣድራሻታት ምብጻሕ ተኣሪሞም ተዘርጊሖም።
