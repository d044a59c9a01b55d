# Jämföraren – lättläst svenska, mötesvyn. Granskning: utkast skrivet av utvecklare efter riktlinjerna för lättläst, ej granskat av en lättläst-skribent.
# Mötesvyn på lättläst svenska.

meeting-offer = Visa sidan på svenska och ett annat språk
meeting-explained = Sidan visas två gånger, bredvid varandra. En gång på svenska. En gång på språket du väljer. Det är bra när du träffar din karriärvägledare.
meeting-title = Två språk
meeting-print = Skriv ut på båda språken
meeting-switch-legend = Vilket språk vill du se?
meeting-other-languages = Välj ett annat språk
meeting-choose-language = Välj språk
meeting-unknown-language = Välj ett annat språk än svenska. Språken finns längre ner på sidan. Nu visas sidan på ett språk.
meeting-not-translated = Anordnaren har inte skrivit den här texten på lättläst svenska.
