//! The bounds attack: a curious reader with nothing but one period's public
//! open-data file and what its labels say ("<5" is 1 to 4, counts are whole
//! and never negative, the suppression rule is public) tries to narrow the
//! hidden counts, by sums and bounds as far as they go. Nothing may fall:
//! every "<5" can still be anything from 1 to 4, and every ".." leaves at
//! least the protection interval's number of values possible (5: 0–4 at the
//! narrowest).
//!
//! The cases are generated (several seeds, providers of very different
//! sizes so that small cells abound), imported and published through the
//! real paths, for a calendar year, a half-year and an odd period, with the
//! default thresholds and others. The attacker knows the schema, not the
//! engine: its equations come from what the columns mean.

mod common;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use common::{date, demo_db};
use domain::model::statistics::Breakdown;
use server::{
    import::cases::import,
    stats::{
        disclosure::DisclosureRules,
        open_data::{self, Dataset},
        publish::{full_figures, public_figures, publish},
        Period,
    },
};

/// The providers of the generated cases, the first far larger than the last.
const PROVIDERS: [&str; 8] = [
    "arbetsmarknadsgruppen",
    "jobblotsen",
    "cognix",
    "stadsmissionen",
    "misa",
    "samtalsplatsen",
    "omstallarna",
    "osynliga-jobb",
];
const LEVELS: [&str; 4] = ["AMI1", "AMI2", "FAI1", "ISA2"];
/// The end reasons, as the files name them.
fn reasons() -> &'static [&'static str] {
    Breakdown::EndReason.column_codes()
}

/// A small deterministic generator (xorshift).
struct Numbers(u64);

impl Numbers {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A case file of `count` cases around 2023: provider k is chosen with
/// weight 1 / (k + 1)², so the last providers have a handful of cases.
fn case_file(seed: u64, count: usize) -> String {
    let mut numbers = Numbers(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let weights: Vec<u64> = (0..PROVIDERS.len() as u64)
        .map(|k| 3600 / ((k + 1) * (k + 1)))
        .collect();
    let total: u64 = weights.iter().sum();
    let epoch = date("2022-03-01");
    let mut out = String::from(
        "case_id,person_id,gender,birth_year,insats,provider_id,start_date,planned_end_date,end_date,end_reason,extensions,chosen\n",
    );
    for k in 0..count {
        let mut pick = numbers.below(total);
        let provider = weights
            .iter()
            .position(|&w| {
                if pick < w {
                    true
                } else {
                    pick -= w;
                    false
                }
            })
            .unwrap();
        let start = epoch + chrono::Days::new(numbers.below(640));
        let planned = start + chrono::Days::new(60 + numbers.below(300));
        let (end, reason) = if numbers.below(4) == 0 {
            (String::new(), "")
        } else {
            let end = start + chrono::Days::new(1 + numbers.below(500));
            if end > date("2025-06-30") {
                (String::new(), "")
            } else {
                (end.to_string(), reasons()[numbers.below(9) as usize])
            }
        };
        out.push_str(&format!(
            "g{seed}-{k},q{},{},{},{},{},{start},{planned},{end},{reason},{},{}\n",
            k * 7 / 8,
            // Drawn per case: a person's cases may disagree on gender.
            if numbers.below(2) == 0 { "K" } else { "M" },
            1960 + numbers.below(45),
            LEVELS[numbers.below(LEVELS.len() as u64) as usize],
            PROVIDERS[provider],
            numbers.below(3),
            ["customer", "customer", "customer", "customer", "default", ""]
                [numbers.below(6) as usize],
        ));
    }
    out
}

/// What a reader knows of one published count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    Shown(i64),
    Below(i64),
    Hidden,
}

/// A count, named as the file names it: (level, provider, table, category).
/// The bases of tables that share a base ("cases" of the gender, age,
/// status and length tables) are one count under the table "base".
type Key = (String, String, String, String);

/// The reader's system: counts, labels, equations and "at most" relations.
#[derive(Default)]
struct Reader {
    ids: HashMap<Key, usize>,
    labels: Vec<Label>,
    equations: Vec<(Vec<usize>, usize)>,
    at_most: Vec<(usize, usize)>,
    /// (whole, parts): the whole is at most the parts' sum (a person is in
    /// at least one of the rows it is counted in).
    at_most_sum: Vec<(usize, Vec<usize>)>,
    /// (persons, cases): a row with a case has a person.
    some_if_any: Vec<(usize, usize)>,
    /// Counts at least one because a row is listed: the cases of every
    /// (level, provider) the file lists, and the total of every row a
    /// table lists (rows of zeros are left out).
    listed: Vec<usize>,
    /// The bases of the tables that leave out a row other tables list:
    /// a table that leaves a row out tells its total is zero.
    left_out: Vec<usize>,
    /// (part, base, whole percent): part / base rounds to it.
    percents: Vec<(usize, usize, i64)>,
    /// What earlier files told about a count, by id.
    known: HashMap<usize, (i64, i64)>,
}

/// How an earlier file's period lies against this one's.
#[derive(Clone, Copy)]
enum Earlier {
    Same,
    SameEnd,
    /// The earlier period lies within this one.
    Within,
    /// This period lies within the earlier one.
    Around,
}

const MANY: i64 = 1 << 40;

impl Reader {
    fn id(&mut self, key: Key) -> usize {
        let next = self.labels.len();
        *self.ids.entry(key).or_insert_with(|| {
            // A count the file does not list (a row of zeros left out) is 0.
            self.labels.push(Label::Shown(0));
            next
        })
    }

    fn count(&mut self, level: &str, provider: &str, table: &str, category: &str) -> usize {
        self.id((level.into(), provider.into(), table.into(), category.into()))
    }

    /// Reads the open-data rows of the statistics dataset.
    fn of_file(text: &str) -> Reader {
        let mut reader = Reader::default();
        let mut csv = csv::Reader::from_reader(text.as_bytes());
        let header = csv.headers().unwrap().clone();
        let column = |name: &str| header.iter().position(|h| h == name).unwrap();
        let (level, provider, table, category, value, status, shown_as) = (
            column("level"),
            column("provider_id"),
            column("table"),
            column("category"),
            column("value"),
            column("status"),
            column("shown_as"),
        );
        let mut percents = Vec::new();
        // The tables the file lists for each (level, provider).
        let mut tables_of: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
        for record in csv.records() {
            let record = record.unwrap();
            let (l, p, t, c) = (
                &record[level],
                &record[provider],
                &record[table],
                &record[category],
            );
            let label = match &record[status] {
                "shown" => Label::Shown(record[value].parse::<f64>().unwrap() as i64),
                "below_threshold" => Label::Below(record[shown_as][1..].parse().unwrap()),
                _ => Label::Hidden,
            };
            if &record[status] == "not_shown" {
                continue;
            }
            tables_of
                .entry((l.to_string(), p.to_string()))
                .or_default()
                .insert(t.to_string());
            let table = if ["cases", "ongoing", "ended", "persons"].contains(&c) {
                "base"
            } else {
                t
            };
            match (t, c) {
                ("key_figures", "self_sufficiency_percent" | "extended_percent") => {
                    if let Label::Shown(v) = label {
                        percents.push((l.to_string(), p.to_string(), c.to_string(), v));
                    }
                    continue;
                }
                ("key_figures", "average_days_to_work_or_studies") => continue,
                _ => {}
            }
            let id = reader.count(l, p, table, c);
            reader.labels[id] = label;
        }
        reader.add_meaning(percents);
        for ((level, provider), tables) in tables_of {
            for breakdown in Breakdown::ALL {
                if provider != "all" && !breakdown.per_provider() {
                    continue;
                }
                let base = reader.count(&level, &provider, "base", breakdown.base());
                if tables.contains(breakdown.code()) {
                    reader.listed.push(base);
                } else {
                    reader.left_out.push(base);
                }
            }
        }
        reader
    }

    /// The equations and relations the columns' meanings give.
    fn add_meaning(&mut self, percents: Vec<(String, String, String, i64)>) {
        let keys: Vec<Key> = self.ids.keys().cloned().collect();
        let places: BTreeSet<(String, String)> = keys
            .iter()
            .map(|(l, p, _, _)| (l.clone(), p.clone()))
            .collect();
        let levels: BTreeSet<String> = places
            .iter()
            .map(|(l, _)| l.clone())
            .filter(|l| l != "all")
            .collect();
        for (level, provider) in &places {
            // Every breakdown adds up to its base.
            for breakdown in Breakdown::ALL {
                if provider != "all" && !breakdown.per_provider() {
                    continue;
                }
                let (table, base) = (breakdown.code(), breakdown.base());
                let parts: Vec<usize> = breakdown
                    .column_codes()
                    .iter()
                    .map(|c| {
                        if table == "status" {
                            self.count(level, provider, "base", c)
                        } else {
                            self.count(level, provider, table, c)
                        }
                    })
                    .collect();
                let total = self.count(level, provider, "base", base);
                self.equations.push((parts, total));
            }
            // Self-sufficiency is work + studies + own business, and so on.
            let groups = Breakdown::ReasonGroup.column_codes();
            for (group, reasons) in groups.iter().zip(reasons().chunks(3)) {
                let parts = reasons
                    .iter()
                    .map(|r| self.count(level, provider, "end_reason", r))
                    .collect();
                let total = self.count(level, provider, "reason_group", group);
                self.equations.push((parts, total));
            }
            let parts = vec![
                self.count(level, provider, "end_reason", "work"),
                self.count(level, provider, "end_reason", "studies"),
            ];
            let exits = self.count(level, provider, "key_figures", "exits_to_work_or_studies");
            self.equations.push((parts, exits));
            let persons = self.count(level, provider, "base", "persons");
            let cases = self.count(level, provider, "base", "cases");
            self.at_most.push((persons, cases));
            self.some_if_any.push((persons, cases));
            // Listed at all, it has a case.
            self.listed.push(cases);
            if provider != "all" {
                let whole = self.count(level, "all", "base", "persons");
                self.at_most.push((persons, whole));
            }
            // Persons of a gender (per level): no more than that gender's
            // cases, and no more in a level than in all levels.
            if provider == "all" {
                for gender in Breakdown::PersonsGender.column_codes() {
                    let persons = self.count(level, provider, "persons_gender", gender);
                    let cases = self.count(level, provider, "gender", gender);
                    self.at_most.push((persons, cases));
                    self.some_if_any.push((persons, cases));
                    if level != "all" {
                        let whole = self.count("all", "all", "persons_gender", gender);
                        self.at_most.push((persons, whole));
                    }
                }
            }
        }
        // Every person of a level is a person of one of its providers, and
        // of all levels is one of some level's.
        for level in &levels {
            let parts: Vec<usize> = places
                .iter()
                .filter(|(l, p)| l == level && p != "all")
                .map(|(l, p)| self.count(l, p, "base", "persons"))
                .collect();
            let whole = self.count(level, "all", "base", "persons");
            self.at_most_sum.push((whole, parts));
        }
        let parts: Vec<usize> = levels
            .iter()
            .map(|l| self.count(l, "all", "base", "persons"))
            .collect();
        let whole = self.count("all", "all", "base", "persons");
        self.at_most_sum.push((whole, parts));
        for gender in Breakdown::PersonsGender.column_codes() {
            let parts: Vec<usize> = levels
                .iter()
                .map(|l| self.count(l, "all", "persons_gender", gender))
                .collect();
            let whole = self.count("all", "all", "persons_gender", gender);
            self.at_most_sum.push((whole, parts));
        }
        // Providers add up to their level, levels to the whole.
        let cells: BTreeSet<(String, String)> = keys
            .iter()
            .map(|(_, _, t, c)| (t.clone(), c.clone()))
            .collect();
        for (table, category) in &cells {
            // A person with cases at two providers is one person at each.
            if category == "persons" || table == "persons_gender" {
                continue;
            }
            for level in &levels {
                let parts: Vec<usize> = places
                    .iter()
                    .filter(|(l, p)| l == level && p != "all")
                    .map(|(l, p)| self.count(l, p, table, category))
                    .collect();
                let total = self.count(level, "all", table, category);
                self.equations.push((parts, total));
            }
            let parts: Vec<usize> = levels
                .iter()
                .map(|l| self.count(l, "all", table, category))
                .collect();
            let total = self.count("all", "all", table, category);
            self.equations.push((parts, total));
        }
        for (level, provider, what, percent) in percents {
            let (part, base) = if what == "self_sufficiency_percent" {
                (("reason_group", "self_sufficiency"), ("base", "ended"))
            } else {
                (("extended", "extended"), ("base", "ongoing"))
            };
            let part = self.count(&level, &provider, part.0, part.1);
            let base = self.count(&level, &provider, base.0, base.1);
            self.percents.push((part, base, percent));
        }
    }

    /// What a reader of an earlier file knows of this file's counts: the
    /// same count in the same period; what is ongoing at the same last day;
    /// never fewer cases, persons or ended in a longer period.
    fn learn_from(&mut self, earlier: &Reader, how: Earlier) {
        for (key, &id) in &self.ids {
            let Some(&other) = earlier.ids.get(key) else {
                continue;
            };
            let (table, category) = (key.2.as_str(), key.3.as_str());
            let stock = ["extended", "planned_end"].contains(&table) || category == "ongoing";
            let grows = [
                "gender",
                "persons_gender",
                "age",
                "end_reason",
                "reason_group",
                "chosen",
            ]
            .contains(&table)
                || ["cases", "ended", "persons", "exits_to_work_or_studies"].contains(&category);
            let (low, high) = match earlier.labels[other] {
                Label::Shown(v) => (v, v),
                Label::Below(m) => (1, m - 1),
                Label::Hidden => continue,
            };
            let range = match how {
                Earlier::Same => (low, high),
                Earlier::SameEnd if stock => (low, high),
                Earlier::SameEnd | Earlier::Within if grows => (low, MANY),
                Earlier::Around if grows => (0, high),
                _ => continue,
            };
            let entry = self.known.entry(id).or_insert((0, MANY));
            *entry = (entry.0.max(range.0), entry.1.min(range.1));
        }
    }

    /// Sums and bounds until nothing changes: each count's range.
    fn attack(&self) -> Vec<(i64, i64)> {
        let mut range: Vec<(i64, i64)> = self
            .labels
            .iter()
            .enumerate()
            .map(|(id, label)| {
                let own = match *label {
                    Label::Shown(v) => (v, v),
                    Label::Below(m) => (1, m - 1),
                    Label::Hidden => (0, MANY),
                };
                let known = self.known.get(&id).copied().unwrap_or((0, MANY));
                (own.0.max(known.0), own.1.min(known.1))
            })
            .collect();
        for &count in &self.listed {
            range[count].0 = range[count].0.max(1);
        }
        for &base in &self.left_out {
            range[base] = (0, 0);
        }
        loop {
            let mut changed = false;
            let mut narrow = |range: &mut Vec<(i64, i64)>, id: usize, low: i64, high: i64| {
                let (l, h) = range[id];
                let new = (l.max(low), h.min(high));
                if new != (l, h) {
                    range[id] = new;
                    changed = true;
                }
            };
            for (parts, total) in &self.equations {
                let low: i64 = parts.iter().map(|&p| range[p].0).sum();
                let high: i64 = parts
                    .iter()
                    .map(|&p| range[p].1)
                    .fold(0, |a, b| (a + b).min(MANY));
                narrow(&mut range, *total, low, high);
                let (t_low, t_high) = range[*total];
                for &p in parts {
                    let others_low = low - range[p].0;
                    let others_high = parts
                        .iter()
                        .filter(|&&q| q != p)
                        .map(|&q| range[q].1)
                        .fold(0, |a, b| (a + b).min(MANY));
                    narrow(&mut range, p, t_low - others_high, t_high - others_low);
                }
            }
            for &(a, b) in &self.at_most {
                let b_high = range[b].1;
                narrow(&mut range, a, 0, b_high);
                let a_low = range[a].0;
                narrow(&mut range, b, a_low, MANY);
            }
            for (whole, parts) in &self.at_most_sum {
                let high: i64 = parts
                    .iter()
                    .map(|&p| range[p].1)
                    .fold(0, |a, b| (a + b).min(MANY));
                narrow(&mut range, *whole, 0, high);
                let whole_low = range[*whole].0;
                for &p in parts {
                    let others_high = parts
                        .iter()
                        .filter(|&&q| q != p)
                        .map(|&q| range[q].1)
                        .fold(0, |a, b| (a + b).min(MANY));
                    narrow(&mut range, p, whole_low - others_high, MANY);
                }
            }
            for &(persons, cases) in &self.some_if_any {
                if range[cases].0 >= 1 {
                    narrow(&mut range, persons, 1, MANY);
                }
            }
            for &(part, base, percent) in &self.percents {
                // 100·part/base rounds half up to `percent`.
                let (b_low, b_high) = range[base];
                if b_high < MANY && b_low > 0 {
                    let low = (b_low * (2 * percent - 1) + 199) / 200;
                    let high = (b_high * (2 * percent + 1) - 1) / 200;
                    narrow(&mut range, part, low.max(0), high);
                }
            }
            if !changed {
                return range;
            }
        }
    }
}

/// Publishes the period and runs the attack on its open-data file; returns
/// how many counts were hidden and how many published.
async fn attack_period(
    db: &server::db::Db,
    period: Period,
    rules: DisclosureRules,
) -> (usize, usize) {
    attack_linked(db, period, rules, &[]).await
}

/// The file of a period as published.
async fn public_file(db: &server::db::Db, id: i64) -> Reader {
    let public = public_figures(db, id).await.unwrap().unwrap();
    Reader::of_file(&open_data::csv(&open_data::rows(&public, Dataset::Statistics)).unwrap())
}

/// [`attack_period`] by a reader who also holds earlier files.
async fn attack_linked(
    db: &server::db::Db,
    period: Period,
    rules: DisclosureRules,
    earlier: &[(i64, Earlier)],
) -> (usize, usize) {
    let publication = publish(db, period, &rules, "test", "2025-07-01T08:00:00Z")
        .await
        .unwrap();
    let public = public_figures(db, publication.snapshot.id)
        .await
        .unwrap()
        .unwrap();
    let full = full_figures(db, publication.snapshot.id)
        .await
        .unwrap()
        .unwrap();
    let file = open_data::csv(&open_data::rows(&public, Dataset::Statistics)).unwrap();
    let truth =
        Reader::of_file(&open_data::csv(&open_data::rows(&full, Dataset::Statistics)).unwrap());
    let mut reader = Reader::of_file(&file);
    let mut before = Reader::of_file(&file);
    for &(id, how) in earlier {
        let file = public_file(db, id).await;
        reader.learn_from(&file, how);
        before.learn_from(&file, how);
    }
    let ranges = reader.attack();
    let mut hidden = 0;
    for (key, &id) in &reader.ids {
        let (low, high) = ranges[id];
        let true_value = truth.ids.get(key).map_or(0, |&t| match truth.labels[t] {
            Label::Shown(v) => v,
            _ => unreachable!("the full figures hide nothing"),
        });
        assert!(
            (low..=high).contains(&true_value),
            "the attack's model is wrong for {key:?}: {true_value} outside {low}..={high}"
        );
        match reader.labels[id] {
            Label::Shown(v) => {
                assert!(
                    v == 0 || v >= rules.min_count,
                    "{key:?} shows {v}, below {} ({period:?})",
                    rules.min_count
                );
            }
            // What the earlier files told alone cannot be undone.
            _ if before
                .known
                .get(&id)
                .is_some_and(|&(l, h)| (low, high) == (l.max(0), h)) =>
            {
                hidden += 1;
            }
            Label::Below(m) => {
                hidden += 1;
                let (l, h) = before.known.get(&id).copied().unwrap_or((1, m - 1));
                assert_eq!(
                    (low, high),
                    (l.max(1), h.min(m - 1)),
                    "{key:?} (truly {true_value}) narrowed in {period:?} with {rules:?}"
                );
            }
            Label::Hidden => {
                hidden += 1;
                assert!(
                    high - low + 1 >= rules.protection,
                    "{key:?} (truly {true_value}) narrowed to {low}..={high} in {period:?} with {rules:?}"
                );
            }
        }
    }
    (hidden, reader.ids.len())
}

#[tokio::test]
async fn no_hidden_count_falls_to_sums_and_bounds_in_generated_periods() {
    let periods = [
        Period::calendar_year(2023),
        Period::new(date("2023-01-01"), date("2023-06-30")).unwrap(),
        Period::new(date("2023-03-15"), date("2023-11-20")).unwrap(),
    ];
    let other_rules = [
        DisclosureRules {
            min_count: 3,
            min_base: 6,
            protection: 3,
        },
        DisclosureRules {
            min_count: 10,
            min_base: 20,
            protection: 10,
        },
        DisclosureRules {
            min_count: 5,
            min_base: 10,
            protection: 8,
        },
    ];
    for (seed, cases) in [(1u64, 400usize), (2, 250), (3, 600)] {
        let db = generated_db(seed, cases).await;
        for period in periods {
            // One file on its own: no earlier publication to link with.
            forget_publications(&db).await;
            let (hidden, counts) = attack_period(&db, period, DisclosureRules::default()).await;
            assert!(
                hidden > 0,
                "seed {seed} has small counts to hide in {period:?}"
            );
            eprintln!("seed {seed}, {period:?}: {hidden} of {counts} counts hidden");
        }
        let rules = other_rules[seed as usize % other_rules.len()];
        forget_publications(&db).await;
        attack_period(&db, periods[seed as usize % periods.len()], rules).await;
        db.close().await;
    }
}

#[tokio::test]
async fn no_hidden_count_falls_to_a_reader_who_holds_the_earlier_files_too() {
    let db = generated_db(7, 400).await;
    let rules = DisclosureRules::default();
    let publish_only = |period: Period| {
        let db = db.clone();
        async move {
            publish(&db, period, &rules, "test", "2025-07-01T08:00:00Z")
                .await
                .unwrap()
                .snapshot
                .id
        }
    };
    // The second half of 2023 first, then the spring, then the whole year:
    // the year ends when the autumn does and holds both halves.
    let autumn = publish_only(Period::new(date("2023-07-01"), date("2023-12-31")).unwrap()).await;
    let spring = publish_only(Period::new(date("2023-01-01"), date("2023-06-30")).unwrap()).await;
    attack_linked(
        &db,
        Period::calendar_year(2023),
        rules,
        &[(autumn, Earlier::SameEnd), (spring, Earlier::Within)],
    )
    .await;
    // And the year again, as a later publication of the same period.
    let year = publications_of(&db, "2023-01-01", "2023-12-31").await[0];
    attack_linked(
        &db,
        Period::calendar_year(2023),
        rules,
        &[
            (year, Earlier::Same),
            (autumn, Earlier::SameEnd),
            (spring, Earlier::Within),
        ],
    )
    .await;
    // A shorter period after the longer one: at most what either
    // publication of the year shows.
    let years: Vec<(i64, Earlier)> = publications_of(&db, "2023-01-01", "2023-12-31")
        .await
        .into_iter()
        .map(|id| (id, Earlier::Around))
        .collect();
    assert_eq!(years.len(), 2);
    attack_linked(
        &db,
        Period::new(date("2023-04-01"), date("2023-09-30")).unwrap(),
        rules,
        &years,
    )
    .await;
}

/// Every publication of a period, the newest first.
async fn publications_of(db: &server::db::Db, from: &str, to: &str) -> Vec<i64> {
    server::stats::publish::snapshots(db)
        .await
        .unwrap()
        .into_iter()
        .filter(|s| s.period_from == from && s.period_to == to)
        .map(|s| s.id)
        .collect()
}

/// The demonstration providers with generated cases instead of theirs.
async fn generated_db(seed: u64, cases: usize) -> server::db::Db {
    let db = demo_db().await;
    sqlx::query("DELETE FROM case_record")
        .execute(db.pool())
        .await
        .unwrap();
    import(
        &db,
        case_file(seed, cases).as_bytes(),
        "2025-07-01T00:00:00Z",
        |_| {},
    )
    .await
    .unwrap();
    db
}

/// No publication left for a new one to be linked with.
async fn forget_publications(db: &server::db::Db) {
    sqlx::query("DELETE FROM statistics_snapshot")
        .execute(db.pool())
        .await
        .unwrap();
}

/// Counts by the day a case ended: a period's is the sum of its parts'.
fn adds_up_over_time(key: &Key) -> bool {
    match (key.2.as_str(), key.3.as_str()) {
        ("base", category) => category == "ended",
        ("key_figures", category) => category == "exits_to_work_or_studies",
        (table, _) => table == "end_reason" || table == "reason_group",
    }
}

/// What truly ended in `period`, by the counts that add up over time,
/// counted from the case file itself.
fn ended_in(cases: &str, period: Period) -> HashMap<Key, i64> {
    let mut out = HashMap::new();
    let mut csv = csv::Reader::from_reader(cases.as_bytes());
    let header = csv.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (level, provider, end, reason) = (
        column("insats"),
        column("provider_id"),
        column("end_date"),
        column("end_reason"),
    );
    let groups = Breakdown::ReasonGroup.column_codes();
    for record in csv.records() {
        let record = record.unwrap();
        if record[end].is_empty() || !(period.from..=period.to).contains(&date(&record[end])) {
            continue;
        }
        let r = &record[reason];
        let group = groups[reasons().iter().position(|x| *x == r).unwrap() / 3];
        for (l, p) in [
            (&record[level], &record[provider]),
            (&record[level], "all"),
            ("all", "all"),
        ] {
            let mut add = |table: &str, category: &str| {
                *out.entry((l.into(), p.into(), table.into(), category.into()))
                    .or_insert(0) += 1;
            };
            add("base", "ended");
            add("end_reason", r);
            add("reason_group", group);
            if r == "work" || r == "studies" {
                add("key_figures", "exits_to_work_or_studies");
            }
        }
    }
    out
}

/// A reader who holds every file published so far: the newest file's own
/// equations, every earlier file's labels, and what ended in each file's
/// period as the sum of what ended in the parts the periods cut the days
/// into. (Each earlier file's own equations as well are beyond what the
/// audit covers today: see the README.)
struct Archive {
    reader: Reader,
    /// The true value of every count, by id.
    truth: Vec<i64>,
    /// The ids of the parts' counts (never published).
    parts: Vec<usize>,
    /// The ids of the newest file's counts.
    newest: Vec<usize>,
}

impl Archive {
    fn of(files: &[(Period, Reader, Reader)], cases: &str) -> Archive {
        let mut reader = Reader::default();
        let mut truth = Vec::new();
        let tag = |i: usize, key: &Key| {
            (
                key.0.clone(),
                key.1.clone(),
                format!("{i}:{}", key.2),
                key.3.clone(),
            )
        };
        let mut newest = Vec::new();
        for (i, (_, file, full)) in files.iter().enumerate() {
            let offset = reader.labels.len();
            reader.labels.extend(&file.labels);
            truth.extend((0..file.labels.len()).map(|_| 0));
            for (key, &id) in &file.ids {
                reader.ids.insert(tag(i, key), offset + id);
                truth[offset + id] = full.ids.get(key).map_or(0, |&t| match full.labels[t] {
                    Label::Shown(v) => v,
                    _ => unreachable!("the full figures hide nothing"),
                });
                if i + 1 == files.len() {
                    newest.push(offset + id);
                }
            }
            if i + 1 < files.len() {
                continue;
            }
            reader
                .equations
                .extend(file.equations.iter().map(|(parts, total)| {
                    (parts.iter().map(|p| p + offset).collect(), total + offset)
                }));
            reader
                .at_most
                .extend(file.at_most.iter().map(|&(a, b)| (a + offset, b + offset)));
            reader.percents.extend(
                file.percents
                    .iter()
                    .map(|&(a, b, p)| (a + offset, b + offset, p)),
            );
        }
        // The days cut at every first day and every day after a last day.
        let mut cuts: Vec<chrono::NaiveDate> = files
            .iter()
            .flat_map(|(p, _, _)| [p.from, p.to + chrono::Days::new(1)])
            .collect();
        cuts.sort_unstable();
        cuts.dedup();
        let within =
            |part: Period, period: Period| period.from <= part.from && part.to <= period.to;
        let part_periods: Vec<Period> = cuts
            .windows(2)
            .map(|w| Period::new(w[0], w[1] - chrono::Days::new(1)).unwrap())
            .filter(|&part| files.iter().any(|(p, _, _)| within(part, *p)))
            .collect();
        let ended: Vec<HashMap<Key, i64>> =
            part_periods.iter().map(|&p| ended_in(cases, p)).collect();
        let keys: BTreeSet<Key> = files
            .iter()
            .flat_map(|(_, file, _)| file.ids.keys().filter(|k| adds_up_over_time(k)).cloned())
            .collect();
        let mut parts = Vec::new();
        for key in keys {
            let part_ids: Vec<usize> = ended
                .iter()
                .map(|ended| {
                    reader.labels.push(Label::Hidden);
                    truth.push(ended.get(&key).copied().unwrap_or(0));
                    parts.push(reader.labels.len() - 1);
                    reader.labels.len() - 1
                })
                .collect();
            for (i, (period, _, _)) in files.iter().enumerate() {
                // A row a file leaves out is a row of zeros.
                let id = *reader.ids.entry(tag(i, &key)).or_insert_with(|| {
                    reader.labels.push(Label::Shown(0));
                    truth.push(0);
                    reader.labels.len() - 1
                });
                let sum = (0..part_periods.len())
                    .filter(|&k| within(part_periods[k], *period))
                    .map(|k| part_ids[k])
                    .collect();
                reader.equations.push((sum, id));
            }
        }
        Archive {
            reader,
            truth,
            parts,
            newest,
        }
    }

    /// Attacks the whole archive, and asks of every hidden count of every
    /// file, and of every part of 1 to min_count − 1, that it keeps what it
    /// kept before the newest file: its label's range, or the protection
    /// interval.
    fn assert_nothing_falls(&self, rules: DisclosureRules, what: &str) {
        let ranges = self.reader.attack();
        let mut before = Reader {
            labels: self.reader.labels.clone(),
            equations: self.reader.equations.clone(),
            at_most: self.reader.at_most.clone(),
            ..Reader::default()
        };
        for &id in &self.newest {
            before.labels[id] = Label::Hidden;
        }
        let before = before.attack();
        let m = rules.min_count;
        for (id, &(low, high)) in ranges.iter().enumerate() {
            let truth = self.truth[id];
            assert!(
                (low..=high).contains(&truth),
                "the attack's model is wrong for count {id}: {truth} outside {low}..={high} ({what})"
            );
            let (b_low, b_high) = before[id];
            let keeps = |l: i64, h: i64| low <= l.max(b_low) && high >= h.min(b_high);
            let ok = match self.reader.labels[id] {
                Label::Shown(_) => true,
                Label::Below(m) => keeps(1, m - 1),
                // A part (no file shows it), or an earlier file's "..": as
                // a ".." must, or, when it is 1 to min_count − 1, keeping
                // what a "<5" promises (told that it is 1 to 4, a reader
                // learns what the rule says of every small count). A part of
                // 0 or at least min_count could have been shown.
                Label::Hidden if self.parts.contains(&id) || !self.newest.contains(&id) => {
                    let small = truth > 0 && truth < m;
                    high - low + 1 >= rules.protection
                        || (low, high) == (b_low, b_high)
                        || (low, high) == (0, 0)
                        || small && keeps(1, m - 1)
                        || self.parts.contains(&id) && !small
                }
                // A zero names no one (a publication shows its own).
                Label::Hidden => {
                    high - low + 1 >= rules.protection
                        || (low, high) == (b_low, b_high)
                        || (low, high) == (0, 0)
                }
            };
            assert!(
                ok,
                "count {id} {:?} ({:?}, truly {truth}) narrowed to {low}..={high}, from {b_low}..={b_high} ({what})",
                self.reader.ids.iter().find(|(_, &i)| i == id).map(|(key, _)| key),
                self.reader.labels[id]
            );
        }
    }
}

#[tokio::test]
async fn nothing_falls_to_a_reader_who_adds_up_what_ended_across_every_file() {
    let spring = Period::new(date("2023-01-01"), date("2023-06-30")).unwrap();
    let autumn = Period::new(date("2023-07-01"), date("2023-12-31")).unwrap();
    let rolling = Period::new(date("2022-07-01"), date("2023-06-30")).unwrap();
    let summer = Period::new(date("2023-04-01"), date("2023-09-30")).unwrap();
    let orders = [
        (
            11u64,
            400usize,
            DisclosureRules::default(),
            vec![autumn, Period::calendar_year(2023), spring, rolling, summer],
        ),
        (
            12,
            300,
            DisclosureRules {
                min_count: 3,
                min_base: 6,
                protection: 3,
            },
            vec![Period::calendar_year(2023), spring, summer, autumn],
        ),
    ];
    for (seed, count, rules, periods) in orders {
        let cases = case_file(seed, count);
        let db = generated_db(seed, count).await;
        let mut files = Vec::new();
        for period in periods {
            let id = publish(&db, period, &rules, "test", "2025-07-01T08:00:00Z")
                .await
                .unwrap()
                .snapshot
                .id;
            let public = public_file(&db, id).await;
            let full = full_figures(&db, id).await.unwrap().unwrap();
            let full = Reader::of_file(
                &open_data::csv(&open_data::rows(&full, Dataset::Statistics)).unwrap(),
            );
            files.push((period, public, full));
            Archive::of(&files, &cases).assert_nothing_falls(
                rules,
                &format!("seed {seed}, {} files, the newest {period:?}", files.len()),
            );
        }
        db.close().await;
    }
}
