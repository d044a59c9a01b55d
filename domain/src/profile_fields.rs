//! The profile's scalar fields, described once.
//!
//! [`ProfileField::spec`] is the table every other part follows: the edit
//! form, the server's check, the draft, the review's diff, the preview, the
//! public profile, the comparison and the database row. Adding a scalar
//! field means a column in a migration, a row here and its messages in the
//! locales; nothing else. (Presentations and structured facts are lists,
//! not scalars, and have their own shapes.)

use serde::{Deserialize, Serialize};

/// One scalar field of a provider's profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ProfileField {
    Phone,
    Email,
    Website,
    StreetAddress,
    PostalCode,
    City,
    EmployeeCount,
    /// Organisationsnummer: the provider's number in Bolagsverket's register.
    OrganisationNumber,
}

/// When a change to a field reaches the public profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Review {
    /// Published as soon as the editor sends it: contact details must be
    /// right today, and a wrong one harms only the provider itself.
    AtOnce,
    /// Waits for an administrator, as texts and facts do: it is a claim
    /// about the provider that citizens compare providers by.
    ByStaff,
}

/// What a field's value must look like, and the form it is stored in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Any text without control characters.
    Text,
    Phone,
    Email,
    /// An `http(s)://` address.
    Website,
    /// Five digits, stored as `123 45`.
    PostalCode,
    /// A whole number from 0 to `max`, stored as an integer column.
    Count {
        max: i64,
    },
    /// Ten digits whose last is the Luhn check digit, stored as `NNNNNN-NNNN`.
    OrganisationNumber,
}

/// Where the public profile shows a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// In the contact details (`components::contact`), which join the
    /// address parts into one line and make links of the rest.
    Contact,
    /// As a term of its own among the profile's facts.
    Fact {
        /// The term's message id.
        label_id: &'static str,
        /// Digits and signs that must read left to right in a right-to-left
        /// page, isolated as phone numbers are.
        left_to_right: bool,
    },
}

/// One row of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    /// The form field's name and the `profile_version` column's.
    pub name: &'static str,
    /// The input's `type`.
    pub input_type: &'static str,
    pub autocomplete: &'static str,
    /// The longest value accepted, in characters.
    pub max_chars: usize,
    /// The form label's message id; `{label_id}-hint` is the hint's.
    pub label_id: &'static str,
    pub review: Review,
    pub format: Format,
    pub shown: Shown,
}

impl ProfileField {
    /// Every field, in the order the form and the views show them.
    pub const ALL: [ProfileField; 8] = [
        ProfileField::Phone,
        ProfileField::Email,
        ProfileField::Website,
        ProfileField::StreetAddress,
        ProfileField::PostalCode,
        ProfileField::City,
        ProfileField::EmployeeCount,
        ProfileField::OrganisationNumber,
    ];

    /// The table.
    pub const fn spec(self) -> FieldSpec {
        use Format::*;
        use Review::*;
        const fn contact(
            name: &'static str,
            label_id: &'static str,
            input_type: &'static str,
            autocomplete: &'static str,
            max_chars: usize,
            format: Format,
        ) -> FieldSpec {
            FieldSpec {
                name,
                input_type,
                autocomplete,
                max_chars,
                label_id,
                review: AtOnce,
                format,
                shown: Shown::Contact,
            }
        }
        match self {
            ProfileField::Phone => contact("phone", "field-phone", "tel", "tel", 30, Phone),
            ProfileField::Email => contact("email", "field-email", "email", "email", 254, Email),
            ProfileField::Website => {
                contact("website", "field-website", "url", "url", 200, Website)
            }
            ProfileField::StreetAddress => contact(
                "street_address",
                "field-street_address",
                "text",
                "street-address",
                100,
                Text,
            ),
            ProfileField::PostalCode => contact(
                "postal_code",
                "field-postal_code",
                "text",
                "postal-code",
                6,
                PostalCode,
            ),
            ProfileField::City => contact("city", "field-city", "text", "address-level2", 60, Text),
            ProfileField::EmployeeCount => FieldSpec {
                name: "employee_count",
                input_type: "text",
                autocomplete: "off",
                max_chars: 6,
                label_id: "field-employee_count",
                review: ByStaff,
                format: Count { max: 100_000 },
                shown: Shown::Fact {
                    label_id: "profile-employees",
                    left_to_right: false,
                },
            },
            // An identity fact: a changed number could pass one provider off
            // as another, so staff check it against the register first.
            ProfileField::OrganisationNumber => FieldSpec {
                name: "organisation_number",
                input_type: "text",
                autocomplete: "off",
                // `NNNNNN-NNNN`, with room for a space or two as typed.
                max_chars: 13,
                label_id: "field-organisation_number",
                review: ByStaff,
                format: OrganisationNumber,
                shown: Shown::Fact {
                    label_id: "profile-organisation-number",
                    left_to_right: true,
                },
            },
        }
    }

    pub fn name(self) -> &'static str {
        self.spec().name
    }

    pub fn from_name(name: &str) -> Option<ProfileField> {
        ProfileField::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The label staff see in a version and a review: the public term where
    /// the profile has one, else the form's label (an address part has no
    /// term of its own on the public page).
    pub fn staff_label_id(self) -> &'static str {
        match self.spec().shown {
            Shown::Fact { label_id, .. } => label_id,
            Shown::Contact => self.spec().label_id,
        }
    }
}

impl Format {
    /// Whether the column holds an integer rather than text.
    pub fn is_integer(self) -> bool {
        matches!(self, Format::Count { .. })
    }

    /// The value as it is stored, or the message id of what is wrong with
    /// it. `text` is already trimmed and not empty.
    pub fn normalise(self, text: &str) -> Result<String, &'static str> {
        let checked = |ok: bool, message_id| ok.then(|| text.to_string()).ok_or(message_id);
        match self {
            Format::Text => Ok(text.to_string()),
            Format::Phone => checked(phone_is_valid(text), "error-phone-format"),
            Format::Email => checked(email_is_valid(text), "error-email-format"),
            Format::Website => checked(website_is_valid(text), "error-website-format"),
            Format::PostalCode => postal_code(text).ok_or("error-postal-code-format"),
            Format::Count { max } => match text.parse::<i64>() {
                Ok(n) if (0..=max).contains(&n) => Ok(n.to_string()),
                _ => Err("error-employee-count"),
            },
            Format::OrganisationNumber => {
                organisation_number(text).ok_or("error-organisation-number-format")
            }
        }
    }
}

/// One text per field, as typed (in a draft) or as stored (normalised);
/// empty when not stated.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldValues([String; ProfileField::ALL.len()]);

impl FieldValues {
    /// The value, none when empty.
    pub fn get(&self, field: ProfileField) -> Option<&str> {
        Some(self[field].as_str()).filter(|value| !value.is_empty())
    }

    pub fn set(&mut self, field: ProfileField, value: impl Into<String>) {
        self.0[field as usize] = value.into();
    }

    /// The same with one field set, for building values in one expression.
    pub fn with(mut self, field: ProfileField, value: impl Into<String>) -> FieldValues {
        self.set(field, value);
        self
    }

    /// Every field with its value, in the table's order.
    pub fn iter(&self) -> impl Iterator<Item = (ProfileField, &str)> {
        ProfileField::ALL
            .into_iter()
            .map(move |field| (field, self[field].as_str()))
    }
}

/// A field the public profile shows as a term of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PublicFact<'a> {
    pub label_id: &'static str,
    /// None when not stated.
    pub value: Option<&'a str>,
    pub left_to_right: bool,
}

impl FieldValues {
    /// The fields shown among the public profile's facts, in the table's order.
    pub fn public_facts(&self) -> impl Iterator<Item = PublicFact<'_>> {
        self.iter()
            .filter_map(|(field, value)| match field.spec().shown {
                Shown::Fact {
                    label_id,
                    left_to_right,
                } => Some(PublicFact {
                    label_id,
                    value: Some(value).filter(|v| !v.is_empty()),
                    left_to_right,
                }),
                Shown::Contact => None,
            })
    }
}

impl std::ops::Index<ProfileField> for FieldValues {
    type Output = String;

    fn index(&self, field: ProfileField) -> &String {
        &self.0[field as usize]
    }
}

pub fn phone_is_valid(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    (6..=15).contains(&digits)
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'))
        && phone.chars().skip(1).all(|c| c != '+')
}

pub fn email_is_valid(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '+');
    !local.is_empty()
        && local.len() <= 64
        && local.chars().all(plain)
        && domain.contains('.')
        && domain.split('.').all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

pub fn website_is_valid(website: &str) -> bool {
    let Some(rest) = website
        .strip_prefix("https://")
        .or_else(|| website.strip_prefix("http://"))
    else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.contains('.')
        && host.split('.').all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && !website
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\\' | '`'))
}

/// A Swedish postcode as `123 45`, if it is one.
pub fn postal_code(text: &str) -> Option<String> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    (digits.len() == 5 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| format!("{} {}", &digits[..3], &digits[3..]))
}

/// A Swedish organisation number as `NNNNNN-NNNN`, if its check digit holds
/// (the Luhn algorithm, as Bolagsverket uses).
pub fn organisation_number(text: &str) -> Option<String> {
    let digits: Vec<u32> = text
        .chars()
        .filter(|c| *c != '-' && !c.is_whitespace())
        .map(|c| c.to_digit(10))
        .collect::<Option<_>>()?;
    if digits.len() != 10 {
        return None;
    }
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let doubled = if i % 2 == 0 { d * 2 } else { *d };
            doubled / 10 + doubled % 10
        })
        .sum();
    sum.is_multiple_of(10).then(|| {
        let text: String = digits
            .iter()
            .map(|d| char::from_digit(*d, 10).unwrap_or('0'))
            .collect();
        format!("{}-{}", &text[..6], &text[6..])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_in_the_table_once_in_its_own_place() {
        for (position, field) in ProfileField::ALL.into_iter().enumerate() {
            assert_eq!(field as usize, position, "{field:?}");
            assert_eq!(ProfileField::from_name(field.name()), Some(field));
        }
    }

    #[test]
    fn swedish_phone_numbers_in_their_usual_shapes_are_accepted() {
        for phone in [
            "08-123 45 67",
            "+46 8 123 45 67",
            "070-123 45 67",
            "(08) 12 34 56",
        ] {
            assert!(phone_is_valid(phone), "{phone}");
        }
        for phone in ["123", "08-123 45 67 ext", "+46+8123456", "<script>"] {
            assert!(!phone_is_valid(phone), "{phone}");
        }
    }

    #[test]
    fn addresses_are_checked_for_shape() {
        assert!(email_is_valid("info@example.se"));
        assert!(!email_is_valid("info@example"));
        assert!(!email_is_valid("a b@example.se"));
        assert!(!email_is_valid("\"><script>@x.se"));
        assert!(website_is_valid("https://www.example.se/om-oss"));
        assert!(!website_is_valid("javascript:alert(1)"));
        assert!(!website_is_valid("https://exa mple.se"));
        assert_eq!(postal_code("13130").as_deref(), Some("131 30"));
        assert_eq!(postal_code("1313"), None);
    }

    #[test]
    fn organisation_numbers_must_pass_the_luhn_check() {
        assert_eq!(
            organisation_number("212000-0142").as_deref(),
            Some("212000-0142")
        );
        assert_eq!(
            organisation_number("2120000142").as_deref(),
            Some("212000-0142")
        );
        assert_eq!(organisation_number("212000-0143"), None);
        assert_eq!(organisation_number("12345"), None);
    }

    #[test]
    fn a_value_is_stored_in_its_normal_form() {
        assert_eq!(
            Format::OrganisationNumber.normalise("556036 0793"),
            Ok("556036-0793".to_string())
        );
        assert_eq!(
            Format::OrganisationNumber.normalise("556036-0794"),
            Err("error-organisation-number-format")
        );
        assert_eq!(
            Format::Count { max: 100_000 }.normalise("012"),
            Ok("12".to_string())
        );
        assert_eq!(
            Format::Count { max: 100_000 }.normalise("-3"),
            Err("error-employee-count")
        );
    }
}
