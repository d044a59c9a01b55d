# Jämföraren – lättläst svenska, hur säkra siffrorna är (spann, jämförelser) och sidan ”Så läser du statistiken”. Granskning: utkast skrivet av utvecklare efter riktlinjerna för lättläst, ej granskat av en lättläst-skribent.

# The range keeps a WORD JOINER (U+2060) on each side of its dash: a narrow table cell never breaks it.
stats-share-interval = { $percent } ({ $part } av { $base }, troligen { $low }⁠–⁠{ $high } %)
stats-how-to-read-link = Så läser du statistiken
stats-verdict-intro = Så här är det jämfört med de andra anordnarna för samma insats. Vi skriver bara högre eller lägre när skillnaden inte kan bero på slumpen:
stats-verdict-higher = { $figure }: { $provider } har en högre siffra än de andra anordnarna för { $level }.
stats-verdict-lower = { $figure }: { $provider } har en lägre siffra än de andra anordnarna för { $level }.
stats-verdict-same = { $figure }: Vi kan inte se någon säker skillnad mellan { $provider } och de andra anordnarna för { $level }.
open-data-column-ci_low = Den lägsta siffran i det troliga spannet, i hela procent. Spannet är ett 95-procentigt konfidensintervall (Wilson). Bara när procenten visas.
open-data-column-ci_high = Den högsta siffran i det troliga spannet, i hela procent. Spannet är ett 95-procentigt konfidensintervall (Wilson). Bara när procenten visas.
open-data-column-n = Hur många procenten eller medelvärdet räknas på. Tomt när det antalet inte visas.
read-title = Så läser du statistiken
read-description = Vad siffrorna betyder. Om n, om det troliga spannet och om jämförelser mellan anordnare. Om ”<5” och ”..”. Och om varför siffrorna för små anordnare ändras mycket.
read-intro =
    Statistiken visar hur det gick för kommunens kunder i varje insats. En kund är en person som har haft en insats.
    Siffrorna kommer från kommunens register över insatser. De kommer också från enkäten till kunderna.
    En siffra visar hur det gick för de kunder som var där.
    Siffran kan inte lova hur det går för dig.
read-n-heading = n: hur många siffran handlar om
read-n =
    Vi skriver alltid hur många kunder en procent bygger på.
    Till exempel ”37 % (12 av 32)”. Det betyder 12 kunder av 32 kunder.
    Det andra talet, 32, kallas n. n är antalet kunder som siffran handlar om.
    När n är litet kan slumpen ändra siffran mycket.
    Om n är 32 och det blir en kund mer eller mindre, blir procenten ungefär 3 procentenheter högre eller lägre.
    Om n är 5 och det blir en kund mer eller mindre, blir procenten 20 procentenheter högre eller lägre.
read-interval-heading = Det troliga spannet
read-interval =
    Efter procenten ser du ett spann. Ett spann är två siffror med ett streck emellan.
    Till exempel ”troligen 23–55 %”.
    Tänk dig att anordnaren hade haft många fler kunder som dessa. Då skulle procenten troligen ligga inom spannet.
    När n är litet blir spannet brett. När n är stort blir spannet smalt.
    Vi räknar ut spannet med en metod som heter Wilson. Spannet kallas ett 95-procentigt konfidensintervall.
    I diagrammen är spannet en svart linje. Linjen har ett kort streck i varje ände.
read-verdict-heading = Högre, lägre eller ingen säker skillnad
read-verdict =
    På en anordnares sida jämför vi anordnaren med de andra anordnarna för samma insats.
    Vi skriver ”högre” bara när anordnarens hela spann ligger över de andra anordnarnas procent.
    Vi skriver ”lägre” bara när anordnarens hela spann ligger under de andra anordnarnas procent.
    Annars skriver vi att vi inte kan se någon säker skillnad. Skillnaden kan bero på slumpen.
    Vi gör ingen lista över vilken anordnare som är bäst. Vi ger inga stjärnor och inga betyg.
    Välj efter det som är viktigt för dig.
read-hidden-heading = ”<5” och ”..”
read-hidden =
    Ingen ska kunna använda siffrorna för att ta reda på något om en enda person. Därför visar vi inte små siffror.
    ”<5” betyder att siffran är 1, 2, 3 eller 4.
    ”..” betyder att vi har gömt siffran. Annars kan man räkna ut andra gömda siffror.
    En gömd siffra kan vara vilken siffra som helst. Den kan vara stor eller liten.
    Vi visar bara procent när den bygger på tillräckligt många kunder. Annars står det ”visas inte”.
read-swing-heading = Varför siffrorna ändras mycket för små anordnare
read-swing =
    En anordnare med få kunder kan ha 20 % ett år och 60 % nästa år. Det kan hända även om anordnaren arbetar på samma sätt som förut.
    När det finns få kunder betyder varje kund mycket för siffran.
    Titta på spannet och på n.
    Jämför flera år innan du bestämmer vad du tycker.
    En liten anordnare är inte sämre för att den är liten. Den är inte heller bättre.
stats-why-none = Det gäller ingen kund under den här tiden.
stats-why-fewer = För få kunder för att visa. Det är färre än { $count } kunder.
stats-why-small-base = För få kunder för att visa. Antal kunder: { $base }. Det behövs minst { $needed }.
stats-why-fewer-part = Visas inte. Det gäller färre än { $count } kunder.
stats-why-protected = Visas inte. Annars kan man räkna ut små siffror från de andra siffrorna.
