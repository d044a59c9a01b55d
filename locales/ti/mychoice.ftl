# Jämföraren – ትግርኛ, my choice. Review: machine-drafted by the developers in plain Tigrinya, needs a human translator (least certain of the nine).
# "ምርጫይ"፦ እቲ ዝተመርጸ ኣቕራቢን ቀጺሉ ዝኸውንን ዘርኢ ገጽ።

my-choice-title = ምርጫይ፦ { $level }
meta-my-choice = ምርጫኻ ኣቕራቢ ን{ $level }፦ ናይቲ ኣቕራቢ ኣድራሻን ቀጺሉ ዝኸውንን፣ ሓቲምካ ንኣማኻሪ ስራሕካ ንምርኣይ።
my-choice-swedish-beside = እዚ ጽሑፍ ብቋንቋ ሽወደን እውን ኣብዚ ገጽ ኣሎ፣ ንኣማኻሪ ስራሕካ።
my-choice-chosen = ን{ $level } { $provider } መሪጸ ኣለኹ።
my-choice-default = ን{ $level } እቲ ብነባሪ ዝተመደበ ኣቕራቢ እደሊ።
my-choice-default-today = ሎሚ እቲ ብነባሪ ዝተመደበ ኣቕራቢ { $provider } እዩ።
my-choice-default-rotation = እቲ ብነባሪ ዝተመደበ ኣቕራቢ ብመሰረት ዝርዝር ኣብ ነፍሲ ወከፍ ክልተ ሰሙን ይቕየር። ኣማኻሪ ስራሕካ ኣብ ዘመዝግበካ መዓልቲ ዘሎ ኣቕራቢ ይወሃበካ።
my-choice-date = ዕለት፦ { $date }
my-choice-bring = ነዚ ገጽ ንኣማኻሪ ስራሕካ ኣርእዮ፣ ወይ እንታይ ከም ዝመረጽካ ንገሮ።
my-choice-share-link = መላግቦ ናይዚ ገጽ
my-choice-link = ን{ $level } { $provider } እመርጽ
my-choice-offer-heading = ነዚ ኣቕራቢ መሪጽካዮ ዶ?
my-choice-offer-text = ምርጫኻ፣ ኣድራሻ ናይቲ ኣቕራቢን ቀጺሉ ዝኸውንን ዘለዎ ገጽ ስራሕ። ክትሓትሞን ንኣማኻሪ ስራሕካ ከተርእዮን ትኽእል ኢኻ።
my-choice-compare-row = ምርጫይ
my-choice-default-link = እቲ ብነባሪ ዝተመደበ ኣቕራቢ እደሊ
