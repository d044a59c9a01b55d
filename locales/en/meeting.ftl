# Jämföraren – English, meeting view. Review: draft by the developers, not yet reviewed by a translator.
# The meeting view: the page in Swedish and in a chosen language side by side (issue 19 §3).

meeting-offer = Meeting view: Swedish beside another language
meeting-explained = The same page in two columns, Swedish beside the language you choose. For a meeting with a career counsellor.
meeting-title = Meeting view
meeting-print = Print both languages
meeting-switch-legend = Language shown
meeting-other-languages = Other languages beside Swedish
meeting-choose-language = Choose the language beside Swedish
meeting-unknown-language = The meeting view needs a language other than Swedish, one of those the page offers. The page is shown in one language.
meeting-not-translated = The provider has not translated this text into English.
