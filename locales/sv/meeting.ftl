# Jämföraren – svenska (standard), mötesvyn. Granskning: utkast skrivet av utvecklare, ej granskat av språkgranskare.
# Mötesvyn: sidan på svenska och på ett valt språk sida vid sida (issue 19 §3).

meeting-offer = Mötesvy: svenska bredvid ett annat språk
meeting-explained = Samma sida i två kolumner, svenska bredvid det språk du väljer. För ett möte med en karriärvägledare.
meeting-title = Mötesvy
meeting-print = Skriv ut båda språken
meeting-switch-legend = Språk som visas
meeting-other-languages = Andra språk bredvid svenska
meeting-choose-language = Välj språk bredvid svenska
meeting-unknown-language = Mötesvyn behöver ett annat språk än svenska, ett av dem som sidan erbjuder. Sidan visas på ett språk.
meeting-not-translated = Anordnaren har inte översatt den här texten till svenska.
