//! Choosing a provider over HTTP: the neutral order, filters, search,
//! profiles and the default provider.

mod common;

use std::time::Duration;

use common::{
    demo_db, get, portal, publish_presentation_elsewhere, published_demo_db,
    published_without_disclosure_control, until,
};
use server::changes::RECHECK_AFTER;

const TODAY: &str = "2025-03-14";

/// Provider names in the order the level page lists them.
fn listed_names(html: &str) -> Vec<String> {
    html.split(r#"<h3 class="provider-card__name">"#)
        .skip(1)
        .filter_map(|part| {
            let start = part.find('>')? + 1;
            let end = part[start..].find("</a>")?;
            Some(part[start..start + end].to_string())
        })
        .collect()
}

#[tokio::test]
async fn the_list_is_shuffled_by_the_seed_and_stable_for_it() {
    let app = portal(demo_db().await, TODAY).await;
    let (_, first) = get(&app, "/sv/level/ami2?seed=abc", &[]).await;
    let (_, again) = get(&app, "/sv/level/ami2?seed=abc", &[]).await;
    assert_eq!(listed_names(&first), listed_names(&again));
    assert_eq!(listed_names(&first).len(), 7);
    assert!(first.contains("Slumpad ordning") || first.contains("slumpad ordning"));

    let orders: std::collections::HashSet<Vec<String>> = futures_orders(&app).await;
    assert!(orders.len() > 1, "different seeds give different orders");
}

async fn futures_orders(app: &axum::Router) -> std::collections::HashSet<Vec<String>> {
    let mut orders = std::collections::HashSet::new();
    for seed in ["a", "b", "c", "d", "e", "f"] {
        let (_, html) = get(app, &format!("/sv/level/ami2?seed={seed}"), &[]).await;
        orders.insert(listed_names(&html));
    }
    orders
}

#[tokio::test]
async fn a_visitor_without_a_seed_gets_one_remembered_in_a_cookie() {
    let app = portal(demo_db().await, TODAY).await;
    let (response, html) = get(&app, "/sv/level/ami2", &[]).await;
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("jf_seed="))
        .expect("a seed cookie")
        .to_string();
    let seed = cookie
        .trim_start_matches("jf_seed=")
        .split(';')
        .next()
        .unwrap()
        .to_string();
    assert!(
        html.contains(&format!("seed={seed}")),
        "the share link carries the seed"
    );
    let (_, again) = get(
        &app,
        "/sv/level/ami2",
        &[("cookie", &format!("jf_seed={seed}"))],
    )
    .await;
    assert_eq!(listed_names(&html), listed_names(&again));
}

#[tokio::test]
async fn alphabetical_order_only_when_asked_for() {
    let app = portal(demo_db().await, TODAY).await;
    let (_, html) = get(&app, "/sv/level/ami2?seed=x&order=name", &[]).await;
    let names = listed_names(&html);
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
}

#[tokio::test]
async fn filters_narrow_the_list_and_show_counts() {
    let app = portal(demo_db().await, TODAY).await;
    let (_, all) = get(&app, "/en/level/ami2?seed=x", &[]).await;
    let (_, digital) = get(&app, "/en/level/ami2?seed=x&meeting_form=digital", &[]).await;
    let all_names = listed_names(&all);
    let digital_names = listed_names(&digital);
    assert!(!digital_names.is_empty() && digital_names.len() < all_names.len());
    assert!(digital_names.iter().all(|n| all_names.contains(n)));
    assert!(all.contains(&format!("Digital meetings ({})", digital_names.len())));
    assert!(digital.contains(&format!("Showing {} of 7 providers.", digital_names.len())));
    // The chosen filter is checked in the form.
    assert!(digital.contains(r#"value="digital" checked"#));
}

#[tokio::test]
async fn search_finds_names_and_forgives_a_typo() {
    let app = portal(demo_db().await, TODAY).await;
    let (_, html) = get(&app, "/sv/level/ami2?seed=x&q=Cognix", &[]).await;
    assert_eq!(listed_names(&html), ["Cognix"]);
    // One letter missing: Cognix is still found (so may providers whose
    // texts hold a near word, such as "cognitive").
    let (_, html) = get(&app, "/sv/level/ami2?seed=x&q=Cogix", &[]).await;
    assert!(listed_names(&html).contains(&"Cognix".to_string()));
}

#[tokio::test]
async fn any_search_string_gives_a_page_never_an_error() {
    let app = portal(demo_db().await, TODAY).await;
    let long = "a".repeat(10_000);
    for q in [
        "%22unclosed",
        "title%3Afoo+AND+OR",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%27%3B+DROP+TABLE+provider%3B--",
        "%00%07%1B",
        "*%3F~%5E",
        long.as_str(),
    ] {
        let (response, html) = get(&app, &format!("/sv/level/ami2?seed=x&q={q}"), &[]).await;
        assert_eq!(response.status(), 200, "{q:.40}");
        assert!(!html.contains("<script>alert"), "{q:.40}");
    }
    let (_, html) = get(&app, &format!("/sv/level/ami2?seed=x&q={long}"), &[]).await;
    assert!(html.contains("Sökningen var för lång"));
}

#[tokio::test]
async fn the_profile_shows_the_same_fields_for_every_provider() {
    let app = portal(demo_db().await, TODAY).await;
    for id in ["arbetsmarknadsgruppen", "jobblotsen", "stadsmissionen"] {
        let (response, html) = get(&app, &format!("/en/provider/{id}"), &[]).await;
        assert_eq!(response.status(), 200, "{id}");
        for field in [
            "Type of organisation",
            "Languages",
            "Area",
            "Special competence",
            "Industries in the employer network",
            "Meetings",
            "Accessibility of the premises",
            "Phone",
            "Visiting addresses",
            "Postal address",
            "Interventions the provider offers",
            "Updated 1 January 2025",
        ] {
            assert!(html.contains(field), "{id} shows {field}");
        }
    }
}

#[tokio::test]
async fn a_presentation_missing_in_the_readers_language_falls_back_to_swedish() {
    let app = portal(demo_db().await, TODAY).await;
    // The demo's second provider (Jobblotsen) wrote only in Swedish.
    let (_, html) = get(&app, "/en/provider/jobblotsen", &[]).await;
    assert!(html.contains("The text is in Swedish"));
    assert!(html.contains(r#"lang="sv""#));
}

#[tokio::test]
async fn an_unknown_provider_is_a_translated_404() {
    let app = portal(demo_db().await, TODAY).await;
    let (response, html) = get(&app, "/en/provider/no-such-provider", &[]).await;
    assert_eq!(response.status(), 404);
    assert!(html.contains("Page not found"));
}

#[tokio::test]
async fn the_start_page_names_each_levels_default_provider() {
    let app = portal(demo_db().await, TODAY).await;
    let (_, html) = get(&app, "/sv", &[]).await;
    // The six levels of 2024, each with providers to rotate among.
    assert_eq!(html.matches("Förvalsanordnare just nu:").count(), 6);
}

/// The default provider a level page names, and the rest of the page.
fn named_default(html: &str) -> (String, &str) {
    let section = &html[html.find("default-provider-heading").unwrap()..];
    let end = section.find("</section>").unwrap();
    let text = &section[..end];
    let start = text.find("Just nu är det ").expect("a default is named") + "Just nu är det ".len();
    let name = text[start..].split(". Förvalsanordnaren").next().unwrap();
    (name.to_string(), &section[end..])
}

#[tokio::test]
async fn every_levels_default_provider_is_one_in_its_list_with_the_day_it_changes() {
    let db = demo_db().await;
    // Six rotation periods of two weeks, and a day inside one.
    for day in [
        "2025-03-14",
        "2025-03-20",
        "2025-03-28",
        "2025-04-11",
        "2025-04-25",
        "2025-05-09",
    ] {
        let app = portal(db.clone(), day).await;
        for level in ["fai1", "fai2", "ami1", "ami2", "isa1", "isa2"] {
            let (_, html) = get(&app, &format!("/sv/level/{level}"), &[]).await;
            let (name, list) = named_default(&html);
            assert!(
                list.contains(&name),
                "{level} on {day}: the default {name} is not in the list"
            );
            assert!(
                html.contains("Det gäller till och med "),
                "{level} on {day}"
            );
        }
    }
}

#[tokio::test]
async fn three_providers_compare_side_by_side_with_a_qr_code() {
    let app = portal(demo_db().await, TODAY).await;
    let (response, html) = get(
        &app,
        "/en/compare?level=ami2&p=cognix&p=jobblotsen&p=arbetsmarknadsgruppen",
        &[("host", "portal.example")],
    )
    .await;
    assert_eq!(response.status(), 200);
    let table = &html[html.find("<table").unwrap()..html.find("</table>").unwrap()];
    // The providers in the order chosen, the same fields for each.
    let cognix = table.find("Cognix").unwrap();
    let jobblotsen = table.find("Jobblotsen").unwrap();
    assert!(cognix < jobblotsen);
    // Sixteen fields (visiting addresses among them), the statistics (none
    // published in this database), and the way to "my choice" for each
    // provider.
    assert_eq!(table.matches("<th scope=\"row\">").count(), 18);
    assert!(table.contains("Exempelgränd"), "where each provider is");
    assert!(table.contains("I choose Jobblotsen for AMI 2"));
    assert!(html.contains("<svg"), "a QR code is drawn");
    assert!(html.contains("QR code with a link to this page"));
}

#[tokio::test]
async fn comparing_fewer_than_two_or_unknown_providers_explains_itself() {
    let app = portal(demo_db().await, TODAY).await;
    for uri in [
        "/sv/compare",
        "/sv/compare?p=cognix",
        "/sv/compare?p=nobody&p=%3Cscript%3E",
    ] {
        let (response, html) = get(&app, uri, &[]).await;
        assert_eq!(response.status(), 200, "{uri}");
        assert!(html.contains("Välj minst två anordnare"), "{uri}");
    }
    let (_, html) = get(
        &app,
        "/sv/compare?p=cognix&p=misa&p=jobblotsen&p=omstallarna&p=samtalsplatsen",
        &[],
    )
    .await;
    assert!(html.contains("högst fyra"));
}

#[tokio::test]
async fn lists_and_profiles_kept_in_memory_follow_a_change_from_any_instance() {
    let db = demo_db().await;
    let app = portal(db.clone(), TODAY).await;
    let (_, list) = get(&app, "/sv/level/ami2?seed=x", &[]).await;
    assert!(listed_names(&list).contains(&"Jobblotsen".to_string()));
    let (_, profile) = get(&app, "/sv/provider/jobblotsen", &[]).await;
    assert!(!profile.contains("Vi har flyttat till Orminge."));

    // Another instance writes, as every public change is written: with a
    // change row in the same transaction.
    let mut tx = db.pool().begin().await.unwrap();
    sqlx::query(
        "UPDATE provider_authorization SET authorized_to = '2025-03-13'
          WHERE provider_id = 'jobblotsen' AND intervention_code = 'AMI2'",
    )
    .execute(&mut *tx)
    .await
    .unwrap();
    publish_presentation_elsewhere(
        &mut tx,
        db.backend(),
        "jobblotsen",
        "Vi har flyttat till Orminge.",
        "2025-03-13T00:00:00Z",
    )
    .await;
    tx.commit().await.unwrap();

    // This instance hears of it by a notification (PostgreSQL) or, at the
    // latest, once the version it knows is `RECHECK_AFTER` old. Its own
    // changes show at once (self_service.rs).
    until(RECHECK_AFTER + Duration::from_secs(2), || async {
        let (_, list) = get(&app, "/sv/level/ami2?seed=x", &[]).await;
        let (_, profile) = get(&app, "/sv/provider/jobblotsen", &[]).await;
        !listed_names(&list).contains(&"Jobblotsen".to_string())
            && profile.contains("Vi har flyttat till Orminge.")
    })
    .await;
}

/// The cells of the comparison table's row labelled `label`, one per
/// provider, in order.
fn row_cells(html: &str, label: &str) -> Vec<String> {
    let row = html
        .split(&format!(r#"<th scope="row">{label}</th>"#))
        .nth(1)
        .and_then(|rest| rest.split("</tr>").next())
        .unwrap_or_else(|| panic!("a row {label}"));
    row.split("<td>")
        .skip(1)
        .filter_map(|cell| cell.split("</td>").next())
        .map(str::to_string)
        .collect()
}

#[tokio::test]
async fn the_comparison_shows_each_providers_results_for_the_level() {
    let app = portal(published_without_disclosure_control().await, TODAY).await;
    let (response, html) = get(&app, "/en/compare?p=cognix&p=jobblotsen&level=ami2", &[]).await;
    assert_eq!(response.status(), 200);
    let period = row_cells(&html, "Statistics for AMI 2");
    assert_eq!(period.len(), 2, "{period:?}");
    assert_eq!(period[0], period[1], "one publication for all");
    let self_sufficiency = row_cells(
        &html,
        "Ended in self-sufficiency (work, studies or own business)",
    );
    assert!(
        self_sufficiency.iter().all(|cell| cell.contains("likely")),
        "{self_sufficiency:?}: n and interval"
    );
    let nki = row_cells(&html, "Customer satisfaction index (NKI) on a scale of 1–5");
    assert!(
        nki.iter().all(|cell| cell.contains("answered")),
        "{nki:?}: with its respondents"
    );
    let rate = row_cells(&html, "Response rate in the customer survey");
    assert_eq!(rate.len(), 2);
    let verdicts = row_cells(&html, "Compared with the other providers of AMI 2");
    for (verdict, name) in verdicts.iter().zip(["Cognix", "Jobblotsen"]) {
        let plain = verdict.contains(name)
            && [
                " is higher than ",
                " is lower than ",
                " cannot be told apart from ",
            ]
            .iter()
            .any(|words| verdict.contains(words));
        assert!(
            plain || verdict.starts_with("Cannot be compared"),
            "{verdict}"
        );
    }
    // The same figure as on the provider's own profile, from the same publication.
    for (id, figure) in ["cognix", "jobblotsen"].iter().zip(&self_sufficiency) {
        let (_, profile) = get(&app, &format!("/en/provider/{id}"), &[]).await;
        assert!(profile.contains(figure.as_str()), "{id}: {figure}");
    }
}

#[tokio::test]
async fn results_are_hidden_in_words_and_absent_without_a_level_or_a_publication() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (_, html) = get(&app, "/en/compare?p=cognix&p=jobblotsen&level=ami2", &[]).await;
    let self_sufficiency = row_cells(
        &html,
        "Ended in self-sufficiency (work, studies or own business)",
    );
    assert_eq!(self_sufficiency.len(), 2);
    assert!(
        self_sufficiency.iter().all(|cell| cell.contains("likely")
            || cell.contains("not shown")
            || cell.contains("Not shown")
            || cell.contains("Too few")),
        "{self_sufficiency:?}"
    );
    // Eductus had no AMI 2 cases in the period: it says so in each row.
    let (_, html) = get(&app, "/en/compare?p=cognix&p=eductus&level=ami2", &[]).await;
    let self_sufficiency = row_cells(
        &html,
        "Ended in self-sufficiency (work, studies or own business)",
    );
    assert!(
        self_sufficiency[1].contains("No published figures for"),
        "{self_sufficiency:?}"
    );
    let (_, without_level) = get(&app, "/en/compare?p=cognix&p=jobblotsen", &[]).await;
    assert!(
        !without_level.contains("Statistics for"),
        "results belong to a level"
    );

    let unpublished = portal(demo_db().await, TODAY).await;
    let (_, html) = get(
        &unpublished,
        "/en/compare?p=cognix&p=jobblotsen&level=ami2",
        &[],
    )
    .await;
    assert_eq!(
        row_cells(&html, "Statistics for AMI 2"),
        ["No statistics have been published yet."; 2]
    );
}
