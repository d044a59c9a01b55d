//! Demonstration data: the providers the 2023 quality report names, with
//! invented profiles and invented 2024 authorizations.
//!
//! The source documents name the providers (000 §6.2–6.3) but not which 2024
//! levels each holds, nor addresses, languages or methods: all of that here
//! is invented, and every page says that the portal runs on demonstration
//! data while the `demonstration_data` setting is on. The synthetic cases of
//! [`cases`] make the 2023 statistics equal the report's tables; those of
//! [`cases_2024`] give today's levels figures too; [`survey`] answers the
//! customer survey of both years.

pub mod cases;
pub mod cases_2024;
pub mod survey;

use chrono::NaiveDate;
use domain::{
    model::{OrganisationForm, VisitingAddress},
    places::GeoPoint,
    profile_fields::{FieldValues, ProfileField as Field},
};

use crate::db::{
    profiles::{self, ProfileContent},
    providers::{self, NewProvider},
    search_changes, settings, Db, DbError,
};

struct DemoProvider {
    id: &'static str,
    name: &'static str,
    form: OrganisationForm,
    /// 2024 levels (invented). Empty: de-authorized at the end of 2023.
    levels_2024: &'static [&'static str],
}

const fn provider(
    id: &'static str,
    name: &'static str,
    form: OrganisationForm,
    levels_2024: &'static [&'static str],
) -> DemoProvider {
    DemoProvider {
        id,
        name,
        form,
        levels_2024,
    }
}

use OrganisationForm::{Company, Municipal, NonProfit};

/// The report says thirteen providers were authorized in 2023, nine continue
/// and four left (Eductus, Coachgruppen AB, AllJobb AB, TrimTab AB), yet its
/// tables name thirteen providers with cases besides Coachgruppen AB, which
/// had none. That leaves ten continuing; we keep all ten.
const PROVIDERS: [DemoProvider; 14] = [
    provider(
        "arbetsmarknadsgruppen",
        "Arbetsmarknadsgruppen",
        Municipal,
        &["FAI1", "FAI2", "AMI1", "AMI2", "ISA1", "ISA2"],
    ),
    provider("jobblotsen", "Jobblotsen", Company, &["AMI1", "AMI2"]),
    provider(
        "back-to-future",
        "Back to future",
        Company,
        &["AMI1", "AMI2", "ISA2"],
    ),
    provider("cognix", "Cognix", Company, &["FAI1", "FAI2", "AMI2"]),
    provider(
        "stadsmissionen",
        "Stadsmissionen",
        NonProfit,
        &["FAI2", "ISA1", "ISA2"],
    ),
    provider("misa", "MISA", Company, &["FAI1", "FAI2"]),
    provider(
        "samtalsplatsen",
        "Samtalsplatsen",
        Company,
        &["FAI2", "AMI2"],
    ),
    provider("omstallarna", "Omställarna", Company, &["AMI1", "AMI2"]),
    provider(
        "osynliga-jobb",
        "Osynliga jobb",
        Company,
        &["AMI1", "ISA1", "ISA2"],
    ),
    provider(
        "youth-and-care",
        "Youth and Care",
        Company,
        &["AMI2", "ISA2"],
    ),
    provider("alljobb", "AllJobb AB", Company, &[]),
    provider("trimtab", "TrimTab AB", Company, &[]),
    provider("eductus", "Eductus", Company, &[]),
    provider("coachgruppen", "Coachgruppen AB", Company, &[]),
];

/// What each invented profile says of its work, in the order of
/// [`PROVIDERS`]: ordinary Swedish with compounds and definite forms, so
/// that search has real texts to be tried on (`server/tests/search_quality.tsv`).
const ABOUT: [&str; 14] = [
    "Kommunens egen anordnare. Vi erbjuder arbetsträning i kommunala verksamheter, \
     till exempel i ett trädgårdsprojekt och i en second hand-butik. Du har en fast handledare.",
    "Vi matchar dig mot lediga jobb inom äldreomsorgen och handeln. Vi skriver CV och \
     personligt brev tillsammans och övar inför anställningsintervjuer.",
    "Vi arbetar med unga som har ADHD eller autism. Praktik på caféer och i städföretag, \
     med en coach som finns med på arbetsplatsen.",
    "Specialister på kognitiva svårigheter. Vi kartlägger din arbetsförmåga och tränar \
     på ett lager med truckkörning och plock.",
    "Ideell organisation. Språkträning på arbetsplatser i Fisksätra och \
     samhällsorientering i små grupper. Vi samarbetar med byggföretag och butiker.",
    "Arbetsprövning för dig som är ny i Sverige eller har varit utan arbete länge. Vi har \
     kontakter med restaurangkök, hemtjänsten och dataföretag.",
    "Samtalsstöd och motivation för dig som varken arbetar eller studerar. Praktikplatser \
     inom lokalvård och på lagret hos en logistikfirma.",
    "Vi hjälper dig att byta yrke. Korta utbildningar för truckkort och yrkessvenska, \
     praktik i byggbranschen och i butik.",
    "Vi hittar de osynliga jobben som aldrig annonseras. Nätverk av arbetsgivare inom \
     vård, bygg och IT i hela Stockholm.",
    "Stöd till flyktingar som vill arbeta på hotell och restauranger eller med städning. \
     Läxhjälp i svenska och hjälp att söka jobb.",
    "Arbetsträning i snickeriverkstaden och på vårt lager. Vi har lång erfarenhet av \
     neuropsykiatriska funktionsnedsättningar.",
    "Jobbcoachning på persiska, tigrinja och arabiska. Vi ordnar praktik inom industrin \
     och lagerlogistik.",
    "Utbildning och studievägledning. Vi hjälper dig att läsa in gymnasiet eller börja en \
     yrkesutbildning inom vården.",
    "Coachning i grupp och enskilt. Vi driver ett kafé där du kan träna på servering \
     och arbete i köket.",
];

const LANGUAGES: [&str; 8] = ["en", "ar", "prs", "fa", "so", "ti", "ru", "es"];
const AREAS: [&str; 5] = [
    "nacka-sickla",
    "nacka-centrum",
    "nacka-fisksatra",
    "nacka-orminge",
    "stockholm",
];
const COMPETENCES: [&str; 4] = ["npf", "far-from-labour-market", "young-adults", "newcomers"];
const INDUSTRIES: [&str; 7] = [
    "retail",
    "hospitality",
    "construction",
    "care",
    "logistics",
    "it",
    "cleaning",
];

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid calendar date")
}

/// An invented profile, varied by the provider's position in the list.
fn invented_profile(index: usize, provider: &DemoProvider) -> ProfileContent {
    let pick = |list: &[&str], count: usize| -> Vec<String> {
        (0..count)
            .map(|k| list[(index * 3 + k * 2) % list.len()].to_string())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect()
    };
    let mut facts: Vec<(String, String)> = vec![("language".into(), "sv".into())];
    facts.extend(
        pick(&LANGUAGES, 1 + index % 3)
            .into_iter()
            .map(|c| ("language".into(), c)),
    );
    facts.extend(
        pick(&AREAS, 1 + index % 2)
            .into_iter()
            .map(|c| ("area".into(), c)),
    );
    facts.extend(
        pick(&COMPETENCES, 1 + index % 3)
            .into_iter()
            .map(|c| ("competence".into(), c)),
    );
    facts.extend(
        pick(&INDUSTRIES, 2 + index % 3)
            .into_iter()
            .map(|c| ("industry".into(), c)),
    );
    facts.push(("meeting_form".into(), "on_site".into()));
    if index.is_multiple_of(2) {
        facts.push(("meeting_form".into(), "digital".into()));
    }
    if index % 3 != 1 {
        facts.push(("accessibility".into(), "step_free".into()));
    }
    if index.is_multiple_of(4) {
        facts.push(("accessibility".into(), "hearing_loop".into()));
    }
    if index % 2 == 1 {
        facts.push(("coaches".into(), "several_before_choice".into()));
    }
    let mut presentations = vec![(
        "sv".to_string(),
        format!(
            "{} är en påhittad anordnare i demonstrationsdata. Texten visar hur en \
             presentation ser ut: vi möter dig inom en vecka, gör en plan tillsammans \
             med dig och följer upp varje månad. {}",
            provider.name, ABOUT[index]
        ),
    )];
    if index.is_multiple_of(2) {
        presentations.push((
            "en".to_string(),
            format!(
                "{} is an invented provider in demonstration data. This text shows what a \
                 presentation looks like: we meet you within a week, make a plan with you \
                 and follow up every month.",
                provider.name
            ),
        ));
    }
    ProfileContent {
        addresses: invented_addresses(index),
        fields: FieldValues::default()
            .with(Field::Phone, format!("070-000 00 {:02}", index + 10))
            .with(Field::Email, format!("info@{}.example", provider.id))
            .with(Field::Website, format!("https://{}.example", provider.id))
            .with(Field::StreetAddress, format!("Exempelvägen {}", index + 1))
            .with(Field::PostalCode, "131 00")
            .with(
                Field::City,
                if index % 5 == 4 { "Stockholm" } else { "Nacka" },
            )
            .with(Field::EmployeeCount, (3 + (index * 7) % 40).to_string()),
        presentations,
        facts,
    }
}

/// Invented visiting addresses: most providers have one, some two, and one
/// in seven none, each a few hundred metres from a start place so the map
/// and distances have something to show. The streets do not exist.
fn invented_addresses(index: usize) -> Vec<VisitingAddress> {
    if index % 7 == 6 {
        return Vec::new();
    }
    let places = domain::places::START_PLACES;
    let count = if index.is_multiple_of(4) { 2 } else { 1 };
    (0..count)
        .map(|k| {
            let place = &places[(index * 5 + k * 11) % places.len()];
            // Up to about 600 m off the place, varied by the index.
            let step = |n: usize| ((index * 7 + k * 3 + n) % 11) as f64 - 5.0;
            VisitingAddress {
                street_address: format!("Exempelgränd {}", index + 1 + k * 20),
                postal_code: "131 00".into(),
                city: if place.code == "slussen" {
                    "Stockholm"
                } else {
                    "Nacka"
                }
                .into(),
                point: GeoPoint::from_degrees(
                    place.lat + step(0) * 0.001,
                    place.lon + step(5) * 0.002,
                ),
            }
        })
        .collect()
}

/// Loads the demonstration data unless the database already has providers.
/// Returns whether anything was loaded. Runs in one transaction: a failure
/// leaves the database as it was.
pub async fn seed(db: &Db, now: &str) -> Result<bool, DbError> {
    if providers::count(db).await? > 0 {
        return Ok(false);
    }
    let mut tx = db.pool().begin().await?;
    for (index, demo) in PROVIDERS.iter().enumerate() {
        providers::insert(
            &mut tx,
            &NewProvider {
                id: demo.id,
                name: demo.name,
                organisation_form: demo.form,
                organisation_number: None,
            },
            now,
        )
        .await?;
        // Everyone held the pre-2024 interventions; the four that left were
        // de-authorized at the end of 2023, the rest when they were phased out.
        let until = if demo.levels_2024.is_empty() {
            date(2023, 12, 31)
        } else {
            date(2024, 6, 30)
        };
        for code in ["JPG", "FJP", "SAI"] {
            providers::authorize(&mut tx, demo.id, code, date(2019, 1, 1), Some(until)).await?;
        }
        for (k, code) in demo.levels_2024.iter().enumerate() {
            // Staggered dates give the default-provider rotation an order.
            let from = date(2024, 1, 1) + chrono::Days::new((index * 3 + k) as u64);
            providers::authorize(&mut tx, demo.id, code, from, None).await?;
        }
        profiles::insert_published(
            &mut tx,
            demo.id,
            &invented_profile(index, demo),
            "demo",
            now,
        )
        .await?;
        // A server already running picks the new profiles up at once.
        search_changes::record(&mut tx, db.backend(), demo.id, now).await?;
    }
    let mut all_cases = cases::cases_2023();
    all_cases.extend(cases_2024::cases_2024());
    for batch in all_cases.chunks(crate::db::cases::batch_size(db.backend())) {
        crate::db::cases::upsert(&mut tx, batch, now).await?;
    }
    for batch in survey::responses().chunks(crate::db::survey::batch_size(db.backend())) {
        crate::db::survey::upsert(&mut tx, batch, now).await?;
    }
    settings::set_in(&mut tx, settings::DEMONSTRATION_DATA, "true").await?;
    tx.commit().await?;
    Ok(true)
}

/// Publishes the demonstration's statistics for 2023 and 2024, so that its
/// pages show figures from the start.
pub async fn publish(
    db: &Db,
    rules: &crate::stats::disclosure::DisclosureRules,
    now: &str,
) -> Result<
    Vec<(crate::stats::Period, crate::stats::publish::Publication)>,
    crate::stats::publish::PublishError,
> {
    let mut publications = Vec::new();
    for year in [2023, 2024] {
        let period = crate::stats::Period::calendar_year(year);
        let publication =
            crate::stats::publish::publish(db, period, rules, "demonstration data", now).await?;
        publications.push((period, publication));
    }
    Ok(publications)
}
