//! The controlled vocabularies of a provider profile. Providers pick codes;
//! the portal translates every code (`fact-<kind>-<code>` in `locales/`), so a
//! profile reads in the citizen's language without the provider writing anything.

use serde::{Deserialize, Serialize};

/// One kind of structured fact, in the order every profile shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FactKind {
    /// Languages the provider's staff speak with customers.
    Language,
    /// Where the provider meets customers: a part of Nacka, or elsewhere.
    Area,
    /// Special competence, e.g. NPF and cognitive difficulties.
    Competence,
    /// Industries the provider's employer network covers.
    Industry,
    /// On site or digital meetings.
    MeetingForm,
    /// Accessibility of the premises.
    Accessibility,
    /// Whether the customer may meet several coaches before choosing.
    Coaches,
}

impl FactKind {
    pub const ALL: [FactKind; 7] = [
        FactKind::Language,
        FactKind::Area,
        FactKind::Competence,
        FactKind::Industry,
        FactKind::MeetingForm,
        FactKind::Accessibility,
        FactKind::Coaches,
    ];

    /// The code stored in the database and used as the filter's query parameter.
    pub fn code(self) -> &'static str {
        match self {
            FactKind::Language => "language",
            FactKind::Area => "area",
            FactKind::Competence => "competence",
            FactKind::Industry => "industry",
            FactKind::MeetingForm => "meeting_form",
            FactKind::Accessibility => "accessibility",
            FactKind::Coaches => "coaches",
        }
    }

    pub fn from_code(code: &str) -> Option<FactKind> {
        FactKind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// Every code a provider may choose for this kind, in display order.
    pub fn vocabulary(self) -> &'static [&'static str] {
        match self {
            FactKind::Language => &[
                "sv", "en", "ar", "prs", "fa", "so", "ti", "ru", "uk", "es", "fr", "tr", "pl",
                "ku", "am",
            ],
            FactKind::Area => &[
                "nacka-sickla",
                "nacka-centrum",
                "nacka-fisksatra",
                "nacka-orminge",
                "nacka-saltsjobaden",
                "stockholm",
            ],
            FactKind::Competence => &[
                "npf",
                "far-from-labour-market",
                "young-adults",
                "newcomers",
                "mental-health",
                "physical-disability",
            ],
            FactKind::Industry => &[
                "retail",
                "hospitality",
                "construction",
                "care",
                "logistics",
                "it",
                "cleaning",
                "transport",
                "manufacturing",
                "office",
            ],
            FactKind::MeetingForm => &["on_site", "digital"],
            FactKind::Accessibility => &[
                "step_free",
                "hearing_loop",
                "accessible_toilet",
                "quiet_room",
            ],
            FactKind::Coaches => &["several_before_choice"],
        }
    }

    pub fn allows(self, code: &str) -> bool {
        self.vocabulary().contains(&code)
    }

    /// The Fluent message naming the kind, e.g. `fact-kind-language`.
    pub fn message_id(self) -> String {
        ["fact-kind-", self.code()].concat()
    }

    /// The Fluent message naming one of its codes, e.g. `fact-language-ar`.
    pub fn value_message_id(self, code: &str) -> String {
        // `concat` rather than `format!`: a list page looks up a hundred
        // of these, and `format!`'s machinery cost more than the lookup.
        ["fact-", self.code(), "-", code].concat()
    }
}

impl FactKind {
    /// Words people search with for a term that its labels in the nine
    /// locales do not hold: other names, plurals and common narrower words
    /// (Swedish, then English). Search indexes them with the fact, so
    /// "ungdomar" finds a provider whose competence is "Unga vuxna" and
    /// "farsi" one that speaks "Persiska". Kept small on purpose: each word
    /// must mean the term to an ordinary reader, not merely be near it, or a
    /// search would narrow the list less than the reader expects.
    pub fn search_synonyms(self, code: &str) -> (&'static str, &'static str) {
        match (self, code) {
            (FactKind::Language, "prs") => ("afghanska", "afghan"),
            (FactKind::Language, "fa") => ("farsi iranska", "farsi"),
            (FactKind::Language, "ti") => ("tigrinska tigrinya", "tigrinya"),
            (FactKind::Language, "ku") => ("sorani kurmanji", "sorani kurmanji"),
            (FactKind::Language, "am") => ("amharinja", "amharic"),
            (FactKind::Language, "so") => ("somali", "somali"),
            (FactKind::Competence, "npf") => (
                "neuropsykiatrisk neuropsykiatriska funktionsnedsättningar adhd add autism asperger",
                "neuropsychiatric adhd autism",
            ),
            (FactKind::Competence, "far-from-labour-market") => (
                "långtidsarbetslös långtidsarbetslösa långtidsarbetslöshet",
                "long-term unemployed unemployment",
            ),
            (FactKind::Competence, "young-adults") => (
                "ungdom ungdomar unga ung",
                "youth youths youngsters young people",
            ),
            (FactKind::Competence, "newcomers") => (
                "nyanländ nyinvandrad nyinvandrade flykting flyktingar etableringsprogrammet",
                "refugees immigrants new arrivals",
            ),
            (FactKind::Competence, "mental-health") => (
                "psykiatri depression ångest",
                "mental illness psychiatric depression anxiety",
            ),
            (FactKind::Competence, "physical-disability") => (
                "funktionshinder rörelsehinder rörelsenedsättning",
                "disabilities disabled",
            ),
            (FactKind::Industry, "retail") => (
                "butik detaljhandel försäljning affär",
                "shop shops store sales",
            ),
            (FactKind::Industry, "hospitality") => (
                "restaurang kök kock café servering storkök",
                "restaurant kitchen cook café catering",
            ),
            (FactKind::Industry, "construction") => (
                "byggbranschen byggnad hantverk snickare",
                "building builder carpentry",
            ),
            (FactKind::Industry, "care") => (
                "vård omsorg äldreomsorg hemtjänst sjukvård undersköterska vårdbiträde",
                "elderly healthcare nursing",
            ),
            (FactKind::Industry, "logistics") => ("truck terminal", "warehouse forklift"),
            (FactKind::Industry, "it") => ("data dator datorer programmering", "computers software"),
            (FactKind::Industry, "cleaning") => (
                "städning lokalvård fastighetsskötsel",
                "janitor facility",
            ),
            (FactKind::Industry, "transport") => (
                "chaufför förare buss lastbil",
                "driver driving",
            ),
            (FactKind::Industry, "manufacturing") => ("fabrik produktion", "factory production"),
            (FactKind::Industry, "office") => ("administratör reception ekonomi", "administrative"),
            (FactKind::MeetingForm, "digital") => (
                "distans videomöte video online internet",
                "online video remote",
            ),
            (FactKind::MeetingForm, "on_site") => ("fysiska besök", "in person"),
            (FactKind::Accessibility, "step_free") => (
                "rullstol rullstolsanpassad ramp",
                "wheelchair",
            ),
            (FactKind::Accessibility, "hearing_loop") => (
                "teleslinga hörselslinga",
                "induction loop",
            ),
            (FactKind::Accessibility, "accessible_toilet") => (
                "handikapptoalett rullstolstoalett",
                "wheelchair toilet",
            ),
            _ => ("", ""),
        }
    }
}

/// One structured fact: a kind and a code from its vocabulary.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Fact {
    pub kind: FactKind,
    pub code: String,
}

/// Filter values from a query string's pairs, keeping only known kinds and
/// codes from their vocabularies (anything else is ignored, never an error).
pub fn parse_filters<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<Fact> {
    let mut filters: Vec<Fact> = pairs
        .into_iter()
        .filter_map(|(key, value)| {
            let kind = FactKind::from_code(key)?;
            kind.allows(value).then(|| Fact {
                kind,
                code: value.to_string(),
            })
        })
        .collect();
    filters.sort();
    filters.dedup();
    filters
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_codes() {
        for kind in FactKind::ALL {
            assert_eq!(FactKind::from_code(kind.code()), Some(kind));
            assert!(!kind.vocabulary().is_empty());
        }
        assert_eq!(FactKind::from_code("nonsense"), None);
    }

    #[test]
    fn codes_outside_the_vocabulary_are_not_allowed() {
        assert!(FactKind::Language.allows("ar"));
        assert!(!FactKind::Language.allows("<script>"));
        assert!(!FactKind::Area.allows("ar"));
    }

    #[test]
    fn unknown_filters_in_a_url_are_ignored() {
        let parsed = parse_filters([
            ("language", "ar"),
            ("language", "ar"),
            ("language", "<script>"),
            ("colour", "blue"),
            ("area", "stockholm"),
        ]);
        assert_eq!(
            parsed,
            [
                Fact {
                    kind: FactKind::Language,
                    code: "ar".into()
                },
                Fact {
                    kind: FactKind::Area,
                    code: "stockholm".into()
                }
            ]
        );
    }
}
