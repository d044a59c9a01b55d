# Jämföraren – Soomaali, meeting view. Review: machine-drafted by the developers in plain Somali, needs a human translator.
# Muuqaalka kulanka: bogga oo Iswiidhish iyo luqad la doortay ah, dhinac dhinac.

meeting-offer = Muuqaalka kulanka: Iswiidhish iyo luqad kale
meeting-explained = Isla boggan oo laba tiir ah, Iswiidhish iyo luqadda aad doorato dhinac dhinac. Kulanka lala yeesho la-taliyaha shaqada.
meeting-title = Muuqaalka kulanka
meeting-print = Daabac labada luqadood
meeting-switch-legend = Luqadda la muujinayo
meeting-other-languages = Luqado kale oo Iswiidhishka ag yaal
meeting-choose-language = Dooro luqadda Iswiidhishka ag taal
meeting-unknown-language = Muuqaalka kulanka wuxuu u baahan yahay luqad aan Iswiidhish ahayn, mid ka mid ah kuwa boggu bixiyo. Bogga waxaa lagu muujinayaa hal luqad.
meeting-not-translated = Adeeg-bixiyuhu qoraalkan uma turjumin Soomaali.
