# Jämföraren – Soomaali: where providers are (start places, distances, the map and visiting addresses). Review: machine-drafted by the developers, needs a human translator.
# Place names, Saltsjöbanan, Wikipedia, Trafikverket and example values (postcode, coordinates) stay as written; latitude and longitude are kept as the words map services use.

places-label = Xaggee ka bilaabaysaa?
places-hint = Xaafad ka mid ah degmada ama saldhig. Markaas adeeg-bixiye kasta waxaa lagu qorayaa inta uu u jiro, waxaadna marka hore muujin kartaa kuwa ugu dhow.
places-none = Meel bilow ah ma jirto
places-districts = Xaafadaha degmada
places-stops = Saldhigyada Saltsjöbanan
places-submit = Muuji masaafooyinka

distance-under-one-km = Ka yar 1 km oo ka fog { $place }, xariiq toosan
distance-about-km = Qiyaastii { $km } km oo ka fog { $place }, xariiq toosan
distance-no-address = Cinwaanka booqashada lama sheegin

order-distance = Kuwa ugu dhow marka hore (doorashadaada)
order-distance-explained = Kuwa ugu dhow { $place } ayaa marka hore ah, sidaad dooratay. Adeeg-bixiyeyaasha aan lahayn cinwaan booqasho ayaa ugu dambeeya.
order-distance-needs-place = Si kuwa ugu dhow marka hore loo muujiyo, dooro meesha aad ka bilaabayso. Ilaa markaas liisku wuxuu u kala horreeyaa si nasiib ah.

map-heading = Halka ay adeeg-bixiyeyaashu ku yaallaan
map-intro = Jämföraren ayaa laftiisa khariidaddan ka sawira kordineetyada cinwaannada. Ma laha khariidad gadaal ah, waxna uma diro adeegyada khariidadaha. Lambar kastaa waa lambarka adeeg-bixiyaha ee liiska khariidadda hoosteeda ah.
map-title = Khariidadda cinwaannada booqashada ee adeeg-bixiyeyaasha oo ah goobooyin lambarro leh, iyo xaafadaha degmada oo ah afar-geesood, oo leh cabbirka khariidadda iyo jihada waqooyi
map-no-points = Adeeg-bixiyeyaasha la muujiyay midkoodna weli ma sheegin cinwaan booqasho.
map-providers-heading = Adeeg-bixiyeyaasha iyo cinwaannada booqashadooda
map-places-heading = Meelaha khariidadda ku yaal
map-start-place = { $place } (meesha aad ka bilaabayso)
map-scale = { $km } km
map-north = W
map-source = Halka meelaha laga soo qaatay: Wikipedia (xaafadaha degmada) iyo Trafikverket (saldhigyada). Masaafooyinku waa xariiq toosan, ma aha waddada safarka.

profile-addresses-heading = Cinwaannada booqashada
profile-edit-addresses-note = Meesha aad macaamiisha kula kulantaan. Sidoo kale geli kordineetyada, si khariidadda iyo masaafooyinku u saxnaadaan. Degmadu way dib-u-eegtaa isbeddel kasta ka hor inta aan la daabicin. Si aad cinwaan u tirtirto, madhi dhammaan meelihiisa.
profile-address-legend = Cinwaanka booqashada { $number }
field-address-street = Waddada iyo lambarka
field-address-postal_code = Lambarka boostada
field-address-city = Magaalada
field-address-coordinates = Kordineetyada (latitude, longitude)
field-address-coordinates-hint = Sida uu adeegga khariidaddu u muujiyo, tusaale ahaan 59.31000, 18.16389.

error-address-part-required = Cinwaanka booqashada { $number }: buuxi qayb kasta, ama dhammaantood banaan u daa.
error-address-postal-code = Cinwaanka booqashada { $number }: qor lambarka boostada oo leh shan tiro, tusaale ahaan 131 30.
error-coordinates-format = Cinwaanka booqashada { $number }: kordineetyada u qor laba tiro, latitude marka hore, tusaale ahaan 59.31000, 18.16389.
error-coordinates-outside = Cinwaanka booqashada { $number }: kordineetyadu ma aha meel ku taal Iswiidhan. Hubi in latitude (qiyaastii 59) ay marka hore timaado, kadibna longitude (qiyaastii 18).
error-addresses-too-many = Bogga adeeg-bixiyuhu wuxuu muujin karaa ugu badnaan { $max } cinwaan booqasho.

addresses-correct-link = Sax cinwaannada booqashada ee { $provider }
addresses-correct-title = Sax cinwaannada booqashada: { $provider }
addresses-correct-intro = Sax cinwaan ama kordineetyadiisa, tusaale ahaan kadib markaad khariidad ku hubiso. Saxitaanka isla markiiba waa la daabacaa, wuxuuna ka muuqdaa taariikhda astaanta.
addresses-correct-none = Adeeg-bixiyuhu weli ma laha bog la daabacay. Cinwaannada waa la sixi karaa marka uu mid yeesho.
addresses-correct-submit = Daabac saxitaanka
done-addresses-corrected = Cinwaannada booqashada waa la saxay waana la daabacay.
