//! Förvalsanordnare: the default provider for a customer who does not choose
//! (004 §5.4.1). There is one rotation list per kundval, ordered by
//! authorization date; each provider in turn is the default for a two-week
//! period, continuously through the year; a newly authorized provider is
//! appended last.
//!
//! The rotation is followed period by period from its configured start date:
//! each period goes to the provider that comes after the previous period's
//! in the list as it stands at the period's start. So a provider authorized
//! mid-rotation gets its turn when the rotation reaches the end of the list,
//! and one de-authorized mid-rotation is simply skipped.
//!
//! A customer is granted a level, not a kundval, and a provider can only be
//! the default of a customer whose level it holds. So a level's default
//! ([`level_default`]) is the kundval's provider in turn when it holds the
//! level that day, else the next provider in the rotation list, after the
//! one in turn, that does. 004 §5.4.1 keeps one list per kundval and says
//! nothing of levels; this is the reading that keeps both the one list and
//! the rule that a customer only gets a provider authorized for their level.

use chrono::NaiveDate;

/// A provider's authorization for one level of the kundval.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RotationEntry {
    pub provider_id: String,
    /// The level (intervention code) the authorization is for, e.g. `AMI1`.
    pub level_code: String,
    pub authorized_from: NaiveDate,
    pub authorized_to: Option<NaiveDate>,
}

impl RotationEntry {
    fn active_on(&self, day: NaiveDate) -> bool {
        self.authorized_from <= day && self.authorized_to.is_none_or(|to| day <= to)
    }
}

/// Days in one default-provider period.
pub const PERIOD_DAYS: i64 = 14;

/// The rotation list on `day`: providers authorized then, by the date their
/// authorization in the kundval began (then by id, for equal dates).
fn list_on(entries: &[RotationEntry], day: NaiveDate) -> Vec<(NaiveDate, &str)> {
    let mut list: Vec<(NaiveDate, &str)> = Vec::new();
    for entry in entries.iter().filter(|e| e.active_on(day)) {
        match list.iter_mut().find(|(_, id)| *id == entry.provider_id) {
            // Several levels: the provider's place is its earliest current authorization.
            Some(existing) => existing.0 = existing.0.min(entry.authorized_from),
            None => list.push((entry.authorized_from, &entry.provider_id)),
        }
    }
    list.sort();
    list
}

/// The default provider on `day`, for a rotation that began on `start`.
pub fn default_provider(
    entries: &[RotationEntry],
    start: NaiveDate,
    day: NaiveDate,
) -> Option<String> {
    if day < start {
        return None;
    }
    let period = (day - start).num_days() / PERIOD_DAYS;
    let mut holder: Option<(NaiveDate, &str)> = None;
    for index in 0..=period {
        let period_start = start + chrono::Days::new((index * PERIOD_DAYS) as u64);
        let list = list_on(entries, period_start);
        holder = match holder {
            None => list.first().copied(),
            Some(previous) => list
                .iter()
                .find(|entry| **entry > previous)
                .or(list.first())
                .copied(),
        };
    }
    // De-authorized within its own period: the next in today's list takes over.
    let today = list_on(entries, day);
    match holder {
        Some(h) if today.contains(&h) => Some(h.1.to_string()),
        Some(h) => today
            .iter()
            .find(|entry| **entry > h)
            .or(today.first())
            .map(|e| e.1.to_string()),
        None => today.first().map(|e| e.1.to_string()),
    }
}

/// The default provider of a customer granted `level` on `day`: the
/// kundval's provider in turn when it holds the level, else the next one in
/// the rotation list that does.
pub fn level_default(
    entries: &[RotationEntry],
    start: NaiveDate,
    level: &str,
    day: NaiveDate,
) -> Option<String> {
    let in_turn = default_provider(entries, start, day)?;
    let holds = |id: &str| {
        entries
            .iter()
            .any(|e| e.provider_id == id && e.level_code == level && e.active_on(day))
    };
    let list = list_on(entries, day);
    let from = list.iter().position(|(_, id)| *id == in_turn).unwrap_or(0);
    list.iter()
        .cycle()
        .skip(from)
        .take(list.len())
        .find(|(_, id)| holds(id))
        .map(|(_, id)| id.to_string())
}

/// How far ahead the next change of a level's default is looked for.
const HORIZON_DAYS: u64 = 400;

/// A level's default on `day` and the last day it stays so (none when it
/// does not change within the next 400 days). It can change only when a
/// period starts or an authorization begins or ends, so only those days are
/// tried.
pub fn level_default_until(
    entries: &[RotationEntry],
    start: NaiveDate,
    level: &str,
    day: NaiveDate,
) -> Option<(String, Option<NaiveDate>)> {
    let now = level_default(entries, start, level, day)?;
    let horizon = day + chrono::Days::new(HORIZON_DAYS);
    let mut candidates: Vec<NaiveDate> = entries
        .iter()
        .flat_map(|e| {
            [
                Some(e.authorized_from),
                e.authorized_to.and_then(|to| to.succ_opt()),
            ]
        })
        .flatten()
        .filter(|d| *d > day && *d <= horizon)
        .collect();
    let periods_passed = (day - start).num_days().max(0) / PERIOD_DAYS;
    let mut next_period = start + chrono::Days::new(((periods_passed + 1) * PERIOD_DAYS) as u64);
    while next_period <= horizon {
        if next_period > day {
            candidates.push(next_period);
        }
        next_period = next_period + chrono::Days::new(PERIOD_DAYS as u64);
    }
    candidates.sort();
    candidates.dedup();
    let change = candidates
        .into_iter()
        .find(|d| level_default(entries, start, level, *d).as_deref() != Some(now.as_str()));
    Some((now, change.and_then(|d| d.pred_opt())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn entry(id: &str, from: &str, to: Option<&str>) -> RotationEntry {
        at_level(id, "AMI1", from, to)
    }

    fn at_level(id: &str, level: &str, from: &str, to: Option<&str>) -> RotationEntry {
        RotationEntry {
            provider_id: id.into(),
            level_code: level.into(),
            authorized_from: d(from),
            authorized_to: to.map(d),
        }
    }

    const START: &str = "2024-01-01";

    fn three() -> Vec<RotationEntry> {
        vec![
            entry("c", "2023-03-01", None),
            entry("a", "2023-01-01", None),
            entry("b", "2023-02-01", None),
        ]
    }

    fn on(entries: &[RotationEntry], day: &str) -> Option<String> {
        default_provider(entries, d(START), d(day))
    }

    #[test]
    fn the_default_provider_rotates_every_fourteen_days_in_authorization_order() {
        let entries = three();
        assert_eq!(on(&entries, "2024-01-01").as_deref(), Some("a"));
        assert_eq!(on(&entries, "2024-01-14").as_deref(), Some("a"));
        assert_eq!(on(&entries, "2024-01-15").as_deref(), Some("b"));
        assert_eq!(on(&entries, "2024-01-29").as_deref(), Some("c"));
        assert_eq!(
            on(&entries, "2024-02-12").as_deref(),
            Some("a"),
            "after the last comes the first"
        );
        // Continuously through the year and across the new year.
        assert_eq!(on(&entries, "2024-12-30").as_deref(), Some("c"));
        assert_eq!(on(&entries, "2025-01-13").as_deref(), Some("a"));
    }

    #[test]
    fn before_the_rotation_starts_there_is_no_default() {
        assert_eq!(on(&three(), "2023-12-31"), None);
        assert_eq!(on(&[], "2024-05-01"), None);
    }

    #[test]
    fn a_newly_authorized_provider_is_appended_last() {
        let mut entries = three();
        // d joins during b's period: a, b, c keep their turns, then d.
        entries.push(entry("d", "2024-01-20", None));
        assert_eq!(on(&entries, "2024-01-15").as_deref(), Some("b"));
        assert_eq!(on(&entries, "2024-01-29").as_deref(), Some("c"));
        assert_eq!(on(&entries, "2024-02-12").as_deref(), Some("d"));
        assert_eq!(on(&entries, "2024-02-26").as_deref(), Some("a"));
    }

    #[test]
    fn a_de_authorized_provider_is_skipped() {
        let mut entries = three();
        // b leaves before its next turn would come.
        entries[2].authorized_to = Some(d("2024-02-20"));
        assert_eq!(on(&entries, "2024-02-12").as_deref(), Some("a"));
        assert_eq!(
            on(&entries, "2024-02-26").as_deref(),
            Some("c"),
            "b is gone, c follows a"
        );
        assert_eq!(on(&entries, "2024-03-11").as_deref(), Some("a"));
    }

    #[test]
    fn a_provider_de_authorized_during_its_own_period_hands_over_at_once() {
        let mut entries = three();
        entries[2].authorized_to = Some(d("2024-01-20")); // b, whose period began 2024-01-15
        assert_eq!(on(&entries, "2024-01-20").as_deref(), Some("b"));
        assert_eq!(on(&entries, "2024-01-21").as_deref(), Some("c"));
    }

    #[test]
    fn a_provider_in_several_levels_has_one_place_by_its_earliest_authorization() {
        let mut entries = three();
        entries.push(entry("c", "2022-12-01", None)); // c's other level is older than a's
        assert_eq!(on(&entries, "2024-01-01").as_deref(), Some("c"));
        assert_eq!(on(&entries, "2024-01-15").as_deref(), Some("a"));
    }

    /// a holds AMI 1 only, b AMI 2 only, c both: the kundval's list is a, b, c.
    fn two_levels() -> Vec<RotationEntry> {
        vec![
            at_level("a", "AMI1", "2023-01-01", None),
            at_level("b", "AMI2", "2023-02-01", None),
            at_level("c", "AMI1", "2023-03-01", None),
            at_level("c", "AMI2", "2023-03-01", None),
        ]
    }

    fn level_on(entries: &[RotationEntry], level: &str, day: &str) -> Option<String> {
        level_default(entries, d(START), level, d(day))
    }

    #[test]
    fn a_level_gets_the_provider_in_turn_only_when_it_holds_the_level() {
        let entries = two_levels();
        // a's turn: a holds AMI 1; for AMI 2 the next that holds it is b.
        assert_eq!(
            level_on(&entries, "AMI1", "2024-01-01").as_deref(),
            Some("a")
        );
        assert_eq!(
            level_on(&entries, "AMI2", "2024-01-01").as_deref(),
            Some("b")
        );
        // b's turn: AMI 1 skips b and gets c.
        assert_eq!(
            level_on(&entries, "AMI1", "2024-01-15").as_deref(),
            Some("c")
        );
        assert_eq!(
            level_on(&entries, "AMI2", "2024-01-15").as_deref(),
            Some("b")
        );
        // c's turn: both levels get c.
        assert_eq!(
            level_on(&entries, "AMI1", "2024-01-29").as_deref(),
            Some("c")
        );
        assert_eq!(
            level_on(&entries, "AMI2", "2024-01-29").as_deref(),
            Some("c")
        );
        // Nobody holds a level: no default.
        assert_eq!(level_on(&entries, "AMI3", "2024-01-29"), None);
    }

    #[test]
    fn a_level_default_is_always_authorized_for_the_level_that_day() {
        let mut entries = two_levels();
        entries.push(at_level("d", "AMI2", "2024-02-03", Some("2024-04-10")));
        entries.push(at_level("e", "AMI1", "2024-01-20", None));
        entries[0].authorized_to = Some(d("2024-03-05"));
        let mut day = d("2024-01-01");
        while day < d("2024-07-01") {
            for level in ["AMI1", "AMI2"] {
                let default = level_default(&entries, d(START), level, day).unwrap();
                assert!(
                    entries.iter().any(|e| e.provider_id == default
                        && e.level_code == level
                        && e.active_on(day)),
                    "{default} is not authorized for {level} on {day}"
                );
            }
            day = day.succ_opt().unwrap();
        }
    }

    #[test]
    fn the_next_change_is_the_last_day_before_another_provider_takes_over() {
        let entries = two_levels();
        // AMI 2 keeps b through b's own period after a's: a→b, b→b, then c.
        let (now, until) =
            level_default_until(&entries, d(START), "AMI2", d("2024-01-05")).unwrap();
        assert_eq!((now.as_str(), until), ("b", Some(d("2024-01-28"))));
        let (now, until) =
            level_default_until(&entries, d(START), "AMI1", d("2024-01-05")).unwrap();
        assert_eq!((now.as_str(), until), ("a", Some(d("2024-01-14"))));
    }

    #[test]
    fn a_provider_leaving_mid_period_ends_its_days_as_default_that_day() {
        let mut entries = two_levels();
        entries[0].authorized_to = Some(d("2024-01-09"));
        let (now, until) =
            level_default_until(&entries, d(START), "AMI1", d("2024-01-05")).unwrap();
        assert_eq!((now.as_str(), until), ("a", Some(d("2024-01-09"))));
        assert_eq!(
            level_on(&entries, "AMI1", "2024-01-10").as_deref(),
            Some("c")
        );
    }

    #[test]
    fn a_provider_joining_mid_period_waits_for_its_turn_at_the_end_of_the_list() {
        let mut entries = two_levels();
        entries.push(at_level("f", "AMI2", "2024-01-20", None));
        // b's period (from 2024-01-15): f joined, but b keeps its period.
        assert_eq!(
            level_on(&entries, "AMI2", "2024-01-20").as_deref(),
            Some("b")
        );
        assert_eq!(
            level_on(&entries, "AMI2", "2024-01-29").as_deref(),
            Some("c")
        );
        assert_eq!(
            level_on(&entries, "AMI2", "2024-02-12").as_deref(),
            Some("f")
        );
    }
}
