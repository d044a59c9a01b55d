//! Synthetic cases for 2024's levels (FAI, AMI, ISA), so that the demo's
//! profiles and statistics pages show published figures for the levels a
//! citizen can choose today. Invented, matching no report; they all start in
//! 2024, so the 2023 figures [`super::cases`] pins are untouched.
//!
//! Each provider gets cases in each level it holds, more for some than for
//! others, down to one or two: small counts the disclosure control must
//! hide. Deterministic: the same cases on every run.

use chrono::{Days, NaiveDate};

use super::PROVIDERS;
use crate::db::cases::{ChosenBy, EndReason, Gender, NewCase};

/// Cases per level for the largest provider, and the level's longest
/// planned length in days (004 §2: 3, 6, 3, 12, 9 and 12 months).
const LEVELS: [(&str, u64, i64); 6] = [
    ("FAI1", 24, 91),
    ("FAI2", 16, 182),
    ("AMI1", 36, 91),
    ("AMI2", 48, 365),
    ("ISA1", 20, 274),
    ("ISA2", 28, 365),
];

/// A provider's share of a level's cases, in tenths, by its place in the
/// list: some large, some small, a few tiny.
const WEIGHTS: [u64; 6] = [10, 7, 4, 2, 1, 5];

/// How cases end, per level kind, in a cycle: AMI aims at work and studies
/// (004 §2), FAI and ISA at a next step in another insats.
fn reasons(level: &str) -> &'static [EndReason] {
    use EndReason::*;
    match &level[..3] {
        "AMI" => &[
            Work,
            Studies,
            Work,
            OtherAuthority,
            Work,
            Moved,
            Studies,
            Illness,
            OwnBusiness,
            InterruptedOther,
        ],
        "FAI" => &[
            OtherInsats,
            OtherInsats,
            Work,
            Illness,
            OtherInsats,
            InterruptedOther,
            Studies,
            SameInsatsOtherProvider,
        ],
        _ => &[
            OtherInsats,
            Studies,
            OtherAuthority,
            Work,
            OtherInsats,
            Moved,
            InterruptedOther,
        ],
    }
}

/// SplitMix64's finaliser: well-spread bits from a counter.
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid calendar date")
}

/// The synthetic 2024 cases, ready to import.
pub fn cases_2024() -> Vec<NewCase> {
    let year_start = day(2024, 1, 1);
    let year_end = day(2024, 12, 31);
    let mut cases = Vec::new();
    let mut sequence: u64 = 0;
    for (index, provider) in PROVIDERS.iter().enumerate() {
        for &(code, largest, longest) in LEVELS
            .iter()
            .filter(|(code, _, _)| provider.levels_2024.contains(code))
        {
            let weight = WEIGHTS[index % WEIGHTS.len()];
            let count = (largest * weight / 10).max(1 + (index as u64 % 2));
            let reasons = reasons(code);
            for k in 0..count {
                sequence += 1;
                // A scramble, for variety without randomness.
                let h = mix(sequence);
                let start = year_start + Days::new((k * 97 + index as u64 * 13) % 330);
                let planned_end = start + Days::new(longest as u64);
                let days = 20 + (h % (longest as u64 + 40));
                let would_end = start + Days::new(days);
                // Three in four end; the rest are ongoing.
                let end = (!h.is_multiple_of(4) && would_end <= year_end).then(|| {
                    let reason = reasons[((k + index as u64 * 3 + h % 3) as usize) % reasons.len()];
                    (would_end.to_string(), reason)
                });
                let gender = if (h >> 8) % 100 < 45 + (index as u64 * 7) % 20 {
                    Gender::Woman
                } else {
                    Gender::Man
                };
                let age = 19 + (h >> 16) % 47;
                // About one in six was assigned by the default rotation.
                let chosen = if (h >> 24) % 6 == 0 {
                    ChosenBy::Rotation
                } else {
                    ChosenBy::Customer
                };
                cases.push(NewCase {
                    case_id: format!("demo-2024-{sequence:04}"),
                    person_id: format!("demo-2024-person-{sequence:04}"),
                    gender,
                    birth_year: 2024 - age as i64,
                    intervention_code: code.to_string(),
                    provider_id: provider.id.to_string(),
                    start_date: start.to_string(),
                    planned_end_date: planned_end.to_string(),
                    extensions: i64::from(end.is_none() && days > longest as u64),
                    end,
                    chosen,
                });
            }
        }
    }
    cases
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_2024_case_starts_in_2024_at_a_level_its_provider_holds() {
        let cases = cases_2024();
        assert!(cases.len() > 300, "{}", cases.len());
        assert_eq!(cases, cases_2024());
        for case in &cases {
            assert!(case.start_date.as_str() >= "2024-01-01", "{case:?}");
            assert!(case.planned_end_date >= case.start_date);
            if let Some((end, _)) = &case.end {
                assert!(end >= &case.start_date && end.as_str() <= "2024-12-31");
            }
            let provider = PROVIDERS.iter().find(|p| p.id == case.provider_id).unwrap();
            assert!(provider
                .levels_2024
                .contains(&case.intervention_code.as_str()));
        }
        // Some providers have only a handful of cases in a level.
        let mut per_cell = std::collections::HashMap::new();
        for case in &cases {
            *per_cell
                .entry((&case.provider_id, &case.intervention_code))
                .or_insert(0) += 1;
        }
        assert!(per_cell.values().any(|&n| (1..5).contains(&n)));
    }
}
