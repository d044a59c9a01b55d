//! Wire types of published statistics: what a snapshot stores and pages show.
//!
//! A [`StatisticsReport`] is either the public figures (disclosure control
//! applied) or, for signed-in municipality staff, the full figures of the
//! same period; both have the same shape, so one set of components renders
//! either. The public one is the only one any public page, file or API reads.

use serde::{Deserialize, Serialize};

/// A count as published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum PublicCell {
    Value(i64),
    /// A small count: between 1 and the threshold (exclusive), shown "<5".
    Below(i64),
    /// Hidden so that a small count cannot be worked out from the others.
    Suppressed,
}

impl PublicCell {
    pub fn value(self) -> Option<i64> {
        match self {
            PublicCell::Value(n) => Some(n),
            _ => None,
        }
    }
}

impl std::fmt::Display for PublicCell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PublicCell::Value(n) => write!(f, "{n}"),
            PublicCell::Below(threshold) => write!(f, "<{threshold}"),
            // The sign Swedish official statistics use for a hidden figure.
            PublicCell::Suppressed => f.write_str(".."),
        }
    }
}

/// A percentage or an average as published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum PublicFigure {
    Value(i64),
    /// Base below the threshold, or computed from a hidden count.
    NotShown,
}

impl PublicFigure {
    pub fn value(self) -> Option<i64> {
        match self {
            PublicFigure::Value(n) => Some(n),
            PublicFigure::NotShown => None,
        }
    }
}

/// The period a report covers, both days included (ISO dates).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportPeriod {
    pub from: String,
    pub to: String,
}

impl ReportPeriod {
    /// The period's part of stable addresses: `2023` for a calendar year,
    /// else `2023-01-01_2023-06-30`.
    pub fn key(&self) -> String {
        let year = self.from.get(..4).unwrap_or_default();
        let calendar_year = self.from.get(4..) == Some("-01-01")
            && self.to.get(..4) == Some(year)
            && self.to.get(4..) == Some("-12-31");
        if calendar_year {
            year.to_string()
        } else {
            format!("{}_{}", self.from, self.to)
        }
    }
}

/// The disclosure thresholds a report was published with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thresholds {
    /// Counts from 1 up to this (exclusive) are shown as "<min_count".
    pub min_count: i64,
    /// Percentages and averages need at least this base.
    pub min_base: i64,
}

/// A provider as it was named when the report was published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportProvider {
    pub id: String,
    pub name: String,
}

/// One period's published statistics.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatisticsReport {
    pub period: ReportPeriod,
    /// When the figures were computed from the case database (RFC 3339).
    pub published_at: String,
    pub thresholds: Thresholds,
    /// True only in the staff view of the full figures.
    pub unsuppressed: bool,
    /// Every provider with a case in the period, by name (A–Ö).
    pub providers: Vec<ReportProvider>,
    /// All interventions: one row per intervention, in catalogue order.
    pub overview: Section,
    /// One section per intervention with cases, in catalogue order: one row
    /// per provider, by name.
    pub levels: Vec<LevelSection>,
    /// Whether survey answers were published for the period.
    pub has_survey: bool,
}

impl StatisticsReport {
    pub fn level(&self, code: &str) -> Option<&LevelSection> {
        self.levels.iter().find(|l| l.code == code)
    }

    pub fn provider_name(&self, id: &str) -> Option<&str> {
        self.providers
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.as_str())
    }
}

/// One intervention's statistics, its providers as rows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelSection {
    /// The intervention code, e.g. `AMI2` or `JPG`.
    pub code: String,
    pub section: Section,
}

/// Tables that share their rows, with each row's key figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// One table per [`Breakdown`], in [`Breakdown::ALL`] order.
    pub tables: Vec<FigureTable>,
    /// The section's total row: all interventions, or all providers of one.
    pub total: GroupFigures,
    /// The rows, in the tables' order.
    pub rows: Vec<GroupFigures>,
}

impl Section {
    pub fn table(&self, breakdown: Breakdown) -> Option<&FigureTable> {
        self.tables.iter().find(|t| t.breakdown == breakdown)
    }

    pub fn row(&self, code: &str) -> Option<&GroupFigures> {
        self.rows.iter().find(|r| r.code == code)
    }
}

/// A split of a group's cases into categories that add up to a total.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Breakdown {
    /// Women, men; of all cases.
    Gender,
    /// Women, men; of the distinct persons, per intervention. A person with
    /// cases in two interventions is one person in each, and once in the
    /// total: these rows do not add up to the total.
    PersonsGender,
    /// Age bands; of all cases.
    Age,
    /// Ongoing at the period's end, ended in it; of all cases.
    Status,
    /// Length bands; of all cases.
    Length,
    /// Extended at least once or not; of the ongoing.
    Extended,
    /// Planned end in the next year's tertials; of the ongoing.
    PlannedEnd,
    /// Every end reason; of the ended.
    EndReason,
    /// Self-sufficiency, another insats or authority, interruption; of the ended.
    ReasonGroup,
    /// Chosen by the customer, assigned by the default rotation, not
    /// recorded; of all cases.
    Chosen,
}

impl Breakdown {
    pub const ALL: [Breakdown; 10] = [
        Breakdown::Gender,
        Breakdown::PersonsGender,
        Breakdown::Age,
        Breakdown::Status,
        Breakdown::Length,
        Breakdown::Extended,
        Breakdown::PlannedEnd,
        Breakdown::EndReason,
        Breakdown::ReasonGroup,
        Breakdown::Chosen,
    ];

    /// The code in messages, files and addresses, e.g. `end_reason`.
    pub fn code(self) -> &'static str {
        match self {
            Breakdown::Gender => "gender",
            Breakdown::PersonsGender => "persons_gender",
            Breakdown::Age => "age",
            Breakdown::Status => "status",
            Breakdown::Length => "length",
            Breakdown::Extended => "extended",
            Breakdown::PlannedEnd => "planned_end",
            Breakdown::EndReason => "end_reason",
            Breakdown::ReasonGroup => "reason_group",
            Breakdown::Chosen => "chosen",
        }
    }

    pub fn from_code(code: &str) -> Option<Breakdown> {
        Breakdown::ALL.into_iter().find(|b| b.code() == code)
    }

    /// The categories' codes, as tables and files name their columns, in
    /// the order of the engine's counts.
    pub fn column_codes(self) -> &'static [&'static str] {
        use super::categories::{
            AgeBand, ChosenBy, EndReason, Gender, LengthBand, PlannedEnd, ReasonGroup,
        };
        match self {
            Breakdown::Gender | Breakdown::PersonsGender => &Gender::CODES,
            Breakdown::Age => &AgeBand::CODES,
            Breakdown::Status => &["ongoing", "ended"],
            Breakdown::Length => &LengthBand::CODES,
            Breakdown::Extended => &["extended", "not_extended"],
            Breakdown::PlannedEnd => &PlannedEnd::CODES,
            Breakdown::EndReason => &EndReason::CODES,
            Breakdown::ReasonGroup => &ReasonGroup::CODES,
            Breakdown::Chosen => &ChosenBy::CODES,
        }
    }

    /// What the categories add up to: `cases`, `persons`, `ongoing` or `ended`.
    pub fn base(self) -> &'static str {
        match self {
            Breakdown::Gender
            | Breakdown::Age
            | Breakdown::Status
            | Breakdown::Length
            | Breakdown::Chosen => "cases",
            Breakdown::PersonsGender => "persons",
            Breakdown::Extended | Breakdown::PlannedEnd => "ongoing",
            Breakdown::EndReason | Breakdown::ReasonGroup => "ended",
        }
    }

    /// Whether a table's rows add up to its total row. Cases do; persons
    /// do not, as one person can have cases in several interventions.
    pub fn rows_add_up(self) -> bool {
        self.base() != "persons"
    }

    /// Whether the table is published per provider too, not only per
    /// intervention. Persons by gender is not: beside a provider's cases by
    /// gender it made the provider's persons (the base of its response
    /// rate) hidden wherever its women or men were few.
    pub fn per_provider(self) -> bool {
        self != Breakdown::PersonsGender
    }
}

/// Counts by row and category with their totals, as published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FigureTable {
    pub breakdown: Breakdown,
    /// Row codes: intervention codes or provider ids.
    pub rows: Vec<String>,
    /// Category codes, e.g. `K`, `M` or `25-39`.
    pub columns: Vec<String>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<PublicCell>>,
    pub row_totals: Vec<PublicCell>,
    pub column_totals: Vec<PublicCell>,
    pub total: PublicCell,
}

impl FigureTable {
    /// The same table with only the rows `keep` names, in its order; the
    /// totals stay those of all rows.
    pub fn only_rows(&self, keep: &[&str]) -> FigureTable {
        let picked: Vec<usize> = (0..self.rows.len())
            .filter(|&i| keep.contains(&self.rows[i].as_str()))
            .collect();
        FigureTable {
            breakdown: self.breakdown,
            rows: picked.iter().map(|&i| self.rows[i].clone()).collect(),
            columns: self.columns.clone(),
            cells: picked.iter().map(|&i| self.cells[i].clone()).collect(),
            row_totals: picked.iter().map(|&i| self.row_totals[i]).collect(),
            column_totals: self.column_totals.clone(),
            total: self.total,
        }
    }
}

/// A count and the percentage it is of a base, as published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    pub part: PublicCell,
    pub base: PublicCell,
    /// Whole percent, rounded half up.
    pub percent: PublicFigure,
}

/// The columns of every open-data file, in order.
pub const OPEN_DATA_COLUMNS: [&str; 14] = [
    "period_from",
    "period_to",
    "published_at",
    "level",
    "provider_id",
    "provider_name",
    "table",
    "category",
    "value",
    "status",
    "shown_as",
    "ci_low",
    "ci_high",
    "n",
];

/// How sure a share is: its 95 % confidence interval in whole percent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    pub low: i64,
    pub high: i64,
}

/// The 95 % Wilson score interval of `part` of `base` as fractions. Wilson,
/// not the normal approximation: it stays inside 0–100 % and is honest for
/// the small bases and the 0 % and 100 % shares small providers have.
fn wilson(part: i64, base: i64) -> Option<(f64, f64)> {
    if base <= 0 || part < 0 || part > base {
        return None;
    }
    const Z: f64 = 1.959_963_984_540_054;
    let (x, n) = (part as f64, base as f64);
    let p = x / n;
    let z2 = Z * Z;
    let denominator = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denominator;
    let half = Z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / denominator;
    Some(((centre - half).max(0.0), (centre + half).min(1.0)))
}

/// Whether a provider's share differs from the other providers' of its
/// level. Like CMS Care Compare: higher or lower only when the provider's
/// interval lies wholly on one side of the others' rate; no ranking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Higher,
    Lower,
    CannotTellApart,
}

impl Verdict {
    pub fn slug(self) -> &'static str {
        match self {
            Verdict::Higher => "higher",
            Verdict::Lower => "lower",
            Verdict::CannotTellApart => "same",
        }
    }
}

impl Share {
    /// The share's 95 % interval, whenever its percent is shown. Built from
    /// the shown part and base alone, so it tells nothing they do not.
    pub fn interval(&self) -> Option<Interval> {
        let (PublicCell::Value(part), PublicCell::Value(base), PublicFigure::Value(percent)) =
            (self.part, self.base, self.percent)
        else {
            return None;
        };
        let (low, high) = wilson(part, base)?;
        // Rounded as the percent is, and never on the wrong side of it.
        let whole = |f: f64| (f * 100.0).round() as i64;
        Some(Interval {
            low: whole(low).min(percent),
            high: whole(high).max(percent),
        })
    }

    /// This share (a provider's) against `all` (every provider of the
    /// level, this one included): the others are all minus this one. None
    /// when either is not shown or there are no others.
    pub fn verdict_against(&self, all: &Share) -> Option<Verdict> {
        self.interval()?;
        let (PublicCell::Value(part), PublicCell::Value(base)) = (self.part, self.base) else {
            return None;
        };
        let (PublicCell::Value(all_part), PublicCell::Value(all_base)) = (all.part, all.base)
        else {
            return None;
        };
        let (others_part, others_base) = (all_part - part, all_base - base);
        if others_base <= 0 || others_part < 0 || others_part > others_base {
            return None;
        }
        let others = others_part as f64 / others_base as f64;
        let (low, high) = wilson(part, base)?;
        Some(if low > others {
            Verdict::Higher
        } else if high < others {
            Verdict::Lower
        } else {
            Verdict::CannotTellApart
        })
    }
}

/// An average and how many values it is of, as published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Average {
    pub value: PublicFigure,
    pub n: PublicCell,
}

/// The figures a reader compares first, for one row of a section.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupFigures {
    /// The row's code (an intervention code or provider id); `total` for
    /// the section's total row.
    pub code: String,
    /// Cases (insatser) active in the period.
    pub cases: PublicCell,
    /// Distinct persons among them.
    pub persons: PublicCell,
    /// Ended in the period to work, studies or own business, of all ended.
    pub self_sufficiency: Share,
    /// Whole days in the insats before an exit to work or studies.
    pub days_to_work_or_studies: Average,
    /// Of those ongoing at the period's end: extended at least once.
    pub extended: Share,
    /// The customer survey's figures, when a survey was published.
    pub survey: Option<SurveyFigures>,
}

/// The customer survey for one row, as published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyFigures {
    /// Respondents of all persons with a case in the row.
    pub response_rate: Share,
    /// Mean answer per question area, in tenths on the 1–5 scale (41 is 4.1).
    pub areas: Vec<AreaMean>,
    /// Nöjd-kund-index in tenths on the 1–5 scale: the mean over respondents
    /// of each one's mean answer.
    pub nki: PublicFigure,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaMean {
    /// A question area code, e.g. `development`.
    pub area: String,
    pub tenths: PublicFigure,
}

/// The survey's question areas, in the order the survey asks them. The 2023
/// report names one, Utveckling (000 §10.2); the other three are ours.
pub const SURVEY_AREAS: [&str; 4] = ["reception", "information", "participation", "development"];

/// A published snapshot as lists show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedPeriod {
    pub period: ReportPeriod,
    pub published_at: String,
}

/// What a statistics page needs besides its section.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportHeader {
    pub period: ReportPeriod,
    pub published_at: String,
    pub thresholds: Thresholds,
    pub unsuppressed: bool,
    pub has_survey: bool,
    /// Every period with published statistics, the newest first.
    pub periods: Vec<PublishedPeriod>,
}

/// The statistics start page: all interventions of one period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatisticsOverview {
    pub header: ReportHeader,
    pub overview: Section,
    pub providers: Vec<ReportProvider>,
}

/// One intervention's statistics page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelStatistics {
    pub header: ReportHeader,
    pub code: String,
    pub section: Section,
    pub providers: Vec<ReportProvider>,
}

/// One provider's statistics: its rows in each intervention it had cases
/// in, beside that intervention's total.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProviderStatistics {
    pub header: ReportHeader,
    pub provider: ReportProvider,
    pub levels: Vec<ProviderInLevel>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProviderInLevel {
    pub key_figures: LevelKeyFigures,
    /// Each table with only the provider's row, and the intervention's totals.
    pub tables: Vec<FigureTable>,
}

/// What a provider's profile shows of its statistics: the key figures of
/// each intervention it had cases in, without the tables.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProviderKeyFigures {
    pub header: ReportHeader,
    pub provider: ReportProvider,
    pub levels: Vec<LevelKeyFigures>,
}

/// A provider's key figures in one intervention, beside all providers' of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelKeyFigures {
    pub code: String,
    /// The provider's row.
    pub provider: GroupFigures,
    /// All providers of the intervention together.
    pub all: GroupFigures,
}

impl StatisticsReport {
    /// What every statistics page says about the report.
    pub fn header(&self, periods: Vec<PublishedPeriod>) -> ReportHeader {
        ReportHeader {
            period: self.period.clone(),
            published_at: self.published_at.clone(),
            thresholds: self.thresholds,
            unsuppressed: self.unsuppressed,
            has_survey: self.has_survey,
            periods,
        }
    }

    pub fn overview_page(&self, periods: Vec<PublishedPeriod>) -> StatisticsOverview {
        StatisticsOverview {
            header: self.header(periods),
            overview: self.overview.clone(),
            providers: self.providers.clone(),
        }
    }

    /// One intervention's page; none when it had no case in the period.
    pub fn level_page(&self, code: &str, periods: Vec<PublishedPeriod>) -> Option<LevelStatistics> {
        let level = self.level(code)?;
        let listed: Vec<&str> = level.section.rows.iter().map(|r| r.code.as_str()).collect();
        Some(LevelStatistics {
            header: self.header(periods),
            code: level.code.clone(),
            section: level.section.clone(),
            providers: self
                .providers
                .iter()
                .filter(|p| listed.contains(&p.id.as_str()))
                .cloned()
                .collect(),
        })
    }

    /// One provider's page; none when it had no case in the period.
    pub fn provider_page(
        &self,
        id: &str,
        periods: Vec<PublishedPeriod>,
    ) -> Option<ProviderStatistics> {
        let provider = self.providers.iter().find(|p| p.id == id)?.clone();
        let levels = self
            .provider_levels(id)
            .map(|(level, key_figures)| ProviderInLevel {
                key_figures,
                tables: level
                    .section
                    .tables
                    .iter()
                    .map(|t| t.only_rows(&[id]))
                    .collect(),
            })
            .collect();
        Some(ProviderStatistics {
            header: self.header(periods),
            provider,
            levels,
        })
    }

    /// One provider's key figures, for its profile; none when it had no
    /// case in the period. Unlike [`Self::provider_page`] it copies no
    /// table: a profile is a busy page.
    pub fn provider_key_figures(
        &self,
        id: &str,
        periods: Vec<PublishedPeriod>,
    ) -> Option<ProviderKeyFigures> {
        let provider = self.providers.iter().find(|p| p.id == id)?.clone();
        Some(ProviderKeyFigures {
            header: self.header(periods),
            provider,
            levels: self.provider_level_figures(id),
        })
    }

    /// One provider's key figures in each intervention it had cases in;
    /// none when it had no case in the period.
    pub fn provider_level_figures(&self, id: &str) -> Vec<LevelKeyFigures> {
        self.provider_levels(id)
            .map(|(_, figures)| figures)
            .collect()
    }

    /// The interventions the provider had cases in, each with its key figures.
    fn provider_levels<'a>(
        &'a self,
        id: &'a str,
    ) -> impl Iterator<Item = (&'a LevelSection, LevelKeyFigures)> + 'a {
        self.levels.iter().filter_map(move |level| {
            let row = level.section.row(id)?;
            Some((
                level,
                LevelKeyFigures {
                    code: level.code.clone(),
                    provider: row.clone(),
                    all: level.section.total.clone(),
                },
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(part: i64, base: i64) -> Share {
        Share {
            part: PublicCell::Value(part),
            base: PublicCell::Value(base),
            percent: PublicFigure::Value((part * 100 + base / 2) / base),
        }
    }

    #[test]
    fn a_share_is_as_sure_as_its_base_is_large() {
        let interval = |part, base| share(part, base).interval().unwrap();
        assert_eq!(interval(12, 32), Interval { low: 23, high: 55 });
        assert_eq!(interval(37, 100), Interval { low: 28, high: 47 });
        assert_eq!(interval(370, 1000), Interval { low: 34, high: 40 });
        // Wilson stays inside 0–100 % at the ends, where small providers are.
        assert_eq!(interval(0, 10), Interval { low: 0, high: 28 });
        assert_eq!(interval(10, 10), Interval { low: 72, high: 100 });
    }

    #[test]
    fn a_hidden_share_has_no_interval() {
        let hidden = Share {
            part: PublicCell::Below(5),
            base: PublicCell::Value(12),
            percent: PublicFigure::NotShown,
        };
        assert_eq!(hidden.interval(), None);
        let small_base = Share {
            percent: PublicFigure::NotShown,
            ..share(3, 6)
        };
        assert_eq!(small_base.interval(), None);
    }

    #[test]
    fn a_provider_is_higher_or_lower_only_when_its_interval_excludes_the_others() {
        // The others: 40 of 100 (40 %) in each case.
        assert_eq!(
            share(30, 40).verdict_against(&share(70, 140)),
            Some(Verdict::Higher)
        );
        assert_eq!(
            share(4, 40).verdict_against(&share(44, 140)),
            Some(Verdict::Lower)
        );
        // 8 of 12 is 67 %, far from 40 %, but 12 people cannot tell it apart.
        assert_eq!(
            share(8, 12).verdict_against(&share(48, 112)),
            Some(Verdict::CannotTellApart)
        );
        // The only provider of its level has nobody to be compared with.
        assert_eq!(share(8, 12).verdict_against(&share(8, 12)), None);
    }

    #[test]
    fn a_calendar_year_has_a_short_key_and_other_periods_their_dates() {
        let year = ReportPeriod {
            from: "2023-01-01".into(),
            to: "2023-12-31".into(),
        };
        assert_eq!(year.key(), "2023");
        let half = ReportPeriod {
            from: "2023-01-01".into(),
            to: "2023-06-30".into(),
        };
        assert_eq!(half.key(), "2023-01-01_2023-06-30");
        let two_years = ReportPeriod {
            from: "2023-01-01".into(),
            to: "2024-12-31".into(),
        };
        assert_eq!(two_years.key(), "2023-01-01_2024-12-31");
    }

    #[test]
    fn cells_read_as_the_public_sees_them() {
        assert_eq!(PublicCell::Below(5).to_string(), "<5");
        assert_eq!(PublicCell::Suppressed.to_string(), "..");
        assert_eq!(PublicCell::Value(12).to_string(), "12");
    }
}

/// A publication as the staff list shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublicationRow {
    pub id: i64,
    pub period: ReportPeriod,
    pub published_at: String,
    pub published_by: String,
    pub thresholds: Thresholds,
    /// The newest publication of its period: the one the public sees.
    pub current: bool,
}

/// Which kind of file an import reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportKind {
    Cases,
    Survey,
}

impl ImportKind {
    pub fn slug(self) -> &'static str {
        match self {
            ImportKind::Cases => "cases",
            ImportKind::Survey => "survey",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ImportKind> {
        match slug {
            "cases" => Some(ImportKind::Cases),
            "survey" => Some(ImportKind::Survey),
            _ => None,
        }
    }
}

/// One problem of a rejected file, ready to translate: `message` is a
/// Fluent id and `args` its variables.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportProblem {
    pub line: u64,
    /// The column's header name, when the problem concerns one field.
    pub column: Option<String>,
    pub message: String,
    pub args: Vec<(String, String)>,
}

/// Where an import started from the upload page stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportState {
    /// Reading: how much of the file so far.
    Running { bytes_read: u64, rows_read: u64 },
    /// Every row was written.
    Imported { rows: u64 },
    /// Nothing was written: the problems found (the first ones, when
    /// `truncated`).
    Rejected {
        problems: Vec<ImportProblem>,
        truncated: bool,
    },
    /// The server stopped while reading; nothing was written.
    Interrupted,
}

/// An import started from the upload page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportJob {
    pub id: i64,
    pub kind: ImportKind,
    pub file_name: String,
    pub bytes_total: u64,
    pub started_by: String,
    pub started_at: String,
    pub state: ImportState,
}

/// The staff statistics page: what was published and imported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffStatistics {
    /// Every publication, the newest first.
    pub publications: Vec<PublicationRow>,
    /// The latest imports, the newest first.
    pub imports: Vec<ImportJob>,
    /// How each kind of file is written, for the upload form.
    pub guides: Vec<ImportGuide>,
}

/// How one kind of import file is written: its columns in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportGuide {
    pub kind: ImportKind,
    pub columns: Vec<ImportColumn>,
}

/// One column of an import file, for the upload page's guide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportColumn {
    /// The header name, as the first line must write it.
    pub name: String,
    /// Whether every row must fill it in.
    pub required: bool,
    /// The codes it may hold, when it holds one of a list.
    pub values: Vec<String>,
}
