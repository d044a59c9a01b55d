# Jämföraren – ትግርኛ: the review's comparison and the profiles' history. Review: machine-drafted by the developers, needs a human translator (least certain of the nine).

diff-removed-start = ዝተሰረዘ:
diff-removed-end = (መወዳእታ ዝተሰረዘ)
diff-added-start = ዝተወሰኸ:
diff-added-end = (መወዳእታ ዝተወሰኸ)
diff-no-text = ጽሑፍ የለን።
diff-published-text = ዝተሓትመ ጽሑፍ
diff-proposed-text = ዝተሓተተ ጽሑፍ
diff-previous-version = ዝሓለፈ ስሪት
diff-this-version = እዚ ስሪት

history-link-for = ታሪኽ መግለጺ: { $provider }
history-title = ታሪኽ መግለጺ: { $provider }
history-intro = ኩሎም ስሪታት መግለጺ፣ እቲ ሓድሽ ቅድሚ። እንታይ ከም ዝሓዘን እንታይ ከም ዝተቐየረን ንምርኣይ ሓደ ስሪት ምረጹ።
history-empty = እቲ ኣቕራቢ ገና መግለጺ የብሉን።
history-caption = ስሪታት፣ እቲ ሓድሽ ቅድሚ
history-col-submitted = ዝተሰደደ
history-col-submitted-by = ዝሰደዶ
history-col-state = ኩነታት
history-col-reviewed = ዝተገምገመ
history-col-comment = ርእይቶ ገምጋሚ
history-by-at = { $name }፣ { $date }
history-state-pending = ገምጋም ይጽበ ኣሎ
history-state-superseded = ቅድሚ ገምጋም ብሓድሽ ስሪት ተተኪኡ
history-state-returned = ተመሊሱ
history-state-published = ተሓቲሙ
history-state-published-at-once = ብዘይ ገምጋም ብቕጽበት ተሓቲሙ
history-version-title = ስሪት { $date }: { $provider }
history-review-link = ነዚ ስሪት ገምግሙ
history-changes-heading = እንታይ ተቐይሩ
history-compared-with = ምስ ስሪት ብምንጽጻር
history-first-version = እቲ ቀዳማይ ስሪት: ኩሉ ኣብኡ ዘሎ ሓድሽ እዩ።
history-no-changes = ካብቲ ዝሓለፈ ስሪት ጀሚሩ ዝተቐየረ የለን።
history-content-heading = እዚ ስሪት ዝሓዞ
history-no-content = እዚ ስሪት ትሕዝቶ የብሉን።
