//! Structured facts as a reader sees them: translated labels of one kind.

use crate::{
    i18n::I18n,
    vocabulary::{Fact, FactKind},
};

/// The translated labels of the facts of `kind`, in stored order.
pub fn fact_labels(i18n: &I18n, facts: &[Fact], kind: FactKind) -> Vec<String> {
    facts
        .iter()
        .filter(|fact| fact.kind == kind)
        .map(|fact| i18n.t(&kind.value_message_id(&fact.code)))
        .collect()
}
