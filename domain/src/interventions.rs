//! The interventions (insatser) the portal explains in its own words: the six
//! levels of 2024 (004 §2) and the three older interventions the statistics
//! still count (002 §3.1). Each has names (`level-CODE-…`) and a fact sheet
//! (`sheet-CODE-…`) in every locale.
//!
//! This is the catalogue, defined once: the kundval and interventions with
//! their dates, lengths and monthly checks. The server writes it into the
//! database's `kundval` and `intervention` tables whenever it opens the
//! database (`db::catalogue::write_definition`), where providers'
//! authorizations and cases refer to it.

use chrono::NaiveDate;

/// A kundval: the customer-choice system an intervention belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kundval {
    Fai,
    Ami,
    Isa,
    /// Kundval arbetsmarknadsinsatser, phased out by the end of June 2024
    /// (002 §3.1).
    Kaa,
}

impl Kundval {
    /// In catalogue order.
    pub const ALL: [Kundval; 4] = [Kundval::Fai, Kundval::Ami, Kundval::Isa, Kundval::Kaa];

    pub fn code(self) -> &'static str {
        match self {
            Kundval::Fai => "FAI",
            Kundval::Ami => "AMI",
            Kundval::Isa => "ISA",
            Kundval::Kaa => "KAA",
        }
    }

    /// The first day it was offered. The documents do not say when KAA
    /// began; 2016 is a stand-in.
    pub fn valid_from(self) -> NaiveDate {
        match self {
            Kundval::Kaa => date(2016, 1, 1),
            _ => date(2024, 1, 1),
        }
    }

    /// The last day it was offered, for the one that ended.
    pub fn valid_to(self) -> Option<NaiveDate> {
        (self == Kundval::Kaa).then(|| date(2024, 6, 30))
    }
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    // The catalogue's own constants, each a real day (a test reads them all).
    NaiveDate::from_ymd_opt(year, month, day).expect("a catalogue date")
}

/// One intervention, by the code the catalogue and the case import use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Intervention {
    Fai1,
    Fai2,
    Ami1,
    Ami2,
    Isa1,
    Isa2,
    /// Jobbpeng grund, until June 2024.
    Jpg,
    /// Förstärkt jobbpeng, until June 2024.
    Fjp,
    /// Språk- och arbetsintroduktion, until June 2024.
    Sai,
}

/// The parts of a fact sheet that differ between interventions, beside the
/// shared rights and contacts. Each is a multiline message, one thought
/// per line (the easy-to-read guidance).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetPart {
    What,
    Who,
    Length,
    Happens,
    Goal,
}

impl SheetPart {
    /// In the order a sheet shows them: what it is comes first.
    pub const ALL: [SheetPart; 5] = [
        SheetPart::What,
        SheetPart::Who,
        SheetPart::Length,
        SheetPart::Happens,
        SheetPart::Goal,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SheetPart::What => "what",
            SheetPart::Who => "who",
            SheetPart::Length => "length",
            SheetPart::Happens => "happens",
            SheetPart::Goal => "goal",
        }
    }

    /// The part's heading, the same for every intervention.
    pub fn heading_message_id(self) -> String {
        format!("sheet-heading-{}", self.code())
    }
}

impl Intervention {
    /// In catalogue order: by kundval (FAI, AMI, ISA), then the older ones.
    pub const ALL: [Intervention; 9] = [
        Intervention::Fai1,
        Intervention::Fai2,
        Intervention::Ami1,
        Intervention::Ami2,
        Intervention::Isa1,
        Intervention::Isa2,
        Intervention::Jpg,
        Intervention::Fjp,
        Intervention::Sai,
    ];

    /// The catalogue's code, e.g. `AMI2`; also the code in message ids.
    pub fn code(self) -> &'static str {
        match self {
            Intervention::Fai1 => "FAI1",
            Intervention::Fai2 => "FAI2",
            Intervention::Ami1 => "AMI1",
            Intervention::Ami2 => "AMI2",
            Intervention::Isa1 => "ISA1",
            Intervention::Isa2 => "ISA2",
            Intervention::Jpg => "JPG",
            Intervention::Fjp => "FJP",
            Intervention::Sai => "SAI",
        }
    }

    /// The kundval it belongs to; `KAA` for the pre-2024 one.
    pub fn kundval(self) -> Kundval {
        match self {
            Intervention::Fai1 | Intervention::Fai2 => Kundval::Fai,
            Intervention::Ami1 | Intervention::Ami2 => Kundval::Ami,
            Intervention::Isa1 | Intervention::Isa2 => Kundval::Isa,
            Intervention::Jpg | Intervention::Fjp | Intervention::Sai => Kundval::Kaa,
        }
    }

    pub fn kundval_code(self) -> &'static str {
        self.kundval().code()
    }

    /// Whether it ended in June 2024 and is shown for history only.
    pub fn is_historical(self) -> bool {
        self.kundval() == Kundval::Kaa
    }

    /// Its level within the kundval (1 or 2); none for the older ones.
    pub fn level(self) -> Option<i64> {
        match self {
            Intervention::Fai1 | Intervention::Ami1 | Intervention::Isa1 => Some(1),
            Intervention::Fai2 | Intervention::Ami2 | Intervention::Isa2 => Some(2),
            Intervention::Jpg | Intervention::Fjp | Intervention::Sai => None,
        }
    }

    /// The longest it lasts, in months (004 §2); not given for the older ones.
    pub fn max_months(self) -> Option<i64> {
        match self {
            Intervention::Fai1 | Intervention::Ami1 => Some(3),
            Intervention::Fai2 => Some(6),
            Intervention::Isa1 => Some(9),
            Intervention::Ami2 | Intervention::Isa2 => Some(12),
            Intervention::Jpg | Intervention::Fjp | Intervention::Sai => None,
        }
    }

    /// The provider's monthly payment per customer, in kronor: 2024's
    /// (004 §14.1); the pre-2024 ones are not given.
    pub fn monthly_check_sek(self) -> Option<i64> {
        match self.kundval() {
            Kundval::Fai => Some(8160),
            Kundval::Ami => Some(3876),
            Kundval::Isa => Some(6324),
            Kundval::Kaa => None,
        }
    }

    /// Offered from its kundval's first day to its last.
    pub fn valid_from(self) -> NaiveDate {
        self.kundval().valid_from()
    }

    pub fn valid_to(self) -> Option<NaiveDate> {
        self.kundval().valid_to()
    }

    /// The path segment of its pages, e.g. `ami2`.
    pub fn slug(self) -> String {
        self.code().to_ascii_lowercase()
    }

    /// The intervention a path segment or query value names, in any case;
    /// none for anything else, so no stray text reaches a message id.
    pub fn from_slug(slug: &str) -> Option<Intervention> {
        Intervention::ALL
            .into_iter()
            .find(|i| i.code().eq_ignore_ascii_case(slug))
    }

    /// Its short name's message, e.g. `level-AMI2-short` ("AMI 2").
    pub fn short_name_id(self) -> String {
        format!("level-{}-short", self.code())
    }

    /// Its full name's message, e.g. `level-AMI2-name`.
    pub fn name_id(self) -> String {
        format!("level-{}-name", self.code())
    }

    /// The message of one part of its fact sheet, e.g. `sheet-AMI2-happens`.
    pub fn sheet_part_id(self, part: SheetPart) -> String {
        format!("sheet-{}-{}", self.code(), part.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_is_what_the_documents_give() {
        let row = |i: Intervention| {
            (
                i.code(),
                i.kundval_code(),
                i.level(),
                i.max_months(),
                i.monthly_check_sek(),
                i.valid_from().to_string(),
                i.valid_to().map(|day| day.to_string()),
            )
        };
        let none = None::<i64>;
        assert_eq!(
            row(Intervention::Ami2),
            (
                "AMI2",
                "AMI",
                Some(2),
                Some(12),
                Some(3876),
                "2024-01-01".into(),
                None
            )
        );
        assert_eq!(
            row(Intervention::Fai2),
            (
                "FAI2",
                "FAI",
                Some(2),
                Some(6),
                Some(8160),
                "2024-01-01".into(),
                None
            )
        );
        assert_eq!(
            row(Intervention::Sai),
            (
                "SAI",
                "KAA",
                none,
                none,
                none,
                "2016-01-01".into(),
                Some("2024-06-30".into())
            )
        );
        for kundval in Kundval::ALL {
            assert!(kundval
                .valid_to()
                .is_none_or(|to| to > kundval.valid_from()));
        }
    }

    #[test]
    fn slugs_name_interventions_in_any_case_and_nothing_else() {
        assert_eq!(Intervention::from_slug("ami2"), Some(Intervention::Ami2));
        assert_eq!(Intervention::from_slug("AMI2"), Some(Intervention::Ami2));
        assert_eq!(Intervention::from_slug("jpg"), Some(Intervention::Jpg));
        assert_eq!(Intervention::from_slug("ami3"), None);
        assert_eq!(Intervention::from_slug(""), None);
        assert_eq!(Intervention::from_slug("<script>"), None);
        for intervention in Intervention::ALL {
            assert_eq!(
                Intervention::from_slug(&intervention.slug()),
                Some(intervention)
            );
        }
    }

    #[test]
    fn only_the_pre_2024_interventions_are_historical() {
        let historical: Vec<_> = Intervention::ALL
            .into_iter()
            .filter(|i| i.is_historical())
            .collect();
        assert_eq!(
            historical,
            [Intervention::Jpg, Intervention::Fjp, Intervention::Sai]
        );
    }

    #[test]
    fn sheet_messages_follow_the_level_message_scheme() {
        assert_eq!(
            Intervention::Isa1.sheet_part_id(SheetPart::Happens),
            "sheet-ISA1-happens"
        );
        assert_eq!(Intervention::Fai2.short_name_id(), "level-FAI2-short");
        assert_eq!(SheetPart::Who.heading_message_id(), "sheet-heading-who");
    }
}
