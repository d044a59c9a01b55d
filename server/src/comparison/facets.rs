//! Filters and their counts. A provider must have every chosen value; each
//! offered value shows how many of the listed providers have it.

use domain::{
    model::{Facet, FacetValue, ProviderCard},
    vocabulary::{Fact, FactKind},
};

/// Whether the card has every chosen fact.
pub fn matches(card: &ProviderCard, filters: &[Fact]) -> bool {
    filters.iter().all(|wanted| card.facts.contains(wanted))
}

/// The facets to offer over `listed` (the providers after search and
/// filters): every vocabulary value that some listed provider has, or that
/// is chosen, in vocabulary order.
pub fn facets(listed: &[ProviderCard], filters: &[Fact]) -> Vec<Facet> {
    FactKind::ALL
        .into_iter()
        .map(|kind| Facet {
            kind,
            values: kind
                .vocabulary()
                .iter()
                .filter_map(|code| {
                    let fact = Fact {
                        kind,
                        code: (*code).to_string(),
                    };
                    let count = listed.iter().filter(|c| c.facts.contains(&fact)).count();
                    let selected = filters.contains(&fact);
                    (count > 0 || selected).then_some(FacetValue {
                        code: fact.code,
                        count,
                        selected,
                    })
                })
                .collect(),
        })
        .filter(|facet| !facet.values.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use domain::model::OrganisationForm;

    use super::*;

    fn fact(kind: FactKind, code: &str) -> Fact {
        Fact {
            kind,
            code: code.into(),
        }
    }

    fn card(id: &str, facts: Vec<Fact>) -> ProviderCard {
        ProviderCard {
            id: id.into(),
            name: id.into(),
            organisation_form: OrganisationForm::Company,
            city: None,
            facts,
            addresses: vec![],
        }
    }

    #[test]
    fn a_provider_must_have_every_chosen_value() {
        let arabic = fact(FactKind::Language, "ar");
        let digital = fact(FactKind::MeetingForm, "digital");
        let both = card("both", vec![arabic.clone(), digital.clone()]);
        let one = card("one", vec![arabic.clone()]);
        let filters = vec![arabic, digital];
        assert!(matches(&both, &filters));
        assert!(!matches(&one, &filters));
        assert!(matches(&one, &[]));
    }

    #[test]
    fn counts_show_how_many_listed_providers_have_each_value() {
        let listed = vec![
            card(
                "a",
                vec![
                    fact(FactKind::Language, "ar"),
                    fact(FactKind::Language, "so"),
                ],
            ),
            card("b", vec![fact(FactKind::Language, "ar")]),
        ];
        let facets = facets(&listed, &[]);
        let languages = facets
            .iter()
            .find(|f| f.kind == FactKind::Language)
            .unwrap();
        let counts: Vec<_> = languages
            .values
            .iter()
            .map(|v| (v.code.as_str(), v.count))
            .collect();
        assert_eq!(counts, [("ar", 2), ("so", 1)]);
        assert!(
            facets.iter().all(|f| f.kind == FactKind::Language),
            "empty facets are left out"
        );
    }

    #[test]
    fn a_chosen_value_stays_offered_even_when_nothing_matches() {
        let chosen = fact(FactKind::Area, "stockholm");
        let facets = facets(&[], std::slice::from_ref(&chosen));
        assert_eq!(facets[0].values[0].code, "stockholm");
        assert_eq!(facets[0].values[0].count, 0);
        assert!(facets[0].values[0].selected);
    }
}
