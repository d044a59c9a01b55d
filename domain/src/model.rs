//! Wire types: what the server hands to pages. Serializable, so the same
//! types serve server functions and islands.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The categories cases are counted in, each list once.
pub mod categories;
/// Published statistics: snapshots, tables and key figures.
pub mod statistics;

/// A kundval (customer-choice system) with the levels offered in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KundvalSummary {
    /// `FAI`, `AMI`, `ISA`, or `KAA` for the pre-2024 kundval.
    pub code: String,
    pub levels: Vec<LevelSummary>,
    /// Förvalsanordnare: today's default provider of each level that has one,
    /// by level code.
    pub level_defaults: Vec<(String, DefaultProvider)>,
}

/// Förvalsanordnare: the provider a customer granted a level gets when they
/// do not choose, and the last day it stays so (none when no change is in
/// sight).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DefaultProvider {
    pub provider: ProviderSummary,
    /// ISO date.
    pub until: Option<String>,
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

use crate::{
    places::GeoPoint,
    profile_fields::{FieldValues, ProfileField},
    vocabulary::{Fact, FactKind},
};

/// How a provider list is ordered. Never by popularity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ListOrder {
    /// A shuffle seeded per visitor and stable for them (the default): no
    /// provider is always first.
    #[default]
    Random,
    /// Alphabetical, A–Ö, when the reader asks for it.
    Name,
    /// Nearest visiting address first, from the place the reader starts
    /// from; providers without an address last. Without a start place the
    /// list stays in the random order.
    Distance,
}

impl ListOrder {
    pub fn code(self) -> &'static str {
        match self {
            ListOrder::Random => "random",
            ListOrder::Name => "name",
            ListOrder::Distance => "distance",
        }
    }

    pub fn from_code(code: &str) -> ListOrder {
        match code {
            "name" => ListOrder::Name,
            "distance" => ListOrder::Distance,
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
    /// The code of the place the reader starts from
    /// ([`START_PLACES`](crate::places::START_PLACES)); none when not chosen
    /// or unknown.
    pub from: Option<String>,
}

impl ListingQuery {
    /// The place the reader starts from.
    pub fn start_place(&self) -> Option<&'static crate::places::StartPlace> {
        self.from.as_deref().and_then(crate::places::start_place)
    }
}

/// A place where a provider meets customers, with its point on the map.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitingAddress {
    pub street_address: String,
    /// `123 45`.
    pub postal_code: String,
    pub city: String,
    pub point: GeoPoint,
}

impl VisitingAddress {
    /// "Storgatan 1, 131 30 Nacka".
    pub fn line(&self) -> String {
        format!(
            "{}, {} {}",
            self.street_address, self.postal_code, self.city
        )
    }
}

/// A visiting address as its editor types it in the form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressDraft {
    pub street_address: String,
    pub postal_code: String,
    pub city: String,
    /// Latitude and longitude, as copied from a map.
    pub coordinates: String,
}

/// The parts of a visiting address, in the form's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressPart {
    StreetAddress,
    PostalCode,
    City,
    Coordinates,
}

impl AddressPart {
    pub const ALL: [AddressPart; 4] = [
        AddressPart::StreetAddress,
        AddressPart::PostalCode,
        AddressPart::City,
        AddressPart::Coordinates,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AddressPart::StreetAddress => "street_address",
            AddressPart::PostalCode => "postal_code",
            AddressPart::City => "city",
            AddressPart::Coordinates => "coordinates",
        }
    }

    /// The form field of this part of the `index`th address (from 1):
    /// `address-2-city`.
    pub fn field(self, index: usize) -> String {
        format!("address-{index}-{}", self.code())
    }

    /// The form label's message id; `{id}-hint` is the hint's.
    pub fn label_id(self) -> &'static str {
        match self {
            AddressPart::StreetAddress => "field-address-street",
            AddressPart::PostalCode => "field-address-postal_code",
            AddressPart::City => "field-address-city",
            AddressPart::Coordinates => "field-address-coordinates",
        }
    }

    pub fn max_chars(self) -> usize {
        match self {
            AddressPart::StreetAddress => 100,
            AddressPart::PostalCode => 6,
            AddressPart::City => 60,
            AddressPart::Coordinates => 40,
        }
    }

    pub fn autocomplete(self) -> &'static str {
        match self {
            AddressPart::StreetAddress => "street-address",
            AddressPart::PostalCode => "postal-code",
            AddressPart::City => "address-level2",
            AddressPart::Coordinates => "off",
        }
    }
}

impl AddressDraft {
    pub fn part(&self, part: AddressPart) -> &str {
        match part {
            AddressPart::StreetAddress => &self.street_address,
            AddressPart::PostalCode => &self.postal_code,
            AddressPart::City => &self.city,
            AddressPart::Coordinates => &self.coordinates,
        }
    }

    fn part_mut(&mut self, part: AddressPart) -> &mut String {
        match part {
            AddressPart::StreetAddress => &mut self.street_address,
            AddressPart::PostalCode => &mut self.postal_code,
            AddressPart::City => &mut self.city,
            AddressPart::Coordinates => &mut self.coordinates,
        }
    }

    pub fn is_empty(&self) -> bool {
        AddressPart::ALL
            .into_iter()
            .all(|part| self.part(part).is_empty())
    }
}

impl From<&VisitingAddress> for AddressDraft {
    fn from(address: &VisitingAddress) -> AddressDraft {
        AddressDraft {
            street_address: address.street_address.clone(),
            postal_code: address.postal_code.clone(),
            city: address.city.clone(),
            coordinates: address.point.text(),
        }
    }
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
    /// Where the provider meets customers, for distances and the map.
    pub addresses: Vec<VisitingAddress>,
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
    /// Förvalsanordnare: the default provider of the level today.
    pub default_provider: Option<DefaultProvider>,
}

/// A level a provider is authorized for, as its profile lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuthorizedLevel {
    pub code: String,
    pub since: NaiveDate,
}

/// A provider's public profile, the same fields for every provider.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProviderProfile {
    pub id: String,
    pub name: String,
    pub organisation_form: OrganisationForm,
    /// Contact details, visiting address and the other scalar fields, as
    /// [`ProfileField`](crate::profile_fields::ProfileField) lists them.
    pub fields: FieldValues,
    pub facts: Vec<Fact>,
    /// Where the provider meets customers, as reviewed.
    pub addresses: Vec<VisitingAddress>,
    pub levels: Vec<AuthorizedLevel>,
    /// The presentation in the reader's language, else in Swedish.
    pub presentation: Option<String>,
    /// The locale slug the presentation is written in.
    pub presentation_locale: Option<String>,
    /// When the published profile was last updated.
    pub updated_on: NaiveDate,
    /// Not updated in twelve months.
    pub stale: bool,
}

/// The providers compared, in the reader's order, with the latest published
/// statistics' key figures for each.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub profiles: Vec<ProviderProfile>,
    /// None when no statistics are published yet.
    pub statistics: Option<ComparedStatistics>,
}

/// The latest publication's key figures for the compared providers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComparedStatistics {
    pub header: statistics::ReportHeader,
    /// Each profile's key figures in every level it had cases in, in the
    /// profiles' order; empty for a provider without cases in the period.
    pub key_figures: Vec<Vec<statistics::LevelKeyFigures>>,
}

/// A citizen's choice for one level, as the "my choice" page prints it for
/// them and their counsellor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyChoice {
    /// The level chosen for, offered on `made_on`.
    pub level: LevelSummary,
    /// The provider they get: the one chosen, or today's default provider.
    pub provider: ProviderProfile,
    pub kind: ChoiceKind,
    /// The day the page was made for (today).
    pub made_on: NaiveDate,
}

/// Whether the citizen picked the provider or asked for the default one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ChoiceKind {
    Chosen,
    /// The rotation's default provider (004 §5.4.1), its last day as
    /// default when a change is in sight (ISO date).
    Default {
        until: Option<String>,
    },
}

/// Who is signed in, as pages and form handlers see them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SignedIn {
    pub account_id: i64,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    /// The session's token for forms: a post without it changes nothing.
    pub csrf_token: String,
}

/// The portal's public address, such as `https://jamforaren.nacka.se`, as
/// configured: every absolute link (QR codes, invitation links, the open-data
/// catalogue) is built from it, never from the request's `Host` header,
/// which anyone can set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicUrl(String);

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "a public address is http:// or https:// and a host, with nothing after the host but a path"
)]
pub struct PublicUrlError;

impl PublicUrl {
    /// `http://` or `https://`, a host (letters, digits, `.-:[]`) and an
    /// optional path; no query, fragment or credentials.
    pub fn parse(text: &str) -> Result<PublicUrl, PublicUrlError> {
        let text = text.trim().trim_end_matches('/');
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
            .ok_or(PublicUrlError)?;
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        let host_ok = !host.is_empty()
            && host.bytes().all(|b| {
                b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']')
            });
        let path_ok = path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'~'));
        if host_ok && path_ok {
            Ok(PublicUrl(text.to_string()))
        } else {
            Err(PublicUrlError)
        }
    }

    /// The absolute address of a site path (`/sv/compare?…`).
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The anti-forgery token the forms of this request carry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormToken(pub String);

/// What an account may do. An editor is bound to exactly one provider, so
/// the provider comes from the session, never from a form or a URL.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    /// Municipality staff: authorize providers, review profiles, publish statistics.
    Administrator,
    /// Keeps one provider's profile current.
    ProviderEditor { provider_id: String },
}

impl Role {
    pub fn code(&self) -> &'static str {
        match self {
            Role::Administrator => "admin",
            Role::ProviderEditor { .. } => "provider_editor",
        }
    }

    pub fn provider_id(&self) -> Option<&str> {
        match self {
            Role::Administrator => None,
            Role::ProviderEditor { provider_id } => Some(provider_id),
        }
    }
}

/// A form the server rejected: what was sent and why, so the page shows
/// both and nothing typed is lost.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FormFeedback {
    pub values: Vec<(String, String)>,
    pub errors: Vec<FieldError>,
}

impl FormFeedback {
    /// The first value sent for a field.
    pub fn value(&self, field: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, value)| value.as_str())
    }

    /// Every value sent for a field (checkboxes).
    pub fn values<'a>(&'a self, field: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.values
            .iter()
            .filter(move |(name, _)| name == field)
            .map(|(_, value)| value.as_str())
    }

    pub fn error(&self, field: &str) -> Option<&FieldError> {
        self.errors.iter().find(|error| error.field == field)
    }
}

/// Why one field was rejected: a Fluent message id and its numeric arguments.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message_id: String,
    pub args: Vec<(String, i64)>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message_id: impl Into<String>) -> FieldError {
        FieldError {
            field: field.into(),
            message_id: message_id.into(),
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &str, value: i64) -> FieldError {
        self.args.push((name.to_string(), value));
        self
    }
}

/// A profile as its editor writes it: every field as typed. The same shape
/// fills the edit form, the preview and a submission.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfileDraft {
    /// The scalar fields, as typed.
    pub fields: FieldValues,
    /// (locale slug, presentation); Swedish is required.
    pub presentations: Vec<(String, String)>,
    pub facts: Vec<Fact>,
    /// Visiting addresses in the editor's order, row by row as numbered in
    /// the form; rows left empty are not stored.
    pub addresses: Vec<AddressDraft>,
}

impl ProfileDraft {
    /// The longest presentation accepted, in characters.
    pub const PRESENTATION_MAX: usize = 4000;

    /// The most visiting addresses a profile lists.
    pub const ADDRESSES_MAX: usize = 5;

    /// The most address rows a posted form is read for.
    const ADDRESS_ROWS_READ: usize = 20;

    /// The `address-{n}-{part}` field's address number and part.
    fn address_field(name: &str) -> Option<(usize, AddressPart)> {
        let rest = name.strip_prefix("address-")?;
        let (index, part) = rest.split_once('-')?;
        let index: usize = index.parse().ok()?;
        let part = AddressPart::ALL.into_iter().find(|p| p.code() == part)?;
        // Rows past the form's last are read (so too many is an error the
        // editor sees, not a row lost without a word), up to a bound that
        // keeps a forged post small.
        (1..=ProfileDraft::ADDRESS_ROWS_READ)
            .contains(&index)
            .then_some((index, part))
    }

    pub fn presentation_field(locale: &str) -> String {
        format!("presentation-{locale}")
    }

    pub fn fact_field(kind: FactKind) -> String {
        format!("fact-{}", kind.code())
    }

    /// A single-valued field by its form name.
    pub fn field(&self, name: &str) -> &str {
        match ProfileField::from_name(name) {
            Some(field) => &self.fields[field],
            None => name
                .strip_prefix("presentation-")
                .map(|locale| self.presentation(locale))
                .unwrap_or(""),
        }
    }

    /// Reads a posted form. Unknown fields, unknown locales and codes outside
    /// the vocabularies are dropped; values are trimmed. Checking the values
    /// is the server's job (`server::editorial::validation`).
    pub fn from_form(pairs: &[(String, String)]) -> ProfileDraft {
        let mut draft = ProfileDraft::default();
        for (name, value) in pairs {
            let value = value.trim().replace("\r\n", "\n");
            if let Some(field) = ProfileField::from_name(name) {
                draft.fields.set(field, value);
            } else if let Some(locale) = name.strip_prefix("presentation-") {
                if crate::locale::Locale::from_slug(locale).is_some() && !value.is_empty() {
                    draft.presentations.retain(|(l, _)| l != locale);
                    draft.presentations.push((locale.to_string(), value));
                }
            } else if let Some(kind) = name.strip_prefix("fact-").and_then(FactKind::from_code) {
                let fact = Fact { kind, code: value };
                if kind.allows(&fact.code) && !draft.facts.contains(&fact) {
                    draft.facts.push(fact);
                }
            } else if let Some((index, part)) = ProfileDraft::address_field(name) {
                if draft.addresses.len() < index {
                    draft.addresses.resize(index, AddressDraft::default());
                }
                *draft.addresses[index - 1].part_mut(part) = value;
            }
        }
        // Rows keep their numbers, so an error names the row the editor
        // filled; only empty rows at the end are dropped.
        while draft.addresses.last().is_some_and(AddressDraft::is_empty) {
            draft.addresses.pop();
        }
        draft.facts.sort();
        draft.presentations.sort();
        draft
    }

    /// The draft as form pairs, the inverse of [`ProfileDraft::from_form`].
    pub fn to_form(&self) -> Vec<(String, String)> {
        let mut pairs: Vec<(String, String)> = self
            .fields
            .iter()
            .map(|(field, value)| (field.name().to_string(), value.to_string()))
            .collect();
        for (locale, text) in &self.presentations {
            pairs.push((ProfileDraft::presentation_field(locale), text.clone()));
        }
        for fact in &self.facts {
            pairs.push((ProfileDraft::fact_field(fact.kind), fact.code.clone()));
        }
        for (i, address) in self.addresses.iter().enumerate() {
            for part in AddressPart::ALL {
                pairs.push((part.field(i + 1), address.part(part).to_string()));
            }
        }
        pairs
    }

    pub fn presentation(&self, locale: &str) -> &str {
        self.presentations
            .iter()
            .find(|(l, _)| l == locale)
            .map(|(_, text)| text.as_str())
            .unwrap_or("")
    }
}

/// An administrator's correction of a provider's visiting addresses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AddressCorrection {
    pub provider_id: String,
    pub provider_name: String,
    /// The published addresses; none while the provider has no published
    /// profile to correct.
    pub addresses: Option<Vec<AddressDraft>>,
}

/// A valid draft shown as the public would see it, with the draft itself
/// to send on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProfilePreview {
    pub profile: ProviderProfile,
    pub draft: ProfileDraft,
}

/// Where a provider's latest submitted change stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ReviewState {
    /// Waiting for an administrator since the date.
    Pending { submitted_on: String },
    /// Sent back with the administrator's comment.
    Returned {
        comment: String,
        reviewed_on: String,
    },
}

/// What a provider's editor sees on their own page and in the edit form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EditableProfile {
    pub provider_id: String,
    pub provider_name: String,
    /// The latest submission if it is newer than the published profile, else the published one.
    pub draft: ProfileDraft,
    pub review: Option<ReviewState>,
    /// When the published profile was last updated, none if never published.
    pub updated_on: Option<String>,
    pub stale: bool,
}

/// A submitted change waiting for review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PendingReview {
    pub version_id: i64,
    pub provider_id: String,
    pub provider_name: String,
    pub submitted_by: String,
    pub submitted_on: String,
}

/// A profile whose published version is older than twelve months.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaleProfile {
    pub provider_id: String,
    pub provider_name: String,
    pub updated_on: Option<String>,
}

/// The administrator's start page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffOverview {
    pub pending: Vec<PendingReview>,
    pub stale: Vec<StaleProfile>,
}

/// A run of one side of a text diff: words the other side lacks are `changed`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextRun {
    pub text: String,
    pub changed: bool,
}

/// One changed field of a profile, between an earlier version and a later one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FieldChange {
    /// A text: a contact detail, the employee count, or the presentation in
    /// a locale. Each side is the whole text, so a reviewer reads it whole;
    /// an empty side means the text was added or removed.
    Text {
        /// The field's label message id.
        label_id: String,
        locale: Option<String>,
        /// The earlier text, its removed words marked.
        before: Vec<TextRun>,
        /// The later text, its added words marked.
        after: Vec<TextRun>,
    },
    /// Codes added to or removed from one vocabulary.
    Facts {
        kind: FactKind,
        added: Vec<String>,
        removed: Vec<String>,
    },
}

/// A pending change as the reviewing administrator sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewDiff {
    pub review: PendingReview,
    pub changes: Vec<FieldChange>,
}

/// Where a version of a profile stands, as its history shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VersionState {
    /// Waiting for an administrator.
    Pending,
    /// Replaced by a newer submission before anyone reviewed it.
    Superseded,
    /// Sent back to the provider with a comment.
    Returned,
    /// Approved by an administrator and made public.
    Published,
    /// Public at once without review: contact details, or data loaded.
    PublishedAtOnce,
}

impl VersionState {
    pub fn message_id(self) -> &'static str {
        match self {
            VersionState::Pending => "history-state-pending",
            VersionState::Superseded => "history-state-superseded",
            VersionState::Returned => "history-state-returned",
            VersionState::Published => "history-state-published",
            VersionState::PublishedAtOnce => "history-state-published-at-once",
        }
    }
}

/// One version of a provider's profile in its history. Moments are stored
/// RFC 3339 timestamps (UTC).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VersionRow {
    pub id: i64,
    pub state: VersionState,
    pub submitted_at: String,
    pub submitted_by: String,
    pub reviewed_at: Option<String>,
    pub reviewed_by: Option<String>,
    pub comment: Option<String>,
}

/// Every version of a provider's profile, newest first, for administrators.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProfileHistory {
    pub provider_id: String,
    pub provider_name: String,
    pub versions: Vec<VersionRow>,
}

/// One version of a provider's profile: what it held, and what changed
/// since the version before it in the history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VersionDetail {
    pub provider_id: String,
    pub provider_name: String,
    pub version: VersionRow,
    /// The version before it; none for the first, whose every field is new.
    pub previous: Option<VersionRow>,
    pub content: ProfileDraft,
    pub changes: Vec<FieldChange>,
}

/// One authorization of a provider for a level.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuthorizationRow {
    pub id: i64,
    pub level: String,
    pub from: String,
    pub to: Option<String>,
}

/// A provider on the administrator's authorization page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProviderAdminRow {
    pub id: String,
    pub name: String,
    pub organisation_number: Option<String>,
    pub authorizations: Vec<AuthorizationRow>,
}

/// An invitation as the administrators list it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InvitationRow {
    pub role: Role,
    pub provider_name: Option<String>,
    pub created_on: String,
    pub expires_at: String,
    pub accepted: bool,
    pub expired: bool,
}

/// An invitation just made: its link is shown once, to copy and hand over
/// (only a hash of it is stored).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreatedInvitation {
    pub path: String,
    pub expires_at: String,
}

/// What an invitation link leads to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum InvitationCheck {
    Valid {
        role: Role,
        provider_name: Option<String>,
    },
    Expired,
    Used,
    Unknown,
}

#[cfg(test)]
mod tests {
    use super::is_valid_seed;

    #[test]
    fn a_public_url_is_a_scheme_a_host_and_at_most_a_path() {
        use super::PublicUrl;
        let url = PublicUrl::parse("https://jamforaren.nacka.se/").unwrap();
        assert_eq!(
            url.join("/sv/compare"),
            "https://jamforaren.nacka.se/sv/compare"
        );
        assert!(PublicUrl::parse("http://127.0.0.1:3000").is_ok());
        assert!(PublicUrl::parse("https://example.se/portal").is_ok());
        for bad in [
            "jamforaren.nacka.se",
            "javascript:alert(1)",
            "https://",
            "https://user:pw@example.se",
            "https://example.se/?q=1",
            "https://exa mple.se",
            "https://example.se/\"><script>",
        ] {
            assert!(PublicUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_profile_draft_survives_the_round_trip_through_a_form() {
        use super::ProfileDraft;
        use crate::profile_fields::{FieldValues, ProfileField};
        use crate::vocabulary::{Fact, FactKind};
        let draft = ProfileDraft {
            fields: FieldValues::default()
                .with(ProfileField::Phone, "08-123 45 67")
                .with(ProfileField::Email, "info@example.se")
                .with(ProfileField::EmployeeCount, "12"),
            presentations: vec![
                ("en".into(), "Hello".into()),
                ("sv".into(), "Hej\nhopp".into()),
            ],
            facts: vec![Fact {
                kind: FactKind::Language,
                code: "ar".into(),
            }],
            ..ProfileDraft::default()
        };
        assert_eq!(ProfileDraft::from_form(&draft.to_form()), draft);
    }

    #[test]
    fn a_posted_profile_keeps_only_known_fields_and_vocabulary() {
        use super::ProfileDraft;
        let pairs: Vec<(String, String)> = [
            ("fact-language", "ar"),
            ("fact-language", "klingon"),
            ("fact-unknown", "x"),
            ("presentation-xx", "nope"),
            ("presentation-sv", "  Hej  "),
            ("provider_id", "someone-else"),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        let draft = ProfileDraft::from_form(&pairs);
        assert_eq!(draft.facts.len(), 1);
        assert_eq!(
            draft.presentations,
            vec![("sv".to_string(), "Hej".to_string())]
        );
    }

    #[test]
    fn only_plain_short_seeds_are_accepted() {
        assert!(is_valid_seed("a1B2"));
        assert!(!is_valid_seed(""));
        assert!(!is_valid_seed("x'; DROP TABLE"));
        assert!(!is_valid_seed(&"a".repeat(33)));
    }
}
