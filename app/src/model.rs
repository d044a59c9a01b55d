//! Wire types: what the server hands to pages. Serializable, so the same
//! types serve server functions and islands.

use serde::{Deserialize, Serialize};

/// Published statistics: snapshots, tables and key figures.
pub mod statistics;

/// A kundval (customer-choice system) with the levels offered in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KundvalSummary {
    /// `FAI`, `AMI`, `ISA`, or `KAA` for the pre-2024 kundval.
    pub code: String,
    pub levels: Vec<LevelSummary>,
    /// Förvalsanordnare: today's default provider for customers who do not choose.
    pub default_provider: Option<ProviderSummary>,
}

/// An insats: one level of a kundval (e.g. AMI 2), or a pre-2024 intervention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelSummary {
    /// `AMI2`, `JPG`, … — the code the case import uses too.
    pub code: String,
    pub kundval_code: String,
    /// 1 or 2; none for the pre-2024 interventions.
    pub level: Option<i64>,
    pub max_months: Option<i64>,
    /// Whether the level is offered on the date the page was built for.
    pub offered: bool,
    /// Providers authorized for the level on that date.
    pub provider_count: i64,
}

impl LevelSummary {
    /// The path segment of the level's page, e.g. `ami2`.
    pub fn slug(&self) -> String {
        self.code.to_ascii_lowercase()
    }
}

/// Organisation form of a provider (000 §11).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OrganisationForm {
    Company,
    NonProfit,
    Municipal,
}

impl OrganisationForm {
    pub fn code(self) -> &'static str {
        match self {
            OrganisationForm::Company => "company",
            OrganisationForm::NonProfit => "non_profit",
            OrganisationForm::Municipal => "municipal",
        }
    }

    pub fn from_code(code: &str) -> Option<OrganisationForm> {
        [
            OrganisationForm::Company,
            OrganisationForm::NonProfit,
            OrganisationForm::Municipal,
        ]
        .into_iter()
        .find(|form| form.code() == code)
    }
}

/// A provider as a list shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProviderSummary {
    pub id: String,
    pub name: String,
    pub organisation_form: OrganisationForm,
}

use crate::vocabulary::{Fact, FactKind};

/// How a provider list is ordered. Never by popularity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ListOrder {
    /// A shuffle seeded per visitor and stable for them (the default): no
    /// provider is always first.
    #[default]
    Random,
    /// Alphabetical, A–Ö, when the reader asks for it.
    Name,
}

impl ListOrder {
    pub fn code(self) -> &'static str {
        match self {
            ListOrder::Random => "random",
            ListOrder::Name => "name",
        }
    }

    pub fn from_code(code: &str) -> ListOrder {
        match code {
            "name" => ListOrder::Name,
            _ => ListOrder::Random,
        }
    }
}

/// What a reader asked of a provider list: the level, a search, filters, an order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ListingQuery {
    /// Free-text search; empty for none.
    pub search: String,
    /// Chosen filter values; a provider must have all of them.
    pub filters: Vec<Fact>,
    pub order: ListOrder,
    /// The shuffle's seed: from the shared link, else the visitor's own.
    pub seed: String,
}

/// Whether a seed from a URL or cookie is one the server could have made
/// (1–32 ASCII letters and digits); anything else is ignored.
pub fn is_valid_seed(candidate: &str) -> bool {
    !candidate.is_empty()
        && candidate.len() <= 32
        && candidate.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// One value of a facet, with how many of the listed providers have it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FacetValue {
    pub code: String,
    pub count: usize,
    pub selected: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Facet {
    pub kind: FactKind,
    pub values: Vec<FacetValue>,
}

/// A provider in a list: enough to compare at a glance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProviderCard {
    pub id: String,
    pub name: String,
    pub organisation_form: OrganisationForm,
    pub city: Option<String>,
    pub facts: Vec<Fact>,
}

/// Why a search found nothing to show, for a friendly message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SearchNotice {
    /// The search string was cut to the first characters.
    Shortened,
}

/// Everything the level page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelListing {
    pub level: LevelSummary,
    /// Providers authorized for the level on the page's date.
    pub authorized_count: usize,
    /// Those left after search and filters, in the asked order.
    pub providers: Vec<ProviderCard>,
    pub facets: Vec<Facet>,
    pub query: ListingQuery,
    pub notice: Option<SearchNotice>,
    /// Förvalsanordnare: the default provider of the level's kundval today.
    pub default_provider: Option<ProviderSummary>,
}

/// A level a provider is authorized for, as its profile lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuthorizedLevel {
    pub code: String,
    pub since: String,
}

/// Contact details and visiting address.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub street_address: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
}

/// A provider's public profile, the same fields for every provider.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProviderProfile {
    pub id: String,
    pub name: String,
    pub organisation_form: OrganisationForm,
    pub employee_count: Option<i64>,
    pub contact: Contact,
    pub facts: Vec<Fact>,
    pub levels: Vec<AuthorizedLevel>,
    /// The presentation in the reader's language, else in Swedish.
    pub presentation: Option<String>,
    /// The locale slug the presentation is written in.
    pub presentation_locale: Option<String>,
    /// When the published profile was last updated (YYYY-MM-DD).
    pub updated_on: String,
    /// Not updated in twelve months.
    pub stale: bool,
}

#[cfg(test)]
mod tests {
    use super::is_valid_seed;

    #[test]
    fn only_plain_short_seeds_are_accepted() {
        assert!(is_valid_seed("a1B2"));
        assert!(!is_valid_seed(""));
        assert!(!is_valid_seed("x'; DROP TABLE"));
        assert!(!is_valid_seed(&"a".repeat(33)));
    }
}
