# Jämföraren – svenska: hur säker varje siffra är (intervall, jämförelser) och sidan ”Så läser du statistiken”. Review: written by the developers in Swedish; needs the municipality's review.

# The range keeps a WORD JOINER (U+2060) on each side of its dash: a narrow table cell never breaks it.
stats-share-interval = { $percent } ({ $part } av { $base }, troligen { $low }⁠–⁠{ $high } %)
stats-how-to-read-link = Så läser du statistiken
stats-verdict-intro = Jämfört med insatsens andra anordnare (högre eller lägre bara när skillnaden är större än slumpen):
stats-verdict-higher = { $figure }: { $provider } ligger högre än de andra anordnarna av { $level }.
stats-verdict-lower = { $figure }: { $provider } ligger lägre än de andra anordnarna av { $level }.
stats-verdict-same = { $figure }: { $provider } går inte att skilja från de andra anordnarna av { $level }.
open-data-column-ci_low = Lägsta värdet i andelens 95-procentiga konfidensintervall (Wilson), i hela procent. Bara för andelar som visas.
open-data-column-ci_high = Högsta värdet i andelens 95-procentiga konfidensintervall (Wilson), i hela procent. Bara för andelar som visas.
open-data-column-n = Hur många andelen eller medelvärdet gäller (dess bas, n), när det antalet visas. Tomt för antal och där basen är dold.
read-title = Så läser du statistiken
read-description = Vad siffrorna i statistiken betyder: n, det troliga spannet, jämförelser mellan anordnare, ”<5” och ”..”, och varför små anordnares siffror svänger.
read-intro =
    Statistiken räknar kommunens kunder i varje insats och vad som hände dem. Den görs av kommunens ärenderegister och kundenkät.
    En siffra berättar vad som hände de kunder som var där. Den kan inte lova vad som händer dig.
read-n-heading = n: hur många siffran gäller
read-n =
    Varje andel skrivs med de antal den bygger på, till exempel ”37 % (12 av 32)”: 12 av 32 kunder. Det andra antalet, 32, kallas n.
    Ju mindre n är, desto mer beror en siffra på slumpen. En kund mer eller mindre ändrar en andel av 32 med ungefär 3 procentenheter, och en andel av 5 med 20.
read-interval-heading = Det troliga spannet
read-interval =
    Efter en andel ser du ett troligt spann, till exempel ”troligen 23–55 %”. Det är ett 95-procentigt konfidensintervall, räknat med Wilsons metod.
    Det betyder: om anordnaren hade haft många fler kunder som dessa, skulle deras andel med stor sannolikhet ligga i spannet. Litet n ger ett brett spann, stort n ett smalt.
    I diagrammen ritas spannet som en svart linje med ett kort streck i varje ände.
read-verdict-heading = Högre, lägre eller går inte att skilja
read-verdict =
    På en anordnares sida jämförs dess andelar med de andra anordnarnas av samma insats.
    Vi skriver ”högre” eller ”lägre” bara när anordnarens hela troliga spann ligger över eller under de andra anordnarnas andel. Annars skriver vi ”går inte att skilja”: skillnaden kan vara slump.
    Vi rangordnar aldrig anordnare och ger inga stjärnor eller totalbetyg. Välj efter det som är viktigt för dig.
read-hidden-heading = ”<5” och ”..”
read-hidden =
    Ingen siffra får låta någon räkna ut något om en enskild person. Därför döljs små antal.
    ”<5” betyder att antalet är mellan 1 och 4.
    ”..” betyder att antalet är dolt så att andra dolda antal inte kan räknas ut med hjälp av det. Det kan vara vilket tal som helst, också ett litet.
    En andel visas bara när den bygger på tillräckligt många kunder. Annars står det ”visas ej”.
read-swing-heading = Varför en liten anordnares siffror svänger
read-swing =
    En anordnare med få kunder kan ha 20 % ett år och 60 % nästa, utan att ha ändrat sitt arbetssätt. Med få kunder väger varje kund tungt.
    Titta på det troliga spannet och på n, och jämför flera år innan du drar slutsatser. En liten anordnare är inte sämre eller bättre för att den är liten.
stats-why-none = Gäller ingen kund under perioden.
stats-why-fewer = För få kunder för att visa: färre än { $count }.
stats-why-small-base = För få kunder för att visa: { $base }, minst { $needed } behövs.
stats-why-fewer-part = Visas inte: det gäller färre än { $count } kunder.
stats-why-protected = Visas inte, så att små antal inte kan räknas ut från de andra siffrorna.
