# Jämföraren – svenska (standard), var anordnarna finns. Granskning: utkast skrivet av utvecklare, ej granskat av språkgranskare.
# Startplatser, avstånd, kartan och besöksadresser (issue 19 §4).

places-label = Var utgår du från?
places-hint = En kommundel eller en hållplats. Då står det hur långt bort varje anordnare är, och du kan visa de närmaste först.
places-none = Ingen startplats
places-districts = Kommundelar
places-stops = Hållplatser på Saltsjöbanan
places-submit = Visa avstånd

distance-under-one-km = Mindre än 1 km från { $place } fågelvägen
distance-about-km = Cirka { $km } km från { $place } fågelvägen
distance-no-address = Ingen besöksadress angiven

order-distance = Närmast först (ditt val)
order-distance-explained = Närmast först från { $place }, som du valt. Anordnare utan besöksadress kommer sist.
order-distance-needs-place = Välj var du utgår från för att visa de närmaste först. Tills dess står listan i slumpad ordning.

map-heading = Var anordnarna finns
map-intro = Portalen ritar kartan själv utifrån adressernas koordinater. Den har ingen bakgrundskarta och skickar inget till karttjänster. Varje siffra är anordnarens nummer i listan under kartan.
map-title = Karta över anordnarnas besöksadresser som numrerade cirklar och kommundelarna som fyrkanter, med skala och norrpil
map-no-points = Ingen av de visade anordnarna har angett någon besöksadress än.
map-providers-heading = Anordnare och deras besöksadresser
map-places-heading = Platser på kartan
map-start-place = { $place } (där du utgår från)
map-scale = { $km } km
map-north = N
map-source = Platsernas källor: Wikipedia (kommundelar) och Trafikverket (hållplatser). Avstånden är fågelvägen, inte resvägar.

profile-addresses-heading = Besöksadresser
profile-edit-addresses-note = Där ni möter kunder. Ange också koordinaterna, så att kartan och avstånden blir rätt. Kommunen granskar en ändring innan den publiceras. Töm alla fält i en adress för att ta bort den.
profile-address-legend = Besöksadress { $number }
field-address-street = Gatuadress
field-address-postal_code = Postnummer
field-address-city = Ort
field-address-coordinates = Koordinater (latitud, longitud)
field-address-coordinates-hint = Som en karttjänst visar dem, till exempel 59.31000, 18.16389.

error-address-part-required = Besöksadress { $number }: fyll i alla delar, eller lämna alla tomma.
error-address-postal-code = Besöksadress { $number }: skriv ett postnummer med fem siffror, till exempel 131 30.
error-coordinates-format = Besöksadress { $number }: skriv koordinaterna som två tal, latitud först, till exempel 59.31000, 18.16389.
error-coordinates-outside = Besöksadress { $number }: koordinaterna är inte en plats i Sverige. Kontrollera att latituden (cirka 59) kommer först och longituden (cirka 18) sedan.
error-addresses-too-many = En profil visar högst { $max } besöksadresser.

addresses-correct-link = Rätta besöksadresserna för { $provider }
addresses-correct-title = Rätta besöksadresser: { $provider }
addresses-correct-intro = Rätta en adress eller dess koordinater, till exempel efter att ha kontrollerat dem på en karta. Rättelsen publiceras direkt och syns i profilens historik.
addresses-correct-none = Anordnaren har ingen publicerad profil än. Adresserna kan rättas när den har en.
addresses-correct-submit = Publicera rättelsen
done-addresses-corrected = Besöksadresserna är rättade och publicerade.
