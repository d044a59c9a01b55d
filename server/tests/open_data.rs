//! Open data: the public statistics as CSV and JSON at stable addresses,
//! DCAT-AP-SE metadata in Swedish and English, and never a hidden value,
//! in files or on pages. On either backend.

mod common;

use common::{get, portal, published_demo_db};
use server::stats::publish::{full_figures, public_figures, snapshots};

const TODAY: &str = "2025-03-14";

#[tokio::test]
async fn statistics_and_survey_download_as_csv_and_json() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (response, csv) = get(&app, "/open-data/statistics/2023.csv", &[]).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("period_from,period_to,published_at,level,provider_id,provider_name,table,category,value,status,shown_as,ci_low,ci_high,n")
    );
    assert!(csv.contains(
        "2023-01-01,2023-12-31,2025-01-02T08:00:00Z,all,all,,gender,cases,239,shown,239,,,"
    ));
    // Omställarna's one JPG case is hidden: "<5", or ".." where the label
    // would give a neighbour away.
    assert!(
        csv.contains(",JPG,omstallarna,Omställarna,gender,M,,below_threshold,<5")
            || csv.contains(",JPG,omstallarna,Omställarna,gender,M,,suppressed,..")
    );

    let (response, json) = get(&app, "/open-data/statistics/2023.json", &[]).await;
    assert_eq!(response.status(), 200);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["dataset"], "statistics");
    assert_eq!(json["thresholds"]["min_count"], 5);
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(rows.len() + 1, csv.lines().count(), "the same rows in both");
    assert!(rows.iter().any(|r| r["level"] == "all"
        && r["table"] == "key_figures"
        && r["category"] == "self_sufficiency_percent"));

    let (response, survey) = get(&app, "/open-data/survey/2023.csv", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(survey.contains(",all,all,,survey,respondents,72,shown,72"));
    assert!(survey.contains(",all,all,,survey,nki,4.1,shown,4.1"));
}

#[tokio::test]
async fn unknown_files_are_404() {
    let app = portal(published_demo_db().await, TODAY).await;
    for path in [
        "/open-data/statistics/1999.csv",
        "/open-data/statistics/2023.xml",
        "/open-data/salaries/2023.csv",
        "/open-data/statistics/2023",
    ] {
        let (response, _) = get(&app, path, &[]).await;
        assert_eq!(response.status(), 404, "{path}");
    }
}

#[tokio::test]
async fn the_catalog_describes_every_dataset_in_swedish_and_english() {
    let app = portal(published_demo_db().await, TODAY).await;
    // The catalogue is cached publicly: its links come from the configured
    // public address, whatever Host the request names.
    let (response, body) = get(
        &app,
        "/open-data/catalog.jsonld",
        &[("host", "evil.example"), ("x-forwarded-proto", "https")],
    )
    .await;
    assert!(!body.contains("evil.example"));
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/ld+json"));
    let catalog: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(catalog["@type"], "dcat:Catalog");
    let titles = catalog["dcterms:title"].as_array().unwrap();
    let languages: Vec<&str> = titles
        .iter()
        .map(|t| t["@language"].as_str().unwrap())
        .collect();
    assert_eq!(languages, ["sv", "en"]);
    assert_eq!(titles[1]["@value"], "Jämföraren: open data");
    let datasets = catalog["dcat:dataset"].as_array().unwrap();
    // Statistics and survey for 2024 and 2023.
    assert_eq!(datasets.len(), 4);
    let first = &datasets[0];
    assert_eq!(first["@type"], "dcat:Dataset");
    assert_eq!(
        first["dcterms:temporal"]["dcat:startDate"]["@value"],
        "2024-01-01"
    );
    assert!(first["dcterms:license"]["@id"]
        .as_str()
        .unwrap()
        .contains("publicdomain/zero"));
    assert!(first["dcterms:publisher"]["foaf:name"].is_array());
    let distributions = first["dcat:distribution"].as_array().unwrap();
    assert_eq!(
        distributions[0]["dcat:downloadURL"]["@id"],
        format!("{}/open-data/statistics/2024.csv", common::PUBLIC_URL)
    );
    assert_eq!(
        distributions[1]["dcat:mediaType"]["@id"],
        "http://www.iana.org/assignments/media-types/application/json"
    );
}

/// Every table cell's text in an HTML page.
fn cell_texts(html: &str) -> Vec<String> {
    html.split("<td")
        .skip(1)
        .filter_map(|rest| {
            let start = rest.find('>')? + 1;
            let end = rest.find("</td>")?;
            Some(rest[start..end].trim().to_string())
        })
        .collect()
}

#[tokio::test]
async fn no_public_page_or_file_ever_shows_a_count_from_one_to_four() {
    let db = published_demo_db().await;
    let listed = snapshots(&db).await.unwrap();
    let mut small_counts = 0;
    let app = portal(db.clone(), TODAY).await;
    for snapshot in &listed {
        let full = full_figures(&db, snapshot.id).await.unwrap().unwrap();
        let public = public_figures(&db, snapshot.id).await.unwrap().unwrap();
        let key = full.period.key();
        let (_, csv) = get(&app, &format!("/open-data/statistics/{key}.csv"), &[]).await;
        let mut providers_with_small_counts = std::collections::BTreeSet::new();
        for level in &full.levels {
            for table in &level.section.tables {
                for (row, cells) in table.rows.iter().zip(&table.cells) {
                    for (column, cell) in table.columns.iter().zip(cells) {
                        if matches!(cell.value(), Some(1..=4)) {
                            small_counts += 1;
                            providers_with_small_counts.insert(row.clone());
                            let name = public.provider_name(row).unwrap();
                            let line = format!(
                                ",{},{row},{name},{},{column},",
                                level.code,
                                table.breakdown.code()
                            );
                            let found = csv
                                .lines()
                                .find(|l| l.contains(&line))
                                .unwrap_or_else(|| panic!("{line} is in the file"));
                            assert!(
                                found.ends_with(",,below_threshold,<5,,,")
                                    || found.ends_with(",,suppressed,..,,,"),
                                "{found}"
                            );
                        }
                    }
                }
            }
        }
        // Every number on a provider's statistics page is a public figure.
        for provider in providers_with_small_counts {
            let (response, html) = get(
                &app,
                &format!("/sv/statistics/provider/{provider}?period={key}"),
                &[],
            )
            .await;
            assert_eq!(response.status(), 200);
            let cells = cell_texts(&html);
            assert!(
                cells
                    .iter()
                    .any(|c| c == "&lt;5" || c == ".." || c == "visas ej"),
                "{provider} shows hidden counts: {cells:?}"
            );
            for text in cells {
                assert!(
                    !matches!(text.as_str(), "1" | "2" | "3" | "4"),
                    "{provider} {key}: a cell shows {text}"
                );
            }
        }
        // The JSON holds no small value either.
        let (_, json) = get(&app, &format!("/open-data/statistics/{key}.json"), &[]).await;
        let json: serde_json::Value = serde_json::from_str(&json).unwrap();
        for row in json["rows"].as_array().unwrap() {
            let small = row["value"].as_i64().is_some_and(|v| (1..=4).contains(&v));
            let counted = !row["category"].as_str().unwrap().ends_with("percent")
                && row["category"] != "average_days_to_work_or_studies";
            assert!(!(small && counted), "{row}");
        }
    }
    assert!(small_counts > 20, "the demo has small counts to hide");
}

#[tokio::test]
async fn every_shown_share_carries_its_interval_and_nothing_else_does() {
    let app = portal(common::published_without_disclosure_control().await, TODAY).await;
    let (_, csv) = get(&app, "/open-data/statistics/2023.csv", &[]).await;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (category, status, value, low, high) = (
        column("category"),
        column("status"),
        column("value"),
        column("ci_low"),
        column("ci_high"),
    );
    let mut shares = 0;
    for record in reader.records() {
        let record = record.unwrap();
        let is_share = record[category].ends_with("_percent") && record[status] == *"shown";
        if is_share {
            shares += 1;
            let (low, value, high): (i64, i64, i64) = (
                record[low].parse().unwrap(),
                record[value].parse().unwrap(),
                record[high].parse().unwrap(),
            );
            assert!(low <= value && value <= high && (0..=100).contains(&low) && high <= 100);
            assert!(
                low < high,
                "a sample never pins a share exactly: {record:?}"
            );
        } else {
            assert_eq!((&record[low], &record[high]), ("", ""), "{record:?}");
        }
    }
    assert!(shares > 10, "{shares}");
}

#[tokio::test]
async fn every_share_and_average_names_the_count_it_is_of_and_no_count_has_one() {
    let app = portal(common::published_without_disclosure_control().await, TODAY).await;
    let (_, csv) = get(&app, "/open-data/statistics/2023.csv", &[]).await;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (level, provider, table, category, value, n) = (
        column("level"),
        column("provider_id"),
        column("table"),
        column("category"),
        column("value"),
        column("n"),
    );
    // The shown count of (table, category) in the same row of the files; a
    // table leaves out a row of zeros.
    let count_of = |record: &csv::StringRecord, of_table: &str, of_category: &str| {
        records
            .iter()
            .find(|other| {
                other[level] == record[level]
                    && other[provider] == record[provider]
                    && &other[table] == of_table
                    && &other[category] == of_category
            })
            .map_or_else(|| "0".to_string(), |other| other[value].to_string())
    };
    let mut checked = 0;
    for record in &records {
        let base = match (&record[table], &record[category]) {
            ("key_figures", "self_sufficiency_percent") => count_of(record, "status", "ended"),
            ("key_figures", "extended_percent") => count_of(record, "extended", "ongoing"),
            ("key_figures", "average_days_to_work_or_studies") => {
                count_of(record, "key_figures", "exits_to_work_or_studies")
            }
            _ => String::new(),
        };
        assert_eq!(&record[n], base, "{record:?}");
        checked += usize::from(!base.is_empty());
    }
    assert!(checked > 30, "{checked}");
}

#[tokio::test]
async fn the_open_data_page_documents_every_column_in_every_language() {
    let app = portal(published_demo_db().await, TODAY).await;
    let (response, html) = get(&app, "/en/open-data", &[]).await;
    assert_eq!(response.status(), 200);
    for column in [
        "period_from",
        "level",
        "provider_id",
        "table",
        "category",
        "value",
        "status",
        "shown_as",
        "ci_low",
        "ci_high",
        "n",
    ] {
        assert!(html.contains(&format!("<code>{column}</code>")), "{column}");
    }
    assert!(html.contains(r#"href="/open-data/statistics/2023.csv""#));
    assert!(html.contains(r#"href="/open-data/survey/2024.json""#));
    assert!(html.contains("below_threshold"));
    let (response, html) = get(&app, "/ar/open-data", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("البيانات المفتوحة"));
}
