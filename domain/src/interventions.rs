//! The interventions (insatser) the portal explains in its own words: the six
//! levels of 2024 (004 §2) and the three older interventions the statistics
//! still count (002 §3.1). Each has names (`level-CODE-…`) and a fact sheet
//! (`sheet-CODE-…`) in every locale.
//!
//! The database's catalogue holds their dates, lengths and providers; a test
//! (`server/tests/fact_sheets.rs`) keeps the two lists the same.

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
    pub fn kundval_code(self) -> &'static str {
        match self {
            Intervention::Fai1 | Intervention::Fai2 => "FAI",
            Intervention::Ami1 | Intervention::Ami2 => "AMI",
            Intervention::Isa1 | Intervention::Isa2 => "ISA",
            Intervention::Jpg | Intervention::Fjp | Intervention::Sai => "KAA",
        }
    }

    /// Whether it ended in June 2024 and is shown for history only.
    pub fn is_historical(self) -> bool {
        self.kundval_code() == "KAA"
    }

    /// The last day it was offered, for those that ended (as the catalogue
    /// migration has it).
    pub fn last_day(self) -> Option<&'static str> {
        self.is_historical().then_some("2024-06-30")
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
