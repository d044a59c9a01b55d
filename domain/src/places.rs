//! Where providers are: points on the earth, the places a reader may start
//! from, and how far a provider is from one of them.
//!
//! Distances are straight lines on the earth's surface (haversine), rounded
//! to whole kilometres and said as "about", because that is all a straight
//! line can promise about a trip.

use serde::{Deserialize, Serialize};

/// A point in WGS 84 (the coordinates maps and phones show), stored as
/// whole millionths of a degree (about 0.1 m) so both databases hold it
/// exactly as an integer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct GeoPoint {
    pub lat_micro: i64,
    pub lon_micro: i64,
}

/// Why typed coordinates were not accepted; each is a message id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoordinateError {
    /// Not two numbers.
    Unreadable,
    /// Two numbers, but not a point in Sweden (often latitude and longitude
    /// swapped).
    OutsideSweden,
}

impl CoordinateError {
    pub fn message_id(self) -> &'static str {
        match self {
            CoordinateError::Unreadable => "error-coordinates-format",
            CoordinateError::OutsideSweden => "error-coordinates-outside",
        }
    }
}

/// Sweden's extent with a margin, in degrees: (south, north, west, east).
const SWEDEN: (f64, f64, f64, f64) = (55.0, 69.1, 10.9, 24.2);

const EARTH_RADIUS_M: f64 = 6_371_008.8;

impl GeoPoint {
    /// A point from degrees, rounded to millionths.
    pub fn from_degrees(lat: f64, lon: f64) -> GeoPoint {
        GeoPoint {
            lat_micro: (lat * 1e6).round() as i64,
            lon_micro: (lon * 1e6).round() as i64,
        }
    }

    pub fn lat(self) -> f64 {
        self.lat_micro as f64 / 1e6
    }

    pub fn lon(self) -> f64 {
        self.lon_micro as f64 / 1e6
    }

    /// Coordinates as people copy them from a map: latitude first, then
    /// longitude, as "59.31, 18.16", "59.31 18.16", "59,31; 18,16" or
    /// "59,31 18,16" (a decimal comma is read as one when a space or
    /// semicolon parts the two numbers).
    pub fn parse(text: &str) -> Result<GeoPoint, CoordinateError> {
        let text = text.trim();
        let parts: Vec<&str> = if text.contains(';') {
            text.split(';').collect()
        } else if text.matches(',').count() == 1 && text.contains('.') {
            text.split(',').collect()
        } else if text.matches(',').count() == 1 && !text.trim().contains(' ') {
            // "59,18" is ambiguous: two whole numbers or one decimal.
            return Err(CoordinateError::Unreadable);
        } else {
            text.split_whitespace().collect()
        };
        let numbers: Vec<f64> = parts
            .iter()
            .map(|part| part.trim().trim_end_matches(',').replace(',', "."))
            .filter(|part| !part.is_empty())
            .map(|part| part.parse::<f64>())
            .collect::<Result<_, _>>()
            .map_err(|_| CoordinateError::Unreadable)?;
        let [lat, lon] = numbers[..] else {
            return Err(CoordinateError::Unreadable);
        };
        if !lat.is_finite() || !lon.is_finite() {
            return Err(CoordinateError::Unreadable);
        }
        let (south, north, west, east) = SWEDEN;
        if !(south..=north).contains(&lat) || !(west..=east).contains(&lon) {
            return Err(CoordinateError::OutsideSweden);
        }
        Ok(GeoPoint::from_degrees(lat, lon))
    }

    /// As [`GeoPoint::parse`] reads it back: "59.310000, 18.163890".
    pub fn text(self) -> String {
        format!("{:.6}, {:.6}", self.lat(), self.lon())
    }

    /// The straight-line distance in metres (haversine on the mean earth
    /// radius; under 0.5 % off at any distance in a municipality).
    pub fn distance_m(self, other: GeoPoint) -> f64 {
        let (lat1, lat2) = (self.lat().to_radians(), other.lat().to_radians());
        let d_lat = lat2 - lat1;
        let d_lon = (other.lon() - self.lon()).to_radians();
        let a = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_lon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_M * a.sqrt().asin()
    }
}

/// A distance as the portal says it: never more exact than a straight line
/// can be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum RoundedDistance {
    UnderOneKm,
    AboutKm(u32),
}

impl RoundedDistance {
    pub fn of(metres: f64) -> RoundedDistance {
        if metres < 1000.0 {
            RoundedDistance::UnderOneKm
        } else {
            RoundedDistance::AboutKm((metres / 1000.0).round() as u32)
        }
    }
}

/// Whether a place is a part of the municipality or a stop on a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlaceKind {
    District,
    Stop,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 2] = [PlaceKind::District, PlaceKind::Stop];

    /// The message naming the kind in the start-place choice.
    pub fn message_id(self) -> &'static str {
        match self {
            PlaceKind::District => "places-districts",
            PlaceKind::Stop => "places-stops",
        }
    }
}

/// A place a reader may start from. Names are proper names, the same in
/// every language, as the signs on the buses say them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StartPlace {
    /// The code in the address (`?from=orminge`).
    pub code: &'static str,
    pub name: &'static str,
    pub kind: PlaceKind,
    pub lat: f64,
    pub lon: f64,
}

impl StartPlace {
    pub fn point(&self) -> GeoPoint {
        GeoPoint::from_degrees(self.lat, self.lon)
    }
}

const fn place(
    code: &'static str,
    name: &'static str,
    kind: PlaceKind,
    lat: f64,
    lon: f64,
) -> StartPlace {
    StartPlace {
        code,
        name,
        kind,
        lat,
        lon,
    }
}

/// The municipality's districts and the stops a reader may start from, each
/// at a published point, never an estimated one:
/// - districts: the coordinates of the Swedish Wikipedia articles "Nacka",
///   "Boo" and "Saltsjöbaden" (infobox; Wikipedia text is CC BY-SA 4.0).
///   Other districts (Orminge, Älta) are left out until a point with a
///   source is found;
/// - stops: Saltsjöbanan's stations as Trafikverket's open API gives them
///   (object `TrainStation`, field `Geometry.WGS84`, by station signature
///   such as `xSik`).
pub const START_PLACES: &[StartPlace] = {
    use PlaceKind::*;
    &[
        place("nacka", "Nacka", District, 59.31000, 18.16389),
        place("boo", "Boo", District, 59.31667, 18.25000),
        place("saltsjobaden", "Saltsjöbaden", District, 59.28028, 18.29250),
        place("slussen", "Slussen", Stop, 59.31974, 18.07333),
        place("henriksdal", "Henriksdal", Stop, 59.31226, 18.10821),
        place("sickla", "Sickla", Stop, 59.30685, 18.12116),
        place("nacka-station", "Nacka station", Stop, 59.30657, 18.13017),
        place("saltsjo-jarla", "Saltsjö-Järla", Stop, 59.30689, 18.14966),
        place("lillangen", "Lillängen", Stop, 59.30512, 18.16144),
        place("storangen", "Storängen", Stop, 59.30559, 18.17795),
        place("saltsjo-duvnas", "Saltsjö-Duvnäs", Stop, 59.30058, 18.19864),
        place("ostervik", "Östervik", Stop, 59.29513, 18.23554),
        place("fisksatra", "Fisksätra", Stop, 59.29412, 18.25601),
        place("igelboda", "Igelboda", Stop, 59.28993, 18.27543),
        place("tippen", "Tippen", Stop, 59.28411, 18.27722),
        place("tattby", "Tattby", Stop, 59.27905, 18.28190),
        place("erstaviksbadet", "Erstaviksbadet", Stop, 59.27294, 18.28507),
        place("solsidan", "Solsidan", Stop, 59.27089, 18.29607),
        place("neglinge", "Neglinge", Stop, 59.28853, 18.29218),
        place("ringvagen", "Ringvägen", Stop, 59.28315, 18.30220),
        place(
            "saltsjobaden-station",
            "Saltsjöbaden station",
            Stop,
            59.27901,
            18.31303,
        ),
    ]
};

/// The start place a code names, if any.
pub fn start_place(code: &str) -> Option<&'static StartPlace> {
    START_PLACES.iter().find(|place| place.code == code)
}

/// The shortest distance from `from` to any of `points`; none without points.
pub fn nearest_m(from: GeoPoint, points: impl IntoIterator<Item = GeoPoint>) -> Option<f64> {
    points
        .into_iter()
        .map(|point| from.distance_m(point))
        .min_by(f64::total_cmp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_are_read_as_maps_and_phones_write_them() {
        let nacka = GeoPoint::from_degrees(59.31, 18.16389);
        for typed in [
            "59.31, 18.16389",
            "59.310000,18.163890",
            " 59.31 18.16389 ",
            "59,31 18,16389",
            "59,31; 18,16389",
            "59.31;18.16389",
        ] {
            assert_eq!(GeoPoint::parse(typed), Ok(nacka), "{typed}");
        }
        assert_eq!(GeoPoint::parse(&nacka.text()), Ok(nacka));
    }

    #[test]
    fn coordinates_that_are_not_a_point_in_sweden_are_refused_with_a_reason() {
        for typed in [
            "",
            "59.31",
            "abc, def",
            "59.31, 18.1, 3",
            "59,18",
            "NaN NaN",
            "inf 18",
        ] {
            assert_eq!(
                GeoPoint::parse(typed),
                Err(CoordinateError::Unreadable),
                "{typed}"
            );
        }
        // Swapped, or somewhere else.
        for typed in ["18.16389, 59.31", "48.85, 2.35", "-59.31, 18.16"] {
            assert_eq!(
                GeoPoint::parse(typed),
                Err(CoordinateError::OutsideSweden),
                "{typed}"
            );
        }
    }

    #[test]
    fn distances_are_straight_lines_rounded_to_whole_kilometres() {
        let sickla = start_place("sickla").unwrap().point();
        let saltsjobaden = start_place("saltsjobaden-station").unwrap().point();
        // 3.08 km north–south and 10.91 km east–west on a flat map:
        // 11.34 km, which the great circle matches within a few metres.
        let metres = sickla.distance_m(saltsjobaden);
        assert!((11_300.0..11_380.0).contains(&metres), "{metres}");
        assert_eq!(RoundedDistance::of(metres), RoundedDistance::AboutKm(11));
        assert_eq!(RoundedDistance::of(999.0), RoundedDistance::UnderOneKm);
        assert_eq!(RoundedDistance::of(1_499.0), RoundedDistance::AboutKm(1));
        assert_eq!(sickla.distance_m(sickla), 0.0);
    }

    #[test]
    fn every_start_place_has_its_own_code_and_lies_in_the_municipality() {
        for (i, place) in START_PLACES.iter().enumerate() {
            assert_eq!(start_place(place.code), Some(place));
            assert!(START_PLACES[..i].iter().all(|p| p.code != place.code));
            assert!((59.2..59.4).contains(&place.lat) && (18.0..18.45).contains(&place.lon));
            assert!(GeoPoint::parse(&place.point().text()).is_ok());
        }
    }
}
