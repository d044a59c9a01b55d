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

use chrono::NaiveDate;

/// A provider's authorization in the kundval (any of its levels).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RotationEntry {
    pub provider_id: String,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn entry(id: &str, from: &str, to: Option<&str>) -> RotationEntry {
        RotationEntry {
            provider_id: id.into(),
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
}
