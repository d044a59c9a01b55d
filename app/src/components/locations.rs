//! Where providers are, as pages show it: the reader's start place, how
//! far a provider is from it, the visiting addresses, and a map the portal
//! draws itself (SVG placed by coordinates: no tiles, scripts or third
//! parties) beside the same points as a list.

use leptos::prelude::*;

use crate::{
    i18n::I18n,
    model::{ProviderCard, VisitingAddress},
    places::{nearest_m, PlaceKind, RoundedDistance, StartPlace, START_PLACES},
};

/// The query parameter naming the start place.
pub const FROM_PARAMETER: &str = "from";

/// "About 3 km from Fisksätra in a straight line", from the nearest of the
/// addresses; none when the provider has no visiting address.
pub fn distance_text(
    i18n: &I18n,
    from: &StartPlace,
    addresses: &[VisitingAddress],
) -> Option<String> {
    let metres = nearest_m(from.point(), addresses.iter().map(|a| a.point))?;
    let place = ("place", from.name.into());
    Some(match RoundedDistance::of(metres) {
        RoundedDistance::UnderOneKm => i18n.t_with("distance-under-one-km", [place]),
        RoundedDistance::AboutKm(km) => {
            i18n.t_with("distance-about-km", [("km", km.into()), place])
        }
    })
}

/// The distance as a card or profile says it, or that the provider has
/// given no address to measure from.
pub fn distance_line(
    i18n: &I18n,
    from: &StartPlace,
    addresses: &[VisitingAddress],
) -> impl IntoView {
    let text =
        distance_text(i18n, from, addresses).unwrap_or_else(|| i18n.t("distance-no-address"));
    view! { <p class="distance">{text}</p> }
}

/// The start-place choice of a GET form: districts, then stops.
pub fn start_place_field(i18n: &I18n, chosen: Option<&StartPlace>) -> impl IntoView {
    let groups = PlaceKind::ALL
        .into_iter()
        .map(|kind| {
            let options = START_PLACES
                .iter()
                .filter(|place| place.kind == kind)
                .map(|place| {
                    let selected = chosen.is_some_and(|c| c.code == place.code);
                    view! { <option value=place.code selected=selected>{place.name}</option> }
                })
                .collect_view();
            view! { <optgroup label=i18n.t(kind.message_id())>{options}</optgroup> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="from-select">{i18n.t("places-label")}</label>
            <p class="hint" id="from-hint">{i18n.t("places-hint")}</p>
            <select id="from-select" name=FROM_PARAMETER aria-describedby="from-hint">
                <option value="" selected=chosen.is_none()>{i18n.t("places-none")}</option>
                {groups}
            </select>
        </div>
    }
}

/// A provider's visiting addresses, each with its distance from the start
/// place when the reader chose one.
pub fn addresses_list(
    i18n: &I18n,
    addresses: &[VisitingAddress],
    from: Option<&StartPlace>,
) -> impl IntoView {
    let items = addresses
        .iter()
        .map(|address| {
            let distance =
                from.and_then(|from| distance_text(i18n, from, std::slice::from_ref(address)));
            view! {
                <li>
                    <span class="visiting-address">{address.line()}</span>
                    {distance.map(|d| view! { <span class="distance">{format!(" · {d}")}</span> })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="visiting-addresses">{items}</ul> }
}

/// The map's drawing area in SVG units; its height follows the points.
const MAP_WIDTH: f64 = 640.0;
/// Kilometres per degree of latitude (and of longitude at the equator).
const KM_PER_DEGREE_LAT: f64 = 110.57;
const KM_PER_DEGREE_LON: f64 = 111.32;

/// A flat projection around the points' middle: at a municipality's size
/// (tens of kilometres) it is off by far less than a point's dot.
struct Projection {
    west: f64,
    north: f64,
    km_per_lon: f64,
    /// SVG units per kilometre.
    scale: f64,
    height: f64,
    width_km: f64,
}

impl Projection {
    /// A frame around every point with a margin, at least 2 km across, and
    /// neither much wider than tall nor much taller than wide.
    fn around(points: &[(f64, f64)]) -> Option<Projection> {
        let lat_min = points.iter().map(|p| p.0).reduce(f64::min)?;
        let lat_max = points.iter().map(|p| p.0).reduce(f64::max)?;
        let lon_min = points.iter().map(|p| p.1).reduce(f64::min)?;
        let lon_max = points.iter().map(|p| p.1).reduce(f64::max)?;
        let mid_lat = (lat_min + lat_max) / 2.0;
        let mid_lon = (lon_min + lon_max) / 2.0;
        let km_per_lon = KM_PER_DEGREE_LON * mid_lat.to_radians().cos();
        let mut width_km = ((lon_max - lon_min) * km_per_lon).max(2.0) * 1.2;
        let mut height_km = ((lat_max - lat_min) * KM_PER_DEGREE_LAT).max(2.0) * 1.2;
        width_km = width_km.max(height_km);
        height_km = height_km.max(width_km * 0.6);
        let scale = MAP_WIDTH / width_km;
        Some(Projection {
            west: mid_lon - width_km / 2.0 / km_per_lon,
            north: mid_lat + height_km / 2.0 / KM_PER_DEGREE_LAT,
            km_per_lon,
            scale,
            height: height_km * scale,
            width_km,
        })
    }

    fn place(&self, lat: f64, lon: f64) -> (f64, f64) {
        (
            (lon - self.west) * self.km_per_lon * self.scale,
            (self.north - lat) * KM_PER_DEGREE_LAT * self.scale,
        )
    }

    /// A round length for the scale bar, about a fifth of the width.
    fn scale_bar_km(&self) -> f64 {
        [0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0]
            .into_iter()
            .take_while(|km| *km <= self.width_km / 5.0)
            .last()
            .unwrap_or(0.5)
    }
}

fn coordinate(value: f64) -> String {
    format!("{value:.1}")
}

/// The map of a list: each provider's addresses as numbered points (the
/// number is its place in the list below the map), the districts and the
/// chosen start place by name, a scale and north; then the same as lists.
pub fn provider_map(
    i18n: &I18n,
    providers: &[ProviderCard],
    from: Option<&StartPlace>,
    profile_href: impl Fn(&ProviderCard) -> String,
) -> impl IntoView {
    let districts: Vec<&StartPlace> = START_PLACES
        .iter()
        .filter(|place| {
            place.kind == PlaceKind::District || from.is_some_and(|f| f.code == place.code)
        })
        .collect();
    let mut points: Vec<(f64, f64)> = providers
        .iter()
        .flat_map(|card| {
            card.addresses
                .iter()
                .map(|a| (a.point.lat(), a.point.lon()))
        })
        .collect();
    let placed = !points.is_empty();
    points.extend(districts.iter().map(|place| (place.lat, place.lon)));
    let heading_id = "map-heading";
    let drawing = Projection::around(&points)
        .filter(|_| placed)
        .map(|projection| map_svg(i18n, &projection, providers, &districts, from));
    let list = providers
        .iter()
        .enumerate()
        .map(|(i, card)| {
            let addresses = if card.addresses.is_empty() {
                view! { <p>{i18n.t("distance-no-address")}</p> }.into_any()
            } else {
                addresses_list(i18n, &card.addresses, from).into_any()
            };
            view! {
                <li value=(i + 1).to_string()>
                    <a href=profile_href(card)>{card.name.clone()}</a>
                    {addresses}
                </li>
            }
        })
        .collect_view();
    let places = districts
        .iter()
        .map(|place| {
            let label = if from.is_some_and(|f| f.code == place.code) {
                i18n.t_with("map-start-place", [("place", place.name.into())])
            } else {
                place.name.to_string()
            };
            view! { <li>{label}</li> }
        })
        .collect_view();
    view! {
        <section class="provider-map" aria-labelledby=heading_id>
            <h2 id=heading_id>{i18n.t("map-heading")}</h2>
            <p>{i18n.t("map-intro")}</p>
            {match drawing {
                Some(svg) => svg.into_any(),
                None => view! { <p class="notice">{i18n.t("map-no-points")}</p> }.into_any(),
            }}
            <div class="provider-map__lists">
                <div>
                    <h3>{i18n.t("map-providers-heading")}</h3>
                    <ol class="provider-map__providers">{list}</ol>
                </div>
                <div>
                    <h3>{i18n.t("map-places-heading")}</h3>
                    <ul class="provider-map__places">{places}</ul>
                </div>
            </div>
            <p class="hint">{i18n.t("map-source")}</p>
        </section>
    }
}

/// A provider point's radius in SVG units.
const MARK_RADIUS: f64 = 15.0;

/// One mark on the map: the list numbers of the providers at that spot.
struct Marker {
    x: f64,
    y: f64,
    numbers: Vec<usize>,
}

/// The providers' addresses as marks, in list order; an address closer to
/// an earlier mark than a mark is wide joins it.
fn markers(projection: &Projection, providers: &[ProviderCard]) -> Vec<Marker> {
    let mut marks: Vec<Marker> = Vec::new();
    for (i, card) in providers.iter().enumerate() {
        for address in &card.addresses {
            let (x, y) = projection.place(address.point.lat(), address.point.lon());
            let near = marks
                .iter_mut()
                .find(|m| (m.x - x).hypot(m.y - y) < MARK_RADIUS * 2.0);
            match near {
                Some(mark) if mark.numbers.contains(&(i + 1)) => {}
                Some(mark) => mark.numbers.push(i + 1),
                None => marks.push(Marker {
                    x,
                    y,
                    numbers: vec![i + 1],
                }),
            }
        }
    }
    marks
}

fn map_svg(
    i18n: &I18n,
    projection: &Projection,
    providers: &[ProviderCard],
    districts: &[&StartPlace],
    from: Option<&StartPlace>,
) -> impl IntoView {
    let height = projection.height;
    let place_marks = districts
        .iter()
        .map(|place| {
            let (x, y) = projection.place(place.lat, place.lon);
            let start = from.is_some_and(|f| f.code == place.code);
            let class = if start { "map-place map-place--start" } else { "map-place" };
            // A name near the east edge stands to the west of its point, so
            // it is never cut off.
            let (label_x, anchor) = if x > MAP_WIDTH * 0.7 {
                (x - 10.0, "end")
            } else {
                (x + 10.0, "start")
            };
            view! {
                <g class=class>
                    <rect x=coordinate(x - 6.0) y=coordinate(y - 6.0) width="12" height="12"/>
                    <text x=coordinate(label_x) y=coordinate(y + 7.0) text-anchor=anchor>{place.name}</text>
                </g>
            }
        })
        .collect_view();
    let provider_marks = markers(projection, providers)
        .into_iter()
        .map(|marker| {
            let label = marker.numbers.iter().map(usize::to_string).collect::<Vec<_>>().join(",");
            // One number in a circle; points too close to tell apart share
            // one mark that names them all, so none hides under another.
            let width = (label.chars().count() as f64 * 13.0 + 14.0).max(MARK_RADIUS * 2.0);
            view! {
                <g class="map-provider">
                    <rect
                        x=coordinate(marker.x - width / 2.0)
                        y=coordinate(marker.y - MARK_RADIUS)
                        width=coordinate(width)
                        height=coordinate(MARK_RADIUS * 2.0)
                        rx=coordinate(MARK_RADIUS)
                    />
                    <text x=coordinate(marker.x) y=coordinate(marker.y + 8.0) text-anchor="middle">{label}</text>
                </g>
            }
        })
        .collect_view();
    let bar_km = projection.scale_bar_km();
    let bar = bar_km * projection.scale;
    let bar_y = height - 20.0;
    let scale_label = i18n.t_with("map-scale", [("km", i18n.number(bar_km).into())]);
    let title_id = "map-title";
    view! {
        <svg
            class="map"
            viewBox=format!("0 0 {} {}", MAP_WIDTH, coordinate(height))
            role="img"
            aria-labelledby=title_id
            dir="ltr"
        >
            <title id=title_id>{i18n.t("map-title")}</title>
            <rect class="map-ground" x="0" y="0" width=MAP_WIDTH.to_string() height=coordinate(height)/>
            {place_marks}
            {provider_marks}
            <g class="map-scale">
                <path d=format!("M20 {} v8 h{} v-8", coordinate(bar_y - 8.0), coordinate(bar))/>
                <text x="20" y=coordinate(bar_y - 14.0)>{scale_label}</text>
            </g>
            <g class="map-north">
                <path d=format!("M{} 14 l10 26 l-10 -7 l-10 7 z", MAP_WIDTH - 30.0)/>
                <text x=(MAP_WIDTH - 30.0).to_string() y="62" text-anchor="middle">{i18n.t("map-north")}</text>
            </g>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_holds_every_point_and_keeps_distances_true() {
        let places: Vec<(f64, f64)> = START_PLACES.iter().map(|p| (p.lat, p.lon)).collect();
        let projection = Projection::around(&places).unwrap();
        for &(lat, lon) in &places {
            let (x, y) = projection.place(lat, lon);
            assert!((0.0..=MAP_WIDTH).contains(&x) && (0.0..=projection.height).contains(&y));
        }
        // Slussen to Saltsjöbaden on the map, against the same straight line.
        let (a, b) = (START_PLACES[3], START_PLACES[START_PLACES.len() - 1]);
        let ((x1, y1), (x2, y2)) = (
            projection.place(a.lat, a.lon),
            projection.place(b.lat, b.lon),
        );
        let on_map_km = ((x2 - x1).powi(2) + (y2 - y1).powi(2)).sqrt() / projection.scale;
        let true_km = a.point().distance_m(b.point()) / 1000.0;
        assert!(
            (on_map_km / true_km - 1.0).abs() < 0.01,
            "{on_map_km} vs {true_km}"
        );
        assert!(projection.scale_bar_km() * projection.scale < MAP_WIDTH / 4.0);
    }

    #[test]
    fn points_too_close_to_tell_apart_share_one_mark_that_names_them_all() {
        let card = |id: &str, points: &[(f64, f64)]| ProviderCard {
            id: id.into(),
            name: id.into(),
            organisation_form: crate::model::OrganisationForm::Company,
            city: None,
            facts: vec![],
            addresses: points
                .iter()
                .map(|&(lat, lon)| VisitingAddress {
                    street_address: "Gatan 1".into(),
                    postal_code: "131 30".into(),
                    city: "Nacka".into(),
                    point: crate::places::GeoPoint::from_degrees(lat, lon),
                })
                .collect(),
        };
        // 110 m apart in a frame of kilometres: one spot.
        let providers = [
            card("a", &[(59.28001, 18.30303)]),
            card("b", &[(59.27915, 18.30420), (59.31, 18.10)]),
            card("c", &[(59.31, 18.10)]),
        ];
        let points: Vec<(f64, f64)> = START_PLACES.iter().map(|p| (p.lat, p.lon)).collect();
        let projection = Projection::around(&points).unwrap();
        let numbers: Vec<Vec<usize>> = markers(&projection, &providers)
            .into_iter()
            .map(|m| m.numbers)
            .collect();
        assert_eq!(numbers, [vec![1, 2], vec![2, 3]]);
    }

    #[test]
    fn a_single_point_still_gets_a_frame_of_some_kilometres() {
        let projection = Projection::around(&[(59.3, 18.1)]).unwrap();
        assert!(projection.width_km >= 2.0 && projection.height > 0.0);
        assert!(Projection::around(&[]).is_none());
    }
}
