//! The server's check of a profile draft and of a new provider: every rule
//! the browser checks, and more. A draft that passes becomes the content
//! that is stored; one that fails names each field and why.

use app::model::{FieldError, ProfileDraft};

use crate::db::profiles::ProfileContent;

fn too_long(field: &str, max: usize) -> FieldError {
    FieldError::new(field, "error-too-long").with("max", max as i64)
}

/// Control characters (but line breaks) never belong in a profile.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect::<String>()
        .trim()
        .to_string()
}

fn optional(text: &str) -> Option<String> {
    let text = clean(text);
    (!text.is_empty()).then_some(text)
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

/// The content to store, or every problem with the draft.
pub fn check_draft(draft: &ProfileDraft) -> Result<ProfileContent, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut limited = |field: &str, value: &str, max: usize| -> Option<String> {
        let value = optional(value)?;
        if value.chars().count() > max {
            errors.push(too_long(field, max));
            return None;
        }
        Some(value)
    };
    let phone = limited("phone", &draft.phone, 30);
    let email = limited("email", &draft.email, 254);
    let website = limited("website", &draft.website, 200);
    let street_address = limited("street_address", &draft.street_address, 100);
    let postal = limited("postal_code", &draft.postal_code, 6);
    let city = limited("city", &draft.city, 60);
    let employees = limited("employee_count", &draft.employee_count, 6);

    if phone.as_deref().is_some_and(|p| !phone_is_valid(p)) {
        errors.push(FieldError::new("phone", "error-phone-format"));
    }
    if email.as_deref().is_some_and(|e| !email_is_valid(e)) {
        errors.push(FieldError::new("email", "error-email-format"));
    }
    if website.as_deref().is_some_and(|w| !website_is_valid(w)) {
        errors.push(FieldError::new("website", "error-website-format"));
    }
    let postal_code = match postal.as_deref().map(postal_code) {
        Some(None) => {
            errors.push(FieldError::new("postal_code", "error-postal-code-format"));
            None
        }
        Some(code) => code,
        None => None,
    };
    let employee_count = match employees.as_deref().map(str::parse::<i64>) {
        Some(Ok(n)) if (0..=100_000).contains(&n) => Some(n),
        Some(_) => {
            errors.push(FieldError::new("employee_count", "error-employee-count"));
            None
        }
        None => None,
    };

    let mut presentations = Vec::new();
    for (locale, text) in &draft.presentations {
        let text = clean(text);
        if text.chars().count() > ProfileDraft::PRESENTATION_MAX {
            errors.push(too_long(
                &ProfileDraft::presentation_field(locale),
                ProfileDraft::PRESENTATION_MAX,
            ));
        } else if !text.is_empty() {
            presentations.push((locale.clone(), text));
        }
    }
    if !presentations.iter().any(|(locale, _)| locale == "sv") {
        errors.push(FieldError::new(
            ProfileDraft::presentation_field("sv"),
            "error-presentation-required",
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    presentations.sort();
    let mut facts: Vec<(String, String)> = draft
        .facts
        .iter()
        .map(|fact| (fact.kind.code().to_string(), fact.code.clone()))
        .collect();
    facts.sort();
    Ok(ProfileContent {
        phone,
        email,
        website,
        street_address,
        postal_code,
        city,
        employee_count,
        presentations,
        facts,
    })
}

/// A stored profile as the edit form shows it.
pub fn draft_of(content: &ProfileContent) -> ProfileDraft {
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    ProfileDraft {
        phone: text(&content.phone),
        email: text(&content.email),
        website: text(&content.website),
        street_address: text(&content.street_address),
        postal_code: text(&content.postal_code),
        city: text(&content.city),
        employee_count: content
            .employee_count
            .map(|n| n.to_string())
            .unwrap_or_default(),
        presentations: content.presentations.clone(),
        facts: content
            .facts
            .iter()
            .filter_map(|(kind, code)| {
                Some(app::vocabulary::Fact {
                    kind: app::vocabulary::FactKind::from_code(kind)?,
                    code: code.clone(),
                })
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_draft_without_a_swedish_presentation_is_rejected_field_by_field() {
        let draft = ProfileDraft {
            email: "not an address".into(),
            employee_count: "-3".into(),
            ..ProfileDraft::default()
        };
        let errors = check_draft(&draft).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["email", "employee_count", "presentation-sv"]);
    }
}
