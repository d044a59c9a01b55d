//! A level's page: what it is and for whom, today's default provider, and
//! the providers authorized for it, searchable and filterable with plain
//! links and a GET form, in a neutral order.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::{
    api::get_level_listing,
    components::layout::description,
    components::meeting::{
        meeting_offer, meeting_request, unknown_meeting_notice, Meeting, MeetingRequest,
    },
    components::next_steps::next_steps,
    components::{
        copy_link::CopyLinkButton,
        error_view::ErrorView,
        facts::fact_labels,
        live_filters::{
            LiveFilters, FILTER_FORM_CLASS, RESULTS_ID, SHARE_LINK_CLASS, SUMMARY_CLASS,
        },
        locations::{distance_line, provider_map, start_place_field, FROM_PARAMETER},
    },
    i18n::{use_i18n, I18n},
    model::{Facet, LevelListing, ListOrder, ListingQuery, ProviderCard, SearchNotice},
    pages::{fact_sheet::fact_sheet_link, my_choice::my_choice_page, Prerendered},
    routes::Page,
    vocabulary::{parse_filters, FactKind},
};

/// The cookie holding the visitor's own shuffle seed.
pub const SEED_COOKIE: &str = "jf_seed";

/// The list's query from the URL; the seed from the URL (a shared link),
/// else the visitor's cookie, else a new one remembered in the cookie.
fn listing_query() -> ListingQuery {
    let query = use_query_map().get_untracked();
    let pairs: Vec<(String, String)> = FactKind::ALL
        .into_iter()
        .flat_map(|kind| {
            query
                .get_all(kind.code())
                .unwrap_or_default()
                .into_iter()
                .map(move |value| (kind.code().to_string(), value))
        })
        .collect();
    let filters = parse_filters(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    ListingQuery {
        search: query.get("q").unwrap_or_default(),
        filters,
        order: ListOrder::from_code(&query.get("order").unwrap_or_default()),
        seed: resolve_seed(query.get("seed")),
        from: query
            .get(FROM_PARAMETER)
            .filter(|code| crate::places::start_place(code).is_some()),
    }
}

#[cfg(feature = "ssr")]
fn resolve_seed(from_url: Option<String>) -> String {
    let is_valid = |s: &String| crate::model::is_valid_seed(s);
    if let Some(seed) = from_url.filter(is_valid) {
        return seed;
    }
    if let Some(seed) = crate::request::cookie(SEED_COOKIE).filter(is_valid) {
        return seed;
    }
    let seed = crate::backend::use_backend()
        .map(|backend| backend.new_seed())
        .unwrap_or_else(|_| "0".into());
    crate::request::set_cookie(SEED_COOKIE, &seed);
    seed
}

#[cfg(not(feature = "ssr"))]
fn resolve_seed(from_url: Option<String>) -> String {
    from_url.unwrap_or_default()
}

#[component]
pub fn LevelPage() -> impl IntoView {
    let i18n = use_i18n();
    let code = use_params_map()
        .read_untracked()
        .get("code")
        .unwrap_or_default();
    let query = listing_query();
    let content = Suspend::new(async move {
        match get_level_listing(code, query).await {
            Ok(listing) => level_view(&i18n, listing).prerendered(),
            Err(error) => view! { <ErrorView error/> }.prerendered(),
        }
    });
    view! { <Suspense>{content}</Suspense> }
}

/// The list's address with its search, filters, order and seed: what a
/// counsellor shares so the citizen sees the same list in the same order.
fn list_href(i18n: &I18n, level_slug: &str, query: &ListingQuery) -> String {
    i18n.href_query(&level_page(level_slug), &list_query(query))
}

/// [`list_href`] after the locale.
fn list_path(level_slug: &str, query: &ListingQuery) -> String {
    level_page(level_slug).path_with_query(&list_query(query))
}

fn level_page(level_slug: &str) -> Page {
    Page::Level {
        code: level_slug.to_string(),
    }
}

/// The list's search, filters, order and seed as a query.
fn list_query(query: &ListingQuery) -> String {
    let mut params = vec![("seed", query.seed.clone())];
    if !query.search.is_empty() {
        params.push(("q", query.search.clone()));
    }
    for fact in &query.filters {
        params.push((fact.kind.code(), fact.code.clone()));
    }
    if query.order != ListOrder::Random {
        params.push(("order", query.order.code().to_string()));
    }
    if let Some(from) = &query.from {
        params.push((FROM_PARAMETER, from.clone()));
    }
    let encoded: Vec<String> = params
        .into_iter()
        .map(|(k, v)| format!("{k}={}", crate::url::encode_query_value(&v)))
        .collect();
    encoded.join("&")
}

/// The level's name as the page's title.
fn level_title(i18n: &I18n, code: &str) -> String {
    format!(
        "{} {}",
        i18n.t(&format!("level-{code}-short")),
        i18n.t(&format!("level-{code}-name"))
    )
}

/// What the level is and for whom, and where to read more about it.
fn level_intro(i18n: &I18n, listing: &LevelListing) -> impl IntoView {
    let code = &listing.level.code;
    let slug = listing.level.slug();
    view! {
        <p class="back-link"><a href=i18n.href(&Page::Home)>{i18n.t("back-to-start")}</a></p>
        <h1>{level_title(i18n, code)}</h1>
        <p class="lead">{i18n.t(&format!("level-{code}-for-whom"))}</p>
        {fact_sheet_link(i18n, code)}
        <p class="stats-link">
            <a href=i18n.href(&Page::LevelStatistics { code: slug.to_string() })>
                {i18n.t_with("stats-level-link", [("level", i18n.t(&format!("level-{code}-short")).into())])}
            </a>
        </p>
        {(!listing.level.offered).then(|| view! { <p class="notice">{i18n.t("level-not-offered")}</p> })}
    }
}

/// Who the default provider is today and until when, and the way to say
/// one wants that provider.
fn default_provider_section(i18n: &I18n, listing: &LevelListing) -> impl IntoView {
    let slug = listing.level.slug();
    let default_provider = match &listing.default_provider {
        Some(default) => {
            let text = i18n.t_with(
                "default-provider-text",
                [("provider", default.provider.name.clone().into())],
            );
            match &default.until {
                Some(until) => format!(
                    "{text} {}",
                    i18n.t_with(
                        "default-provider-until",
                        [("date", i18n.date_text(until).into())]
                    )
                ),
                None => text,
            }
        }
        None => i18n.t("default-provider-none"),
    };
    let heading_id = i18n.id("default-provider-heading");
    view! {
        <section class="default-provider" aria-labelledby=i18n.region_label(&heading_id)>
            <h2 id=heading_id.clone()>{i18n.t("default-provider-heading")}</h2>
            <p>{default_provider}</p>
            {(listing.level.offered && listing.default_provider.is_some()).then(|| view! {
                <p class="default-provider__choice">
                    <a href=i18n.href(&my_choice_page(&slug, None))>{i18n.t("my-choice-default-link")}</a>
                </p>
            })}
        </section>
    }
}

/// How many providers are shown of how many, and in what order.
fn list_summary(i18n: &I18n, listing: &LevelListing) -> String {
    let order_explained = match (listing.query.order, listing.query.start_place()) {
        (ListOrder::Random, _) => i18n.t("order-random-explained"),
        (ListOrder::Name, _) => i18n.t("order-name-explained"),
        (ListOrder::Distance, Some(place)) => {
            i18n.t_with("order-distance-explained", [("place", place.name.into())])
        }
        (ListOrder::Distance, None) => i18n.t("order-distance-needs-place"),
    };
    let count = i18n.t_with(
        "listing-count",
        [
            ("shown", listing.providers.len().into()),
            ("total", listing.authorized_count.into()),
        ],
    );
    format!("{count} {order_explained}")
}

fn providers_heading(i18n: &I18n, listing: &LevelListing) -> impl IntoView {
    view! { <h2>{i18n.t_with("level-providers-heading", [("count", listing.authorized_count.into())])}</h2> }
}

fn search_notice(i18n: &I18n, listing: &LevelListing) -> Option<impl IntoView> {
    listing
        .notice
        .map(|SearchNotice::Shortened| view! { <p class="notice">{i18n.t("search-shortened")}</p> })
}

/// The level's page in the meeting view: the same parts row by row, the
/// list in the same order (its seed is in the address), each provider a
/// row of its own. Choosing what to compare stays on the page in one
/// language.
fn level_meeting_view(meeting: &Meeting, listing: &LevelListing) -> impl IntoView {
    let slug = listing.level.slug();
    let mut rows = vec![
        meeting.row(|i18n| level_intro(i18n, listing)),
        meeting.row(|i18n| default_provider_section(i18n, listing)),
    ];
    if listing.level.offered {
        rows.push(meeting.row(next_steps));
    }
    rows.push(meeting.row(|i18n| {
        view! {
            {providers_heading(i18n, listing)}
            <p>{list_summary(i18n, listing)}</p>
            {search_notice(i18n, listing)}
        }
    }));
    if listing.providers.is_empty() {
        rows.push(meeting.row(|i18n| view! { <p class="notice">{i18n.t("listing-empty")}</p> }));
    }
    rows.extend(listing.providers.iter().map(|card| {
        meeting.row(
            |i18n| view! { <div class="provider-card">{card_content(i18n, &slug, &listing.query, card)}</div> },
        )
    }));
    meeting.frame(&list_path(&slug, &listing.query), rows)
}

fn level_view(i18n: &I18n, listing: LevelListing) -> impl IntoView {
    let code = listing.level.code.clone();
    let slug = listing.level.slug();
    let title = level_title(i18n, &code);
    let head = view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        {description(i18n.t(&format!("level-{code}-for-whom")))}
    };
    let request = meeting_request();
    if let MeetingRequest::Beside(second) = request {
        let meeting = Meeting::new(i18n, second);
        return view! { {head} {level_meeting_view(&meeting, &listing)} }.into_any();
    }
    let share_href = list_href(i18n, &slug, &listing.query);
    let cards = if listing.providers.is_empty() {
        view! { <p class="notice">{i18n.t("listing-empty")}</p> }.into_any()
    } else {
        let items = listing
            .providers
            .iter()
            .map(|card| provider_card(i18n, &slug, &listing.query, card))
            .collect_view();
        // The list is also the form that picks providers to compare.
        view! {
            <form class="compare-form" method="get" action=i18n.href(&Page::Compare)>
                <input type="hidden" name="level" value=slug.clone()/>
                <ol class="provider-list">{items}</ol>
                <p class="hint">{i18n.t("compare-hint")}</p>
                <button type="submit" class="button button--secondary">{i18n.t("compare-submit")}</button>
            </form>
        }
        .into_any()
    };
    view! {
        {head}
        {(request == MeetingRequest::Unknown).then(|| unknown_meeting_notice(i18n))}
        {level_intro(i18n, &listing)}
        {default_provider_section(i18n, &listing)}
        {listing.level.offered.then(|| next_steps(i18n))}
        {providers_heading(i18n, &listing)}
        {filter_form(i18n, &slug, &listing)}
        <LiveFilters/>
        <p class=SUMMARY_CLASS role="status">{list_summary(i18n, &listing)}</p>
        <div id=RESULTS_ID>
            {search_notice(i18n, &listing)}
            {cards}
            <p class=SHARE_LINK_CLASS>
                <a href=share_href>{i18n.t("share-list-link")}</a>
            </p>
            {provider_map(i18n, &listing.providers, listing.query.start_place(), |card| {
                profile_href(i18n, &slug, &listing.query, card)
            })}
        </div>
        // No fixed address: the filters island keeps the page's address the
        // list's own link (with its seed) as the list changes.
        <CopyLinkButton
            label=i18n.t("copy-link")
            copied=i18n.t("copy-link-done")
            failed=i18n.t("copy-link-failed")
        />
        {meeting_offer(i18n, &list_path(&slug, &listing.query))}
    }
    .into_any()
}

fn filter_form(i18n: &I18n, slug: &str, listing: &LevelListing) -> impl IntoView {
    let query = &listing.query;
    let action = i18n.href(&Page::Level {
        code: slug.to_string(),
    });
    let groups = listing
        .facets
        .iter()
        .map(|facet| facet_group(i18n, facet))
        .collect_view();
    let has_choices = !query.filters.is_empty() || !query.search.is_empty() || query.from.is_some();
    let clear_href = format!("{action}?seed={}", query.seed);
    view! {
        <form class=FILTER_FORM_CLASS method="get" action=action role="search" aria-labelledby="search-heading">
            <h3 id="search-heading" class="visually-hidden">{i18n.t("level-search-heading")}</h3>
            <input type="hidden" name="seed" value=query.seed.clone()/>
            <div class="field">
                <label for="search-input">{i18n.t("search-label")}</label>
                <p class="hint" id="search-hint">{i18n.t("search-hint")}</p>
                <input
                    id="search-input"
                    type="search"
                    name="q"
                    value=query.search.clone()
                    maxlength="200"
                    aria-describedby="search-hint"
                    autocomplete="off"
                />
            </div>
            <div class="facets">{groups}</div>
            {start_place_field(i18n, query.start_place())}
            <div class="field">
                <label for="order-select">{i18n.t("order-label")}</label>
                <select id="order-select" name="order">
                    <option value="random" selected=query.order == ListOrder::Random>{i18n.t("order-random")}</option>
                    <option value="name" selected=query.order == ListOrder::Name>{i18n.t("order-name")}</option>
                    <option value="distance" selected=query.order == ListOrder::Distance>{i18n.t("order-distance")}</option>
                </select>
            </div>
            <div class="form-actions">
                <button type="submit" class="button">{i18n.t("filters-submit")}</button>
                {has_choices.then(|| view! { <a class="button-link" href=clear_href>{i18n.t("filters-clear")}</a> })}
            </div>
        </form>
    }
}

fn facet_group(i18n: &I18n, facet: &Facet) -> impl IntoView {
    let kind = facet.kind;
    let boxes = facet
        .values
        .iter()
        .map(|value| {
            let id = ["filter-", kind.code(), "-", &value.code].concat();
            let label = i18n.t_with(
                "filter-count",
                [
                    ("label", i18n.t(&kind.value_message_id(&value.code)).into()),
                    ("count", value.count.into()),
                ],
            );
            view! {
                <li>
                    <input type="checkbox" id=id.clone() name=kind.code() value=value.code.clone() checked=value.selected/>
                    <label for=id>{label}</label>
                </li>
            }
        })
        .collect_view();
    let open = facet.values.iter().any(|v| v.selected);
    view! {
        <details class="facet" open=open>
            <summary>{i18n.t(&kind.message_id())}</summary>
            <fieldset>
                <legend class="visually-hidden">{i18n.t(&kind.message_id())}</legend>
                <ul>{boxes}</ul>
            </fieldset>
        </details>
    }
}

fn provider_card(
    i18n: &I18n,
    level_slug: &str,
    query: &ListingQuery,
    card: &ProviderCard,
) -> impl IntoView {
    let compare_id = ["compare-", &card.id].concat();
    view! {
        <li class="provider-card">
            {card_content(i18n, level_slug, query, card)}
            <p class="compare-choice">
                <input type="checkbox" name="p" value=card.id.clone() id=compare_id.clone()/>
                <label for=compare_id>{i18n.t_with("compare-select", [("provider", card.name.clone().into())])}</label>
            </p>
        </li>
    }
}

/// A provider's profile, from the list: the level and the start place
/// carry over.
fn profile_href(
    i18n: &I18n,
    level_slug: &str,
    query: &ListingQuery,
    card: &ProviderCard,
) -> String {
    let from = query
        .from
        .as_ref()
        .map(|from| format!("&{FROM_PARAMETER}={from}"))
        .unwrap_or_default();
    let page = Page::Provider {
        id: card.id.clone(),
    };
    i18n.href_query(&page, &format!("level={level_slug}{from}"))
}

/// A provider's name, form, place, distance, languages and meeting forms.
fn card_content(
    i18n: &I18n,
    level_slug: &str,
    query: &ListingQuery,
    card: &ProviderCard,
) -> impl IntoView {
    let href = profile_href(i18n, level_slug, query, card);
    let distance = query
        .start_place()
        .map(|from| distance_line(i18n, from, &card.addresses));
    let languages = fact_labels(i18n, &card.facts, FactKind::Language);
    let meeting = fact_labels(i18n, &card.facts, FactKind::MeetingForm);
    view! {
        <h3 class="provider-card__name">
            <a href=href>{card.name.clone()}</a>
        </h3>
        <p class="provider-card__form">
            {i18n.t(&format!("organisation-form-{}", card.organisation_form.code()))}
            {card.city.clone().map(|city| format!(" · {}", i18n.t_with("provider-city", [("city", city.into())])))}
        </p>
        {distance}
        <dl class="provider-card__facts">
            <dt>{i18n.t("fact-kind-language")}</dt>
            <dd>{languages.join(", ")}</dd>
            <dt>{i18n.t("fact-kind-meeting_form")}</dt>
            <dd>{meeting.join(", ")}</dd>
        </dl>
    }
}
