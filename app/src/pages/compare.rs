//! Compare 2–4 providers: a side-by-side table on wide screens, stacked
//! cards on a phone, the same fields in the same order. Shared as a link
//! and a QR code, and printed as a clean A4 page.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    api::get_comparison,
    components::statistics::{cell_text, hidden_reason, key_share_text, period_text, tenths_text},
    components::{
        error_view::ErrorView,
        facts::fact_labels,
        layout::description,
        meeting::{
            meeting_offer, meeting_request, unknown_meeting_notice, Meeting, MeetingRequest,
        },
        next_steps::next_steps,
        share::share_section,
    },
    i18n::{use_i18n, I18n},
    interventions::Intervention,
    model::{statistics::PublicFigure, Comparison, ProviderProfile},
    pages::{my_choice::choice_links, provider::back_link, Prerendered},
    profile_fields::ProfileField,
    routes::Page,
    vocabulary::FactKind,
};

pub const MIN_COMPARED: usize = 2;
pub const MAX_COMPARED: usize = 4;

/// One compared field's text, and whether it is written left to right
/// whatever the page's direction: a phone number or e-mail address read in
/// an Arabic page must not turn around (`070-000 00 12` as `12 00 070-000`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldText {
    pub text: String,
    pub left_to_right: bool,
}

impl From<String> for FieldText {
    fn from(text: String) -> FieldText {
        FieldText {
            text,
            left_to_right: false,
        }
    }
}

impl FieldText {
    fn left_to_right(text: String) -> FieldText {
        FieldText {
            text,
            left_to_right: true,
        }
    }

    fn view(&self) -> impl IntoView {
        let text = self.text.clone();
        match self.left_to_right {
            true => view! { <span dir="ltr">{text}</span> }.into_any(),
            false => text.into_any(),
        }
    }
}

/// The fields every compared provider shows, as (label, text) in one order.
pub fn comparison_fields(i18n: &I18n, profile: &ProviderProfile) -> Vec<(String, FieldText)> {
    let not_stated = i18n.t("profile-not-stated");
    let or_not_stated = |value: Option<String>| {
        value
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| not_stated.clone())
    };
    let mut fields: Vec<(String, FieldText)> = vec![(
        i18n.t("profile-organisation-form"),
        i18n.t(&format!(
            "organisation-form-{}",
            profile.organisation_form.code()
        ))
        .into(),
    )];
    for fact in profile.fields.public_facts() {
        let text = match fact.value {
            Some(value) if fact.left_to_right => FieldText::left_to_right(value.to_string()),
            value => or_not_stated(value.map(str::to_string)).into(),
        };
        fields.push((i18n.t(fact.label_id), text));
    }
    for kind in FactKind::ALL {
        let values = fact_labels(i18n, &profile.facts, kind);
        fields.push((
            i18n.t(&kind.message_id()),
            or_not_stated(Some(values.join(", "))).into(),
        ));
    }
    let addresses: Vec<String> = profile.addresses.iter().map(|a| a.line()).collect();
    fields.push((
        i18n.t("profile-addresses-heading"),
        if addresses.is_empty() {
            i18n.t("distance-no-address").into()
        } else {
            FieldText::left_to_right(addresses.join("; "))
        },
    ));
    let levels: Vec<String> = profile
        .levels
        .iter()
        .map(|l| i18n.t(&format!("level-{}-short", l.code)))
        .collect();
    fields.push((
        i18n.t("profile-levels-heading"),
        or_not_stated(Some(levels.join(", "))).into(),
    ));
    fields.push((
        i18n.t("profile-phone"),
        match profile.fields.get(ProfileField::Phone).map(str::to_string) {
            Some(phone) => FieldText::left_to_right(phone),
            None => not_stated.clone().into(),
        },
    ));
    fields.push((
        i18n.t("profile-email"),
        match profile.fields.get(ProfileField::Email).map(str::to_string) {
            Some(email) => FieldText::left_to_right(email),
            None => not_stated.clone().into(),
        },
    ));
    let address = [ProfileField::StreetAddress, ProfileField::City]
        .into_iter()
        .filter_map(|field| profile.fields.get(field))
        .collect::<Vec<_>>()
        .join(", ");
    fields.push((
        i18n.t("profile-address"),
        or_not_stated(Some(address)).into(),
    ));
    // A profile over a year old says so here, as on its own page.
    let updated = i18n.date(profile.updated_on);
    fields.push((
        i18n.t("profile-updated-label"),
        match profile.stale {
            true => format!("{updated}. {}", i18n.t("profile-stale")),
            false => updated,
        }
        .into(),
    ));
    fields
}

/// A compared provider's results in the compared level, from the latest
/// publication: self-sufficiency with its n and interval, NKI with its
/// respondents, the response rate, and the plain verdict against the
/// level's other providers. Every provider gets the same rows, so the
/// table's rows line up; a provider without figures says so in each.
fn results_fields(
    i18n: &I18n,
    comparison: &Comparison,
    index: usize,
    level: Intervention,
) -> Vec<(String, FieldText)> {
    let level_name = i18n.t(&level.short_name_id());
    let label = i18n.t_with(
        "compare-results-label",
        [("level", level_name.clone().into())],
    );
    let Some(statistics) = &comparison.statistics else {
        return vec![(label, i18n.t("compare-no-statistics").into())];
    };
    let header = &statistics.header;
    let provider = &comparison.profiles[index];
    let figures = statistics
        .key_figures
        .get(index)
        .into_iter()
        .flatten()
        .find(|figures| figures.code.eq_ignore_ascii_case(level.code()));
    let mut fields = vec![(label, period_text(i18n, &header.period).into())];
    let labels = [
        "stats-key-self-sufficiency",
        "stats-key-nki",
        "stats-key-response-rate",
    ];
    let Some(figures) = figures else {
        let none = i18n.t_with("compare-no-figures", [("level", level_name.clone().into())]);
        fields.extend(labels.map(|label| (i18n.t(label), none.clone().into())));
        fields.push((
            i18n.t_with("compare-verdict-label", [("level", level_name.into())]),
            i18n.t("compare-no-verdict").into(),
        ));
        return fields;
    };
    let (mine, all) = (&figures.provider, &figures.all);
    let no_survey = || FieldText::from(i18n.t("compare-no-survey"));
    fields.push((
        i18n.t(labels[0]),
        key_share_text(i18n, &mine.self_sufficiency, header.thresholds).into(),
    ));
    fields.push((
        i18n.t(labels[1]),
        mine.survey.as_ref().map_or_else(no_survey, |survey| {
            let respondents = survey.response_rate.part;
            match survey.nki {
                PublicFigure::Value(_) => i18n.t_with(
                    "compare-nki-value",
                    [
                        ("nki", tenths_text(i18n, survey.nki).into()),
                        ("respondents", cell_text(i18n, respondents).into()),
                    ],
                ),
                PublicFigure::NotShown => hidden_reason(i18n, None, respondents, header.thresholds),
            }
            .into()
        }),
    ));
    fields.push((
        i18n.t(labels[2]),
        mine.survey.as_ref().map_or_else(no_survey, |survey| {
            key_share_text(i18n, &survey.response_rate, header.thresholds).into()
        }),
    ));
    // Higher or lower only where the interval excludes the others' rate.
    let mut compared = vec![(labels[0], mine.self_sufficiency, all.self_sufficiency)];
    if let (Some(mine), Some(all)) = (&mine.survey, &all.survey) {
        compared.push((labels[2], mine.response_rate, all.response_rate));
    }
    let verdicts: Vec<String> = compared
        .into_iter()
        .filter_map(|(figure, mine, all)| {
            let verdict = mine.verdict_against(&all)?;
            Some(i18n.t_with(
                &format!("stats-verdict-{}", verdict.slug()),
                [
                    ("figure", i18n.t(figure).into()),
                    ("provider", provider.name.clone().into()),
                    ("level", level_name.clone().into()),
                ],
            ))
        })
        .collect();
    fields.push((
        i18n.t_with("compare-verdict-label", [("level", level_name.into())]),
        match verdicts.is_empty() {
            true => i18n.t("compare-no-verdict"),
            false => verdicts.join(" "),
        }
        .into(),
    ));
    fields
}

/// Every field the comparison shows for the provider at `index`: its
/// profile's, then its results in the level compared for, if any.
fn compared_fields(
    i18n: &I18n,
    comparison: &Comparison,
    index: usize,
    level: Option<Intervention>,
) -> Vec<(String, FieldText)> {
    let mut fields = comparison_fields(i18n, &comparison.profiles[index]);
    if let Some(level) = level {
        fields.extend(results_fields(i18n, comparison, index, level));
    }
    fields
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let mut ids: Vec<String> = query.get_all("p").unwrap_or_default();
    ids.dedup();
    let too_many = ids.len() > MAX_COMPARED;
    // Only a known level, so no stray text reaches a message id.
    let level = query.get("level").and_then(|l| Intervention::from_slug(&l));
    let own_query = {
        let mut params: Vec<String> = ids
            .iter()
            .take(MAX_COMPARED)
            .map(|id| format!("p={}", crate::url::encode_query_value(id)))
            .collect();
        if let Some(level) = level {
            params.push(format!("level={}", level.slug()));
        }
        params.join("&")
    };
    let own_path = Page::Compare.path_with_query(&own_query);
    let request = meeting_request();
    // The meeting view writes the heading in its columns; anything else
    // has it above.
    let in_meeting = matches!(request, MeetingRequest::Beside(_));
    let meeting = match request {
        MeetingRequest::Beside(second) => Some(Meeting::new(&i18n, second)),
        MeetingRequest::Off | MeetingRequest::Unknown => None,
    };
    let locale = i18n.locale;
    let title = i18n.t("compare-title");
    let content = Suspend::new({
        let i18n = i18n.clone();
        async move {
            match get_comparison(ids, locale, level.is_some()).await {
                Ok(comparison) if comparison.profiles.len() < MIN_COMPARED => view! {
                    {in_meeting.then(|| comparison_heading(&i18n, level))}
                    <p class="notice">{i18n.t("compare-too-few")}</p>
                }
                .prerendered(),
                Ok(comparison) => match meeting {
                    Some(meeting) => {
                        comparison_meeting_view(&meeting, &comparison, level, too_many, &own_path)
                            .prerendered()
                    }
                    None => view! {
                        {comparison_view(&i18n, &comparison, level, too_many, i18n.href_query(&Page::Compare, &own_query))}
                        {meeting_offer(&i18n, &own_path)}
                    }
                    .prerendered(),
                },
                Err(error) => view! {
                    {in_meeting.then(|| comparison_heading(&i18n, level))}
                    <ErrorView error/>
                }
                .prerendered(),
            }
        }
    });
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        {description(i18n.t("meta-compare"))}
        {(request == MeetingRequest::Unknown).then(|| unknown_meeting_notice(&i18n))}
        {(!in_meeting).then(|| comparison_heading(&i18n, level))}
        <Suspense>{content}</Suspense>
    }
}

/// The way back and the page's title.
fn comparison_heading(i18n: &I18n, level: Option<Intervention>) -> impl IntoView {
    view! {
        <p class="back-link">{back_link(i18n, level, None)}</p>
        <h1>{i18n.t("compare-title")}</h1>
    }
}

/// The comparison in the meeting view: each provider's fields row by row,
/// in the order the reader picked them.
fn comparison_meeting_view(
    meeting: &Meeting,
    comparison: &Comparison,
    level: Option<Intervention>,
    too_many: bool,
    own_path: &str,
) -> impl IntoView {
    let mut rows = vec![meeting.row(|i18n| comparison_heading(i18n, level))];
    if too_many {
        rows.push(meeting.row(|i18n| view! { <p class="notice">{i18n.t("compare-too-many")}</p> }));
    }
    for (index, profile) in comparison.profiles.iter().enumerate() {
        rows.push(meeting.row(|i18n| {
            let href = i18n.href(&Page::Provider {
                id: profile.id.to_string(),
            });
            view! { <h2><a href=href>{profile.name.clone()}</a></h2> }
        }));
        rows.extend(
            meeting.rows_of([comparison, comparison], |i18n, comparison| {
                compared_fields(i18n, comparison, index, level)
                .into_iter()
                .map(|(label, value)| {
                    view! { <dl class="profile-facts"><dt>{label}</dt><dd>{value.view()}</dd></dl> }
                        .into_any()
                })
                .collect()
            }),
        );
        rows.push(meeting.row(|i18n| choice_links(i18n, profile, level)));
    }
    rows.push(meeting.row(next_steps));
    meeting.frame(own_path, rows)
}

fn comparison_view(
    i18n: &I18n,
    comparison: &Comparison,
    level: Option<Intervention>,
    too_many: bool,
    share_path: String,
) -> impl IntoView {
    let profiles = &comparison.profiles;
    let rows: Vec<Vec<(String, FieldText)>> = (0..profiles.len())
        .map(|index| compared_fields(i18n, comparison, index, level))
        .collect();
    let labels: Vec<String> = rows[0].iter().map(|(label, _)| label.clone()).collect();
    let header = profiles
        .iter()
        .map(|p| {
            let href = i18n.href(&Page::Provider {
                id: p.id.to_string(),
            });
            view! { <th scope="col"><a href=href>{p.name.clone()}</a></th> }
        })
        .collect_view();
    let body = labels
        .iter()
        .enumerate()
        .map(|(index, label)| {
            let cells = rows
                .iter()
                .map(|fields| view! { <td>{fields[index].1.view()}</td> })
                .collect_view();
            view! { <tr><th scope="row">{label.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    // The way to "my choice", the same for every provider compared.
    let choice_cells = profiles
        .iter()
        .map(|profile| view! { <td>{choice_links(i18n, profile, level)}</td> })
        .collect_view();
    let cards = profiles
        .iter()
        .zip(&rows)
        .map(|(profile, fields)| {
            let href = i18n.href(&Page::Provider {
                id: profile.id.to_string(),
            });
            let items = fields
                .iter()
                .map(|(label, value)| view! { <dt>{label.clone()}</dt><dd>{value.view()}</dd> })
                .collect_view();
            view! {
                <li class="compare-card">
                    <h2><a href=href>{profile.name.clone()}</a></h2>
                    <dl class="profile-facts">{items}</dl>
                    {choice_links(i18n, profile, level)}
                </li>
            }
        })
        .collect_view();
    view! {
        {too_many.then(|| view! { <p class="notice">{i18n.t("compare-too-many")}</p> })}
        <div class="compare-table-wrap">
            <table class="compare-table">
                <caption class="visually-hidden">{i18n.t("compare-title")}</caption>
                <thead><tr><th scope="col">{i18n.t("compare-field")}</th>{header}</tr></thead>
                <tbody>
                    {body}
                    <tr class="compare-table__choice"><th scope="row">{i18n.t("my-choice-compare-row")}</th>{choice_cells}</tr>
                </tbody>
            </table>
        </div>
        <ol class="compare-cards">{cards}</ol>
        {next_steps(i18n)}
        {share_section(i18n, share_path, "share-list-link", "")}
    }
}
