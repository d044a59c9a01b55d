//! Wire types: what the server hands to pages. Serializable, so the same
//! types serve server functions and islands.

use serde::{Deserialize, Serialize};

/// A kundval (customer-choice system) with the levels offered in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KundvalSummary {
    /// `FAI`, `AMI`, `ISA`, or `KAA` for the pre-2024 kundval.
    pub code: String,
    pub levels: Vec<LevelSummary>,
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

/// Everything the level page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelPage {
    pub level: LevelSummary,
    /// Authorized on the page's date, in alphabetical order for now; the
    /// comparison issue brings the neutral, seeded shuffle.
    pub providers: Vec<ProviderSummary>,
}
