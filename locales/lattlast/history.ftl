# Jämföraren – lättläst svenska: granskningens jämförelse och profilernas historik. Granskning: utkast skrivet av utvecklare efter riktlinjerna för lättläst, ej granskat av kommunen eller av en lättläst-skribent.

diff-removed-start = Borttaget:
diff-removed-end = (slut på borttaget)
diff-added-start = Nytt:
diff-added-end = (slut på nytt)
diff-no-text = Ingen text.
diff-published-text = Texten som syns nu
diff-proposed-text = Den nya texten
diff-previous-version = Versionen före
diff-this-version = Den här versionen

history-link-for = Alla versioner av profilen: { $provider }
history-title = Alla versioner av profilen: { $provider }
history-intro = Här är alla versioner av profilen. Den nyaste är först. Välj en version. Då ser du vad den innehöll och vad som ändrades.
history-empty = Anordnaren har ingen profil än.
history-caption = Versioner. Den nyaste är först.
history-col-submitted = Skickad
history-col-submitted-by = Skickad av
history-col-state = Läge
history-col-reviewed = Granskad
history-col-comment = Kommentar från kommunen
history-by-at = { $name }, { $date }
history-state-pending = Väntar på kommunen
history-state-superseded = En nyare version kom före granskningen
history-state-returned = Skickad tillbaka
history-state-published = Publicerad
history-state-published-at-once = Publicerad direkt. Ingen granskning.
history-version-title = Versionen från { $date }: { $provider }
history-review-link = Granska den här versionen
history-changes-heading = Det här ändrades
history-compared-with = Jämfört med versionen från
history-first-version = Det här är den första versionen. Allt i den är nytt.
history-no-changes = Inget ändrades sedan versionen före.
history-content-heading = Det här fanns i versionen
history-no-content = Versionen är tom.
