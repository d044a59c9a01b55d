//! The server's check of a profile draft: every rule
//! the browser checks, and more. A draft that passes becomes the content
//! that is stored; one that fails names each field and why.

use app::{
    model::{FieldError, ProfileDraft},
    profile_fields::{FieldValues, ProfileField},
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

fn optional(text: &str) -> Option<String> {
    let text = clean(text);
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
    })
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
}
