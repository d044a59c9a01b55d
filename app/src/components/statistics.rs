//! Published statistics as a reader sees them: tables, key figures, bar
//! charts and the notes that say where the figures come from and why some
//! are not shown.
//!
//! Everything here renders a [`FigureTable`] or [`GroupFigures`] as given,
//! public or (for municipality staff) full: the same components serve both.

use leptos::prelude::*;

use crate::{
    i18n::I18n,
    model::statistics::{
        FigureTable, GroupFigures, Interval, PublicCell, PublicFigure, ReportHeader, ReportPeriod,
        Share, Thresholds, Verdict, SURVEY_AREAS,
    },
};

/// A stored date or moment as pages show it, in the reader's language:
/// `2 januari 2025`. Files and data keep the ISO form.
pub fn shown_date(i18n: &I18n, iso: &str) -> String {
    i18n.date_text(iso)
}

/// A period as pages show it: `2023` for a calendar year, else its days.
pub fn period_text(i18n: &I18n, period: &ReportPeriod) -> String {
    let key = period.key();
    if key.len() == 4 {
        key
    } else {
        i18n.t_with(
            "stats-period-range",
            [
                ("from", shown_date(i18n, &period.from).into()),
                ("to", shown_date(i18n, &period.to).into()),
            ],
        )
    }
}

/// A count: the number, "<5", or "not shown".
pub fn cell_text(i18n: &I18n, cell: PublicCell) -> String {
    match cell {
        PublicCell::Value(n) => i18n.number(n as f64),
        PublicCell::Below(threshold) => format!("<{threshold}"),
        PublicCell::Suppressed => i18n.t("stats-not-shown"),
    }
}

/// A count in a table: a hidden one is "..", the sign tables and open data
/// share, which the page's note explains once; a screen reader hears the
/// words instead.
fn count_in_table(i18n: &I18n, cell: PublicCell) -> AnyView {
    match cell {
        PublicCell::Suppressed => view! {
            <span aria-hidden="true">{cell.to_string()}</span>
            <span class="visually-hidden">{i18n.t("stats-not-shown")}</span>
        }
        .into_any(),
        _ => cell_text(i18n, cell).into_any(),
    }
}

/// A whole percentage, or "not shown".
pub fn percent_text(i18n: &I18n, figure: PublicFigure) -> String {
    match figure {
        PublicFigure::Value(p) => i18n.t_with("stats-percent", [("percent", p.into())]),
        PublicFigure::NotShown => i18n.t("stats-not-shown"),
    }
}

/// A mean on the survey's 1–5 scale, from tenths: `4,1`.
pub fn tenths_text(i18n: &I18n, figure: PublicFigure) -> String {
    match figure {
        PublicFigure::Value(t) => {
            let (_, decimal) = i18n.locale.number_style().symbols();
            format!("{}{decimal}{}", t / 10, t % 10)
        }
        PublicFigure::NotShown => i18n.t("stats-not-shown"),
    }
}

/// "37 % (60 of 161)": a share with the counts it is of.
pub fn share_text(i18n: &I18n, share: &Share) -> String {
    i18n.t_with(
        "stats-share",
        [
            ("percent", percent_text(i18n, share.percent).into()),
            ("part", cell_text(i18n, share.part).into()),
            ("base", cell_text(i18n, share.base).into()),
        ],
    )
}

/// Why a key figure is not shown, in words a citizen reads: too few
/// customers (and how few), or hidden to protect other counts. `part` is
/// the count a share is of, when there is one; `base` what it is out of.
pub fn hidden_reason(
    i18n: &I18n,
    part: Option<PublicCell>,
    base: PublicCell,
    thresholds: Thresholds,
) -> String {
    match (part, base) {
        (_, PublicCell::Value(0)) => i18n.t("stats-why-none"),
        (_, PublicCell::Below(count)) => i18n.t_with("stats-why-fewer", [("count", count.into())]),
        (_, PublicCell::Value(base)) if base < thresholds.min_base => i18n.t_with(
            "stats-why-small-base",
            [
                ("base", base.into()),
                ("needed", thresholds.min_base.into()),
            ],
        ),
        (Some(PublicCell::Below(count)), _) => {
            i18n.t_with("stats-why-fewer-part", [("count", count.into())])
        }
        _ => i18n.t("stats-why-protected"),
    }
}

/// A key figure's share: "37 % (12 of 32, likely 23–55 %)" with its counts
/// and 95 % interval, so 12 people never read as sure as 1,200; or, when it
/// is not shown, why, in words.
pub fn key_share_text(i18n: &I18n, share: &Share, thresholds: Thresholds) -> String {
    match share.percent {
        PublicFigure::Value(_) => share_with_interval(i18n, share),
        PublicFigure::NotShown => hidden_reason(i18n, Some(share.part), share.base, thresholds),
    }
}

/// "37 % (12 of 32, likely 23–55 %)": a share with its counts and, when
/// shown, its 95 % interval.
pub fn share_with_interval(i18n: &I18n, share: &Share) -> String {
    let Some(interval) = share.interval() else {
        return share_text(i18n, share);
    };
    i18n.t_with(
        "stats-share-interval",
        [
            ("percent", percent_text(i18n, share.percent).into()),
            ("part", cell_text(i18n, share.part).into()),
            ("base", cell_text(i18n, share.base).into()),
            ("low", interval.low.into()),
            ("high", interval.high.into()),
        ],
    )
}

/// Where figures come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Cases,
    Survey,
    CasesAndSurvey,
}

/// The line under every table and chart: where the figures come from,
/// their period and when they were published.
pub fn source_line(i18n: &I18n, header: &ReportHeader) -> impl IntoView {
    sourced_line(i18n, header, Source::Cases)
}

/// [`source_line`] for figures from the survey, or from both sources.
pub fn sourced_line(i18n: &I18n, header: &ReportHeader, source: Source) -> impl IntoView {
    let id = match source {
        Source::Cases => "stats-source",
        Source::Survey => "stats-source-survey",
        Source::CasesAndSurvey => "stats-source-both",
    };
    let text = i18n.t_with(
        id,
        [
            ("period", period_text(i18n, &header.period).into()),
            ("date", shown_date(i18n, &header.published_at).into()),
        ],
    );
    view! {
        <p class="stats-source">
            {text}" "
            <a href=i18n.href(&crate::routes::Page::HowToRead)>{i18n.t("stats-how-to-read-link")}</a>
        </p>
    }
}

/// A provider's shares beside the other providers' of its level, in plain
/// words: higher, lower, or cannot be told apart. Nothing for a share that
/// is not shown or a provider alone in its level.
pub fn verdicts(
    i18n: &I18n,
    provider_name: &str,
    level_name: &str,
    provider: &GroupFigures,
    all: &GroupFigures,
) -> impl IntoView {
    let mut shares = vec![
        (
            "stats-key-self-sufficiency",
            provider.self_sufficiency,
            all.self_sufficiency,
        ),
        ("stats-key-extended", provider.extended, all.extended),
    ];
    if let (Some(mine), Some(theirs)) = (&provider.survey, &all.survey) {
        shares.push((
            "stats-key-response-rate",
            mine.response_rate,
            theirs.response_rate,
        ));
    }
    let items: Vec<_> = shares
        .into_iter()
        .filter_map(|(figure, mine, theirs)| {
            let verdict: Verdict = mine.verdict_against(&theirs)?;
            let text = i18n.t_with(
                &format!("stats-verdict-{}", verdict.slug()),
                [
                    ("figure", i18n.t(figure).into()),
                    ("provider", provider_name.to_string().into()),
                    ("level", level_name.to_string().into()),
                ],
            );
            Some(view! { <li>{text}</li> })
        })
        .collect();
    (!items.is_empty()).then(|| {
        view! {
            <div class="stats-verdicts">
                <p>{i18n.t("stats-verdict-intro")}</p>
                <ul>{items}</ul>
            </div>
        }
    })
}

/// Why some figures are missing: the disclosure rules in plain words.
pub fn disclosure_note(i18n: &I18n, thresholds: Thresholds, unsuppressed: bool) -> impl IntoView {
    if unsuppressed {
        return view! {
            <section class="stats-note" aria-labelledby="stats-note-heading">
                <h2 id="stats-note-heading">{i18n.t("stats-unsuppressed-heading")}</h2>
                <p>{i18n.t("stats-unsuppressed-text")}</p>
            </section>
        }
        .into_any();
    }
    let below = i18n.t_with(
        "stats-explain-below",
        [
            ("threshold", thresholds.min_count.into()),
            ("largest", (thresholds.min_count - 1).into()),
        ],
    );
    view! {
        <section class="stats-note" aria-labelledby="stats-note-heading">
            <h2 id="stats-note-heading">{i18n.t("stats-explain-heading")}</h2>
            <ul>
                <li>{below}</li>
                <li>{i18n.t_with("stats-explain-hidden", [("hidden", PublicCell::Suppressed.to_string().into())])}</li>
                <li>{i18n.t_with("stats-explain-base", [("base", thresholds.min_base.into())])}</li>
            </ul>
        </section>
    }
    .into_any()
}

/// A GET form to choose another published period (no JavaScript needed).
pub fn period_picker(i18n: &I18n, action: String, header: &ReportHeader) -> impl IntoView {
    let current = header.period.key();
    let options = header
        .periods
        .iter()
        .map(|published| {
            let key = published.period.key();
            let selected = key == current;
            view! { <option value=key selected=selected>{period_text(i18n, &published.period)}</option> }
        })
        .collect_view();
    (header.periods.len() > 1).then(|| {
        view! {
            <form class="period-picker" method="get" action=action>
                <label for="period-select">{i18n.t("stats-period-label")}</label>
                <select id="period-select" name="period">{options}</select>
                <button type="submit" class="button button--secondary">{i18n.t("stats-period-submit")}</button>
            </form>
        }
    })
}

/// The label of a breakdown's column, e.g. "Women", with its number
/// ranges kept on one line.
pub fn column_label(i18n: &I18n, table: &FigureTable, column: usize) -> String {
    unbroken_ranges(&i18n.t(&format!("stats-col-{}-{column}", table.breakdown.code())))
}

/// A number range such as "25–39" with a word joiner after the dash: a
/// narrow column may break after a dash, and "25–" over "39" reads as two
/// figures. Ranges of words ("Januari–april") may still break.
fn unbroken_ranges(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 3);
    let mut chars = text.chars().peekable();
    let mut after_digit = false;
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '–' && after_digit && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('\u{2060}');
        }
        after_digit = c.is_ascii_digit();
    }
    out
}

/// How a table names its rows.
pub struct RowNames<'a> {
    /// The header of the row-name column, e.g. "Provider".
    pub heading: String,
    /// A row's name from its code.
    pub name: &'a dyn Fn(&str) -> String,
    /// The total row's name, e.g. "All providers".
    pub total: String,
}

/// A table of counts with its caption, the breakdown's base as the total
/// column, and the source line; wide tables scroll inside their own region.
pub fn figure_table(
    i18n: &I18n,
    id: &str,
    table: &FigureTable,
    rows: &RowNames<'_>,
    header: &ReportHeader,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let caption = i18n.t_with(
        "stats-table-caption",
        [
            (
                "title",
                i18n.t(&format!("stats-breakdown-{}", table.breakdown.code()))
                    .into(),
            ),
            ("period", period_text(i18n, &header.period).into()),
        ],
    );
    let base = i18n.t(&format!("stats-base-{}", table.breakdown.base()));
    let columns = (0..table.columns.len())
        .map(|c| view! { <th scope="col">{column_label(i18n, table, c)}</th> })
        .collect_view();
    let cells = |values: &[PublicCell]| {
        values
            .iter()
            .map(|&cell| view! { <td>{count_in_table(i18n, cell)}</td> })
            .collect_view()
    };
    let body = table
        .rows
        .iter()
        .zip(&table.cells)
        .zip(&table.row_totals)
        .map(|((code, values), &total)| {
            view! {
                <tr>
                    <th scope="row">{(rows.name)(code)}</th>
                    {cells(values)}
                    <td class="stats-total">{count_in_table(i18n, total)}</td>
                </tr>
            }
        })
        .collect_view();
    let labelled_by = caption_id.clone();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby=labelled_by>
            <table class="stats-table">
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{rows.heading.clone()}</th>
                        {columns}
                        <th scope="col" class="stats-total">{base}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{rows.total.clone()}</th>
                        {cells(&table.column_totals)}
                        <td class="stats-total">{count_in_table(i18n, table.total)}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
        {source_line(i18n, header)}
    }
}

/// Every breakdown table of a section, each under its own heading.
pub fn figure_tables(
    i18n: &I18n,
    id: &str,
    tables: &[FigureTable],
    rows: &RowNames<'_>,
    header: &ReportHeader,
) -> impl IntoView {
    tables
        .iter()
        .map(|table| {
            let table_id = format!("{id}-{}", table.breakdown.code());
            view! {
                <section class="stats-block" aria-labelledby=format!("{table_id}-heading")>
                    <h3 id=format!("{table_id}-heading")>{i18n.t(&format!("stats-breakdown-{}", table.breakdown.code()))}</h3>
                    <p class="hint">{i18n.t(&format!("stats-breakdown-{}-about", table.breakdown.code()))}</p>
                    {figure_table(i18n, &table_id, table, rows, header)}
                </section>
            }
        })
        .collect_view()
}

/// The key figures of some groups (rows or a provider beside all
/// providers), one cell per figure, each with the counts it is of.
/// `transposed` puts the figures in rows and the groups in columns: easier
/// on a phone for two groups.
pub fn key_figures_table(
    i18n: &I18n,
    id: &str,
    caption: String,
    groups: &[(String, &GroupFigures)],
    header: &ReportHeader,
    transposed: bool,
) -> impl IntoView {
    let mut figures: Vec<(String, Vec<String>)> = vec![
        (
            i18n.t("stats-key-cases"),
            groups
                .iter()
                .map(|(_, g)| cell_text(i18n, g.cases))
                .collect(),
        ),
        (
            i18n.t("stats-key-persons"),
            groups
                .iter()
                .map(|(_, g)| cell_text(i18n, g.persons))
                .collect(),
        ),
        (
            i18n.t("stats-key-self-sufficiency"),
            groups
                .iter()
                .map(|(_, g)| key_share_text(i18n, &g.self_sufficiency, header.thresholds))
                .collect(),
        ),
        (
            i18n.t("stats-key-days"),
            groups
                .iter()
                .map(|(_, g)| {
                    let average = g.days_to_work_or_studies;
                    match average.value {
                        PublicFigure::Value(days) => i18n.t_with(
                            "stats-with-n",
                            [
                                ("value", i18n.number(days as f64).into()),
                                ("n", cell_text(i18n, average.n).into()),
                            ],
                        ),
                        PublicFigure::NotShown => {
                            hidden_reason(i18n, None, average.n, header.thresholds)
                        }
                    }
                })
                .collect(),
        ),
        (
            i18n.t("stats-key-extended"),
            groups
                .iter()
                .map(|(_, g)| key_share_text(i18n, &g.extended, header.thresholds))
                .collect(),
        ),
    ];
    if header.has_survey {
        figures.push((
            i18n.t("stats-key-nki"),
            groups
                .iter()
                .map(|(_, g)| match &g.survey {
                    Some(survey) if survey.nki.value().is_some() => i18n.t_with(
                        "stats-with-n",
                        [
                            ("value", tenths_text(i18n, survey.nki).into()),
                            ("n", cell_text(i18n, survey.response_rate.part).into()),
                        ],
                    ),
                    Some(survey) => {
                        hidden_reason(i18n, None, survey.response_rate.part, header.thresholds)
                    }
                    None => i18n.t("stats-not-shown"),
                })
                .collect(),
        ));
        figures.push((
            i18n.t("stats-key-response-rate"),
            groups
                .iter()
                .map(|(_, g)| match &g.survey {
                    Some(survey) => key_share_text(i18n, &survey.response_rate, header.thresholds),
                    None => i18n.t("stats-not-shown"),
                })
                .collect(),
        ));
    }
    let caption_id = format!("{id}-caption");
    let table = if transposed {
        let heads = groups
            .iter()
            .map(|(name, _)| view! { <th scope="col">{name.clone()}</th> })
            .collect_view();
        let body = figures
            .into_iter()
            .map(|(label, values)| {
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        {values.into_iter().map(|v| view! { <td>{v}</td> }).collect_view()}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="stats-table stats-table--key stats-table--compare">
                <caption id=caption_id.clone()>{caption}</caption>
                <thead><tr><th scope="col">{i18n.t("stats-key-figure")}</th>{heads}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        }
        .into_any()
    } else {
        let heads = figures
            .iter()
            .map(|(label, _)| view! { <th scope="col">{label.clone()}</th> })
            .collect_view();
        let body = groups
            .iter()
            .enumerate()
            .map(|(k, (name, _))| {
                let values = figures
                    .iter()
                    .map(|(_, values)| view! { <td>{values[k].clone()}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{name.clone()}</th>{values}</tr> }
            })
            .collect_view();
        view! {
            <table class="stats-table stats-table--key">
                <caption id=caption_id.clone()>{caption}</caption>
                <thead><tr><th scope="col">{i18n.t("stats-row-group")}</th>{heads}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        }
        .into_any()
    };
    let source = if header.has_survey {
        Source::CasesAndSurvey
    } else {
        Source::Cases
    };
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby=caption_id>
            {table}
        </div>
        {sourced_line(i18n, header, source)}
    }
}

/// The survey's mean per question area for some groups.
pub fn survey_table(
    i18n: &I18n,
    id: &str,
    groups: &[(String, &GroupFigures)],
    header: &ReportHeader,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let caption = i18n.t_with(
        "stats-survey-caption",
        [("period", period_text(i18n, &header.period).into())],
    );
    let heads = SURVEY_AREAS
        .iter()
        .map(|area| view! { <th scope="col">{i18n.t(&format!("stats-survey-area-{area}"))}</th> })
        .collect_view();
    let body = groups
        .iter()
        .map(|(name, g)| {
            let (areas, nki, n) = match &g.survey {
                Some(survey) => (
                    survey
                        .areas
                        .iter()
                        .map(|a| tenths_text(i18n, a.tenths))
                        .collect::<Vec<_>>(),
                    tenths_text(i18n, survey.nki),
                    cell_text(i18n, survey.response_rate.part),
                ),
                None => (
                    vec![i18n.t("stats-not-shown"); SURVEY_AREAS.len()],
                    i18n.t("stats-not-shown"),
                    i18n.t("stats-not-shown"),
                ),
            };
            view! {
                <tr>
                    <th scope="row">{name.clone()}</th>
                    {areas.into_iter().map(|a| view! { <td>{a}</td> }).collect_view()}
                    <td>{nki}</td>
                    <td class="stats-total">{n}</td>
                </tr>
            }
        })
        .collect_view();
    let labelled_by = caption_id.clone();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby=labelled_by>
            <table class="stats-table">
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("stats-row-group")}</th>
                        {heads}
                        <th scope="col">{i18n.t("stats-survey-nki")}</th>
                        <th scope="col" class="stats-total">{i18n.t("stats-survey-respondents")}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <p class="hint">{i18n.t("stats-survey-about")}</p>
        {sourced_line(i18n, header, Source::Survey)}
    }
}

/// One bar of a chart: its label, its percentage when shown, and the text
/// written beside it (the value with its counts, or "not shown").
pub struct Bar {
    pub label: String,
    pub percent: Option<i64>,
    /// The 95 % interval, drawn as a line across the bar's end.
    pub interval: Option<Interval>,
    /// Written beside the bar.
    pub text: String,
    /// The text alternative's words for the bar, the interval's included.
    pub spoken: String,
    /// Drawn hatched: the "all" bar beside one group's.
    pub reference: bool,
}

/// A horizontal bar chart of percentages, drawn on the server as SVG: each
/// bar with its label above it and its value written beside it (colour
/// never carries the meaning alone), a text alternative naming every value,
/// and mirrored for right-to-left languages.
pub fn bar_chart(i18n: &I18n, id: &str, title: String, bars: &[Bar]) -> impl IntoView {
    const WIDTH: i64 = 320;
    const PITCH: i64 = 50;
    const BAR_HEIGHT: i64 = 16;
    // The longest bar; the rest of the width is room for its value.
    const BAR_SPACE: i64 = 150;
    let rtl = i18n.locale.direction() == crate::i18n::Direction::Rtl;
    let x = |from_start: i64| if rtl { WIDTH - from_start } else { from_start };
    // A label wraps onto more lines rather than run past a phone's width.
    const LINE: i64 = 18;
    let labels: Vec<Vec<String>> = bars.iter().map(|bar| label_lines(&bar.label)).collect();
    let extra = |lines: &Vec<String>| LINE * (lines.len() as i64 - 1);
    let tops: Vec<i64> = labels
        .iter()
        .scan(0, |top, lines| {
            let this = *top;
            *top += PITCH + extra(lines);
            Some(this)
        })
        .collect();
    let height = PITCH * bars.len() as i64 + labels.iter().map(extra).sum::<i64>() + 8;
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let hatch_id = format!("{id}-hatch");
    let description = std::iter::once(i18n.t("stats-chart-about"))
        .chain(bars.iter().map(|bar| {
            i18n.t_with(
                "stats-chart-bar",
                [
                    ("label", bar.label.clone().into()),
                    // The sentence ends once: the reason may end in its own full stop.
                    ("value", bar.spoken.trim_end_matches('.').to_string().into()),
                ],
            )
        }))
        .collect::<Vec<_>>()
        .join(" ");
    let drawn = bars
        .iter()
        .enumerate()
        .map(|(k, bar)| {
            let label = &labels[k];
            // Where the bar starts: below every line of its label.
            let top = tops[k] + extra(label);
            let length = bar.percent.map_or(0, |p| p.clamp(0, 100) * BAR_SPACE / 100);
            let at = |p: i64| p.clamp(0, 100) * BAR_SPACE / 100;
            // The interval as a whisker with end ticks, dark on both the bar
            // and the page, the value written after its far end.
            let whisker = bar.interval.map(|interval| {
                let (low, high) = (x(at(interval.low)), x(at(interval.high)));
                let middle = top + 22 + BAR_HEIGHT / 2;
                view! {
                    <g class="stats-chart__interval" stroke="#1a1a1a" stroke-width="2">
                        <line x1=low y1=middle x2=high y2=middle/>
                        <line x1=low y1=middle - 7 x2=low y2=middle + 7/>
                        <line x1=high y1=middle - 7 x2=high y2=middle + 7/>
                    </g>
                }
            });
            let text_at = bar.interval.map_or(length, |i| length.max(at(i.high)));
            let rect_x = if rtl { WIDTH - length } else { 0 };
            // The brand blue; presentation attributes cannot use var().
            let fill = if bar.reference {
                format!("url(#{hatch_id})")
            } else {
                "#0b5394".to_string()
            };
            view! {
                {label.iter().enumerate().map(|(i, line)| view! {
                    <text x=x(0) y=tops[k] + 15 + LINE * i as i64 class="stats-chart__label">{line.clone()}</text>
                }).collect_view()}
                {(length > 0).then(|| view! {
                    <rect x=rect_x y=top + 22 width=length height=BAR_HEIGHT fill=fill class="stats-chart__bar"/>
                })}
                {whisker}
                <text x=x(text_at + 6) y=top + 35 class="stats-chart__value">{bar.text.clone()}</text>
            }
        })
        .collect_view();
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <figure class="stats-chart">
            <svg
                viewBox=format!("0 0 {WIDTH} {height}")
                role="img"
                aria-labelledby=labelled_by
                direction=if rtl { "rtl" } else { "ltr" }
            >
                <title id=title_id>{title.clone()}</title>
                <desc id=desc_id>{description}</desc>
                <defs>
                    <pattern id=hatch_id.clone() width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="6" height="6" fill="#ffffff"/>
                        <rect width="3" height="6" fill="#0b5394"/>
                    </pattern>
                </defs>
                {drawn}
            </svg>
            <figcaption>
                {title}" "
                <a href=i18n.href(&crate::routes::Page::HowToRead)>{i18n.t("stats-how-to-read-link")}</a>
            </figcaption>
        </figure>
    }
}

/// A chart label as lines that fit the chart's width at its font size:
/// about 32 Latin, Cyrillic or Arabic letters a line, fewer of the wider
/// Ethiopic ones; broken between words (a longer word keeps its own line).
fn label_lines(label: &str) -> Vec<String> {
    const ROOM: usize = 64;
    let width = |word: &str| -> usize {
        word.chars()
            .map(|c| if ('\u{1200}'..='\u{139F}').contains(&c) { 3 } else { 2 })
            .sum()
    };
    let mut lines: Vec<String> = Vec::new();
    let mut used = 0;
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if used + 2 + width(word) <= ROOM => {
                line.push(' ');
                line.push_str(word);
                used += 2 + width(word);
            }
            _ => {
                lines.push(word.to_string());
                used = width(word);
            }
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// Bars of the self-sufficiency share of some groups.
pub fn self_sufficiency_bars(
    i18n: &I18n,
    thresholds: Thresholds,
    groups: &[(String, &GroupFigures, bool)],
) -> Vec<Bar> {
    groups
        .iter()
        .map(|(label, g, reference)| Bar {
            label: label.clone(),
            percent: g.self_sufficiency.percent.value(),
            interval: g.self_sufficiency.interval(),
            // A hidden share: short beside the bar, why in the text alternative.
            text: match g.self_sufficiency.percent {
                PublicFigure::Value(_) => share_text(i18n, &g.self_sufficiency),
                PublicFigure::NotShown => i18n.t("stats-not-shown"),
            },
            spoken: key_share_text(i18n, &g.self_sufficiency, thresholds),
            reference: *reference,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_long_chart_label_wraps_between_words_and_a_short_one_does_not() {
        assert_eq!(super::label_lines("FAI 1"), ["FAI 1"]);
        assert_eq!(
            super::label_lines("Förstärkt jobbpeng (upphörde 30 juni 2024)"),
            ["Förstärkt jobbpeng (upphörde 30", "juni 2024)"]
        );
        // Ethiopic letters are wider: fewer fit a line.
        assert!(super::label_lines("ሀሀሀሀሀሀሀሀሀሀ ሀሀሀሀሀሀሀሀሀሀ ሀሀሀሀሀሀሀሀሀሀ").len() > 1);
    }

    #[test]
    fn number_ranges_stay_on_one_line_and_word_ranges_may_break() {
        assert_eq!(super::unbroken_ranges("25–39 år"), "25–\u{2060}39 år");
        assert_eq!(super::unbroken_ranges("Januari–april"), "Januari–april");
        assert_eq!(super::unbroken_ranges("över 730"), "över 730");
    }
}
