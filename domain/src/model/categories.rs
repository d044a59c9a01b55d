//! The categories cases are counted in: one place for each list, its
//! order (the order of tables, files and the engine's arrays) and its codes
//! (as case files, tables and open data name them).

use chrono::{Datelike, NaiveDate};

/// Kön as the case system records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// `K`, kvinna.
    Woman,
    /// `M`, man.
    Man,
}

impl Gender {
    pub const ALL: [Gender; 2] = [Gender::Woman, Gender::Man];
    /// As files and tables name them, in the order of [`Gender::ALL`].
    pub const CODES: [&'static str; 2] = ["K", "M"];

    pub fn code(self) -> &'static str {
        Gender::CODES[self as usize]
    }

    pub fn from_code(code: &str) -> Option<Gender> {
        Gender::ALL.into_iter().find(|g| g.code() == code)
    }
}

/// How the customer came to the provider: chosen by the customer, or
/// assigned by the default-provider rotation when the customer did not
/// choose (000 §5.3). Files before the column existed do not say.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChosenBy {
    /// `customer`: the customer chose the provider.
    Customer,
    /// `default`: the rotation of default providers assigned it.
    Rotation,
    /// An empty field, or a file without the column.
    NotRecorded,
}

impl ChosenBy {
    pub const ALL: [ChosenBy; 3] = [
        ChosenBy::Customer,
        ChosenBy::Rotation,
        ChosenBy::NotRecorded,
    ];
    /// As tables and open data name them, in the order of [`ChosenBy::ALL`].
    pub const CODES: [&'static str; 3] = ["customer", "default", "not_recorded"];

    pub fn code(self) -> &'static str {
        ChosenBy::CODES[self as usize]
    }

    /// The value of a case file's `chosen` field: `customer`, `default` or
    /// empty; anything else is `None`.
    pub fn from_field(field: &str) -> Option<ChosenBy> {
        match field {
            "" => Some(ChosenBy::NotRecorded),
            "customer" => Some(ChosenBy::Customer),
            "default" => Some(ChosenBy::Rotation),
            _ => None,
        }
    }

    /// As the database holds it: NULL when not recorded.
    pub fn stored(self) -> Option<&'static str> {
        match self {
            ChosenBy::NotRecorded => None,
            recorded => Some(recorded.code()),
        }
    }
}

/// Avslutsorsak: why a case ended (000 §12.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EndReason {
    /// Employment of at least six months.
    Work,
    /// Studies with student aid (studiemedelsberättigade studier).
    Studies,
    OwnBusiness,
    /// Changed to another kundval insats.
    OtherInsats,
    /// The same insats with another provider.
    SameInsatsOtherProvider,
    /// Another authority, e.g. Arbetsförmedlingen.
    OtherAuthority,
    /// Moved from Nacka.
    Moved,
    Illness,
    /// Any other interruption (parental leave, care …).
    InterruptedOther,
}

/// The three groups the quality report uses for end reasons (000 §12.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReasonGroup {
    /// Egen försörjning: work, studies, own business.
    SelfSufficiency,
    /// Annan insats eller myndighet.
    OtherInsatsOrAuthority,
    /// Avbrott: moved, illness, other.
    Interruption,
}

impl ReasonGroup {
    pub const ALL: [ReasonGroup; 3] = [
        ReasonGroup::SelfSufficiency,
        ReasonGroup::OtherInsatsOrAuthority,
        ReasonGroup::Interruption,
    ];
    /// As files and tables name them, in the order of [`ReasonGroup::ALL`].
    pub const CODES: [&'static str; 3] = [
        "self_sufficiency",
        "other_insats_or_authority",
        "interruption",
    ];

    pub fn code(self) -> &'static str {
        ReasonGroup::CODES[self as usize]
    }
}

impl EndReason {
    pub const ALL: [EndReason; 9] = [
        EndReason::Work,
        EndReason::Studies,
        EndReason::OwnBusiness,
        EndReason::OtherInsats,
        EndReason::SameInsatsOtherProvider,
        EndReason::OtherAuthority,
        EndReason::Moved,
        EndReason::Illness,
        EndReason::InterruptedOther,
    ];

    /// As files and tables name them, in the order of [`EndReason::ALL`].
    pub const CODES: [&'static str; 9] = [
        "work",
        "studies",
        "own_business",
        "other_insats",
        "same_insats_other_provider",
        "other_authority",
        "moved",
        "illness",
        "interrupted_other",
    ];

    pub fn code(self) -> &'static str {
        EndReason::CODES[self as usize]
    }

    pub fn from_code(code: &str) -> Option<EndReason> {
        EndReason::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Position in [`EndReason::ALL`], for arrays indexed by reason.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn group(self) -> ReasonGroup {
        match self {
            EndReason::Work | EndReason::Studies | EndReason::OwnBusiness => {
                ReasonGroup::SelfSufficiency
            }
            EndReason::OtherInsats
            | EndReason::SameInsatsOtherProvider
            | EndReason::OtherAuthority => ReasonGroup::OtherInsatsOrAuthority,
            EndReason::Moved | EndReason::Illness | EndReason::InterruptedOther => {
                ReasonGroup::Interruption
            }
        }
    }
}

/// Age at the start of the case, year(start) − birth_year (000 §6.1.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeBand {
    UpTo24,
    From25To39,
    From40To59,
    From60,
}

impl AgeBand {
    /// As files and tables name them, in the order of [`AgeBand::ALL`].
    pub const CODES: [&'static str; 4] = ["-24", "25-39", "40-59", "60-"];
    pub const ALL: [AgeBand; 4] = [
        AgeBand::UpTo24,
        AgeBand::From25To39,
        AgeBand::From40To59,
        AgeBand::From60,
    ];

    pub fn of_age(age: i64) -> AgeBand {
        match age {
            ..=24 => AgeBand::UpTo24,
            25..=39 => AgeBand::From25To39,
            40..=59 => AgeBand::From40To59,
            _ => AgeBand::From60,
        }
    }

    pub fn code(self) -> &'static str {
        AgeBand::CODES[self as usize]
    }
}

/// Length in days, (the earlier of end and the period's end) − start + 1 (000 §6.1.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LengthBand {
    UpTo100,
    From101To365,
    From366To730,
    Over730,
}

impl LengthBand {
    /// As files and tables name them, in the order of [`LengthBand::ALL`].
    pub const CODES: [&'static str; 4] = ["1-100", "101-365", "366-730", "731-"];
    pub const ALL: [LengthBand; 4] = [
        LengthBand::UpTo100,
        LengthBand::From101To365,
        LengthBand::From366To730,
        LengthBand::Over730,
    ];

    pub fn of_days(days: i64) -> LengthBand {
        match days {
            ..=100 => LengthBand::UpTo100,
            101..=365 => LengthBand::From101To365,
            366..=730 => LengthBand::From366To730,
            _ => LengthBand::Over730,
        }
    }

    pub fn code(self) -> &'static str {
        LengthBand::CODES[self as usize]
    }
}

/// When an ongoing case is planned to end, in the tertials of the year after
/// the period (000 §6.1.4: T1 January–April, T2 May–August).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlannedEnd {
    FirstTertial,
    SecondTertial,
    Other,
}

impl PlannedEnd {
    /// As files and tables name them, in the order of [`PlannedEnd::ALL`].
    pub const CODES: [&'static str; 3] = ["t1", "t2", "other"];
    pub const ALL: [PlannedEnd; 3] = [
        PlannedEnd::FirstTertial,
        PlannedEnd::SecondTertial,
        PlannedEnd::Other,
    ];

    pub fn of(planned_end: NaiveDate, next_year: i32) -> PlannedEnd {
        match (planned_end.year() == next_year, planned_end.month()) {
            (true, 1..=4) => PlannedEnd::FirstTertial,
            (true, 5..=8) => PlannedEnd::SecondTertial,
            _ => PlannedEnd::Other,
        }
    }

    pub fn code(self) -> &'static str {
        PlannedEnd::CODES[self as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_is_read_back_from_its_code_and_no_two_share_one() {
        for gender in Gender::ALL {
            assert_eq!(Gender::from_code(gender.code()), Some(gender));
        }
        for reason in EndReason::ALL {
            assert_eq!(EndReason::from_code(reason.code()), Some(reason));
            assert_eq!(EndReason::ALL[reason.index()], reason);
        }
        for chosen in ChosenBy::ALL {
            let field = chosen.stored().unwrap_or("");
            assert_eq!(ChosenBy::from_field(field), Some(chosen));
        }
        let lists: [&[&str]; 7] = [
            &Gender::CODES,
            &ChosenBy::CODES,
            &AgeBand::CODES,
            &LengthBand::CODES,
            &PlannedEnd::CODES,
            &EndReason::CODES,
            &ReasonGroup::CODES,
        ];
        for codes in lists {
            let mut unique = codes.to_vec();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), codes.len(), "{codes:?}");
        }
    }

    #[test]
    fn each_end_reason_belongs_to_the_group_the_quality_report_gives_it() {
        let in_group = |group| {
            EndReason::ALL
                .into_iter()
                .filter(|r| r.group() == group)
                .map(EndReason::code)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            in_group(ReasonGroup::SelfSufficiency),
            ["work", "studies", "own_business"]
        );
        assert_eq!(
            in_group(ReasonGroup::OtherInsatsOrAuthority),
            [
                "other_insats",
                "same_insats_other_provider",
                "other_authority"
            ]
        );
        assert_eq!(
            in_group(ReasonGroup::Interruption),
            ["moved", "illness", "interrupted_other"]
        );
    }

    #[test]
    fn codes_are_read_exactly_as_written() {
        assert_eq!(EndReason::from_code("Work"), None);
        assert_eq!(Gender::from_code("k"), None);
        assert_eq!(ChosenBy::from_field("Customer"), None);
        assert_eq!(ChosenBy::from_field("not_recorded"), None);
    }
}
