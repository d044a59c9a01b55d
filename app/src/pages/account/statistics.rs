//! The municipality's statistics work, for administrators:
//! - `/:lang/account/statistics`: publish a period, see every publication,
//!   upload a case or survey file;
//! - `/:lang/account/statistics/:id` and `…/:id/level/:code`: a
//!   publication's full, unsuppressed figures (the quality report's view),
//!   drawn by the same views as the public pages;
//! - `/:lang/account/statistics/imports/:id`: an upload's import, with its
//!   progress while it runs and every problem when it was rejected.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{done_notice, for_administrators, moment, scrolling_table, ScrollingTableName};
use crate::{
    backend::use_staff,
    components::{
        error_view::ErrorView,
        forms::{error_summary, error_text, field_id, CsrfField, TextField},
        import_progress::{ImportProgress, ProgressUpdate},
        statistics::period_text,
    },
    error::AppError,
    i18n::{use_i18n, FluentValue, I18n},
    model::{
        statistics::{
            ImportGuide, ImportJob, ImportKind, ImportState, PublicationRow, StaffStatistics,
            StatisticsReport,
        },
        FormFeedback, SignedIn,
    },
    pages::{
        statistics::{overview_view, StatsScope},
        statistics_level::level_view,
        Prerendered,
    },
    request::form_feedback,
    routes::Page,
};

fn id_param(name: &str) -> Option<i64> {
    use_params_map()
        .read_untracked()
        .get(name)
        .and_then(|id| id.parse::<i64>().ok())
}

/// The staff statistics page.
#[component]
pub fn StaffStatisticsPage() -> impl IntoView {
    let i18n = use_i18n();
    for_administrators(&i18n.clone(), move |who| {
        let title = i18n.t("staff-statistics-title");
        let staff = use_staff();
        let content = {
            let i18n = i18n.clone();
            let who = who.clone();
            Suspend::new(async move {
                let loaded = match staff {
                    Ok(staff) => staff.statistics(&who).await,
                    Err(error) => Err(error),
                };
                match loaded {
                    Ok(statistics) => statistics_view(&i18n, &who, statistics).prerendered(),
                    Err(error) => view! { <ErrorView error/> }.prerendered(),
                }
            })
        };
        view! {
            <Title text=format!("{title} – {}", i18n.t("site-name"))/>
            <p class="back-link"><a href=i18n.href(&Page::Account)>{i18n.t("account-title")}</a></p>
            <h1>{title}</h1>
            {done_notice(&i18n)}
            <Suspense>{content}</Suspense>
        }
    })
}

fn statistics_view(i18n: &I18n, who: &SignedIn, statistics: StaffStatistics) -> impl IntoView {
    let feedback = form_feedback();
    view! {
        {error_summary(i18n, feedback.as_ref())}
        {publish_form(i18n, who, feedback.as_ref())}
        {publications_table(i18n, &statistics.publications)}
        {upload_form(i18n, who, feedback.as_ref())}
        {import_guide(i18n, &statistics.guides)}
        {imports_table(i18n, &statistics.imports)}
    }
}

fn publish_form(i18n: &I18n, who: &SignedIn, feedback: Option<&FormFeedback>) -> impl IntoView {
    let value = |name: &str| feedback.and_then(|f| f.value(name)).map(str::to_string);
    let range = value("scope").as_deref() == Some("range");
    let field =
        |name: &'static str, label: &str, input_type: &'static str, hint: Option<String>| {
            TextField {
                name,
                label: i18n.t(label),
                value: String::new(),
                input_type,
                required: false,
                max_length: 10,
                autocomplete: "off",
                hint,
            }
            .render(i18n, feedback)
        };
    view! {
        <section aria-labelledby="publish-heading">
            <h2 id="publish-heading">{i18n.t("staff-statistics-publish-heading")}</h2>
            <p>{i18n.t("staff-statistics-publish-intro")}</p>
            <form method="post" action=i18n.href(&Page::StaffStatistics) class="stacked-form">
                <CsrfField token=who.csrf_token.clone()/>
                <fieldset>
                    <legend>{i18n.t("staff-statistics-period")}</legend>
                    <div class="choice">
                        <input type="radio" id="scope-year" name="scope" value="year" checked=!range/>
                        <label for="scope-year">{i18n.t("staff-statistics-scope-year")}</label>
                    </div>
                    <div class="choice">
                        <input type="radio" id="scope-range" name="scope" value="range" checked=range/>
                        <label for="scope-range">{i18n.t("staff-statistics-scope-range")}</label>
                    </div>
                </fieldset>
                {field("year", "staff-statistics-year", "text", Some(i18n.t("staff-statistics-year-hint")))}
                {field("from", "field-from", "date", None)}
                {field("to", "field-to", "date", None)}
                <button type="submit" class="button">{i18n.t("staff-statistics-publish")}</button>
            </form>
        </section>
    }
}

fn publications_table(i18n: &I18n, publications: &[PublicationRow]) -> impl IntoView {
    let rows = publications
        .iter()
        .map(|publication| {
            let shown = if publication.current {
                i18n.t("staff-statistics-shown")
            } else {
                i18n.t("staff-statistics-superseded")
            };
            let href = i18n.href(&Page::Publication {
                id: publication.id.to_string(),
            });
            let thresholds = i18n.t_with(
                "staff-statistics-thresholds",
                [
                    ("count", FluentValue::from(publication.thresholds.min_count)),
                    ("base", FluentValue::from(publication.thresholds.min_base)),
                ],
            );
            view! {
                <tr>
                    <th scope="row">{period_text(i18n, &publication.period)}</th>
                    <td>{moment(i18n, &publication.published_at)}</td>
                    <td>{publication.published_by.clone()}</td>
                    <td>{thresholds}</td>
                    <td>{shown}</td>
                    <td><a href=href>{i18n.t("staff-statistics-full-link")}</a></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="publications-heading">
            <h2 id="publications-heading">{i18n.t("staff-statistics-publications-heading")}</h2>
            {if publications.is_empty() {
                view! { <p>{i18n.t("stats-none")}</p> }.into_any()
            } else {
                scrolling_table(
                    i18n,
                    "publications-heading".into(),
                    &[
                        "staff-statistics-col-period",
                        "staff-statistics-col-published",
                        "staff-statistics-col-by",
                        "staff-statistics-col-thresholds",
                        "staff-statistics-col-public",
                        "staff-statistics-col-figures",
                    ],
                    rows,
                )
                .into_any()
            }}
        </section>
    }
}

fn upload_form(i18n: &I18n, who: &SignedIn, feedback: Option<&FormFeedback>) -> impl IntoView {
    let kind_error = feedback
        .and_then(|f| f.error("kind"))
        .map(|e| error_text(i18n, e));
    let file_error = feedback
        .and_then(|f| f.error("file"))
        .map(|e| error_text(i18n, e));
    let file_id = field_id("file");
    let described_by = if file_error.is_some() {
        format!("{file_id}-hint {file_id}-error")
    } else {
        format!("{file_id}-hint")
    };
    view! {
        <section aria-labelledby="upload-heading">
            <h2 id="upload-heading">{i18n.t("staff-statistics-upload-heading")}</h2>
            <p>{i18n.t("staff-statistics-upload-intro")}</p>
            // The token and the kind come before the file: the server checks
            // them before it saves anything.
            <form method="post" action=i18n.href(&Page::StatisticsUpload)
                enctype="multipart/form-data" class="stacked-form">
                <CsrfField token=who.csrf_token.clone()/>
                <fieldset id=field_id("kind")>
                    <legend>{i18n.t("staff-statistics-upload-kind")}</legend>
                    {kind_error.map(|e| view! { <p class="field-error">{e}</p> })}
                    <div class="choice">
                        <input type="radio" id="kind-cases" name="kind" value="cases" checked=true/>
                        <label for="kind-cases">{i18n.t("staff-statistics-kind-cases")}</label>
                    </div>
                    <div class="choice">
                        <input type="radio" id="kind-survey" name="kind" value="survey"/>
                        <label for="kind-survey">{i18n.t("staff-statistics-kind-survey")}</label>
                    </div>
                </fieldset>
                <div class="field">
                    <label for=file_id.clone()>{i18n.t("staff-statistics-file")}</label>
                    <p class="field-hint" id=format!("{file_id}-hint")>{i18n.t("staff-statistics-file-hint")}</p>
                    {file_error.map(|e| view! { <p class="field-error" id=format!("{}-error", field_id("file"))>{e}</p> })}
                    <input type="file" id=file_id name="file" accept=".csv,text/csv" required=true
                        aria-describedby=described_by data-missing=i18n.t("error-import-no-file")/>
                </div>
                <button type="submit" class="button">{i18n.t("staff-statistics-upload")}</button>
            </form>
        </section>
    }
}

/// Every column of each kind of file, what it holds and the values it takes,
/// with an example file: staff need nothing else to write a file.
fn import_guide(i18n: &I18n, guides: &[ImportGuide]) -> impl IntoView {
    let kinds = guides
        .iter()
        .map(|guide| {
            let slug = guide.kind.slug();
            let heading_id = format!("import-guide-{slug}");
            let rows = guide
                .columns
                .iter()
                .map(|column| {
                    let required = if column.required {
                        "import-guide-required-yes"
                    } else {
                        "import-guide-required-no"
                    };
                    let values = (!column.values.is_empty()).then(|| {
                        let values = i18n.t_with(
                            "import-guide-values",
                            [("values", FluentValue::from(column.values.join(", ")))],
                        );
                        view! { <br/>{values} }
                    });
                    view! {
                        <tr>
                            <th scope="row"><code>{column.name.clone()}</code></th>
                            <td>{i18n.t(required)}</td>
                            <td>{i18n.t(&format!("import-column-{slug}-{}", column.name))}{values}</td>
                        </tr>
                    }
                })
                .collect_view();
            let file = format!("{slug}-example.csv");
            let example = i18n.t_with("import-guide-example", [("file", FluentValue::from(file.clone()))]);
            view! {
                <h3 id=heading_id.clone()>{i18n.t(&format!("import-guide-{slug}-heading"))}</h3>
                <p>{i18n.t(&format!("import-guide-{slug}-rows"))}</p>
                <p>
                    <a href=i18n.href(&Page::example_file(guide.kind)) download=file>{example}</a>
                    " "{i18n.t("import-guide-example-note")}
                </p>
                {scrolling_table(
                    i18n,
                    ScrollingTableName::Heading(heading_id),
                    &["import-guide-col-name", "import-guide-col-required", "import-guide-col-meaning"],
                    rows,
                )}
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="import-guide-heading">
            <h2 id="import-guide-heading">{i18n.t("import-guide-heading")}</h2>
            <p>{i18n.t("import-guide-intro")}</p>
            {kinds}
        </section>
    }
}

fn kind_text(i18n: &I18n, kind: ImportKind) -> String {
    i18n.t(&format!("staff-statistics-kind-{}", kind.slug()))
}

fn state_text(i18n: &I18n, state: &ImportState) -> String {
    match state {
        ImportState::Running { .. } => i18n.t("import-state-running"),
        ImportState::Imported { rows } => i18n.t_with(
            "import-state-imported",
            [("rows", FluentValue::from(*rows as f64))],
        ),
        ImportState::Rejected { .. } => i18n.t("import-state-rejected"),
        ImportState::Interrupted => i18n.t("import-state-interrupted"),
    }
}

fn imports_table(i18n: &I18n, imports: &[ImportJob]) -> impl IntoView {
    let rows = imports
        .iter()
        .map(|job| {
            let href = i18n.href(&Page::ImportJob {
                id: job.id.to_string(),
            });
            view! {
                <tr>
                    <th scope="row"><a href=href>{job.file_name.clone()}</a></th>
                    <td>{kind_text(i18n, job.kind)}</td>
                    <td>{moment(i18n, &job.started_at)}</td>
                    <td>{job.started_by.clone()}</td>
                    <td>{state_text(i18n, &job.state)}</td>
                </tr>
            }
        })
        .collect_view();
    (!imports.is_empty()).then(|| {
        view! {
            <section aria-labelledby="imports-heading">
                <h2 id="imports-heading">{i18n.t("staff-statistics-imports-heading")}</h2>
                {scrolling_table(
                    i18n,
                    "imports-heading".into(),
                    &[
                        "staff-statistics-col-file",
                        "staff-statistics-col-kind",
                        "staff-statistics-col-started",
                        "staff-statistics-col-by",
                        "staff-statistics-col-state",
                    ],
                    rows,
                )}
            </section>
        }
    })
}

/// Loads a publication's full figures for an administrator, then draws them.
fn full_figures_page<V: IntoView + 'static>(
    draw: impl Fn(&I18n, i64, Arc<StatisticsReport>) -> Result<V, AppError> + Send + Sync + 'static,
) -> AnyView {
    let i18n = use_i18n();
    let publication_id = id_param("id");
    for_administrators(&i18n.clone(), move |who| {
        let staff = use_staff();
        let content = Suspend::new(async move {
            let report = match (staff, publication_id) {
                (Ok(staff), Some(id)) => staff.full_statistics(&who, id).await.map(|r| (id, r)),
                (Err(error), _) => Err(error),
                (_, None) => Err(AppError::NotFound),
            };
            match report.and_then(|(id, report)| draw(&i18n, id, report)) {
                Ok(view) => view! {
                    {done_notice(&i18n)}
                    <div class="notice notice--warning">
                        <p><strong>{i18n.t("staff-statistics-full-warning")}</strong></p>
                    </div>
                    {view}
                }
                .prerendered(),
                Err(error) => view! { <ErrorView error/> }.prerendered(),
            }
        });
        view! { <Suspense>{content}</Suspense> }
    })
}

/// A publication's full figures: all interventions.
#[component]
pub fn FullStatisticsPage() -> impl IntoView {
    full_figures_page(|i18n, publication_id, report| {
        Ok(overview_view(
            i18n,
            report.overview_page(Vec::new()),
            &StatsScope::Staff { publication_id },
        ))
    })
}

/// A publication's full figures: one intervention, every provider.
#[component]
pub fn FullLevelStatisticsPage() -> impl IntoView {
    let code = use_params_map()
        .read_untracked()
        .get("code")
        .unwrap_or_default()
        .to_ascii_uppercase();
    full_figures_page(move |i18n, publication_id, report| {
        let statistics = report
            .level_page(&code, Vec::new())
            .ok_or(AppError::NotFound)?;
        Ok(level_view(
            i18n,
            statistics,
            &StatsScope::Staff { publication_id },
        ))
    })
}

/// What the progress bar shows of a running import.
pub fn progress_update(i18n: &I18n, job: &ImportJob) -> ProgressUpdate {
    match job.state {
        ImportState::Running {
            bytes_read,
            rows_read,
        } => ProgressUpdate {
            running: true,
            value: bytes_read.min(job.bytes_total),
            max: job.bytes_total,
            text: i18n.t_with(
                "import-progress",
                [
                    ("rows", FluentValue::from(rows_read as f64)),
                    (
                        "percent",
                        FluentValue::from(percent(bytes_read, job.bytes_total) as f64),
                    ),
                ],
            ),
        },
        _ => ProgressUpdate {
            running: false,
            value: job.bytes_total,
            max: job.bytes_total,
            text: state_text(i18n, &job.state),
        },
    }
}

fn percent(part: u64, whole: u64) -> u64 {
    if whole == 0 {
        return 0;
    }
    (part.min(whole) * 100) / whole
}

/// One import: progress, outcome, problems.
#[component]
pub fn ImportJobPage() -> impl IntoView {
    let i18n = use_i18n();
    let job_id = id_param("id");
    for_administrators(&i18n.clone(), move |who| {
        let staff = use_staff();
        let content = Suspend::new(async move {
            let job = match (staff, job_id) {
                (Ok(staff), Some(id)) => staff.import_job(&who, id).await,
                (Err(error), _) => Err(error),
                (_, None) => Err(AppError::NotFound),
            };
            match job {
                Ok(job) => job_view(&i18n, job).prerendered(),
                Err(error) => view! { <ErrorView error/> }.prerendered(),
            }
        });
        view! { <Suspense>{content}</Suspense> }
    })
}

fn job_view(i18n: &I18n, job: ImportJob) -> impl IntoView {
    let title = i18n.t_with(
        "import-title",
        [("file", FluentValue::from(job.file_name.clone()))],
    );
    let started = i18n.t_with(
        "import-started",
        [
            ("kind", FluentValue::from(kind_text(i18n, job.kind))),
            ("who", FluentValue::from(job.started_by.clone())),
            ("when", FluentValue::from(moment(i18n, &job.started_at))),
        ],
    );
    let here = i18n.href(&Page::ImportJob {
        id: job.id.to_string(),
    });
    let outcome = match &job.state {
        ImportState::Running { .. } => view! {
            <ImportProgress
                progress_url=format!("{here}/progress")
                label=i18n.t("import-progress-label")
                initial=progress_update(i18n, &job)
            />
            <p><a href=here.clone()>{i18n.t("import-look-again")}</a></p>
        }
        .into_any(),
        ImportState::Imported { .. } => view! {
            <div class="notice notice--success" role="status">
                <p>{state_text(i18n, &job.state)}</p>
                <p>{i18n.t("import-next-publish")}</p>
            </div>
        }
        .into_any(),
        ImportState::Interrupted => view! {
            <div class="notice notice--error" role="alert">
                <p>{state_text(i18n, &job.state)}</p>
            </div>
        }
        .into_any(),
        ImportState::Rejected {
            problems,
            truncated,
        } => {
            let rows = problems
                .iter()
                .map(|problem| {
                    let text = i18n.t_with(
                        &problem.message,
                        problem
                            .args
                            .iter()
                            .map(|(name, value)| (name.as_str(), FluentValue::from(value.clone()))),
                    );
                    let line = if problem.line == 0 {
                        String::new()
                    } else {
                        i18n.number(problem.line as f64)
                    };
                    view! {
                        <tr>
                            <td>{line}</td>
                            <td>{problem.column.clone().unwrap_or_default()}</td>
                            <td>{text}</td>
                        </tr>
                    }
                })
                .collect_view();
            let count = i18n.t_with(
                "import-problem-count",
                [("count", FluentValue::from(problems.len() as f64))],
            );
            view! {
                <div class="notice notice--error" role="alert">
                    <p>{state_text(i18n, &job.state)}</p>
                    <p>{count}</p>
                    {truncated.then(|| view! { <p>{i18n.t("import-problems-truncated")}</p> })}
                </div>
                {scrolling_table(
                    i18n,
                    ScrollingTableName::Caption("problems-heading", i18n.t("import-problems-caption")),
                    &["import-col-line", "import-col-column", "import-col-problem"],
                    rows,
                )}
            }
            .into_any()
        }
    };
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        <p class="back-link"><a href=i18n.href(&Page::StaffStatistics)>{i18n.t("staff-statistics-title")}</a></p>
        <h1>{title}</h1>
        <p>{started}</p>
        {outcome}
    }
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn progress_is_a_whole_percent_that_never_passes_100() {
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(5, 4), 100);
    }
}
