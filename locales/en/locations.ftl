# Jämföraren – English, where providers are. Review: draft by the developers, not yet reviewed by a translator.
# Start places, distances, the map and visiting addresses (issue 19 §4).

places-label = Where do you start from?
places-hint = A district or a stop. The providers then say how far away they are, and you can list the nearest first.
places-none = No start place
places-districts = Districts
places-stops = Stops on Saltsjöbanan
places-submit = Show distances

distance-under-one-km = Less than 1 km from { $place } in a straight line
distance-about-km = About { $km } km from { $place } in a straight line
distance-no-address = No visiting address given

order-distance = Nearest first (your choice)
order-distance-explained = Nearest first from { $place }, as you chose. Providers without a visiting address come last.
order-distance-needs-place = To list the nearest first, choose where you start from. Until then the list is in random order.

map-heading = Where the providers are
map-intro = The portal draws this map itself from the addresses' coordinates. It has no background map and sends nothing to map services. Each number is the provider's number in the list under the map.
map-title = Map of the providers' visiting addresses as numbered circles and the districts as squares, with a scale and north
map-no-points = None of the providers shown has given a visiting address yet.
map-providers-heading = Providers and their visiting addresses
map-places-heading = Places on the map
map-start-place = { $place } (where you start)
map-scale = { $km } km
map-north = N
map-source = Sources of the places: Wikipedia (districts) and Trafikverket (stops). Distances are straight lines, not travel routes.

profile-addresses-heading = Visiting addresses
profile-edit-addresses-note = Where you meet customers. Give the coordinates too, so the map and the distances are right. The municipality checks a change before it is published. To remove an address, empty all its fields.
profile-address-legend = Visiting address { $number }
field-address-street = Street address
field-address-postal_code = Postcode
field-address-city = Town
field-address-coordinates = Coordinates (latitude, longitude)
field-address-coordinates-hint = As a map service shows them, for example 59.31000, 18.16389.

error-address-part-required = Visiting address { $number }: fill in every part, or leave all of them empty.
error-address-postal-code = Visiting address { $number }: write a postcode with five digits, for example 131 30.
error-coordinates-format = Visiting address { $number }: write the coordinates as two numbers, latitude first, for example 59.31000, 18.16389.
error-coordinates-outside = Visiting address { $number }: the coordinates are not a place in Sweden. Check that the latitude (about 59) comes first and the longitude (about 18) second.
error-addresses-too-many = A profile lists at most { $max } visiting addresses.

addresses-correct-link = Correct the visiting addresses of { $provider }
addresses-correct-title = Correct visiting addresses: { $provider }
addresses-correct-intro = Correct an address or its coordinates, for example after checking them on a map. The correction is published at once and shows in the profile's history.
addresses-correct-none = The provider has no published profile yet. Addresses can be corrected once it has one.
addresses-correct-submit = Publish the correction
done-addresses-corrected = The visiting addresses are corrected and published.
