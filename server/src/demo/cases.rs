//! Synthetic cases whose 2023 statistics equal the quality report's tables
//! (000 §6 and §12), per intervention and per provider.
//!
//! The report gives margins, not people: counts per provider × intervention
//! (§6.2), gender and age per intervention (§6.1.1–6.1.2) and per provider
//! (§6.2.1–6.2.2, as percentages that pin down whole counts), ongoing cases
//! per provider × intervention (§6.2.3), and lengths and exits per
//! intervention (§6.1.4, §12). The split of gender and age across a provider's
//! interventions is invented so that both margins hold; exits and lengths are
//! spread over the providers of an intervention. Everything is deterministic:
//! the same cases on every run.
//!
//! The report's tables agree with each other: every total adds up across
//! §6.1, §6.2 and §12, and every printed percentage is its count rounded half
//! up. What disagrees is the text around them: §6.3 says thirteen providers
//! were authorized, yet the tables name thirteen with cases besides
//! Coachgruppen AB (which had none); the per-provider tables head their share
//! column "of all customers" (Andel av totalt antal kunder) where it is the
//! share of all insatser (91 of 239 = 38 %); §12.1 counts exits "to
//! self-sufficiency" that are exactly work plus studies (§12.3.1), so no case
//! ended in own business. We follow the tables.

use chrono::{Datelike, Days, NaiveDate};

use crate::db::cases::{ChosenBy, EndReason, Gender, NewCase};

/// One provider's cases in one intervention.
struct Cell {
    provider: &'static str,
    intervention: &'static str,
    /// 000 §6.2.
    cases: u32,
    /// Invented split of §6.1.1 and §6.2.1 (both margins hold).
    women: u32,
    /// Invented split of §6.1.2 and §6.2.2: ≤24, 25–39, 40–59, 60–65.
    age: [u32; 4],
    /// Ongoing on 31 December 2023, 000 §6.2.3: count, extended at least
    /// once, planned end in 2024's first and second tertial.
    ongoing: [u32; 4],
}

const fn cell(
    provider: &'static str,
    intervention: &'static str,
    cases: u32,
    women: u32,
    age: [u32; 4],
    ongoing: [u32; 4],
) -> Cell {
    Cell {
        provider,
        intervention,
        cases,
        women,
        age,
        ongoing,
    }
}

const NONE: [u32; 4] = [0, 0, 0, 0];

#[rustfmt::skip]
const CELLS: [Cell; 25] = [
    // Jobbpeng grund: 25 cases, 11 women, ages 14/9/2/0, 5 ongoing.
    cell("arbetsmarknadsgruppen", "JPG", 9, 5, [5, 3, 1, 0], NONE),
    cell("back-to-future", "JPG", 8, 1, [6, 2, 0, 0], [3, 3, 3, 0]),
    cell("jobblotsen", "JPG", 3, 2, [2, 1, 0, 0], [1, 0, 1, 0]),
    cell("alljobb", "JPG", 2, 1, [0, 1, 1, 0], NONE),
    cell("omstallarna", "JPG", 1, 0, [1, 0, 0, 0], [1, 0, 1, 0]),
    cell("samtalsplatsen", "JPG", 1, 1, [0, 1, 0, 0], NONE),
    cell("trimtab", "JPG", 1, 1, [0, 1, 0, 0], NONE),
    // Förstärkt jobbpeng: 127 cases, 59 women, ages 42/34/42/9, 45 ongoing.
    cell("arbetsmarknadsgruppen", "FJP", 54, 27, [20, 10, 18, 6], [17, 11, 17, 0]),
    cell("cognix", "FJP", 25, 14, [6, 13, 6, 0], [12, 10, 11, 1]),
    cell("back-to-future", "FJP", 18, 2, [8, 2, 6, 2], [8, 5, 6, 2]),
    cell("jobblotsen", "FJP", 6, 3, [3, 1, 2, 0], [1, 0, 1, 0]),
    cell("stadsmissionen", "FJP", 6, 4, [1, 1, 4, 0], [3, 3, 3, 0]),
    cell("alljobb", "FJP", 4, 2, [0, 1, 2, 1], NONE),
    cell("misa", "FJP", 3, 2, [2, 1, 0, 0], [1, 1, 1, 0]),
    cell("osynliga-jobb", "FJP", 3, 2, [0, 1, 2, 0], NONE),
    cell("samtalsplatsen", "FJP", 3, 1, [1, 1, 1, 0], [2, 1, 2, 0]),
    cell("omstallarna", "FJP", 2, 1, [0, 1, 1, 0], [1, 1, 1, 0]),
    cell("youth-and-care", "FJP", 2, 1, [1, 1, 0, 0], NONE),
    cell("trimtab", "FJP", 1, 0, [0, 1, 0, 0], NONE),
    // Språk- och arbetsintroduktion: 87 cases, 50 women, ages 8/42/35/2, 28 ongoing.
    cell("jobblotsen", "SAI", 37, 22, [4, 22, 11, 0], [16, 3, 6, 10]),
    cell("arbetsmarknadsgruppen", "SAI", 28, 17, [3, 13, 11, 1], [11, 6, 8, 3]),
    cell("alljobb", "SAI", 18, 10, [1, 4, 12, 1], NONE),
    cell("eductus", "SAI", 2, 1, [0, 2, 0, 0], NONE),
    cell("misa", "SAI", 1, 0, [0, 1, 0, 0], [1, 1, 0, 1]),
    cell("trimtab", "SAI", 1, 0, [0, 0, 1, 0], NONE),
];

/// An intervention's lengths and exits in 2023 (000 §6.1.4, §12.1, §12.3).
struct Outcomes {
    intervention: &'static str,
    /// Cases by length on 31 December: 1–100, 101–365, 366–730, over 730 days.
    length: [u32; 4],
    /// Days in the insats of each exit to work, then to studies: their
    /// counts are §12.3.1's, their average §12.1's.
    work_days: &'static [i64],
    studies_days: &'static [i64],
    /// The other exits, §12.3.2 and §12.3.3.
    other_exits: &'static [(EndReason, u32)],
}

use EndReason::{
    Illness, InterruptedOther, Moved, OtherAuthority, OtherInsats, SameInsatsOtherProvider,
};

const OUTCOMES: [Outcomes; 3] = [
    // 8 exits to work or studies, 1 208 days: 151 on average.
    Outcomes {
        intervention: "JPG",
        length: [13, 11, 1, 0],
        work_days: &[60, 90, 180, 230, 278],
        studies_days: &[75, 95, 200],
        other_exits: &[
            (OtherAuthority, 3),
            (Illness, 1),
            (InterruptedOther, 6),
            (Moved, 2),
        ],
    },
    // 33 exits to work or studies, 14 784 days: 448 on average. The four
    // who changed insats (Bytt kundvalsinsats) include one who kept the
    // insats with another provider.
    Outcomes {
        intervention: "FJP",
        length: [22, 55, 36, 14],
        work_days: &[
            60, 95, 130, 150, 170, 210, 230, 250, 270, 310, 330, 345, 360, 400, 430, 490, 520, 550,
            580, 640, 670, 800, 880, 990, 1030, 969,
        ],
        studies_days: &[80, 190, 290, 355, 460, 610, 940],
        other_exits: &[
            (OtherInsats, 3),
            (SameInsatsOtherProvider, 1),
            (OtherAuthority, 18),
            (Illness, 13),
            (InterruptedOther, 10),
            (Moved, 4),
        ],
    },
    // 19 exits to work or studies, 4 370 days: 230 on average. All 60
    // together: 20 362 days, 339 on average.
    Outcomes {
        intervention: "SAI",
        length: [16, 56, 15, 0],
        work_days: &[50, 90, 150, 180, 195, 225, 240, 265, 275, 305, 450],
        studies_days: &[70, 165, 210, 255, 290, 320, 400, 235],
        other_exits: &[
            (OtherInsats, 2),
            (OtherAuthority, 7),
            (Illness, 2),
            (InterruptedOther, 6),
            (Moved, 23),
        ],
    },
];

/// §6: 20 persons had two insatser, ten women and ten men (239 insatser,
/// 219 persons: 120 and 119 insatser, 110 and 109 persons).
const PERSONS_WITH_TWO_CASES_PER_GENDER: usize = 10;

/// Ages the report's bands span (19–24, 25–39, 40–59, 60–65).
const AGE_RANGES: [(i32, i32); 4] = [(19, 24), (25, 39), (40, 59), (60, 65)];

const LENGTH_RANGES: [(i64, i64); 4] = [(1, 100), (101, 365), (366, 730), (731, 1095)];

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid calendar date")
}

fn plus(date: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        date + Days::new(days as u64)
    } else {
        date - Days::new(days.unsigned_abs())
    }
}

/// `list` in an order that spreads neighbours apart: position k takes
/// element k × step mod n, for a step coprime with n.
fn spread<T: Clone>(list: &[T]) -> Vec<T> {
    let n = list.len();
    let gcd = |mut a: usize, mut b: usize| {
        while b != 0 {
            (a, b) = (b, a % b);
        }
        a
    };
    let step = (7..).find(|s| gcd(*s, n.max(1)) == 1).unwrap_or(1);
    (0..n).map(|k| list[(k * step) % n].clone()).collect()
}

/// How a generated case ends, before it is placed at a provider.
#[derive(Clone)]
enum Fate {
    Ongoing { days: i64 },
    Ended { days: i64, reason: EndReason },
}

struct Draft {
    provider: &'static str,
    intervention: &'static str,
    gender: Gender,
    age_band: usize,
    start: NaiveDate,
    planned_end: NaiveDate,
    end: Option<(NaiveDate, EndReason)>,
    extensions: i64,
}

/// The synthetic cases, ready to import. The `expect`s below fail only if
/// the constant tables above disagree with each other, which the unit tests
/// rule out: a panic here is a bug in those tables.
pub fn cases_2023() -> Vec<NewCase> {
    let year_end = day(2023, 12, 31);
    let mut drafts: Vec<Draft> = Vec::with_capacity(239);
    let mut sequence: i64 = 0;
    for outcomes in &OUTCOMES {
        let cells: Vec<&Cell> = CELLS
            .iter()
            .filter(|c| c.intervention == outcomes.intervention)
            .collect();

        // Lengths of every case other than the exits to work or studies,
        // spread over the length bands the report gives.
        let mut left = outcomes.length;
        for days in outcomes.work_days.iter().chain(outcomes.studies_days) {
            left[band_of(*days)] -= 1;
        }
        let mut band_counter = [0i64; 4];
        let mut other_lengths: Vec<i64> = Vec::new();
        for (band, count) in left.iter().enumerate() {
            for _ in 0..*count {
                let (lo, hi) = LENGTH_RANGES[band];
                other_lengths.push(lo + (band_counter[band] * 37 + 11) % (hi - lo + 1));
                band_counter[band] += 1;
            }
        }
        let mut other_lengths = spread(&other_lengths).into_iter();

        let mut ended: Vec<Fate> = Vec::new();
        for days in outcomes.work_days {
            ended.push(Fate::Ended {
                days: *days,
                reason: EndReason::Work,
            });
        }
        for days in outcomes.studies_days {
            ended.push(Fate::Ended {
                days: *days,
                reason: EndReason::Studies,
            });
        }
        let ongoing_total: u32 = cells.iter().map(|c| c.ongoing[0]).sum();
        let mut ongoing: Vec<Fate> = Vec::new();
        for _ in 0..ongoing_total {
            ongoing.push(Fate::Ongoing {
                days: other_lengths.next().expect("lengths for every case"),
            });
        }
        for (reason, count) in outcomes.other_exits {
            for _ in 0..*count {
                ended.push(Fate::Ended {
                    days: other_lengths.next().expect("lengths for every case"),
                    reason: *reason,
                });
            }
        }
        let mut ended = spread(&ended).into_iter();
        let mut ongoing = ongoing.into_iter();

        for cell in cells {
            let ages: Vec<usize> = (0..4)
                .flat_map(|band| std::iter::repeat_n(band, cell.age[band] as usize))
                .collect();
            let ages = spread(&ages);
            let [ongoing_count, extended, first_tertial, second_tertial] = cell.ongoing;
            for k in 0..cell.cases {
                sequence += 1;
                let fate = if k < ongoing_count {
                    ongoing.next()
                } else {
                    ended.next()
                }
                .expect("one fate per case");
                let gender = if k < cell.women {
                    Gender::Woman
                } else {
                    Gender::Man
                };
                let (start, planned_end, end, extensions) = match fate {
                    Fate::Ongoing { days } => {
                        let start = plus(year_end, 1 - days);
                        let planned_end = if k < first_tertial {
                            plus(day(2024, 1, 10), (sequence * 13) % 110)
                        } else if k < first_tertial + second_tertial {
                            plus(day(2024, 5, 3), (sequence * 13) % 115)
                        } else {
                            day(2024, 10, 1)
                        };
                        let extensions = if k < extended { 1 + sequence % 3 } else { 0 };
                        // Ongoing on 31 December 2023; every customer was
                        // then assessed again for the 2024 kundval (000
                        // §6.4), so the case ends in another insats at its
                        // planned end or when the old ones closed.
                        let end = planned_end.min(day(2024, 6, 30));
                        (
                            start,
                            planned_end,
                            Some((end, EndReason::OtherInsats)),
                            extensions,
                        )
                    }
                    Fate::Ended { days, reason } => {
                        let end = plus(day(2023, 1, 5), (sequence * 47) % 355);
                        let start = plus(end, 1 - days);
                        let planned_end = plus(start, 364).max(end);
                        let extensions = i64::from(days > 365);
                        (start, planned_end, Some((end, reason)), extensions)
                    }
                };
                drafts.push(Draft {
                    provider: cell.provider,
                    intervention: cell.intervention,
                    gender,
                    age_band: ages[k as usize],
                    start,
                    planned_end,
                    end,
                    extensions,
                });
            }
        }
        debug_assert!(ongoing.next().is_none() && ended.next().is_none());
    }

    let (persons, birth_years) = persons_of(&drafts);
    drafts
        .iter()
        .enumerate()
        .map(|(k, d)| NewCase {
            case_id: format!("demo-2023-{:03}", k + 1),
            person_id: format!("demo-person-{:03}", persons[k] + 1),
            gender: d.gender,
            birth_year: i64::from(birth_years[k]),
            intervention_code: d.intervention.to_string(),
            provider_id: d.provider.to_string(),
            start_date: d.start.to_string(),
            planned_end_date: d.planned_end.to_string(),
            end: d.end.map(|(date, reason)| (date.to_string(), reason)),
            extensions: d.extensions,
            // The report does not say who chose; invented, about one in
            // five by the default rotation.
            chosen: if k % 5 == 2 {
                ChosenBy::Rotation
            } else {
                ChosenBy::Customer
            },
        })
        .collect()
}

fn band_of(days: i64) -> usize {
    LENGTH_RANGES
        .iter()
        .position(|(lo, hi)| (*lo..=*hi).contains(&days))
        .unwrap_or(3)
}

/// Numbers the persons and gives each case a birth year: twenty persons
/// get two cases each, of the same gender and age band, and a birth year
/// that keeps both cases in the band.
fn persons_of(drafts: &[Draft]) -> (Vec<usize>, Vec<i32>) {
    let mut person: Vec<Option<usize>> = vec![None; drafts.len()];
    let mut birth_year = vec![0i32; drafts.len()];
    let mut next_person = 0;
    for gender in [Gender::Woman, Gender::Man] {
        let mut pairs = 0;
        // The broad bands first: a person's two cases then start in any year.
        for band in [1usize, 2, 0, 3] {
            let group: Vec<usize> = (0..drafts.len())
                .filter(|&k| drafts[k].gender == gender && drafts[k].age_band == band)
                .collect();
            let (mut a, mut b) = (0, group.len());
            while pairs < PERSONS_WITH_TWO_CASES_PER_GENDER && a + 1 < b {
                b -= 1;
                let (x, y) = (group[a], group[b]);
                let (ya, yb) = (drafts[x].start.year(), drafts[y].start.year());
                let (lo, hi) = AGE_RANGES[band];
                // Born in a year that makes both ages fall in [lo, hi].
                let earliest = ya.max(yb) - hi;
                let latest = ya.min(yb) - lo;
                if earliest <= latest {
                    let year = (earliest + latest) / 2;
                    person[x] = Some(next_person);
                    person[y] = Some(next_person);
                    birth_year[x] = year;
                    birth_year[y] = year;
                    next_person += 1;
                    pairs += 1;
                }
                a += 1;
            }
        }
    }
    let persons = (0..drafts.len())
        .map(|k| {
            person[k].unwrap_or_else(|| {
                let (lo, hi) = AGE_RANGES[drafts[k].age_band];
                let age = lo + (k as i32 * 7) % (hi - lo + 1);
                birth_year[k] = drafts[k].start.year() - age;
                next_person += 1;
                next_person - 1
            })
        })
        .collect();
    (persons, birth_year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cells_add_up_to_the_reports_totals() {
        assert_eq!(CELLS.iter().map(|c| c.cases).sum::<u32>(), 239);
        assert_eq!(CELLS.iter().map(|c| c.women).sum::<u32>(), 120);
        for c in &CELLS {
            assert_eq!(c.age.iter().sum::<u32>(), c.cases, "{}", c.provider);
            assert!(c.ongoing[0] <= c.cases && c.ongoing[1] <= c.ongoing[0]);
            assert!(c.ongoing[2] + c.ongoing[3] <= c.ongoing[0]);
        }
        for o in &OUTCOMES {
            let cases: u32 = CELLS
                .iter()
                .filter(|c| c.intervention == o.intervention)
                .map(|c| c.cases)
                .sum();
            assert_eq!(o.length.iter().sum::<u32>(), cases, "{}", o.intervention);
        }
    }

    #[test]
    fn the_synthetic_cases_are_the_same_on_every_run_and_import_cleanly() {
        let cases = cases_2023();
        assert_eq!(cases.len(), 239);
        assert_eq!(cases, cases_2023());
        let persons: std::collections::HashSet<_> = cases.iter().map(|c| &c.person_id).collect();
        assert_eq!(persons.len(), 219);
        for c in &cases {
            assert!(c.planned_end_date >= c.start_date, "{c:?}");
            let (end, _) = c.end.as_ref().expect("every case has ended by mid-2024");
            assert!(
                end >= &c.start_date && end.as_str() <= "2024-06-30",
                "{c:?}"
            );
        }
    }
}
