//! The neutral order of a provider list.
//!
//! By default a list is shuffled with a seed that belongs to the visitor (a
//! cookie) or to a shared link, so a counsellor and a citizen see the same
//! order, a reload keeps it, and across visitors every provider is first
//! equally often. Nothing is ordered by popularity, and the municipality's
//! own provider is treated like any other.

use std::hash::{BuildHasher, Hasher};

use domain::model::{ListOrder, ProviderCard};
use domain::places::{nearest_m, GeoPoint};

/// A fresh random seed: 16 hex digits. `RandomState` is randomly keyed per
/// instance by the standard library, which is all a shuffle needs.
pub fn new_seed() -> String {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default(),
    );
    format!("{:016x}", hasher.finish())
}

/// The provider's place in the seed's shuffle: FNV-1a over seed and id,
/// finished with SplitMix64 so that near-equal inputs spread evenly. Stable
/// across instances and versions, unlike the standard library's hasher.
fn shuffle_key(seed: &str, provider_id: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in seed.bytes().chain([0]).chain(provider_id.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash = (hash ^ (hash >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    hash = (hash ^ (hash >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    hash ^ (hash >> 31)
}

/// A sort key for Swedish alphabetical order (A–Ö): å, ä and ö come after z.
pub fn swedish_sort_key(name: &str) -> Vec<u32> {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' => 'z' as u32 + 1,
            'ä' | 'æ' => 'z' as u32 + 2,
            'ö' | 'ø' => 'z' as u32 + 3,
            'é' | 'è' | 'ê' => 'e' as u32,
            'ü' => 'y' as u32,
            'á' | 'à' => 'a' as u32,
            other => other as u32,
        })
        .collect()
}

/// Puts the cards in the asked order. Ties fall back to the id, so the
/// order never depends on how the database returned the rows. Nearest
/// first needs the place the reader starts from; without one the list
/// keeps the random order.
pub fn sort(cards: &mut [ProviderCard], order: ListOrder, seed: &str, from: Option<GeoPoint>) {
    let random = |card: &ProviderCard| (shuffle_key(seed, &card.id), card.id.clone());
    match (order, from) {
        (ListOrder::Random, _) | (ListOrder::Distance, None) => cards.sort_by_cached_key(random),
        (ListOrder::Name, _) => {
            cards.sort_by_cached_key(|card| (swedish_sort_key(&card.name), card.id.clone()))
        }
        (ListOrder::Distance, Some(from)) => {
            // Whole metres, so equal distances tie and fall back to the
            // random order rather than to a name or an id; providers without
            // an address come last, in the random order too.
            cards.sort_by_cached_key(|card| {
                let metres = nearest_m(from, card.addresses.iter().map(|a| a.point));
                (metres.map_or(u64::MAX, |m| m.round() as u64), random(card))
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use domain::model::OrganisationForm;

    use super::*;

    fn card(id: &str, name: &str) -> ProviderCard {
        ProviderCard {
            id: id.into(),
            name: name.into(),
            organisation_form: OrganisationForm::Company,
            city: None,
            facts: vec![],
            addresses: vec![],
        }
    }

    fn ids(cards: &[ProviderCard]) -> Vec<&str> {
        cards.iter().map(|c| c.id.as_str()).collect()
    }

    fn ten() -> Vec<ProviderCard> {
        (0..10)
            .map(|i| card(&format!("p{i}"), &format!("P {i}")))
            .collect()
    }

    #[test]
    fn the_same_seed_gives_the_same_order_whatever_the_input_order() {
        let mut a = ten();
        let mut b = ten();
        b.reverse();
        sort(&mut a, ListOrder::Random, "abc123", None);
        sort(&mut b, ListOrder::Random, "abc123", None);
        assert_eq!(ids(&a), ids(&b));
    }

    #[test]
    fn filtering_keeps_the_relative_order() {
        let mut all = ten();
        sort(&mut all, ListOrder::Random, "seed", None);
        let mut some: Vec<_> = ten()
            .into_iter()
            .filter(|c| c.id != "p3" && c.id != "p7")
            .collect();
        sort(&mut some, ListOrder::Random, "seed", None);
        let expected: Vec<_> = ids(&all)
            .into_iter()
            .filter(|id| *id != "p3" && *id != "p7")
            .collect();
        assert_eq!(ids(&some), expected);
    }

    #[test]
    fn across_seeds_every_provider_is_first_about_equally_often() {
        let seeds = 20_000;
        let mut first = std::collections::HashMap::<String, usize>::new();
        for s in 0..seeds {
            let mut cards = ten();
            sort(&mut cards, ListOrder::Random, &format!("{s:x}"), None);
            *first.entry(cards[0].id.clone()).or_default() += 1;
        }
        assert_eq!(first.len(), 10);
        for (id, count) in first {
            // Expected 2,000 each; 1,800–2,200 is more than 4 standard deviations.
            assert!((1_800..=2_200).contains(&count), "{id} first {count} times");
        }
    }

    #[test]
    fn alphabetical_order_is_swedish() {
        let mut cards = vec![
            card("1", "Östra"),
            card("2", "Ängen"),
            card("3", "Zeta"),
            card("4", "Åsen"),
            card("5", "alfa"),
        ];
        sort(&mut cards, ListOrder::Name, "ignored", None);
        let names: Vec<_> = cards.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["alfa", "Zeta", "Åsen", "Ängen", "Östra"]);
    }

    fn at(mut card: ProviderCard, points: &[(f64, f64)]) -> ProviderCard {
        card.addresses = points
            .iter()
            .map(|&(lat, lon)| domain::model::VisitingAddress {
                street_address: "Gatan 1".into(),
                postal_code: "131 30".into(),
                city: "Nacka".into(),
                point: GeoPoint::from_degrees(lat, lon),
            })
            .collect();
        card
    }

    #[test]
    fn nearest_first_counts_each_providers_nearest_address_and_puts_the_unplaced_last() {
        let from = domain::places::start_place("fisksatra").unwrap().point();
        let cards = || {
            vec![
                at(card("far", "A"), &[(59.319, 18.073)]),
                at(card("near", "B"), &[(59.319, 18.073), (59.294, 18.256)]),
                card("unplaced", "C"),
                at(card("middle", "D"), &[(59.306, 18.178)]),
            ]
        };
        for seed in ["a", "b", "c"] {
            let mut sorted = cards();
            sort(&mut sorted, ListOrder::Distance, seed, Some(from));
            assert_eq!(ids(&sorted), ["near", "middle", "far", "unplaced"]);
        }
        // Without a place to start from, nearest first is the random order.
        let (mut nearest, mut random) = (cards(), cards());
        sort(&mut nearest, ListOrder::Distance, "seed", None);
        sort(&mut random, ListOrder::Random, "seed", None);
        assert_eq!(ids(&nearest), ids(&random));
    }

    #[test]
    fn providers_at_the_same_distance_keep_the_neutral_random_order() {
        let from = domain::places::start_place("nacka").unwrap().point();
        let mut first = std::collections::HashSet::new();
        for s in 0..64 {
            let mut cards: Vec<_> = (0..4)
                .map(|i| at(card(&format!("p{i}"), "Same"), &[(59.30, 18.16)]))
                .collect();
            sort(
                &mut cards,
                ListOrder::Distance,
                &format!("{s:x}"),
                Some(from),
            );
            first.insert(cards[0].id.clone());
        }
        assert_eq!(first.len(), 4);
    }

    #[test]
    fn new_seeds_are_seeds_a_link_may_carry() {
        assert!(domain::model::is_valid_seed(&new_seed()));
    }
}
