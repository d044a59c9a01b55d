//! Where the providers are (issue 19 §4): visiting addresses with points,
//! entered by the editor and reviewed, corrected by staff; distances from
//! the reader's start place; the list nearest first as the reader's own
//! choice; and the map with the same points as a list.

mod common;

use common::{
    browser::{create, csrf_in, editor_of, location, signed_in},
    date, demo_db, get, portal, version_count,
};
use domain::{
    locale::Locale,
    model::Role,
    places::{nearest_m, start_place, RoundedDistance, START_PLACES},
};
use server::db::{profiles, Db};

const TODAY: &str = "2025-03-14";
const LEVELS: [&str; 8] = ["fai1", "fai2", "ami1", "ami2", "isa1", "isa2", "sfi", "sfa"];

/// The providers a list page links to from its cards, in its order.
fn listed_ids(html: &str) -> Vec<String> {
    html.split(r#"<h3 class="provider-card__name"><a href=""#)
        .skip(1)
        .map(|rest| {
            let href = &rest[..rest.find('"').unwrap()];
            let id = href.split("/provider/").nth(1).unwrap();
            id[..id.find('?').unwrap_or(id.len())].to_string()
        })
        .collect()
}

/// The distance each card states, in the list's order.
fn card_distances(html: &str) -> Vec<String> {
    html.split(r#"<p class="distance">"#)
        .skip(1)
        .map(|rest| rest[..rest.find('<').unwrap()].to_string())
        .collect()
}

async fn cards(db: &Db, level: &str) -> Vec<domain::model::ProviderCard> {
    profiles::cards_for_level(db, &level.to_ascii_uppercase(), date(TODAY))
        .await
        .unwrap()
}

#[tokio::test]
async fn nearest_first_orders_every_list_by_each_providers_nearest_address() {
    let db = demo_db().await;
    let app = portal(db.clone(), TODAY).await;
    let mut checked = 0;
    for level in LEVELS {
        let cards = cards(&db, level).await;
        if cards.is_empty() {
            continue;
        }
        for place in START_PLACES.iter().step_by(4) {
            let from = place.point();
            let uri = format!(
                "/sv/level/{level}?seed=s1&from={}&order=distance",
                place.code
            );
            let (response, html) = get(&app, &uri, &[]).await;
            assert_eq!(response.status(), 200, "{uri}");
            let listed = listed_ids(&html);
            assert_eq!(listed.len(), cards.len(), "{uri}");
            // Whole metres, as the list compares them: closer than that is a
            // tie, left to the neutral shuffle.
            let metres = |id: &str| {
                let card = cards.iter().find(|c| c.id == id).unwrap();
                nearest_m(from, card.addresses.iter().map(|a| a.point)).map_or(f64::MAX, f64::round)
            };
            for pair in listed.windows(2) {
                assert!(metres(&pair[0]) <= metres(&pair[1]), "{uri}: {pair:?}");
            }
            // Each card says its distance, as the straight line rounds.
            for (id, said) in listed.iter().zip(card_distances(&html)) {
                let expected = match metres(id) {
                    m if m == f64::MAX => "Ingen besöksadress angiven".to_string(),
                    m => match RoundedDistance::of(m) {
                        RoundedDistance::UnderOneKm => {
                            format!("Mindre än 1 km från {} fågelvägen", place.name)
                        }
                        RoundedDistance::AboutKm(km) => {
                            format!("Cirka {km} km från {} fågelvägen", place.name)
                        }
                    },
                };
                assert_eq!(said, expected, "{uri}: {id}");
            }
            assert!(html.contains(&format!("Närmast först från {}", place.name)));
            checked += 1;
        }
    }
    assert!(checked >= 12, "{checked} lists checked");
}

#[tokio::test]
async fn a_start_place_alone_keeps_the_neutral_random_order() {
    let app = portal(demo_db().await, TODAY).await;
    for seed in ["a", "b", "c"] {
        let (_, plain) = get(&app, &format!("/sv/level/ami2?seed={seed}"), &[]).await;
        let (_, placed) = get(&app, &format!("/sv/level/ami2?seed={seed}&from=boo"), &[]).await;
        assert_eq!(listed_ids(&plain), listed_ids(&placed), "seed {seed}");
        assert!(placed.contains("Cirka") && !plain.contains(r#"<p class="distance">"#));
        // The list's own link keeps the start place, so a shared list says
        // the same distances.
        assert!(placed.contains(&format!("seed={seed}&amp;from=boo")));
    }
    // Nearest first without a start place says how to get it, and stays random.
    let (response, asked) = get(&app, "/sv/level/ami2?seed=a&order=distance", &[]).await;
    assert_eq!(response.status(), 200);
    let (_, plain) = get(&app, "/sv/level/ami2?seed=a", &[]).await;
    assert_eq!(listed_ids(&asked), listed_ids(&plain));
    assert!(asked.contains("Välj var du utgår från för att visa de närmaste först"));
}

#[tokio::test]
async fn an_unknown_or_hostile_start_place_is_ignored_never_an_error() {
    let app = portal(demo_db().await, TODAY).await;
    let long = "x".repeat(5000);
    for from in [
        "orminge",
        "",
        "%3Cscript%3Ealert(1)%3C/script%3E",
        "Nacka",
        "nacka%20",
        "..%2F..%2Fetc",
        &long,
    ] {
        for path in ["/sv/level/ami2", "/ar/provider/jobblotsen"] {
            let uri = format!("{path}?seed=a&from={from}&order=distance");
            let (response, html) = get(&app, &uri, &[]).await;
            assert_eq!(response.status(), 200, "{uri}");
            assert!(!html.contains("<script>alert"), "{uri}");
            assert!(!html.contains(r#"<p class="distance">"#), "{uri}");
        }
    }
}

#[tokio::test]
async fn the_map_draws_every_listed_address_and_lists_the_same_points() {
    let db = demo_db().await;
    let app = portal(db.clone(), TODAY).await;
    for level in ["ami1", "ami2", "fai1"] {
        let cards = cards(&db, level).await;
        let (_, html) = get(&app, &format!("/sv/level/{level}?seed=m&from=sickla"), &[]).await;
        let map = &html[html.find(r#"class="provider-map""#).unwrap()..];
        let map = &map[..map.find("</section>").unwrap()];
        let svg = &map[map.find("<svg").unwrap()..map.find("</svg>").unwrap()];
        assert!(svg.contains(r#"role="img""#) && svg.contains("<title"));
        // The districts and the chosen stop, by name; a scale and north.
        for name in ["Nacka", "Boo", "Saltsjöbaden", "Sickla"] {
            assert!(svg.contains(&format!(">{name}</text>")), "{level}: {name}");
        }
        assert!(svg.contains(r#"class="map-scale""#) && svg.contains(r#"class="map-north""#));
        let view_box = svg.split(r#"viewBox="0 0 "#).nth(1).unwrap();
        let (width, height) = view_box[..view_box.find('"').unwrap()]
            .split_once(' ')
            .unwrap();
        let (width, height): (f64, f64) = (width.parse().unwrap(), height.parse().unwrap());
        // Each mark inside the drawing, naming the list numbers of the
        // providers there: every provider with an address is on the map,
        // none without.
        let mut on_map = std::collections::HashSet::new();
        for mark in svg.split(r#"class="map-provider""#).skip(1) {
            let attr = |name: &str| -> f64 {
                let start = mark.find(&format!(r#" {name}=""#)).unwrap() + name.len() + 3;
                mark[start..start + mark[start..].find('"').unwrap()]
                    .parse()
                    .unwrap()
            };
            assert!((0.0..=width).contains(&attr("x")) && (0.0..=height).contains(&attr("y")));
            let label = &mark[mark.find("<text").unwrap()..mark.find("</text>").unwrap()];
            let label = &label[label.find('>').unwrap() + 1..];
            on_map.extend(label.split(',').map(|n| n.parse::<usize>().unwrap()));
        }
        let placed: std::collections::HashSet<usize> = listed_ids(&html)
            .iter()
            .enumerate()
            .filter(|(_, id)| {
                cards
                    .iter()
                    .any(|c| &c.id == *id && !c.addresses.is_empty())
            })
            .map(|(i, _)| i + 1)
            .collect();
        assert_eq!(on_map, placed, "{level}");
        // The list beside it: every provider, numbered as its points, with
        // its addresses and distances.
        let listed = listed_ids(&html);
        for (i, id) in listed.iter().enumerate() {
            let card = cards.iter().find(|c| &c.id == id).unwrap();
            let item = format!(
                r#"<li value="{}"><a href="/sv/provider/{id}?level={level}&amp;from=sickla""#,
                i + 1
            );
            assert!(map.contains(&item), "{level}: {item}");
            for address in &card.addresses {
                assert!(map.contains(&address.line()), "{level}: {}", address.line());
            }
        }
    }
}

#[tokio::test]
async fn every_locale_says_distances_and_draws_the_map_in_its_own_words() {
    let app = portal(demo_db().await, TODAY).await;
    let mut texts = std::collections::HashSet::new();
    for locale in Locale::ALL {
        let uri = format!(
            "/{}/level/ami2?seed=a&from=fisksatra&order=distance",
            locale.slug()
        );
        let (response, html) = get(&app, &uri, &[]).await;
        assert_eq!(response.status(), 200, "{uri}");
        let said = card_distances(&html);
        assert!(
            !said.is_empty() && said.iter().all(|d| !d.is_empty()),
            "{uri}"
        );
        assert!(said.iter().any(|d| d.contains("Fisksätra")), "{uri}");
        texts.insert(said[0].clone());
        // The map's own tag, not the page's: west stays left in every locale.
        let svg_tag = html
            .split("<svg ")
            .map(|tag| &tag[..tag.find('>').unwrap()])
            .find(|tag| tag.contains(r#"class="map""#))
            .unwrap_or_else(|| panic!("{uri}: no map"));
        assert!(
            svg_tag.contains(r#"dir="ltr""#),
            "{uri}: the map keeps its geometry"
        );
    }
    assert!(texts.len() >= 7, "each language words it: {texts:?}");
}

#[tokio::test]
async fn a_profile_lists_its_visiting_addresses_with_distances_from_the_start_place() {
    let db = demo_db().await;
    let app = portal(db.clone(), TODAY).await;
    let place = start_place("igelboda").unwrap();
    let mut with_addresses = 0;
    for card in cards(&db, "ami2").await {
        let uri = format!("/sv/provider/{}?level=ami2&from={}", card.id, place.code);
        let (response, html) = get(&app, &uri, &[]).await;
        assert_eq!(response.status(), 200);
        assert!(
            html.contains("<h2 id=\"visiting-heading\">Besöksadresser</h2>"),
            "{uri}"
        );
        if card.addresses.is_empty() {
            assert!(html.contains("Ingen besöksadress angiven"), "{uri}");
            continue;
        }
        with_addresses += 1;
        for address in &card.addresses {
            assert!(html.contains(&address.line()), "{uri}");
        }
        // The form that picks the start place keeps the level and shows the choice.
        assert!(html.contains(r#"<input type="hidden" name="level" value="ami2""#));
        assert!(
            html.contains(r#"<option value="igelboda" selected"#),
            "{uri}"
        );
    }
    assert!(with_addresses > 0);
}

fn address_form<'a>(csrf: &'a str, rows: &[[&'a str; 4]]) -> Vec<(String, String)> {
    let mut form = vec![
        ("csrf".to_string(), csrf.to_string()),
        ("intent".to_string(), "submit".to_string()),
        ("phone".to_string(), "08-123 45 67".to_string()),
        (
            "presentation-sv".to_string(),
            "Vi finns nära dig.".to_string(),
        ),
    ];
    for (i, row) in rows.iter().enumerate() {
        for (part, value) in ["street_address", "postal_code", "city", "coordinates"]
            .iter()
            .zip(row)
        {
            form.push((format!("address-{}-{part}", i + 1), value.to_string()));
        }
    }
    form
}

fn pairs(form: &[(String, String)]) -> Vec<(&str, &str)> {
    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

#[tokio::test]
async fn an_editors_addresses_wait_for_review_and_bad_coordinates_change_nothing() {
    let db = demo_db().await;
    create(&db, "redaktor", editor_of("jobblotsen")).await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db.clone(), TODAY).await;
    let mut editor = signed_in(&app, "redaktor").await;
    let csrf = editor.csrf(&app, "/en/account/profile").await;

    // Swapped coordinates, a missing town and a bad postcode: every error
    // named and translated, what was typed kept, nothing stored.
    let before = version_count(&db).await;
    let form = address_form(
        &csrf,
        &[
            ["Zebragatan 1", "13130", "Nacka", "18.16389, 59.31"],
            ["Zebragatan 2", "13130", "", "59.3, 18.2"],
            ["Zebragatan 3", "131", "Nacka", "59.3 18.2"],
        ],
    );
    let (response, html) = editor
        .post(&app, "/en/account/profile", &pairs(&form))
        .await;
    assert_eq!(response.status(), 422);
    assert!(html.contains("Visiting address 1: the coordinates are not a place in Sweden"));
    assert!(html.contains("Visiting address 2: fill in every part"));
    assert!(html.contains("Visiting address 3: write a postcode with five digits"));
    assert!(html.contains(r##"href="#field-address-1-coordinates""##));
    assert!(
        html.contains(r#"value="18.16389, 59.31""#),
        "what was typed is kept"
    );
    assert_eq!(version_count(&db).await, before);

    // Two good rows, with a gap left empty between them.
    let form = address_form(
        &csrf,
        &[
            ["Zebragatan 1", "13130", "Nacka", "59,29412 18,25601"],
            ["", "", "", ""],
            ["Zebragatan 3", "13131", "Nacka", "59.319, 18.073"],
        ],
    );
    let (response, _) = editor
        .post(&app, "/en/account/profile", &pairs(&form))
        .await;
    assert_eq!(response.status(), 303);
    let (_, public) = get(&app, "/sv/provider/jobblotsen", &[]).await;
    assert!(!public.contains("Zebragatan"), "addresses wait for review");

    let mut admin = signed_in(&app, "anna").await;
    let (_, overview) = admin.get(&app, "/sv/account").await;
    let start = overview
        .find("/sv/account/reviews/")
        .expect("waits for review");
    let review_path: String = overview[start..]
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    let (_, review) = admin.get(&app, &review_path).await;
    assert!(review.contains("Zebragatan 1, 131 30 Nacka (59.294120, 18.256010)"));
    let csrf = csrf_in(&review);
    let (response, _) = admin
        .post(
            &app,
            &review_path,
            &[("csrf", &csrf), ("decision", "publish")],
        )
        .await;
    assert_eq!(response.status(), 303);

    let (_, public) = get(&app, "/sv/provider/jobblotsen?from=fisksatra", &[]).await;
    assert!(public.contains("Zebragatan 1, 131 30 Nacka"));
    assert!(public.contains("Zebragatan 3, 131 31 Nacka"));
    assert!(public.contains("Mindre än 1 km från Fisksätra fågelvägen"));
    let (_, list) = get(
        &app,
        "/sv/level/ami1?seed=z&from=fisksatra&order=distance",
        &[],
    )
    .await;
    assert_eq!(
        listed_ids(&list)[0],
        "jobblotsen",
        "the list follows at once"
    );
}

#[tokio::test]
async fn staff_correct_a_point_at_once_and_only_staff_can() {
    let db = demo_db().await;
    create(&db, "redaktor", editor_of("jobblotsen")).await;
    create(&db, "anna", Role::Administrator).await;
    let app = portal(db.clone(), TODAY).await;
    let provider = "omstallarna";
    let page = format!("/sv/account/providers/{provider}/addresses");
    let published = cards(&db, "ami2")
        .await
        .into_iter()
        .find(|c| c.id == provider)
        .unwrap()
        .addresses;
    assert!(!published.is_empty());

    // An editor may not, not even for another provider's page.
    let mut editor = signed_in(&app, "redaktor").await;
    let (response, _) = editor.get(&app, &page).await;
    assert_eq!(response.status(), 403);
    let csrf = editor.csrf(&app, "/sv/account/profile").await;
    let before = version_count(&db).await;
    let (response, _) = editor
        .post(
            &app,
            &page,
            &[
                ("csrf", &csrf),
                ("address-1-street_address", "Kapargatan 1"),
            ],
        )
        .await;
    assert_eq!(response.status(), 403);
    assert_eq!(version_count(&db).await, before);

    let mut admin = signed_in(&app, "anna").await;
    let (response, html) = admin.get(&app, &page).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains(&format!(r#"value="{}""#, published[0].point.text())));
    let csrf = csrf_in(&html);

    // A wrong point is refused with its reason, and nothing changes.
    let address = &published[0];
    let (response, html) = admin
        .post(
            &app,
            &page,
            &[
                ("csrf", &csrf),
                ("address-1-street_address", &address.street_address),
                ("address-1-postal_code", &address.postal_code),
                ("address-1-city", &address.city),
                ("address-1-coordinates", "0, 0"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(html.contains("Besöksadress 1: koordinaterna är inte en plats i Sverige"));
    assert_eq!(version_count(&db).await, before);

    // Rows past the most a profile lists are an error, not lost without a
    // word; a post without the form's address fields empties nothing.
    let mut seven: Vec<(String, String)> = vec![("csrf".into(), csrf.clone())];
    for row in 1..=7 {
        for (part, value) in [
            ("street_address", format!("Gatan {row}")),
            ("postal_code", "13130".into()),
            ("city", "Nacka".into()),
            ("coordinates", "59.3, 18.2".into()),
        ] {
            seven.push((format!("address-{row}-{part}"), value));
        }
    }
    let seven: Vec<(&str, &str)> = seven
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let (response, html) = admin.post(&app, &page, &seven).await;
    assert_eq!(response.status(), 422);
    assert!(html.contains("En profil visar högst 5 besöksadresser."));
    assert!(
        html.contains(r#"id="field-address-6-street_address""#),
        "the extra rows stay in view"
    );
    let (response, _) = admin.post(&app, &page, &[("csrf", &csrf)]).await;
    assert_eq!(response.status(), 422);
    assert_eq!(version_count(&db).await, before);

    let (response, _) = admin
        .post(
            &app,
            &page,
            &[
                ("csrf", &csrf),
                ("address-1-street_address", "Rättad väg 5\r\n<b>"),
                ("address-1-postal_code", "13240"),
                ("address-1-city", "Saltsjö-Boo"),
                ("address-1-coordinates", "59.31667, 18.25"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/sv/account?done=addresses-corrected");
    let (_, public) = get(&app, &format!("/sv/provider/{provider}?from=boo"), &[]).await;
    assert!(
        public.contains("Rättad väg 5&lt;b&gt;, 132 40 Saltsjö-Boo"),
        "one line, as text"
    );
    assert!(public.contains("Mindre än 1 km från Boo fågelvägen"));
    assert!(
        !public.contains(&address.line()),
        "the corrected list replaces the old"
    );
    let (_, history) = admin
        .get(&app, &format!("/sv/account/providers/{provider}/history"))
        .await;
    assert!(
        history.contains("anna"),
        "the correction is in the history, by its author"
    );
}
