# Jämföraren – svenska: granskningens jämförelse och profilernas historik. Review: written by the developers in Swedish; needs the municipality's review.

diff-removed-start = Borttaget:
diff-removed-end = (slut på borttaget)
diff-added-start = Tillagt:
diff-added-end = (slut på tillagt)
diff-no-text = Ingen text.
diff-published-text = Publicerad text
diff-proposed-text = Föreslagen text
diff-previous-version = Versionen innan
diff-this-version = Den här versionen

history-link-for = Profilens historik: { $provider }
history-title = Profilens historik: { $provider }
history-intro = Alla versioner av profilen, den nyaste först. Välj en version för att se vad den innehöll och vad som ändrades.
history-empty = Anordnaren har ingen profil ännu.
history-caption = Versioner, den nyaste först
history-col-submitted = Skickad
history-col-submitted-by = Skickad av
history-col-state = Status
history-col-reviewed = Granskad
history-col-comment = Kommentar från granskningen
history-by-at = { $name }, { $date }
history-state-pending = Väntar på granskning
history-state-superseded = Ersatt av en nyare version före granskning
history-state-returned = Skickad tillbaka
history-state-published = Publicerad
history-state-published-at-once = Publicerad direkt, utan granskning
history-version-title = Version från { $date }: { $provider }
history-review-link = Granska den här versionen
history-changes-heading = Det här ändrades
history-compared-with = Jämfört med versionen från
history-first-version = Den första versionen: allt i den är nytt.
history-no-changes = Inget ändrades sedan versionen innan.
history-content-heading = Det här innehöll versionen
history-no-content = Versionen har inget innehåll.
