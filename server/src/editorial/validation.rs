//! The server's check of a profile draft: every rule
//! the browser checks, and more. A draft that passes becomes the content
//! that is stored; one that fails names each field and why.

use domain::{
    model::{AddressDraft, AddressPart, FieldError, ProfileDraft, VisitingAddress},
    places::GeoPoint,
    profile_fields::{FieldValues, Format, ProfileField},
};

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

/// A one-line value (a contact detail, an address part): no control
/// characters at all, a line break included.
fn one_line(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .to_string()
}

fn optional(text: &str) -> Option<String> {
    let text = one_line(text);
    (!text.is_empty()).then_some(text)
}

/// The content to store, or every problem with the draft.
pub fn check_draft(draft: &ProfileDraft) -> Result<ProfileContent, Vec<FieldError>> {
    let mut errors = Vec::new();
    // Lengths first, then formats, so the summary lists every too-long
    // field before any malformed one.
    let mut typed = Vec::new();
    for field in ProfileField::ALL {
        let spec = field.spec();
        let Some(value) = optional(&draft.fields[field]) else {
            continue;
        };
        if value.chars().count() > spec.max_chars {
            errors.push(too_long(spec.name, spec.max_chars));
        } else {
            typed.push((field, value));
        }
    }
    let mut fields = FieldValues::default();
    for (field, value) in typed {
        match field.spec().format.normalise(&value) {
            Ok(value) => fields.set(field, value),
            Err(message_id) => errors.push(FieldError::new(field.name(), message_id)),
        }
    }

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
    let addresses = check_addresses(&draft.addresses).unwrap_or_else(|mut found| {
        errors.append(&mut found);
        Vec::new()
    });
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
        fields,
        presentations,
        facts,
        addresses,
    })
}

/// Visiting addresses as typed, row by row: the ones to store (empty rows
/// left out), or every problem.
pub fn check_addresses(drafts: &[AddressDraft]) -> Result<Vec<VisitingAddress>, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut addresses = Vec::new();
    if drafts.iter().filter(|d| !d.is_empty()).count() > ProfileDraft::ADDRESSES_MAX {
        errors.push(
            FieldError::new(
                AddressPart::StreetAddress.field(ProfileDraft::ADDRESSES_MAX + 1),
                "error-addresses-too-many",
            )
            .with("max", ProfileDraft::ADDRESSES_MAX as i64),
        );
    }
    for (i, address) in drafts.iter().enumerate() {
        match check_address(i + 1, address) {
            Ok(Some(address)) => addresses.push(address),
            Ok(None) => {}
            Err(mut found) => errors.append(&mut found),
        }
    }
    if errors.is_empty() {
        Ok(addresses)
    } else {
        Err(errors)
    }
}

/// The `index`th visiting address (from 1): every part is needed once any
/// is given, the postal code as five digits and the point in Sweden. None
/// for a row left empty.
fn check_address(
    index: usize,
    draft: &AddressDraft,
) -> Result<Option<VisitingAddress>, Vec<FieldError>> {
    let parts: Vec<(AddressPart, String)> = AddressPart::ALL
        .into_iter()
        .map(|part| (part, one_line(draft.part(part))))
        .collect();
    if parts.iter().all(|(_, value)| value.is_empty()) {
        return Ok(None);
    }
    let mut errors = Vec::new();
    for (part, value) in &parts {
        let field = part.field(index);
        if value.is_empty() {
            errors.push(
                FieldError::new(field, "error-address-part-required").with("number", index as i64),
            );
        } else if value.chars().count() > part.max_chars() {
            errors.push(too_long(&field, part.max_chars()));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let value = |part: AddressPart| parts[part as usize].1.clone();
    let postal_code = Format::PostalCode
        .normalise(&value(AddressPart::PostalCode))
        .map_err(|_| {
            FieldError::new(
                AddressPart::PostalCode.field(index),
                "error-address-postal-code",
            )
            .with("number", index as i64)
        });
    let point = GeoPoint::parse(&value(AddressPart::Coordinates)).map_err(|error| {
        FieldError::new(AddressPart::Coordinates.field(index), error.message_id())
            .with("number", index as i64)
    });
    match (postal_code, point) {
        (Ok(postal_code), Ok(point)) => Ok(Some(VisitingAddress {
            street_address: value(AddressPart::StreetAddress),
            postal_code,
            city: value(AddressPart::City),
            point,
        })),
        (postal_code, point) => Err([postal_code.err(), point.err()]
            .into_iter()
            .flatten()
            .collect()),
    }
}

/// A stored profile as the edit form shows it.
pub fn draft_of(content: &ProfileContent) -> ProfileDraft {
    ProfileDraft {
        fields: content.fields.clone(),
        presentations: content.presentations.clone(),
        facts: content
            .facts
            .iter()
            .filter_map(|(kind, code)| {
                Some(domain::vocabulary::Fact {
                    kind: domain::vocabulary::FactKind::from_code(kind)?,
                    code: code.clone(),
                })
            })
            .collect(),
        addresses: content.addresses.iter().map(AddressDraft::from).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_without_a_swedish_presentation_is_rejected_field_by_field() {
        let draft = ProfileDraft {
            fields: FieldValues::default()
                .with(ProfileField::Email, "not an address")
                .with(ProfileField::EmployeeCount, "-3"),
            ..ProfileDraft::default()
        };
        let errors = check_draft(&draft).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["email", "employee_count", "presentation-sv"]);
    }

    fn with_address(address: AddressDraft) -> ProfileDraft {
        ProfileDraft {
            presentations: vec![("sv".into(), "Vi finns i Nacka.".into())],
            addresses: vec![address],
            ..ProfileDraft::default()
        }
    }

    fn address(coordinates: &str) -> AddressDraft {
        AddressDraft {
            street_address: "Storgatan 1".into(),
            postal_code: "13130".into(),
            city: "Nacka".into(),
            coordinates: coordinates.into(),
        }
    }

    #[test]
    fn a_visiting_address_is_stored_with_its_point_and_its_postal_code_spaced() {
        let content = check_draft(&with_address(address("59,31 18,16389"))).unwrap();
        assert_eq!(content.addresses[0].postal_code, "131 30");
        assert_eq!(
            content.addresses[0].point,
            GeoPoint::from_degrees(59.31, 18.16389)
        );
        assert_eq!(
            draft_of(&content).addresses[0].coordinates,
            "59.310000, 18.163890"
        );
    }

    #[test]
    fn a_visiting_address_needs_every_part_and_a_point_in_sweden() {
        let errors_of = |draft: AddressDraft| -> Vec<(String, String)> {
            check_draft(&with_address(draft))
                .unwrap_err()
                .into_iter()
                .map(|e| (e.field, e.message_id))
                .collect()
        };
        let pair = |field: &str, id: &str| (field.to_string(), id.to_string());
        assert_eq!(
            errors_of(AddressDraft {
                city: String::new(),
                ..address("18.16, 59.31")
            }),
            [pair("address-1-city", "error-address-part-required")]
        );
        assert_eq!(
            errors_of(address("18.16, 59.31")),
            [pair("address-1-coordinates", "error-coordinates-outside")]
        );
        assert_eq!(
            errors_of(AddressDraft {
                postal_code: "1313".into(),
                ..address("north")
            }),
            [
                pair("address-1-postal_code", "error-address-postal-code"),
                pair("address-1-coordinates", "error-coordinates-format")
            ]
        );
    }
}
