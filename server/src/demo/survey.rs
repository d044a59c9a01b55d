//! Synthetic customer survey answers for the demonstration data.
//!
//! 2023 follows the report (000 §10.1–10.2): 72 responses of 219 customers
//! (33 %), five in English, three in Arabic and two in Dari; three of the
//! four question areas above 4.0 and Utveckling (development) at 3.9; NKI
//! 4.1. Which provider each response is about, and the answers themselves,
//! are invented. 2024's answers are invented outright, from about three in
//! ten customers, with some questions skipped.

use std::collections::{BTreeMap, HashSet};

use super::{cases::cases_2023, cases_2024::cases_2024, PROVIDERS};
use crate::db::{cases::NewCase, survey::NewResponse};

/// A provider and intervention.
type Cell = (String, String);
/// A response's answer per question area.
type Answers = [Option<i64>; 4];

/// Every synthetic response, 2023's and 2024's.
pub fn responses() -> Vec<NewResponse> {
    let mut all = year(
        2023,
        &cases_2023(),
        Respondents::Total(72),
        // Sums of the 72 answers per area: means 4.3, 4.2, 4.1 and 3.9,
        // and NKI (310 + 302 + 295 + 281) / 288 = 4.125, shown as 4.1.
        |n| [310, 302, 295, 281].map(|sum| sum * n / 72),
        &[(3, "en"), (10, "en"), (17, "en"), (24, "en"), (31, "en")]
            .into_iter()
            .chain([(6, "ar"), (20, "ar"), (40, "ar"), (13, "prs"), (50, "prs")])
            .collect::<Vec<_>>(),
        false,
    );
    all.extend(year(
        2024,
        &cases_2024(),
        Respondents::Share(3),
        // Means 4.2, 4.0, 3.9 and 3.8 in tenths.
        |n| [42, 40, 39, 38].map(|tenths| tenths * n / 10),
        &[
            (2, "en"),
            (5, "ar"),
            (9, "prs"),
            (14, "so"),
            (19, "ti"),
            (23, "ru"),
            (27, "fa"),
        ],
        true,
    ));
    all
}

/// How many respond: a number in all, spread over the providers in
/// proportion to their customers, or a share in tenths of each provider's.
enum Respondents {
    Total(usize),
    Share(usize),
}

fn year(
    survey_year: i64,
    cases: &[NewCase],
    respondents: Respondents,
    target_sums: impl Fn(i64) -> [i64; 4],
    languages: &[(usize, &str)],
    with_skips: bool,
) -> Vec<NewResponse> {
    // Customers per provider × intervention, in a fixed order.
    let mut persons: BTreeMap<(String, String), HashSet<&str>> = BTreeMap::new();
    for case in cases {
        persons
            .entry((case.provider_id.clone(), case.intervention_code.clone()))
            .or_default()
            .insert(&case.person_id);
    }
    let customers: usize = persons.values().map(HashSet::len).sum();
    let mut per_cell: Vec<((String, String), usize)> = persons
        .iter()
        .map(|(cell, p)| {
            let n = match respondents {
                Respondents::Total(total) => total * p.len() / customers,
                Respondents::Share(tenths) => (p.len() * tenths + 5) / 10,
            };
            (cell.clone(), n.min(p.len()))
        })
        .collect();
    // Largest cells first take the respondents the rounding left over.
    if let Respondents::Total(total) = respondents {
        let mut order: Vec<usize> = (0..per_cell.len()).collect();
        order.sort_by_key(|&k| std::cmp::Reverse(persons[&per_cell[k].0].len()));
        let mut given: usize = per_cell.iter().map(|(_, n)| n).sum();
        for &k in order.iter().cycle() {
            if given >= total {
                break;
            }
            if per_cell[k].1 < persons[&per_cell[k].0].len() {
                per_cell[k].1 += 1;
                given += 1;
            }
        }
    }

    // Answers lean by provider (some better liked than others), then are
    // nudged until each area's sum is the target.
    let mut drafts: Vec<(Cell, Answers)> = Vec::new();
    for ((provider, intervention), n) in &per_cell {
        let place = PROVIDERS.iter().position(|p| p.id == provider).unwrap_or(0) as i64;
        let lean = [0, 1, -1, 0, 1][(place % 5) as usize];
        for k in 0..*n as i64 {
            let pattern = [4, 5, 3, 4, 5, 4, 2, 4][((k + place) % 8) as usize];
            let answer = |area: i64| Some((pattern + lean + (area + k) % 2 - 1).clamp(1, 5));
            let mut answers = [answer(0), answer(1), answer(2), answer(3)];
            if with_skips && (k + place) % 9 == 4 {
                answers[2] = None;
            }
            drafts.push(((provider.clone(), intervention.clone()), answers));
        }
    }
    let targets = target_sums(drafts.len() as i64);
    for (area, target) in targets.iter().enumerate() {
        let answered: i64 = drafts.iter().filter(|d| d.1[area].is_some()).count() as i64;
        // With skips, the target is of the answers given, not of all responses.
        let target = target * answered / (drafts.len().max(1) as i64);
        let mut sum: i64 = drafts.iter().filter_map(|d| d.1[area]).sum();
        // A stride coprime with the count visits every response in turn,
        // spreading the nudges over the providers.
        let len = drafts.len();
        let stride = (7..).find(|s| gcd(*s, len.max(1)) == 1).unwrap_or(1);
        let mut k = 0;
        while sum != target && k < len * 8 {
            let slot = &mut drafts[(k * stride) % len].1[area];
            if let Some(answer) = slot {
                if sum < target && *answer < 5 {
                    *answer += 1;
                    sum += 1;
                } else if sum > target && *answer > 1 {
                    *answer -= 1;
                    sum -= 1;
                }
            }
            k += 1;
        }
    }
    drafts
        .into_iter()
        .enumerate()
        .map(|(k, ((provider, intervention), answers))| NewResponse {
            response_id: format!("demo-survey-{survey_year}-{:04}", k + 1),
            provider_id: provider,
            intervention_code: intervention,
            survey_year,
            language: languages
                .iter()
                .find(|(at, _)| *at == k)
                .map_or("sv", |(_, language)| language)
                .to_string(),
            answers,
        })
        .collect()
}

fn gcd(mut a: usize, mut b: usize) -> usize {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::survey::StoredResponse;
    use crate::stats::survey::{SurveyGroup, SurveyTally};

    fn tally(year: i64) -> (usize, SurveyTally, Vec<NewResponse>) {
        let responses: Vec<NewResponse> = responses()
            .into_iter()
            .filter(|r| r.survey_year == year)
            .collect();
        let stored: Vec<StoredResponse> = responses
            .iter()
            .map(|r| StoredResponse {
                provider_id: r.provider_id.clone(),
                intervention_code: r.intervention_code.clone(),
                answers: r.answers,
            })
            .collect();
        (
            responses.len(),
            SurveyTally::of(&stored, |_, _| true),
            responses,
        )
    }

    #[test]
    fn the_2023_survey_matches_the_reports_figures() {
        let (count, tally, responses) = tally(2023);
        assert_eq!(count, 72);
        let all = tally.sums(&SurveyGroup::Total);
        assert_eq!(all.nki_tenths(), Some(41));
        assert_eq!(all.area_tenths(3), Some(39));
        for area in 0..3 {
            assert!(all.area_tenths(area).unwrap() > 40, "area {area}");
        }
        let languages = |code: &str| responses.iter().filter(|r| r.language == code).count();
        assert_eq!(
            [languages("en"), languages("ar"), languages("prs")],
            [5, 3, 2]
        );
        let ids: HashSet<&str> = responses.iter().map(|r| r.response_id.as_str()).collect();
        assert_eq!(ids.len(), 72);
    }

    #[test]
    fn no_provider_has_more_respondents_than_customers() {
        for (year, cases) in [(2023, cases_2023()), (2024, cases_2024())] {
            let (_, tally, _) = tally(year);
            let mut persons: BTreeMap<(String, String), HashSet<String>> = BTreeMap::new();
            for case in &cases {
                persons
                    .entry((case.provider_id.clone(), case.intervention_code.clone()))
                    .or_default()
                    .insert(case.person_id.clone());
            }
            for ((provider, intervention), p) in persons {
                let sums = tally.sums(&SurveyGroup::ProviderIn {
                    provider,
                    intervention,
                });
                assert!(sums.respondents as usize <= p.len());
            }
        }
    }
}
