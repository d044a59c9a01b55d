# Jämföraren – lättläst svenska: var anordnarna finns (startplatser, avstånd, kartan och adresser). Granskning: utkast skrivet av utvecklare efter riktlinjerna för lättläst, ej granskat av kommunen eller av en lättläst-skribent.
# Korta meningar, en tanke per mening, vanliga ord, det viktigaste först. Namn (Saltsjöbanan, Wikipedia, Trafikverket) och exempel (131 30, 59.31000, 18.16389) står som de är.

places-label = Var åker du ifrån?
places-hint = Välj en del av Nacka eller en station. Då ser du hur långt bort varje anordnare är. Du kan också visa de närmaste först.
places-none = Ingen plats
places-districts = Delar av Nacka
places-stops = Stationer på Saltsjöbanan
places-submit = Visa hur långt det är

distance-under-one-km = Mindre än 1 km från { $place } i rak linje
distance-about-km = Cirka { $km } km från { $place } i rak linje
distance-no-address = Ingen adress

order-distance = Närmast först (ditt val)
order-distance-explained = Anordnarna som är närmast { $place } står först. Det är ditt val. Anordnare utan adress står sist.
order-distance-needs-place = Vill du se de närmaste först? Välj då var du åker ifrån. Tills du väljer är listan blandad.

map-heading = Här finns anordnarna
map-intro = Jämföraren ritar kartan själv. Kartan har ingen bild med gator under. Jämföraren skickar inget till andra kartor på internet. Varje siffra på kartan är en anordnare. Siffran är samma som i listan under kartan.
map-title = Karta. Anordnarnas adresser är cirklar med siffror. Delar av Nacka är fyrkanter. Kartan har en skala och en pil mot norr.
map-no-points = Ingen av anordnarna här har skrivit någon adress än.
map-providers-heading = Anordnarna och deras adresser
map-places-heading = Platser på kartan
map-start-place = { $place } (här åker du ifrån)
map-scale = { $km } km
map-north = N
map-source = Platserna kommer från Wikipedia (delar av Nacka) och Trafikverket (stationer). Avstånden är räknade i rak linje. Vägen dit kan vara längre.

profile-addresses-heading = Adresser
profile-edit-addresses-note = Skriv adresserna där ni träffar kunder. Skriv också koordinaterna. Då blir kartan och avstånden rätt. Kommunen tittar på ändringen först. Sedan syns den för alla. Vill du ta bort en adress? Töm då alla rutor för adressen.
profile-address-legend = Adress { $number }
field-address-street = Gata och nummer
field-address-postal_code = Postnummer
field-address-city = Ort
field-address-coordinates = Koordinater (latitud, longitud)
field-address-coordinates-hint = Skriv dem som en karta på internet visar dem. Till exempel 59.31000, 18.16389.

error-address-part-required = Adress { $number }: Fyll i alla rutor. Eller lämna alla rutor tomma.
error-address-postal-code = Adress { $number }: Skriv ett postnummer. Det ska ha fem siffror. Till exempel 131 30.
error-coordinates-format = Adress { $number }: Skriv koordinaterna som två tal. Latitud först. Till exempel 59.31000, 18.16389.
error-coordinates-outside = Adress { $number }: Koordinaterna är inte en plats i Sverige. Latitud ska stå först. Den är ungefär 59. Longitud ska stå sedan. Den är ungefär 18.
error-addresses-too-many = En profil kan ha högst { $max } adresser.

addresses-correct-link = Rätta adresserna för { $provider }
addresses-correct-title = Rätta adresser: { $provider }
addresses-correct-intro = Här rättar du en adress eller dess koordinater. Titta gärna på en karta först. Rättelsen syns direkt för alla. Den syns också bland alla versioner av profilen.
addresses-correct-none = Anordnaren har ingen profil som alla kan se än. Du kan rätta adresserna när profilen finns.
addresses-correct-submit = Publicera rättelsen
done-addresses-corrected = Adresserna är rättade. Nu syns de för alla.
