//! A period's report: the tables and key figures pages and files publish,
//! built once from the engine's figures and the survey, with disclosure
//! control over all of them together.
//!
//! Published tables: the interventions (one row each) and, per intervention,
//! its providers (one row each), for every [`Breakdown`]; and per row its
//! key figures and survey figures. Counts shared between tables are one
//! count in [`LinkedCounts`], so suppression treats the publication as the
//! one system of equations a reader could solve.
//!
//! Providers are listed by name, A–Ö, in every table: a table of statistics
//! must be read and compared row by row, and printed and cited, so a stable
//! order everyone can find a name in serves better than the provider list's
//! per-visitor shuffle; and the name says nothing about performance, so no
//! provider gains a place by its figures.

use std::collections::HashMap;

use domain::model::statistics::{
    AreaMean, Average, FigureTable, GroupFigures, LevelSection, PublicCell, ReportPeriod,
    ReportProvider, Section, Share, StatisticsReport, SurveyFigures, Thresholds, SURVEY_AREAS,
};

use super::{
    audit::{Range, Seen},
    disclosure::{average, share, CountId, Disclosed, DisclosureRules, LinkedCounts},
    engine::{Breakdown, BreakdownFigures, Figures, Statistics},
    linked::{Earlier, Measure, Place, Timeline},
    survey::{SurveyGroup, SurveyTally},
};
use crate::db::cases::EndReason;

/// What a report is built from.
pub struct ReportInput<'a> {
    pub statistics: &'a Statistics,
    /// None when no survey answers cover the period.
    pub survey: Option<&'a SurveyTally>,
    /// Provider names by id.
    pub provider_names: &'a HashMap<String, String>,
    /// Every intervention code in catalogue order.
    pub catalogue_order: &'a [String],
    pub published_at: &'a str,
    /// Earlier public snapshots whose periods relate to this one: what they
    /// told readers is known to the audit.
    pub earlier: &'a [Earlier],
    /// What ended in the parts of this period and of the earlier ones
    /// linked with it; `None` when no earlier period differs from this one.
    pub timeline: Option<&'a Timeline>,
}

/// Which rows a count belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Group {
    Total,
    /// An index into the report's interventions.
    Intervention(usize),
    /// Indexes into the report's providers and interventions.
    ProviderIn(usize, usize),
}

impl Group {
    /// How aggregated the group is: cheaper to hide when lower.
    fn level(self) -> u8 {
        match self {
            Group::ProviderIn(..) => 0,
            Group::Intervention(_) => 1,
            Group::Total => 2,
        }
    }
}

/// How aggregated a count is: cheaper to hide when lower.
fn measure_level(measure: Measure) -> u8 {
    match measure {
        Measure::Category(..) | Measure::Respondents => 0,
        Measure::Ongoing | Measure::Ended | Measure::Exits | Measure::Persons => 1,
        Measure::Cases => 2,
    }
}

/// The published counts, each once, with the tables that show them.
struct Ledger {
    counts: LinkedCounts,
    ids: HashMap<(Group, Measure), CountId>,
    /// Rows a table leaves out (their total is 0), as (group, base).
    left_out: Vec<(Group, Measure)>,
}

impl Ledger {
    fn id(&mut self, group: Group, quantity: Measure, value: i64) -> CountId {
        *self.ids.entry((group, quantity)).or_insert_with(|| {
            self.counts
                .add(value, group.level() + measure_level(quantity))
        })
    }

    /// Marks the counts a shown key figure would be built on: the base of
    /// each share or average large enough to show one, and the share's
    /// part.
    fn mark_figure_counts(&mut self, min_base: i64) {
        let mut marked = Vec::new();
        for (&(group, measure), &id) in &self.ids {
            let Some(&(_, part)) = KEY_FIGURES.iter().find(|(base, _)| *base == measure) else {
                continue;
            };
            if self.counts.value(id) >= min_base {
                marked.push(id);
                marked.extend(part.and_then(|part| self.ids.get(&(group, part))));
            }
        }
        for id in marked {
            self.counts.builds_figure(id);
        }
    }
}

/// The counts a share is computed from.
#[derive(Clone, Copy)]
struct ShareOf {
    part: Measure,
    base: Measure,
}

/// Self-sufficiency: of the cases ended, those ended in work, studies or
/// own business.
const SELF_SUFFICIENCY: ShareOf = ShareOf {
    part: Measure::Category(Breakdown::ReasonGroup, 0),
    base: Measure::Ended,
};
/// Of the ongoing cases, those extended.
const EXTENDED: ShareOf = ShareOf {
    part: Measure::Category(Breakdown::Extended, 0),
    base: Measure::Ongoing,
};
/// Of the persons, those who answered the survey.
const RESPONSE_RATE: ShareOf = ShareOf {
    part: Measure::Respondents,
    base: Measure::Persons,
};
/// The average days to work or studies is over its own count, the exits.
const DAYS_TO_WORK_OR_STUDIES_BASE: Measure = Measure::Exits;

/// Every key figure's base, with a share's part: disclosure control hides
/// these counts last, and `group_figures` computes the figures from them.
const KEY_FIGURES: [(Measure, Option<Measure>); 4] = [
    (SELF_SUFFICIENCY.base, Some(SELF_SUFFICIENCY.part)),
    (EXTENDED.base, Some(EXTENDED.part)),
    (RESPONSE_RATE.base, Some(RESPONSE_RATE.part)),
    (DAYS_TO_WORK_OR_STUDIES_BASE, None),
];

/// The figures of one group, as the engine computed them.
fn figures_of<'s>(stats: &'s Statistics, input: &Layout, group: Group) -> Option<&'s Figures> {
    match group {
        Group::Total => Some(&stats.total),
        Group::Intervention(i) => stats.intervention(&input.interventions[i]),
        Group::ProviderIn(p, i) => {
            stats.provider_in(&input.providers[p].id, &input.interventions[i])
        }
    }
}

/// The report's rows: interventions in catalogue order, providers by name.
struct Layout {
    interventions: Vec<String>,
    providers: Vec<ReportProvider>,
}

impl Layout {
    /// A group by its codes, as every publication names it.
    fn place(&self, group: Group) -> Place {
        match group {
            Group::Total => Place::Total,
            Group::Intervention(i) => Place::Intervention(self.interventions[i].clone()),
            Group::ProviderIn(p, i) => {
                Place::ProviderIn(self.providers[p].id.clone(), self.interventions[i].clone())
            }
        }
    }
}

/// A table being built: its row codes, groups and grid of count ids.
struct TablePlan {
    breakdown: Breakdown,
    rows: Vec<String>,
    grid: Vec<Vec<CountId>>,
}

/// The public report, with `rules`; the full report for municipality staff
/// with `None`.
pub fn build(input: &ReportInput<'_>, rules: Option<&DisclosureRules>) -> StatisticsReport {
    // No thresholds: nothing is hidden and every base is large enough.
    let effective = rules.copied().unwrap_or(DisclosureRules::NONE);
    let stats = input.statistics;
    let layout = Layout::of(stats, input.provider_names, input.catalogue_order);
    let Relations {
        mut ledger,
        overview_tables,
        level_tables,
    } = relations(stats, &layout, input.survey);

    // What earlier publications already told every reader.
    if rules.is_some() {
        for (&(group, measure), &id) in &ledger.ids {
            let key = (layout.place(group), measure);
            let value = ledger.counts.value(id);
            for earlier in input.earlier {
                if let Some(range) = earlier.knowledge(&key, value) {
                    ledger.counts.know(id, range);
                }
            }
        }
    }
    if let (Some(rules), Some(timeline)) = (rules, input.timeline) {
        link_over_time(
            &mut ledger,
            &layout,
            stats.period,
            timeline,
            input.earlier,
            rules,
        );
    }
    ledger.mark_figure_counts(effective.min_base);
    let disclosed = ledger.counts.suppress(&effective);
    let view = View {
        ledger: &ledger,
        disclosed: &disclosed,
        rules: effective,
        stats,
        layout: &layout,
        survey: input.survey,
    };
    let overview = Section {
        tables: overview_tables.iter().map(|t| view.table(t)).collect(),
        total: view.group_figures("total", Group::Total),
        rows: layout
            .interventions
            .iter()
            .enumerate()
            .map(|(i, code)| view.group_figures(code, Group::Intervention(i)))
            .collect(),
    };
    let levels = layout
        .interventions
        .iter()
        .enumerate()
        .map(|(i, code)| LevelSection {
            code: code.clone(),
            section: Section {
                tables: level_tables[i].iter().map(|t| view.table(t)).collect(),
                total: view.group_figures("total", Group::Intervention(i)),
                rows: layout
                    .providers
                    .iter()
                    .enumerate()
                    .filter(|&(p, _)| {
                        figures_of(stats, &layout, Group::ProviderIn(p, i))
                            .is_some_and(|f| f.cases > 0)
                    })
                    .map(|(p, provider)| view.group_figures(&provider.id, Group::ProviderIn(p, i)))
                    .collect(),
            },
        })
        .collect();
    StatisticsReport {
        period: ReportPeriod {
            from: stats.period.from.to_string(),
            to: stats.period.to.to_string(),
        },
        published_at: input.published_at.to_string(),
        thresholds: Thresholds {
            min_count: effective.min_count,
            min_base: effective.min_base,
        },
        unsuppressed: rules.is_none(),
        providers: layout.providers.clone(),
        overview,
        levels,
        has_survey: input.survey.is_some(),
    }
}

impl Layout {
    fn of(
        stats: &Statistics,
        provider_names: &HashMap<String, String>,
        catalogue_order: &[String],
    ) -> Layout {
        let interventions: Vec<String> = catalogue_order
            .iter()
            .filter(|code| stats.interventions().contains(code))
            .cloned()
            .chain(
                // Codes the catalogue lacks (none should) go last, not lost.
                stats
                    .interventions()
                    .iter()
                    .filter(|code| !catalogue_order.contains(code))
                    .cloned(),
            )
            .collect();
        let mut providers: Vec<ReportProvider> = stats
            .providers()
            .iter()
            .map(|id| ReportProvider {
                id: id.clone(),
                name: provider_names
                    .get(id)
                    .cloned()
                    .unwrap_or_else(|| id.clone()),
            })
            .collect();
        // By name, A–Ö (see the module comment): Swedish letters sort after Z
        // in code-point order as they do in the Swedish alphabet.
        providers.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then(a.id.cmp(&b.id))
        });
        Layout {
            interventions,
            providers,
        }
    }
}

/// Every count a period's report publishes, with the relations a reader
/// knows among them, and the tables that show them.
struct Relations {
    ledger: Ledger,
    overview_tables: Vec<TablePlan>,
    level_tables: Vec<Vec<TablePlan>>,
}

fn relations(stats: &Statistics, layout: &Layout, survey: Option<&SurveyTally>) -> Relations {
    let mut ledger = Ledger {
        counts: LinkedCounts::default(),
        ids: HashMap::new(),
        left_out: Vec::new(),
    };
    let mut overview_tables = Vec::new();
    let mut level_tables: Vec<Vec<TablePlan>> =
        layout.interventions.iter().map(|_| Vec::new()).collect();
    for breakdown in Breakdown::ALL {
        let rows: Vec<(String, Group)> = layout
            .interventions
            .iter()
            .enumerate()
            .map(|(i, code)| (code.clone(), Group::Intervention(i)))
            .collect();
        overview_tables.push(plan_table(
            &mut ledger,
            stats,
            &layout,
            breakdown,
            &rows,
            Group::Total,
        ));
        for (i, plans) in level_tables.iter_mut().enumerate() {
            if !breakdown.per_provider() {
                continue;
            }
            let rows: Vec<(String, Group)> = layout
                .providers
                .iter()
                .enumerate()
                .map(|(p, provider)| (provider.id.clone(), Group::ProviderIn(p, i)))
                .collect();
            plans.push(plan_table(
                &mut ledger,
                stats,
                &layout,
                breakdown,
                &rows,
                Group::Intervention(i),
            ));
        }
    }
    // Self-sufficiency is work + studies + own business, and so on.
    let groups: std::collections::BTreeSet<Group> =
        ledger.ids.keys().map(|&(group, _)| group).collect();
    for &group in &groups {
        for k in 0..Breakdown::ReasonGroup.columns().len() {
            let total_key = (group, Measure::Category(Breakdown::ReasonGroup, k));
            let Some(&total) = ledger.ids.get(&total_key) else {
                continue;
            };
            let parts: Vec<CountId> = EndReason::ALL
                .iter()
                .enumerate()
                .filter(|(_, reason)| reason_group_index(**reason) == k)
                .filter_map(|(r, _)| {
                    ledger
                        .ids
                        .get(&(group, Measure::Category(Breakdown::EndReason, r)))
                        .copied()
                })
                .collect();
            ledger.counts.add_sum(parts, total);
        }
    }
    // Exits to work or studies are work + studies; persons are at most the
    // cases, and no more in a provider's row than in its intervention's.
    for &group in &groups {
        let Some(figures) = figures_of(stats, &layout, group) else {
            continue;
        };
        let reason = |ledger: &mut Ledger, r: EndReason| {
            ledger.id(
                group,
                Measure::Category(Breakdown::EndReason, r.index()),
                figures.ended_by_reason[r.index()],
            )
        };
        let parts = vec![
            reason(&mut ledger, EndReason::Work),
            reason(&mut ledger, EndReason::Studies),
        ];
        let exits = ledger.id(group, Measure::Exits, figures.exits_to_work_or_studies());
        ledger.counts.add_sum(parts, exits);
        let persons = ledger.id(group, Measure::Persons, figures.persons);
        let cases = ledger.id(group, Measure::Cases, figures.cases);
        ledger.counts.add_at_most(persons, cases);
        // A row with a case has a person: every reader knows the rows
        // listed have cases.
        if figures.cases > 0 {
            ledger.counts.know(persons, AT_LEAST_ONE);
        }
        // As many women (men) at most as cases of women (men), and at least
        // one where there is a case (taken as known whether or not the
        // cases are shown: safe, at worst it hides a little more).
        for g in 0..Breakdown::Gender.columns().len() {
            let persons = ledger
                .ids
                .get(&(group, Measure::Category(Breakdown::PersonsGender, g)));
            let cases = ledger
                .ids
                .get(&(group, Measure::Category(Breakdown::Gender, g)));
            if let (Some(&persons), Some(&cases)) = (persons, cases) {
                ledger.counts.add_at_most(persons, cases);
                if ledger.counts.value(cases) > 0 {
                    ledger.counts.know(persons, AT_LEAST_ONE);
                }
            }
        }
    }
    for &group in &groups {
        let wider = match group {
            Group::ProviderIn(_, i) => Group::Intervention(i),
            Group::Intervention(_) => Group::Total,
            Group::Total => continue,
        };
        if let (Some(&part), Some(&whole)) = (
            ledger.ids.get(&(group, Measure::Persons)),
            ledger.ids.get(&(wider, Measure::Persons)),
        ) {
            ledger.counts.add_at_most(part, whole);
        }
    }
    // Every person of an intervention is a person of one of its providers,
    // and every person one of some intervention's: at most the sums (a
    // person can be in two).
    let persons_of = |ledger: &Ledger, groups: &mut dyn Iterator<Item = Group>, measure| {
        groups
            .filter_map(|group| ledger.ids.get(&(group, measure)).copied())
            .collect::<Vec<CountId>>()
    };
    for i in 0..layout.interventions.len() {
        let whole = ledger.ids.get(&(Group::Intervention(i), Measure::Persons));
        let parts = persons_of(
            &ledger,
            &mut (0..layout.providers.len()).map(|p| Group::ProviderIn(p, i)),
            Measure::Persons,
        );
        if let Some(&whole) = whole {
            ledger.counts.add_at_most_sum(whole, parts);
        }
    }
    let genders = Breakdown::PersonsGender.columns().len();
    for measure in std::iter::once(Measure::Persons)
        .chain((0..genders).map(|g| Measure::Category(Breakdown::PersonsGender, g)))
    {
        let parts = persons_of(
            &ledger,
            &mut (0..layout.interventions.len()).map(Group::Intervention),
            measure,
        );
        if let Some(&whole) = ledger.ids.get(&(Group::Total, measure)) {
            ledger.counts.add_at_most_sum(whole, parts);
        }
    }
    // Respondents add up over providers and over interventions.
    if let Some(survey) = survey {
        let respondents = |group: Group| survey.sums(&survey_group(&layout, group)).respondents;
        let total = ledger.id(
            Group::Total,
            Measure::Respondents,
            respondents(Group::Total),
        );
        let mut per_intervention = Vec::new();
        for i in 0..layout.interventions.len() {
            let group = Group::Intervention(i);
            let id = ledger.id(group, Measure::Respondents, respondents(group));
            if let Some(&persons) = ledger.ids.get(&(group, Measure::Persons)) {
                ledger.counts.add_at_most(id, persons);
            }
            per_intervention.push(id);
            let parts: Vec<CountId> = (0..layout.providers.len())
                .map(|p| Group::ProviderIn(p, i))
                .filter(|&g| figures_of(stats, &layout, g).is_some_and(|f| f.cases > 0))
                .map(|g| {
                    let id = ledger.id(g, Measure::Respondents, respondents(g));
                    if let Some(&persons) = ledger.ids.get(&(g, Measure::Persons)) {
                        ledger.counts.add_at_most(id, persons);
                    }
                    id
                })
                .collect();
            ledger.counts.add_sum(parts, id);
        }
        ledger.counts.add_sum(per_intervention, total);
    }
    // A row a table leaves out, of a group other tables list, has a total
    // of 0 there: every reader of the tables can tell.
    for key in std::mem::take(&mut ledger.left_out) {
        if let Some(&id) = ledger.ids.get(&key) {
            if ledger.counts.value(id) == 0 {
                ledger.counts.know_from_layout(id, Range::exactly(0));
            }
        }
    }

    Relations {
        ledger,
        overview_tables,
        level_tables,
    }
}

/// Ties each count that adds up over time to the same count of the earlier
/// publications of other periods linked with this one: each is the sum of
/// the parts of its period (see [`Timeline`]). The parts and the earlier
/// counts enter the audit as counts this publication does not show, each
/// seen as its label says: an earlier "<5" keeps 1 to 4, an earlier ".."
/// the protection interval. A part (which no one shows) of 1 to
/// min_count − 1, and an earlier ".." of such a count, keep either 1 to 4
/// or the protection interval (told that it is 1 to 4, a reader learns what
/// the rule says of every small count). An earlier count is linked only
/// while it still holds for today's cases.
fn link_over_time(
    ledger: &mut Ledger,
    layout: &Layout,
    period: super::Period,
    timeline: &Timeline,
    earlier: &[Earlier],
    rules: &DisclosureRules,
) {
    let mut keys: Vec<((Group, Measure), CountId)> = ledger
        .ids
        .iter()
        .filter(|((_, measure), _)| measure.adds_up_over_time())
        .map(|(&key, &id)| (key, id))
        .collect();
    // In the order the counts were added, so that publishing is repeatable.
    keys.sort_unstable_by_key(|&(_, id)| id);
    let small = |value: i64| value > 0 && value < rules.min_count;
    for ((group, measure), id) in keys {
        let key = (layout.place(group), measure);
        let linked: Vec<(super::Period, Seen, i64)> = earlier
            .iter()
            .filter(|e| e.period != period)
            .filter_map(|e| {
                // A row a publication leaves out is a row of zeros, and
                // every reader can tell.
                let truth = e.full.get(&key).map_or(Some(0), |cell| cell.value())?;
                if truth != timeline.truth_in(e.period, &key) {
                    return None;
                }
                let seen = match e.public.get(&key) {
                    None => Seen::Shown(0),
                    Some(PublicCell::Value(v)) => Seen::Shown(*v),
                    Some(PublicCell::Below(m)) => Seen::Below(*m),
                    Some(PublicCell::Suppressed) if small(truth) => {
                        Seen::Unpublished(Some(rules.min_count))
                    }
                    Some(PublicCell::Suppressed) => Seen::Hidden,
                };
                Some((e.period, seen, truth))
            })
            .collect();
        if linked.is_empty() {
            continue;
        }
        let mut parts: HashMap<usize, CountId> = HashMap::new();
        let mut part_ids = |ledger: &mut Ledger, within: super::Period| -> Vec<CountId> {
            timeline
                .parts_in(within)
                .into_iter()
                .map(|k| {
                    *parts.entry(k).or_insert_with(|| {
                        let value = timeline.truth[k].get(&key).copied().unwrap_or(0);
                        ledger.counts.add_unpublished(
                            value,
                            Seen::Unpublished(small(value).then_some(rules.min_count)),
                        )
                    })
                })
                .collect()
        };
        let own = part_ids(ledger, period);
        ledger.counts.add_sum_over_time(own, id);
        for (earlier_period, seen, truth) in linked {
            let theirs = part_ids(ledger, earlier_period);
            let earlier_id = ledger.counts.add_unpublished(truth, seen);
            ledger.counts.add_sum_over_time(theirs, earlier_id);
        }
    }
}

/// What every reader knows of the persons of a row with a case.
const AT_LEAST_ONE: Range = Range { low: 1, high: None };

/// The position of an end reason's group among ReasonGroup's columns.
fn reason_group_index(reason: EndReason) -> usize {
    use crate::db::cases::ReasonGroup;
    match reason.group() {
        ReasonGroup::SelfSufficiency => 0,
        ReasonGroup::OtherInsatsOrAuthority => 1,
        ReasonGroup::Interruption => 2,
    }
}

fn survey_group(layout: &Layout, group: Group) -> SurveyGroup {
    match group {
        Group::Total => SurveyGroup::Total,
        Group::Intervention(i) => SurveyGroup::Intervention(layout.interventions[i].clone()),
        Group::ProviderIn(p, i) => SurveyGroup::ProviderIn {
            provider: layout.providers[p].id.clone(),
            intervention: layout.interventions[i].clone(),
        },
    }
}

/// Registers one table's counts: the rows whose breakdown total is not zero
/// (a row of zeros says nothing; the report leaves such rows out too), then
/// the total row.
fn plan_table(
    ledger: &mut Ledger,
    stats: &Statistics,
    layout: &Layout,
    breakdown: Breakdown,
    rows: &[(String, Group)],
    total: Group,
) -> TablePlan {
    let empty = Figures::default();
    let mut codes = Vec::new();
    let mut grid = Vec::new();
    let line = |ledger: &mut Ledger, group: Group, figures: &Figures| -> Vec<CountId> {
        let mut ids: Vec<CountId> = breakdown
            .values(figures)
            .into_iter()
            .enumerate()
            .map(|(c, v)| ledger.id(group, Measure::of_column(breakdown, c), v))
            .collect();
        ids.push(ledger.id(group, Measure::base_of(breakdown), breakdown.total(figures)));
        ids
    };
    for (code, group) in rows {
        let Some(figures) = figures_of(stats, layout, *group) else {
            continue;
        };
        if breakdown.total(figures) == 0 {
            ledger.left_out.push((*group, Measure::base_of(breakdown)));
            continue;
        }
        codes.push(code.clone());
        let row = line(ledger, *group, figures);
        let total = *row.last().expect("a row has a total");
        ledger.counts.know_from_layout(total, AT_LEAST_ONE);
        grid.push(row);
    }
    let figures = figures_of(stats, layout, total).unwrap_or(&empty);
    grid.push(line(ledger, total, figures));
    if breakdown.rows_add_up() {
        ledger.counts.add_table(grid.clone());
    } else {
        // Each row still adds up to its base; across rows a reader knows
        // only that no row's count exceeds the total row's.
        let (rows, total_row) = grid.split_at(grid.len() - 1);
        for row in grid.iter() {
            let (base, parts) = row.split_last().expect("a row has a base");
            ledger.counts.add_sum(parts.to_vec(), *base);
        }
        for row in rows {
            for (&part, &whole) in row.iter().zip(&total_row[0]) {
                ledger.counts.add_at_most(part, whole);
            }
        }
    }
    TablePlan {
        breakdown,
        rows: codes,
        grid,
    }
}

/// Reads the disclosed counts back into wire types.
struct View<'a> {
    ledger: &'a Ledger,
    disclosed: &'a Disclosed,
    rules: DisclosureRules,
    stats: &'a Statistics,
    layout: &'a Layout,
    survey: Option<&'a SurveyTally>,
}

impl View<'_> {
    fn table(&self, plan: &TablePlan) -> FigureTable {
        let cell = |id: CountId| self.disclosed.cell(id);
        let (data, last) = plan.grid.split_at(plan.grid.len() - 1);
        let last = &last[0];
        let columns = last.len() - 1;
        FigureTable {
            breakdown: plan.breakdown,
            rows: plan.rows.clone(),
            columns: plan
                .breakdown
                .columns()
                .iter()
                .map(|c| c.to_string())
                .collect(),
            cells: data
                .iter()
                .map(|row| row[..columns].iter().map(|&id| cell(id)).collect())
                .collect(),
            row_totals: data.iter().map(|row| cell(row[columns])).collect(),
            column_totals: last[..columns].iter().map(|&id| cell(id)).collect(),
            total: cell(last[columns]),
        }
    }

    /// A published count; a count no table holds is zero (its row was left
    /// out because its breakdown's total is zero).
    fn count(&self, group: Group, quantity: Measure) -> PublicCell {
        match self.ledger.ids.get(&(group, quantity)) {
            Some(&id) => self.disclosed.cell(id),
            None => PublicCell::Value(0),
        }
    }

    fn group_figures(&self, code: &str, group: Group) -> GroupFigures {
        let empty = Figures::default();
        let figures = figures_of(self.stats, self.layout, group).unwrap_or(&empty);
        let rules = &self.rules;
        let [self_sufficient, ended, extended, ongoing, persons, exits] = [
            SELF_SUFFICIENCY.part,
            SELF_SUFFICIENCY.base,
            EXTENDED.part,
            EXTENDED.base,
            RESPONSE_RATE.base,
            DAYS_TO_WORK_OR_STUDIES_BASE,
        ]
        .map(|measure| self.count(group, measure));
        // The average's base is its own count: shown when large enough,
        // whether or not work and studies are.
        let days = match exits {
            PublicCell::Value(n) => average(figures.days_to_work_or_studies, n, rules),
            _ => domain::model::statistics::PublicFigure::NotShown,
        };
        // Survey figures only where the survey asked: an intervention no
        // response is about was not in it (a response rate of 0 % would
        // say it was, and nobody answered).
        let surveyed = |tally: &SurveyTally| {
            let of_intervention = match group {
                Group::Total => SurveyGroup::Total,
                Group::Intervention(i) | Group::ProviderIn(_, i) => {
                    SurveyGroup::Intervention(self.layout.interventions[i].clone())
                }
            };
            tally.sums(&of_intervention).respondents > 0
        };
        let survey = self.survey.filter(|tally| surveyed(tally)).map(|tally| {
            let sums = tally.sums(&survey_group(self.layout, group));
            let respondents = self.count(group, RESPONSE_RATE.part);
            let enough = |n: i64| {
                matches!(respondents, PublicCell::Value(r) if r >= rules.min_base)
                    && n >= rules.min_base
            };
            let shown = |n: i64, tenths: Option<i64>| match tenths {
                Some(t) if enough(n) => domain::model::statistics::PublicFigure::Value(t),
                _ => domain::model::statistics::PublicFigure::NotShown,
            };
            SurveyFigures {
                response_rate: Share {
                    part: respondents,
                    base: persons,
                    percent: share(respondents, persons, rules),
                },
                areas: SURVEY_AREAS
                    .iter()
                    .enumerate()
                    .map(|(k, area)| AreaMean {
                        area: area.to_string(),
                        tenths: shown(sums.area_count[k], sums.area_tenths(k)),
                    })
                    .collect(),
                nki: shown(sums.respondents, sums.nki_tenths()),
            }
        });
        GroupFigures {
            code: code.to_string(),
            cases: self.count(group, Measure::Cases),
            persons,
            self_sufficiency: Share {
                part: self_sufficient,
                base: ended,
                percent: share(self_sufficient, ended, rules),
            },
            days_to_work_or_studies: Average {
                value: days,
                n: exits,
            },
            extended: Share {
                part: extended,
                base: ongoing,
                percent: share(extended, ongoing, rules),
            },
            survey,
        }
    }
}
