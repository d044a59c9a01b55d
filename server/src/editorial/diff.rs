//! What changed between two versions of a profile, field by field, with
//! each changed text given whole on both sides so a reviewer can read it.

use domain::{
    model::{FieldChange, TextRun},
    profile_fields::{ProfileField, Review},
    vocabulary::FactKind,
};
use similar::{ChangeTag, TextDiff};

use crate::db::profiles::ProfileContent;

/// Whether contact details (the fields that publish at once) are compared
/// too. A review leaves them out: they were published when submitted, so a
/// pending version may hold older ones than the public profile without
/// proposing anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Contact {
    Compared,
    Ignored,
}

/// What differs from `earlier` to `later`, in the order the profile shows
/// its fields.
pub fn changes(
    earlier: &ProfileContent,
    later: &ProfileContent,
    contact: Contact,
) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    let text_change = |label_id: &str, locale: Option<&str>, before: &str, after: &str| {
        (before != after).then(|| {
            let (before, after) = word_diff(before, after);
            FieldChange::Text {
                label_id: label_id.to_string(),
                locale: locale.map(str::to_string),
                before,
                after,
            }
        })
    };
    for field in ProfileField::ALL {
        if contact == Contact::Ignored && field.spec().review == Review::AtOnce {
            continue;
        }
        changes.extend(text_change(
            field.staff_label_id(),
            None,
            &earlier.fields[field],
            &later.fields[field],
        ));
    }
    for kind in FactKind::ALL {
        let codes = |c: &ProfileContent| -> Vec<String> {
            c.facts
                .iter()
                .filter(|(k, _)| k == kind.code())
                .map(|(_, code)| code.clone())
                .collect()
        };
        let (before, after) = (codes(earlier), codes(later));
        let added: Vec<String> = after
            .iter()
            .filter(|c| !before.contains(c))
            .cloned()
            .collect();
        let removed: Vec<String> = before
            .iter()
            .filter(|c| !after.contains(c))
            .cloned()
            .collect();
        if !added.is_empty() || !removed.is_empty() {
            changes.push(FieldChange::Facts {
                kind,
                added,
                removed,
            });
        }
    }
    // One line per address with its point, so a moved point shows as
    // plainly as a changed street.
    let addresses = |c: &ProfileContent| {
        c.addresses
            .iter()
            .map(|a| format!("{} ({})", a.line(), a.point.text()))
            .collect::<Vec<_>>()
            .join("\n")
    };
    changes.extend(text_change(
        "profile-addresses-heading",
        None,
        &addresses(earlier),
        &addresses(later),
    ));
    for locale in domain::locale::Locale::ALL {
        let text = |c: &ProfileContent| {
            c.presentations
                .iter()
                .find(|(l, _)| l == locale.slug())
                .map(|(_, t)| t.clone())
                .unwrap_or_default()
        };
        changes.extend(text_change(
            "field-presentation",
            Some(locale.slug()),
            &text(earlier),
            &text(later),
        ));
    }
    changes
}

/// Both sides of a word diff: the earlier text with its removed words
/// marked, the later one with its added words marked. Whole words only, so
/// a mark never splits a word a reader has to piece together.
pub fn word_diff(before: &str, after: &str) -> (Vec<TextRun>, Vec<TextRun>) {
    let diff = TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .diff_words(before, after);
    let (mut earlier, mut later) = (Side::default(), Side::default());
    for change in diff.iter_all_changes() {
        let text = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                earlier.push(text, false);
                later.push(text, false);
            }
            ChangeTag::Delete => earlier.push(text, true),
            ChangeTag::Insert => later.push(text, true),
        }
    }
    (earlier.finish(), later.finish())
}

/// One side of a diff as it is built.
#[derive(Default)]
struct Side {
    runs: Vec<TextRun>,
}

impl Side {
    fn push(&mut self, text: &str, changed: bool) {
        match self.runs.last_mut() {
            Some(last) if last.changed == changed => last.text.push_str(text),
            _ => self.runs.push(TextRun {
                text: text.to_string(),
                changed,
            }),
        }
    }

    /// A change never starts or ends with a space (it would be marked for
    /// nothing), and neighbouring changes parted only by spaces read as one:
    /// "deleted: är en" once rather than two marks around a space.
    fn finish(self) -> Vec<TextRun> {
        let mut trimmed: Vec<TextRun> = Vec::new();
        for run in self.runs {
            if run.changed {
                let (lead, core, trail) = split_spaces(&run.text);
                push_plain(&mut trimmed, lead);
                if !core.is_empty() {
                    trimmed.push(TextRun {
                        text: core.to_string(),
                        changed: true,
                    });
                }
                push_plain(&mut trimmed, trail);
            } else {
                push_plain(&mut trimmed, &run.text);
            }
        }
        let mut runs: Vec<TextRun> = Vec::new();
        let mut rest = trimmed.into_iter().peekable();
        while let Some(run) = rest.next() {
            let bridges = !run.changed
                && run.text.trim().is_empty()
                && runs.last().is_some_and(|last| last.changed)
                && rest.peek().is_some_and(|next| next.changed);
            match (bridges, runs.last_mut()) {
                (true, Some(last)) => {
                    let next = rest.next().expect("peeked");
                    last.text.push_str(&run.text);
                    last.text.push_str(&next.text);
                }
                _ => runs.push(run),
            }
        }
        runs
    }
}

fn push_plain(runs: &mut Vec<TextRun>, text: &str) {
    if text.is_empty() {
        return;
    }
    match runs.last_mut() {
        Some(last) if !last.changed => last.text.push_str(text),
        _ => runs.push(TextRun {
            text: text.to_string(),
            changed: false,
        }),
    }
}

fn split_spaces(text: &str) -> (&str, &str, &str) {
    let core = text.trim();
    if core.is_empty() {
        return (text, "", "");
    }
    let start = text.len() - text.trim_start().len();
    let end = start + core.len();
    (&text[..start], core, &text[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(runs: &[TextRun]) -> String {
        runs.iter()
            .map(|r| {
                if r.changed {
                    format!("[{}]", r.text)
                } else {
                    r.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn each_side_reads_whole_with_its_own_changes_marked() {
        let (before, after) = word_diff(
            "Vi är en liten firma i Nacka.",
            "Vi driver ett litet företag i Nacka.",
        );
        assert_eq!(marked(&before), "Vi [är en liten firma] i Nacka.");
        assert_eq!(marked(&after), "Vi [driver ett litet företag] i Nacka.");
    }

    #[test]
    fn a_new_text_has_an_empty_earlier_side_and_a_removed_one_an_empty_later_side() {
        let (before, after) = word_diff("", "Ny text.");
        assert!(before.is_empty());
        assert_eq!(marked(&after), "[Ny text.]");
        let (before, after) = word_diff("Gammal text.", "");
        assert_eq!(marked(&before), "[Gammal text.]");
        assert!(after.is_empty());
    }

    #[test]
    fn words_are_never_split() {
        let (before, after) = word_diff("arbetsträning", "arbetsträningen");
        assert_eq!(marked(&before), "[arbetsträning]");
        assert_eq!(marked(&after), "[arbetsträningen]");
    }
}
