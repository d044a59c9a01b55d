# Jämföraren – ትግርኛ, meeting view. Review: machine-drafted by the developers in plain Tigrinya, needs a human translator (least certain of the nine).
# ናይ ኣኼባ ርእይቶ፦ እቲ ገጽ ብሽወደንኛን ብዝተመርጸ ቋንቋን ጎን ንጎን።

meeting-offer = ናይ ኣኼባ ርእይቶ፦ ሽወደንኛ ኣብ ጎኒ ካልእ ቋንቋ
meeting-explained = እቲ ሓደ ገጽ ብኽልተ ዓምዲ፡ ሽወደንኛ ኣብ ጎኒ እቲ ዝመረጽካዮ ቋንቋ። ምስ ናይ ሞያ ኣማኻሪ ንዝግበር ኣኼባ።
meeting-title = ናይ ኣኼባ ርእይቶ
meeting-print = ክልቲኡ ቋንቋታት ሕተም
meeting-switch-legend = ዝርአ ዘሎ ቋንቋ
meeting-other-languages = ኣብ ጎኒ ሽወደንኛ ካልኦት ቋንቋታት
meeting-choose-language = ኣብ ጎኒ ሽወደንኛ ዝኸውን ቋንቋ ምረጽ
meeting-unknown-language = ናይ ኣኼባ ርእይቶ ካብ ሽወደንኛ ዝተፈልየ ቋንቋ የድልዮ፡ ሓደ ካብቶም እቲ ገጽ ዘቕርቦም። እቲ ገጽ ብሓደ ቋንቋ ይርአ።
meeting-not-translated = እቲ ኣቕራቢ ነዚ ጽሑፍ ናብ ትግርኛ ኣይተርጐሞን።
