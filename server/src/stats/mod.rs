//! The statistics engine and its disclosure control.
//!
//! [`engine`] computes, for any [`Period`], the figures of the quality report
//! (000 §6, §12) per intervention, per provider, per provider × intervention
//! and in total, from the case database. [`disclosure`] turns a table of
//! those figures into what the public may see. The full figures are for
//! signed-in municipality staff only.

pub mod audit;
pub mod disclosure;
pub mod engine;
pub mod linked;
pub mod open_data;
pub mod publish;
pub mod published;
pub mod report;
pub mod stored;
pub mod survey;

use chrono::{Datelike, NaiveDate};

pub use engine::{
    compute, load, statistics, AgeBand, Breakdown, BreakdownFigures, CaseRecord, CaseSet, Figures,
    LengthBand, PlannedEnd, Rows, Statistics, StatisticsError, StatisticsTable,
};

/// A period of days, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("the period ends ({to}) before it starts ({from})")]
pub struct PeriodError {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period, PeriodError> {
        if to < from {
            return Err(PeriodError { from, to });
        }
        Ok(Period { from, to })
    }

    /// 1 January to 31 December: the default period, as in the quality report.
    pub fn calendar_year(year: i32) -> Period {
        // Every year has a 1 January and a 31 December within chrono's range
        // for the years case files hold; outside it this is a caller's bug.
        let day = |m, d| NaiveDate::from_ymd_opt(year, m, d).expect("a year within chrono's range");
        Period {
            from: day(1, 1),
            to: day(12, 31),
        }
    }

    /// The year after the one the period ends in: planned ends are counted
    /// in its tertials.
    pub fn next_year(&self) -> i32 {
        self.to.year() + 1
    }
}

/// `part` of `base` in whole percent, rounded half up; `None` when the base is 0.
pub fn percent(part: i64, base: i64) -> Option<i64> {
    rounded_ratio(100 * part, base)
}

/// `sum / count` rounded half up (non-negative inputs); `None` when count is 0.
pub fn rounded_ratio(sum: i64, count: i64) -> Option<i64> {
    (count > 0).then(|| (2 * sum + count) / (2 * count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_are_whole_numbers_rounded_half_up() {
        assert_eq!(percent(15, 24), Some(63)); // 62.5
        assert_eq!(percent(5, 8), Some(63)); // 62.5
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(0, 7), Some(0));
        assert_eq!(percent(3, 0), None);
    }

    #[test]
    fn averages_are_whole_days_rounded_half_up() {
        assert_eq!(rounded_ratio(3, 2), Some(2));
        assert_eq!(rounded_ratio(20362, 60), Some(339));
        assert_eq!(rounded_ratio(5, 0), None);
    }

    #[test]
    fn a_period_cannot_end_before_it_starts() {
        let a = NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
        let b = NaiveDate::from_ymd_opt(2023, 4, 30).unwrap();
        assert!(Period::new(a, b).is_err());
        assert!(Period::new(a, a).is_ok());
        assert_eq!(Period::calendar_year(2023).next_year(), 2024);
    }
}
