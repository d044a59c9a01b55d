//! What earlier publications already told every reader about a new one's
//! counts.
//!
//! A reader holds every public snapshot: earlier publications of the same
//! period, periods that end the same day, periods within each other. Some
//! counts mean the same in two of them, or one is never more than the
//! other:
//!
//! - the same period: every count (while the cases are unchanged);
//! - the same last day: what is ongoing at it (ongoing, extended, planned
//!   end), whatever the first day;
//! - a period within another: the cases active, the persons, and what ended
//!   (by gender, age band, end reason, reason group, exits) are never more
//!   in the shorter period than in the longer.
//!
//! The new publication's audit takes what the earlier one shows of such a
//! count as known: a shown 7 of the same count is 7, a "<5" is 1–4, a shown 7
//! in a shorter period means at least 7. A relation is used only where it
//! holds for the true figures of both (checked against the earlier full
//! figures), so a changed case file does not lead the audit astray.
//!
//! What ended adds up over time: the cases that ended in a year are those
//! that ended in its spring and those that ended in its autumn. For such
//! counts the audit gets more than a bound: a [`Timeline`] cuts the days of
//! every overlapping publication into parts, and each publication's count
//! is the sum of its parts' counts. The parts are counted but never shown,
//! and the audit protects them and the earlier publications' hidden counts
//! as it protects the new one's: publishing a year after its autumn must not
//! tell what ended in its spring.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use domain::model::statistics::{
    Breakdown, FigureTable, GroupFigures, PublicCell, StatisticsReport,
};

use super::{
    audit::Range,
    engine::{BreakdownFigures, Figures, Statistics},
    Period,
};

/// Which rows a count belongs to, by code: the same in every publication.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Total,
    Intervention(String),
    /// A provider id within an intervention code.
    ProviderIn(String, String),
}

/// What a count counts, as publications name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    Cases,
    Ongoing,
    Ended,
    Category(Breakdown, usize),
    Exits,
    Persons,
    Respondents,
}

impl Measure {
    /// The count in a breakdown's column; Status's columns are the bases of
    /// other breakdowns.
    pub fn of_column(breakdown: Breakdown, column: usize) -> Measure {
        match (breakdown, column) {
            (Breakdown::Status, 0) => Measure::Ongoing,
            (Breakdown::Status, _) => Measure::Ended,
            _ => Measure::Category(breakdown, column),
        }
    }

    pub fn base_of(breakdown: Breakdown) -> Measure {
        match breakdown.base() {
            "ongoing" => Measure::Ongoing,
            "ended" => Measure::Ended,
            "persons" => Measure::Persons,
            _ => Measure::Cases,
        }
    }

    /// Counted by the day a case ended: a period's count is the sum of the
    /// counts of the parts it is cut into.
    pub fn adds_up_over_time(self) -> bool {
        matches!(
            self,
            Measure::Ended
                | Measure::Exits
                | Measure::Category(Breakdown::EndReason | Breakdown::ReasonGroup, _)
        )
    }

    /// Counted at the period's last day: the same for periods ending then.
    fn is_stock(self) -> bool {
        matches!(
            self,
            Measure::Ongoing | Measure::Category(Breakdown::Extended | Breakdown::PlannedEnd, _)
        )
    }

    /// Never fewer in a longer period that holds a shorter one.
    fn grows_with_the_period(self) -> bool {
        matches!(
            self,
            Measure::Cases
                | Measure::Ended
                | Measure::Exits
                | Measure::Persons
                | Measure::Category(
                    Breakdown::Gender
                        | Breakdown::PersonsGender
                        | Breakdown::Chosen
                        | Breakdown::Age
                        | Breakdown::EndReason
                        | Breakdown::ReasonGroup,
                    _
                )
        )
    }
}

/// Every count a report publishes, by place and measure.
pub fn counts(report: &StatisticsReport) -> HashMap<(Place, Measure), PublicCell> {
    let mut out = HashMap::new();
    let mut table = |table: &FigureTable, row: &dyn Fn(&str) -> Place, total: Place| {
        let columns = table.columns.len();
        for (k, code) in table.rows.iter().enumerate() {
            for c in 0..columns {
                out.insert(
                    (row(code), Measure::of_column(table.breakdown, c)),
                    table.cells[k][c],
                );
            }
            out.insert(
                (row(code), Measure::base_of(table.breakdown)),
                table.row_totals[k],
            );
        }
        for c in 0..columns {
            out.insert(
                (total.clone(), Measure::of_column(table.breakdown, c)),
                table.column_totals[c],
            );
        }
        out.insert(
            (total.clone(), Measure::base_of(table.breakdown)),
            table.total,
        );
    };
    for t in &report.overview.tables {
        table(
            t,
            &|code| Place::Intervention(code.to_string()),
            Place::Total,
        );
    }
    for level in &report.levels {
        for t in &level.section.tables {
            table(
                t,
                &|id| Place::ProviderIn(id.to_string(), level.code.clone()),
                Place::Intervention(level.code.clone()),
            );
        }
    }
    let mut key_figures = |place: Place, row: &GroupFigures| {
        out.insert((place.clone(), Measure::Persons), row.persons);
        out.insert(
            (place.clone(), Measure::Exits),
            row.days_to_work_or_studies.n,
        );
        if let Some(survey) = &row.survey {
            out.insert((place, Measure::Respondents), survey.response_rate.part);
        }
    };
    key_figures(Place::Total, &report.overview.total);
    for row in &report.overview.rows {
        key_figures(Place::Intervention(row.code.clone()), row);
    }
    for level in &report.levels {
        key_figures(
            Place::Intervention(level.code.clone()),
            &level.section.total,
        );
        for row in &level.section.rows {
            key_figures(Place::ProviderIn(row.code.clone(), level.code.clone()), row);
        }
    }
    out
}

/// How an earlier publication's period lies against the new one's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Periods {
    pub same: bool,
    pub same_end: bool,
    /// The earlier period lies within the new one (and is not the same).
    pub earlier_within: bool,
    /// The new period lies within the earlier one (and is not the same).
    pub new_within: bool,
}

impl Periods {
    /// Periods as ISO dates (which order as dates).
    pub fn of(earlier: (&str, &str), new: (&str, &str)) -> Periods {
        let same = earlier == new;
        Periods {
            same,
            same_end: earlier.1 == new.1,
            earlier_within: !same && new.0 <= earlier.0 && earlier.1 <= new.1,
            new_within: !same && earlier.0 <= new.0 && new.1 <= earlier.1,
        }
    }
}

/// An earlier publication: its public counts and its true ones.
pub struct Earlier {
    pub period: Period,
    pub periods: Periods,
    pub public: HashMap<(Place, Measure), PublicCell>,
    pub full: HashMap<(Place, Measure), PublicCell>,
}

impl Earlier {
    /// What this publication tells a reader about the new count `key`,
    /// whose true value is `value`.
    pub fn knowledge(&self, key: &(Place, Measure), value: i64) -> Option<Range> {
        let shown = *self.public.get(key)?;
        let truth = self.full.get(key)?.value()?;
        let measure = key.1;
        let periods = self.periods;
        let (low, high) = match shown {
            PublicCell::Value(v) => (v, Some(v)),
            PublicCell::Below(m) => (1, Some(m - 1)),
            PublicCell::Suppressed => return None,
        };
        if (periods.same || (periods.same_end && measure.is_stock())) && truth == value {
            Some(Range { low, high })
        } else if periods.earlier_within && measure.grows_with_the_period() && truth <= value {
            // At least what the shorter period shows.
            Some(Range { low, high: None })
        } else if periods.new_within && measure.grows_with_the_period() && value <= truth {
            // At most what the longer period shows.
            Some(Range { low: 0, high })
        } else {
            None
        }
    }
}

/// The parts a new period and the earlier periods linked with it are cut
/// into, with what truly ended in each part.
pub struct Timeline {
    /// Consecutive stretches of days, each wholly inside or wholly outside
    /// every period linked, covering every day some period covers.
    pub parts: Vec<Period>,
    /// Per part: every count that adds up over time.
    pub truth: Vec<HashMap<(Place, Measure), i64>>,
}

impl Timeline {
    /// The parts of these periods: cut at every first day and every day
    /// after a last day (none after the calendar's last day).
    pub fn parts_of(periods: &[Period]) -> Vec<Period> {
        let mut cuts: Vec<NaiveDate> = periods
            .iter()
            .flat_map(|p| [Some(p.from), p.to.succ_opt()])
            .flatten()
            .collect();
        cuts.sort_unstable();
        cuts.dedup();
        (0..cuts.len())
            .map(|k| Period {
                from: cuts[k],
                // A later cut is never the calendar's first day.
                to: cuts
                    .get(k + 1)
                    .map_or(NaiveDate::MAX, |&next| next - Days::new(1)),
            })
            .filter(|part| {
                periods
                    .iter()
                    .any(|p| p.from <= part.from && part.to <= p.to)
            })
            .collect()
    }

    /// The indexes of the parts that make up `period` (one of the periods
    /// the timeline was cut for).
    pub fn parts_in(&self, period: Period) -> Vec<usize> {
        (0..self.parts.len())
            .filter(|&k| period.from <= self.parts[k].from && self.parts[k].to <= period.to)
            .collect()
    }

    /// The true count of `key` in `period`: the sum of its parts'.
    pub fn truth_in(&self, period: Period, key: &(Place, Measure)) -> i64 {
        self.parts_in(period)
            .into_iter()
            .map(|k| self.truth[k].get(key).copied().unwrap_or(0))
            .sum()
    }
}

/// Which earlier publications a new period is linked with through what
/// ended: those overlapping it, and those overlapping one of them, and so
/// on (a year published after its autumn and its spring ties all three).
pub fn linked_over_time(new: Period, earlier: &[Period]) -> Vec<usize> {
    let overlap = |a: Period, b: Period| a.from <= b.to && b.from <= a.to;
    let mut linked: Vec<usize> = Vec::new();
    let mut reached = vec![new];
    loop {
        let more: Vec<usize> = (0..earlier.len())
            .filter(|k| !linked.contains(k))
            .filter(|&k| reached.iter().any(|&p| overlap(p, earlier[k])))
            .collect();
        if more.is_empty() {
            linked.sort_unstable();
            return linked;
        }
        reached.extend(more.iter().map(|&k| earlier[k]));
        linked.extend(more);
    }
}

/// Every count that adds up over time, from a period's figures.
pub fn counts_over_time(stats: &Statistics) -> HashMap<(Place, Measure), i64> {
    let mut out = HashMap::new();
    let mut add = |place: Place, f: &Figures| {
        out.insert((place.clone(), Measure::Ended), f.ended);
        out.insert(
            (place.clone(), Measure::Exits),
            f.exits_to_work_or_studies(),
        );
        for breakdown in [Breakdown::EndReason, Breakdown::ReasonGroup] {
            for (k, value) in breakdown.values(f).into_iter().enumerate() {
                out.insert((place.clone(), Measure::Category(breakdown, k)), value);
            }
        }
    };
    add(Place::Total, &stats.total);
    for code in stats.interventions() {
        if let Some(f) = stats.intervention(code) {
            add(Place::Intervention(code.clone()), f);
        }
        for id in stats.providers() {
            if let Some(f) = stats.provider_in(id, code) {
                add(Place::ProviderIn(id.clone(), code.clone()), f);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period(from: &str, to: &str) -> Period {
        Period::new(from.parse().unwrap(), to.parse().unwrap()).unwrap()
    }

    #[test]
    fn overlapping_periods_are_cut_into_parts_each_wholly_inside_or_outside_every_one() {
        let year = period("2023-01-01", "2023-12-31");
        let rolling = period("2022-07-01", "2023-06-30");
        let summer = period("2023-04-01", "2023-09-30");
        assert_eq!(
            Timeline::parts_of(&[year, rolling, summer]),
            vec![
                period("2022-07-01", "2022-12-31"),
                period("2023-01-01", "2023-03-31"),
                period("2023-04-01", "2023-06-30"),
                period("2023-07-01", "2023-09-30"),
                period("2023-10-01", "2023-12-31"),
            ]
        );
        // Days no period covers are no part.
        let spring = period("2023-01-01", "2023-03-31");
        let autumn = period("2023-10-01", "2023-12-31");
        assert_eq!(Timeline::parts_of(&[spring, autumn]), vec![spring, autumn]);
        // A period may end on the calendar's last day.
        let end = Period {
            from: NaiveDate::MAX - Days::new(9),
            to: NaiveDate::MAX,
        };
        assert_eq!(Timeline::parts_of(&[year, end]), vec![year, end]);
        let timeline = Timeline {
            parts: Timeline::parts_of(&[year, rolling, summer]),
            truth: (1..=5)
                .map(|n| HashMap::from([((Place::Total, Measure::Ended), n)]))
                .collect(),
        };
        assert_eq!(timeline.parts_in(summer), vec![2, 3]);
        assert_eq!(
            timeline.truth_in(year, &(Place::Total, Measure::Ended)),
            2 + 3 + 4 + 5
        );
    }

    #[test]
    fn a_period_is_linked_with_every_period_a_chain_of_overlaps_reaches() {
        let spring = period("2023-01-01", "2023-06-30");
        let year = period("2023-01-01", "2023-12-31");
        let last_year = period("2022-01-01", "2022-12-31");
        let rolling = period("2022-07-01", "2023-06-30");
        let autumn = period("2023-07-01", "2023-12-31");
        // The autumn does not overlap the spring, but the year holds both.
        assert_eq!(linked_over_time(autumn, &[spring, year]), vec![0, 1]);
        assert_eq!(
            linked_over_time(autumn, &[spring, last_year]),
            Vec::<usize>::new()
        );
        assert_eq!(
            linked_over_time(autumn, &[last_year, year, rolling]),
            vec![0, 1, 2]
        );
    }

    #[test]
    fn what_ended_adds_up_over_time_and_what_is_active_does_not() {
        assert!(Measure::Ended.adds_up_over_time());
        assert!(Measure::Exits.adds_up_over_time());
        assert!(Measure::Category(Breakdown::EndReason, 3).adds_up_over_time());
        assert!(!Measure::Cases.adds_up_over_time());
        assert!(!Measure::Persons.adds_up_over_time());
        assert!(!Measure::Category(Breakdown::Gender, 0).adds_up_over_time());
    }

    #[test]
    fn periods_are_related_by_their_days() {
        let year = ("2023-01-01", "2023-12-31");
        let half = ("2023-07-01", "2023-12-31");
        let spring = ("2023-01-01", "2023-06-30");
        let next = ("2024-01-01", "2024-12-31");
        assert!(Periods::of(year, year).same);
        let p = Periods::of(half, year);
        assert!(p.same_end && p.earlier_within && !p.new_within && !p.same);
        let p = Periods::of(year, spring);
        assert!(!p.same_end && p.new_within);
        let p = Periods::of(next, year);
        assert!(!(p.same || p.same_end || p.earlier_within || p.new_within));
    }

    fn earlier(periods: Periods, public: PublicCell, truth: i64) -> Earlier {
        let key = (Place::Total, Measure::Ended);
        Earlier {
            period: Period::calendar_year(2023),
            periods,
            public: HashMap::from([(key.clone(), public)]),
            full: HashMap::from([(key, PublicCell::Value(truth))]),
        }
    }

    #[test]
    fn a_count_shown_in_a_shorter_period_is_a_floor_for_the_longer() {
        let key = (Place::Total, Measure::Ended);
        let within = Periods::of(("2023-01-01", "2023-06-30"), ("2023-01-01", "2023-12-31"));
        let e = earlier(within, PublicCell::Value(7), 7);
        assert_eq!(e.knowledge(&key, 9), Some(Range { low: 7, high: None }));
        let e = earlier(within, PublicCell::Below(5), 3);
        assert_eq!(e.knowledge(&key, 9), Some(Range { low: 1, high: None }));
        // What is ongoing at different last days says nothing.
        let ongoing = (Place::Total, Measure::Ongoing);
        let e = Earlier {
            period: Period::calendar_year(2023),
            periods: within,
            public: HashMap::from([(ongoing.clone(), PublicCell::Value(7))]),
            full: HashMap::from([(ongoing.clone(), PublicCell::Value(7))]),
        };
        assert_eq!(e.knowledge(&ongoing, 9), None);
    }

    #[test]
    fn the_same_period_tells_the_count_unless_the_cases_changed() {
        let key = (Place::Total, Measure::Ended);
        let same = Periods::of(("2023-01-01", "2023-12-31"), ("2023-01-01", "2023-12-31"));
        let e = earlier(same, PublicCell::Below(5), 3);
        assert_eq!(
            e.knowledge(&key, 3),
            Some(Range {
                low: 1,
                high: Some(4)
            })
        );
        assert_eq!(e.knowledge(&key, 4), None);
        let e = earlier(same, PublicCell::Suppressed, 30);
        assert_eq!(e.knowledge(&key, 30), None);
    }
}
