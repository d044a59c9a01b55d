//! Disclosure control: what of the statistics the public may see.
//!
//! - A count of 1 to `min_count − 1` is shown as "<5" (primary suppression).
//!   Zero is shown: it names no one.
//! - A percentage or average is shown only when its base is at least
//!   `min_base` and every count it is computed from is shown.
//! - Secondary suppression: no hidden count may be worked out, or narrowed,
//!   from everything published with it. First the quick passes: every row
//!   and column of a table, totals included, is an equation, and a hidden
//!   value can be solved for within one table exactly when it is a *bridge*
//!   in the graph whose nodes are the table's lines and whose edges are the
//!   hidden cells; more cells are hidden until no hidden cell is a bridge,
//!   inner cells before totals and the smallest positive count first (least
//!   information lost). Then the exact check over all equations at once
//!   (linear algebra). Then the bounds audit ([`super::audit`]): with the
//!   labels' bounds and whole numbers, a "<5" must still be able to be
//!   anything from 1 to 4 and a ".." must stay at least the protection
//!   interval wide; a count that fails gets a neighbour hidden (or a
//!   neighbouring "<5" shown as "..", which says less) until all pass.
//!   Last, what those steps hid for another count's sake is shown again,
//!   totals first, wherever the audit still passes without it: one step at
//!   a time cannot tell when a later one made an earlier one unnecessary.
//! - Tables are published together, and they share counts: the women of
//!   AMI 2 are a cell of the table of all interventions and a column total of
//!   AMI 2's table of providers; self-sufficiency is work + studies + own
//!   business. [`LinkedCounts`] holds every count once, so a count hidden in
//!   one table is hidden in all, and every check sees the whole system.
//!
//! A ".." is any whole number from 0, a small one included: a "<5" whose
//! label would give its neighbours away is shown as "..".
//!
//! Published figures are [`PublicCell`]s and [`PublicFigure`]s: neither holds a
//! suppressed number, so one cannot leak into a page, file or API by accident.

use super::{
    audit::{Audit, Facts, Protection, Range, Seen, Witnesses},
    percent, rounded_ratio, StatisticsTable,
};

/// The thresholds, from configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DisclosureRules {
    /// Counts from 1 up to this (exclusive) are not shown.
    pub min_count: i64,
    /// Percentages and averages need at least this base.
    pub min_base: i64,
    /// A ".." must leave at least this many whole numbers possible: no
    /// reader can narrow it further (5: 0–4 at the narrowest).
    pub protection: i64,
}

impl Default for DisclosureRules {
    fn default() -> Self {
        DisclosureRules {
            min_count: 5,
            min_base: 10,
            protection: 5,
        }
    }
}

impl DisclosureRules {
    /// No thresholds: the full figures, for municipality staff.
    pub const NONE: DisclosureRules = DisclosureRules {
        min_count: 0,
        min_base: 0,
        protection: 0,
    };
}

/// Published counts and figures are wire types: pages and files show them
/// as they are.
pub use domain::model::statistics::{PublicCell, PublicFigure};

/// A table as it may be published.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct PublicTable {
    pub rows: Vec<String>,
    pub columns: Vec<&'static str>,
    pub cells: Vec<Vec<PublicCell>>,
    pub row_totals: Vec<PublicCell>,
    pub column_totals: Vec<PublicCell>,
    pub total: PublicCell,
    #[serde(skip)]
    rules: DisclosureRules,
}

impl PublicTable {
    /// A cell as a whole percentage of its row total.
    pub fn row_share(&self, row: usize, column: usize) -> PublicFigure {
        share(self.cells[row][column], self.row_totals[row], &self.rules)
    }

    /// A row's total as a whole percentage of the grand total.
    pub fn share_of_total(&self, row: usize) -> PublicFigure {
        share(self.row_totals[row], self.total, &self.rules)
    }

    /// A column total as a whole percentage of the grand total.
    pub fn column_share(&self, column: usize) -> PublicFigure {
        share(self.column_totals[column], self.total, &self.rules)
    }
}

/// `part` of `base` in whole percent, when both are shown and the base is large enough.
pub fn share(part: PublicCell, base: PublicCell, rules: &DisclosureRules) -> PublicFigure {
    match (part, base) {
        (PublicCell::Value(part), PublicCell::Value(base)) if base >= rules.min_base => {
            percent(part, base).map_or(PublicFigure::NotShown, PublicFigure::Value)
        }
        _ => PublicFigure::NotShown,
    }
}

/// An average of `count` values adding up to `sum`, shown when `count`
/// reaches the base threshold.
pub fn average(sum: i64, count: i64, rules: &DisclosureRules) -> PublicFigure {
    match rounded_ratio(sum, count) {
        Some(avg) if count >= rules.min_base => PublicFigure::Value(avg),
        _ => PublicFigure::NotShown,
    }
}

/// The public version of a table on its own: primary and secondary suppression.
pub fn disclose(table: &StatisticsTable, rules: &DisclosureRules) -> PublicTable {
    let mut counts = LinkedCounts::default();
    let (r, c) = (table.rows.len(), table.columns.len());
    // Totals are dearer to hide than inner cells, the grand total dearest.
    let grid: Vec<Vec<CountId>> = (0..=r)
        .map(|i| {
            (0..=c)
                .map(|j| {
                    let value = match (i == r, j == c) {
                        (false, false) => table.cells[i][j],
                        (false, true) => table.row_totals[i],
                        (true, false) => table.column_totals[j],
                        (true, true) => table.total,
                    };
                    counts.add(value, u8::from(i == r) + u8::from(j == c))
                })
                .collect()
        })
        .collect();
    counts.add_table(grid.clone());
    let disclosed = counts.suppress(rules);
    let cell = |i: usize, j: usize| disclosed.cell(grid[i][j]);
    PublicTable {
        rows: table.rows.clone(),
        columns: table.columns.clone(),
        cells: (0..r)
            .map(|i| (0..c).map(|j| cell(i, j)).collect())
            .collect(),
        row_totals: (0..r).map(|i| cell(i, c)).collect(),
        column_totals: (0..c).map(|j| cell(r, j)).collect(),
        total: cell(r, c),
        rules: *rules,
    }
}

/// A count's place in a [`LinkedCounts`].
pub use super::audit::CountId;

/// Counts published together: each count once, the tables that show it and
/// the sums that tie counts of different tables together.
#[derive(Clone, Debug, Default)]
pub struct LinkedCounts {
    values: Vec<i64>,
    /// How aggregated a count is: 0 for an inner cell, more for totals.
    /// Hiding a less aggregated count loses less.
    level: Vec<u8>,
    /// Counts a shown figure is built on (a share's part or base, an
    /// average's n): hidden last, since hiding one hides the figure too.
    builds_figure: Vec<bool>,
    /// Tables as grids of ids, (rows + 1) × (columns + 1): the last column
    /// holds the row totals, the last row the column totals.
    tables: Vec<Vec<Vec<CountId>>>,
    /// Other equations: the parts add up to the total.
    sums: Vec<(Vec<CountId>, CountId)>,
    /// (a, bs): count a is never more than the sum of counts bs (persons
    /// and cases; a level's persons and its providers').
    at_most: Vec<(CountId, Vec<CountId>)>,
    /// What a reader knows of a count from other publications.
    known: Vec<Range>,
    /// What the tables' layout tells every reader of a count: a row listed
    /// has a total of at least 1, a row left out of a table that lists it
    /// elsewhere has a total of 0. The passes settle without it (taken
    /// early, its off-by-ones cascade into hiding); one audit after them
    /// proves it changes nothing, or the passes go on knowing it.
    told_by_layout: Vec<Range>,
    /// Counts this publication does not show, with what a reader sees of
    /// each: earlier publications' counts and the parts of periods between
    /// them, tied to this one's by [`LinkedCounts::add_sum_over_time`].
    unpublished: Vec<Option<Seen>>,
    /// Equations across publications (a period's count is the sum of its
    /// parts'), as (count, coefficient) terms that add up to zero.
    sums_over_time: Vec<Vec<(CountId, i8)>>,
}

impl LinkedCounts {
    pub fn add(&mut self, value: i64, level: u8) -> CountId {
        self.values.push(value);
        self.level.push(level);
        self.builds_figure.push(false);
        self.known.push(Range::ANY);
        self.told_by_layout.push(Range::ANY);
        self.unpublished.push(None);
        self.values.len() - 1
    }

    /// A count this publication does not show, seen by readers as `seen`
    /// (its label in an earlier publication, or [`Seen::Unpublished`]).
    /// Suppression never changes it; the audit protects it all the same.
    pub fn add_unpublished(&mut self, value: i64, seen: Seen) -> CountId {
        let id = self.add(value, 0);
        self.unpublished[id] = Some(seen);
        id
    }

    /// A sum that ties publications together: `parts` (counts of shorter
    /// periods) add up to `total`. Only the bounds audit uses it; the
    /// equation passes protect this publication's own tables.
    pub fn add_sum_over_time(&mut self, parts: Vec<CountId>, total: CountId) {
        let mut terms: Vec<(CountId, i8)> = parts.into_iter().map(|id| (id, 1)).collect();
        terms.push((total, -1));
        self.sums_over_time.push(terms);
    }

    /// Marks a count a shown figure is built on: the passes hide others
    /// first.
    pub fn builds_figure(&mut self, id: CountId) {
        self.builds_figure[id] = true;
    }

    /// A relation every reader knows: `a` is never more than `b`.
    pub fn add_at_most(&mut self, a: CountId, b: CountId) {
        self.at_most.push((a, vec![b]));
    }

    /// A relation every reader knows: `a` is never more than the sum of
    /// `parts` (every person of a level is a person of one of its
    /// providers, one person perhaps of two).
    pub fn add_at_most_sum(&mut self, a: CountId, parts: Vec<CountId>) {
        self.at_most.push((a, parts));
    }

    /// What another publication already told every reader about a count.
    pub fn know(&mut self, id: CountId, range: Range) {
        self.known[id] = self.known[id].and(range);
    }

    /// What the tables' layout tells every reader about a count.
    pub fn know_from_layout(&mut self, id: CountId, range: Range) {
        self.told_by_layout[id] = self.told_by_layout[id].and(range);
    }

    pub fn value(&self, id: CountId) -> i64 {
        self.values[id]
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// A table: `grid[i][j]` for its cells, the last column its row totals,
    /// the last row its column totals and grand total.
    pub fn add_table(&mut self, grid: Vec<Vec<CountId>>) {
        debug_assert!(grid.iter().all(|row| row.len() == grid[0].len()));
        self.tables.push(grid);
    }

    /// An equation outside any table: `parts` add up to `total`.
    pub fn add_sum(&mut self, parts: Vec<CountId>, total: CountId) {
        self.sums.push((parts, total));
    }

    /// Every equation, as (count, coefficient) terms that add up to zero:
    /// this publication's own first, then the sums over time.
    fn equations(&self) -> Vec<Vec<(CountId, i8)>> {
        let mut equations = Vec::new();
        for grid in &self.tables {
            for line in grid_lines(grid) {
                let (total, parts) = line.split_last().expect("a line has a total");
                let mut terms: Vec<(CountId, i8)> = parts.iter().map(|&id| (id, 1)).collect();
                terms.push((*total, -1));
                equations.push(terms);
            }
        }
        for (parts, total) in &self.sums {
            let mut terms: Vec<(CountId, i8)> = parts.iter().map(|&id| (id, 1)).collect();
            terms.push((*total, -1));
            equations.push(terms);
        }
        equations.extend(self.sums_over_time.iter().cloned());
        equations
    }

    /// Which counts to hide: primary suppression, then secondary until no
    /// hidden count can be worked out, or narrowed, from the shown ones.
    pub fn suppress(&self, rules: &DisclosureRules) -> Disclosed {
        let n = self.values.len();
        let mut disclosed = Disclosed {
            hidden: self
                .values
                .iter()
                .zip(&self.unpublished)
                .map(|(&v, unpublished)| unpublished.is_some() || (v > 0 && v < rules.min_count))
                .collect(),
            relabelled: vec![false; n],
            known_zero: vec![false; n],
            values: self.values.clone(),
            unpublished: self.unpublished.clone(),
            rules: *rules,
        };
        let links = Links::of(self, rules);
        let mut witnesses = Witnesses::new(self.values.clone());
        self.settle(&mut disclosed, &links, &self.known, &mut witnesses);
        if self.told_by_layout.iter().all(|&range| range == Range::ANY) {
            return disclosed;
        }
        let known: Vec<Range> = self
            .known
            .iter()
            .zip(&self.told_by_layout)
            .map(|(&known, &told)| known.and(told))
            .collect();
        let seen: Vec<Seen> = (0..n).map(|id| disclosed.seen(id)).collect();
        let failing = Audit::new(links.facts(self), &seen, &known, links.protection)
            .failing(&vec![true; n], &mut witnesses);
        tracing::debug!(
            failing = failing.len(),
            "bounds audit with what the layout tells"
        );
        if !failing.is_empty() {
            self.settle(&mut disclosed, &links, &known, &mut witnesses);
        }
        disclosed
    }

    /// Hides counts until every hidden count passes the audit of a reader
    /// who knows `known` besides what is shown, then shows again what that
    /// audit allows. Goes on from what `disclosed` hides already.
    fn settle(
        &self,
        disclosed: &mut Disclosed,
        links: &Links,
        known: &[Range],
        witnesses: &mut Witnesses,
    ) {
        let n = self.values.len();
        let own_equations = links.own_equations();
        let neighbours = &links.neighbours;
        let protection = links.protection;
        // Counts no more hiding can protect (every neighbour is hidden
        // already); not retried.
        let mut accepted = vec![false; n];
        let mut unprotectable = vec![false; n];
        // What the last audit saw, and what failed in it: only those and
        // the counts changed since need asking again.
        let mut audited: Vec<Option<Seen>> = vec![None; n];
        let mut failed = vec![false; n];
        let mut elimination = Elimination::new(own_equations);
        let facts = links.facts(self);
        loop {
            // A zero every reader can tell is zero is shown: it names no one,
            // and hiding it protects nothing. The equation passes must not
            // pick it, so to them it looks hidden (and needs no partner).
            for id in (0..n).filter(|&id| disclosed.known_zero[id]) {
                disclosed.hidden[id] = true;
                accepted[id] = true;
            }
            self.protect_equations(
                own_equations,
                &links.equations_of,
                &mut disclosed.hidden,
                &mut accepted,
                &mut elimination,
            );
            for id in (0..n).filter(|&id| disclosed.known_zero[id]) {
                disclosed.hidden[id] = false;
            }
            let seen: Vec<Seen> = (0..n).map(|id| disclosed.seen(id)).collect();
            let asked: Vec<bool> = (0..n)
                .map(|id| failed[id] || audited[id] != Some(seen[id]))
                .collect();
            let started = std::time::Instant::now();
            let failing = Audit::new(facts, &seen, known, protection).failing(&asked, witnesses);
            for id in 0..n {
                audited[id] = Some(seen[id]);
                failed[id] = false;
            }
            for &(id, _) in &failing {
                failed[id] = true;
            }
            tracing::debug!(
                failing = failing.len(),
                hidden = disclosed.hidden.iter().filter(|h| **h).count(),
                elapsed = ?started.elapsed(),
                "bounds audit"
            );
            let mut acted = false;
            // A failing count beside one changed this round waits for the
            // next audit: that change may have been enough for it too, and
            // hiding as little as possible is the point.
            let mut changed = vec![false; n];
            for (id, range) in failing {
                // A zero names no one: it may be told (and this
                // publication shows its own).
                if range == Range::exactly(0) {
                    // Shown only when truly zero: a range from relations
                    // the true counts break could say 0 of a small count.
                    if self.unpublished[id].is_none() && self.values[id] == 0 {
                        disclosed.known_zero[id] = true;
                        acted = true;
                    }
                    continue;
                }
                if unprotectable[id] || neighbours[id].iter().any(|&o| changed[o]) {
                    continue;
                }
                let other = match self.remedy(id, neighbours, disclosed) {
                    Some(Remedy::ShowAsHidden(other)) => {
                        disclosed.relabelled[other] = true;
                        other
                    }
                    Some(Remedy::Hide(other)) => {
                        disclosed.hidden[other] = true;
                        other
                    }
                    None => {
                        tracing::warn!(
                            count = id,
                            ?range,
                            "a hidden count cannot be protected further"
                        );
                        unprotectable[id] = true;
                        continue;
                    }
                };
                acted = true;
                changed[other] = true;
            }
            if !acted {
                self.show_what_is_safe(disclosed, facts, neighbours, known, protection, witnesses);
                return;
            }
        }
    }

    /// Shows again what the passes above hid but the audit does not need
    /// hidden. They add hiding one failure at a time and cannot tell when a
    /// later addition made an earlier one unnecessary; here each count hidden
    /// for another's sake (and each "<5" shown as ".."), the counts key
    /// figures are built on first, then totals of totals and larger counts
    /// (they say most), is shown again when every hidden count linked with
    /// it still passes the audit without it. A hidden count it leaves at
    /// exactly zero passes, and is shown as 0.
    fn show_what_is_safe(
        &self,
        disclosed: &mut Disclosed,
        facts: Facts<'_>,
        neighbours: &[Vec<CountId>],
        known: &[Range],
        protection: Protection,
        witnesses: &mut Witnesses,
    ) {
        let n = self.values.len();
        let min_count = disclosed.rules.min_count;
        let primary = |id: CountId| self.values[id] > 0 && self.values[id] < min_count;
        let mut candidates: Vec<CountId> = (0..n)
            .filter(|&id| self.unpublished[id].is_none())
            .filter(|&id| {
                (disclosed.hidden[id] && !primary(id) && !disclosed.known_zero[id])
                    || disclosed.relabelled[id]
            })
            .collect();
        candidates.sort_by_key(|&id| {
            (
                std::cmp::Reverse(self.builds_figure[id]),
                std::cmp::Reverse(self.level[id]),
                std::cmp::Reverse(self.values[id]),
                id,
            )
        });
        let started = std::time::Instant::now();
        let mut shown = 0;
        for id in candidates {
            let was = (disclosed.hidden[id], disclosed.relabelled[id]);
            if disclosed.relabelled[id] {
                disclosed.relabelled[id] = false;
            } else {
                disclosed.hidden[id] = false;
            }
            // Only the hidden counts linked with this one can be narrowed.
            let mut asked = vec![false; n];
            let mut stack: Vec<CountId> = if disclosed.hidden[id] {
                vec![id]
            } else {
                neighbours[id].clone()
            };
            while let Some(other) = stack.pop() {
                if asked[other] || !disclosed.hidden[other] || disclosed.known_zero[other] {
                    continue;
                }
                asked[other] = true;
                stack.extend(neighbours[other].iter().copied());
            }
            let seen: Vec<Seen> = (0..n).map(|k| disclosed.seen(k)).collect();
            let passes = Audit::new(facts, &seen, known, protection)
                .telling_zeros()
                .failing_near(&asked, witnesses)
                .is_empty();
            tracing::trace!(id, level = self.level[id], value = self.values[id], passes, elapsed = ?started.elapsed(), "show again?");
            if passes {
                shown += 1;
                // The solutions that moved it are solutions no more.
                let hidden = disclosed.hidden[id];
                witnesses.retain(|other, moved| {
                    other != id || (hidden && moved > 0 && moved < min_count)
                });
            } else {
                (disclosed.hidden[id], disclosed.relabelled[id]) = was;
            }
        }
        // What is shown again may leave a hidden count that every reader can
        // now tell is zero (the audit let it pass): it is shown as zero.
        let seen: Vec<Seen> = (0..n).map(|k| disclosed.seen(k)).collect();
        let ranges = Audit::new(facts, &seen, known, protection).propagate();
        let mut zeros = 0;
        for (id, range) in ranges.into_iter().enumerate() {
            // Only a true zero: should the published relations not hold
            // for the true counts, a range could mislead.
            let zero = self.values[id] == 0 && range == Range::exactly(0);
            if disclosed.hidden[id] && self.unpublished[id].is_none() && zero {
                disclosed.hidden[id] = false;
                disclosed.known_zero[id] = true;
                zeros += 1;
            }
        }
        tracing::debug!(shown, zeros, elapsed = ?started.elapsed(), "shown again after the audit");
    }

    /// Hides counts until no hidden count is determined by the equations
    /// alone: the quick passes table by table, then the exact check.
    fn protect_equations(
        &self,
        equations: &[Vec<(CountId, i8)>],
        equations_of: &[Vec<usize>],
        hidden: &mut [bool],
        accepted: &mut [bool],
        elimination: &mut Elimination<'_>,
    ) {
        // A table none of whose counts changed since its pass changes
        // nothing again: only tables holding a count hidden since are passed.
        let mut tables_of: Vec<Vec<usize>> = vec![Vec::new(); hidden.len()];
        for (t, grid) in self.tables.iter().enumerate() {
            for &id in grid.iter().flatten() {
                tables_of[id].push(t);
            }
        }
        let mut stale = vec![true; self.tables.len()];
        let mark = |stale: &mut [bool], id: CountId| {
            for &t in &tables_of[id] {
                stale[t] = true;
            }
        };
        loop {
            // The quick passes: each table on its own, then each other sum.
            loop {
                let mut changed = false;
                for (t, grid) in self.tables.iter().enumerate() {
                    if !stale[t] {
                        continue;
                    }
                    stale[t] = false;
                    let before: Vec<bool> = grid.iter().flatten().map(|&id| hidden[id]).collect();
                    let table = Grid {
                        ids: grid,
                        counts: self,
                    };
                    if table.protect(hidden) {
                        changed = true;
                        for (&id, was) in grid.iter().flatten().zip(before) {
                            if hidden[id] != was {
                                mark(&mut stale, id);
                            }
                        }
                    }
                }
                for terms in equations.iter().skip(self.table_equation_count()) {
                    let line: Vec<CountId> = terms.iter().map(|&(id, _)| id).collect();
                    let before: Vec<bool> = line.iter().map(|&id| hidden[id]).collect();
                    if self.complete_line(&line, hidden) {
                        changed = true;
                        for (&id, was) in line.iter().zip(before) {
                            if hidden[id] != was {
                                mark(&mut stale, id);
                            }
                        }
                    }
                }
                if !changed {
                    break;
                }
            }
            // The exact check over all equations at once.
            let mut protected = false;
            for id in elimination.determined(hidden) {
                if accepted[id] {
                    continue;
                }
                let partner = self.cheapest(
                    equations_of[id]
                        .iter()
                        .flat_map(|&e| equations[e].iter().map(|&(other, _)| other))
                        .filter(|&other| !hidden[other]),
                );
                match partner {
                    Some(other) => {
                        hidden[other] = true;
                        mark(&mut stale, other);
                        protected = true;
                        break;
                    }
                    None => accepted[id] = true,
                }
            }
            if !protected {
                return;
            }
        }
    }

    /// What widens a count the audit found too narrow. A count can move
    /// only along hidden counts that share equations with it, so the
    /// candidates are the counts beside it or beside a hidden count linked
    /// to it: a "<5" there shown as ".." instead (no more figures hidden) or
    /// a shown count hidden. The nearest candidates win (a far one seldom
    /// widens this count); among them a "<5" shown as ".." before a shown
    /// count hidden (it hides no figure, and measured on the demonstration
    /// data it hides fewer counts in the end), then a total of totals
    /// last and else the one in the fewest sums (hiding a total cascades
    /// into every table that shows it; measured on the demonstration data
    /// and 1,000,000 generated cases, this hides less and ends sooner than
    /// ranking by how aggregated a count is), then the smallest positive
    /// count.
    fn remedy(
        &self,
        id: CountId,
        neighbours: &[Vec<CountId>],
        disclosed: &Disclosed,
    ) -> Option<Remedy> {
        let mut reached = vec![false; self.values.len()];
        reached[id] = true;
        let mut frontier = vec![id];
        let mut best: Option<(RemedyCost, Remedy)> = None;
        let mut step = 0;
        while !frontier.is_empty() {
            step += 1;
            let mut next = Vec::new();
            for &member in &frontier {
                for &other in &neighbours[member] {
                    if reached[other] {
                        continue;
                    }
                    reached[other] = true;
                    // A total of totals last; then how many counts share an
                    // equation with it: hiding one that many sums hold
                    // spreads into all of them.
                    let reach = (self.level[other] >= 2, neighbours[other].len());
                    let candidate = match disclosed.seen(other) {
                        // Another publication's count, or a part of a
                        // period: nothing here can hide it, only what it
                        // adds up with.
                        _ if self.unpublished[other].is_some() => {
                            next.push(other);
                            None
                        }
                        Seen::Below(_) => {
                            next.push(other);
                            Some((
                                (step, 0, reach, false, 0, other),
                                Remedy::ShowAsHidden(other),
                            ))
                        }
                        Seen::Hidden | Seen::Unpublished(_) => {
                            next.push(other);
                            None
                        }
                        Seen::Shown(v) if !disclosed.known_zero[other] => {
                            Some(((step, 1, reach, v == 0, v, other), Remedy::Hide(other)))
                        }
                        Seen::Shown(_) => None,
                    };
                    if let Some((key, remedy)) = candidate {
                        if best.as_ref().is_none_or(|(k, _)| key < *k) {
                            best = Some((key, remedy));
                        }
                    }
                }
            }
            if best.is_some() {
                break;
            }
            frontier = next;
        }
        best.map(|(_, remedy)| remedy)
    }

    fn table_equation_count(&self) -> usize {
        self.tables.iter().map(|grid| grid_lines(grid).len()).sum()
    }

    /// Hides one more count of a line that has exactly one hidden count.
    fn complete_line(&self, line: &[CountId], hidden: &mut [bool]) -> bool {
        if line.iter().filter(|&&id| hidden[id]).count() != 1 {
            return false;
        }
        match self.cheapest(line.iter().copied().filter(|&id| !hidden[id])) {
            Some(id) => {
                hidden[id] = true;
                true
            }
            None => false,
        }
    }

    /// The count whose hiding costs least: one no shown key figure is built
    /// on, the least aggregated, a positive count before a zero (a hidden
    /// zero hides little), then the smallest, then the first added.
    fn cheapest(&self, ids: impl Iterator<Item = CountId>) -> Option<CountId> {
        ids.min_by_key(|&id| {
            let v = self.values[id];
            (self.builds_figure[id], self.level[id], v == 0, v, id)
        })
    }
}

/// A grid's equations: each row and each column, its total last. A table
/// without data rows has no column sums, one without data columns no row
/// sums.
fn grid_lines(grid: &[Vec<CountId>]) -> Vec<Vec<CountId>> {
    let (rows, columns) = (grid.len(), grid[0].len());
    let mut lines = Vec::new();
    if columns > 1 {
        lines.extend(grid.iter().cloned());
    }
    if rows > 1 {
        lines.extend((0..columns).map(|j| grid.iter().map(|row| row[j]).collect()));
    }
    lines
}

/// What a remedy costs, compared in order: steps away, a "<5" shown as ".."
/// (0) before a count hidden (1), whether it is a total of totals, how many
/// counts share a sum with it, a zero last, its value, its id.
type RemedyCost = (usize, u8, (bool, usize), bool, i64, CountId);

/// One more step of secondary suppression.
enum Remedy {
    /// Show a "<5" as "..": the reader no longer knows it is 1 to 4.
    ShowAsHidden(CountId),
    Hide(CountId),
}

/// How a publication's counts are tied together, worked out once for the
/// passes: every equation, the counts each count bounds, and what the
/// audit asks.
struct Links {
    /// This publication's own equations first, then the sums over time.
    equations: Vec<Vec<(CountId, i8)>>,
    sums_over_time: usize,
    /// The own equations each count is in.
    equations_of: Vec<Vec<usize>>,
    /// The counts each count shares an equation or relation with.
    neighbours: Vec<Vec<CountId>>,
    protection: Protection,
}

impl Links {
    fn of(counts: &LinkedCounts, rules: &DisclosureRules) -> Links {
        let n = counts.len();
        let equations = counts.equations();
        let own = equations.len() - counts.sums_over_time.len();
        let mut neighbours: Vec<Vec<CountId>> = vec![Vec::new(); n];
        let mut equations_of: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (e, terms) in equations.iter().enumerate() {
            for &(id, _) in terms {
                if e < own {
                    equations_of[id].push(e);
                }
                neighbours[id].extend(terms.iter().map(|&(other, _)| other));
            }
        }
        // In a ≤ b1 + b2 + … every count bounds every other, as in a sum.
        for (a, bs) in &counts.at_most {
            let members: Vec<CountId> = std::iter::once(*a).chain(bs.iter().copied()).collect();
            for &member in &members {
                neighbours[member].extend(&members);
            }
        }
        for (id, list) in neighbours.iter_mut().enumerate() {
            list.sort_unstable();
            list.dedup();
            list.retain(|&other| other != id);
        }
        Links {
            equations,
            sums_over_time: counts.sums_over_time.len(),
            equations_of,
            neighbours,
            protection: Protection {
                min_count: rules.min_count,
                values: rules.protection,
            },
        }
    }

    /// The equation passes see this publication's own equations only.
    fn own_equations(&self) -> &[Vec<(CountId, i8)>] {
        &self.equations[..self.equations.len() - self.sums_over_time]
    }

    fn facts<'a>(&'a self, counts: &'a LinkedCounts) -> Facts<'a> {
        Facts {
            equations: &self.equations,
            at_most: &counts.at_most,
        }
    }
}

/// The outcome of suppression: which counts the public sees.
#[derive(Clone, Debug)]
pub struct Disclosed {
    hidden: Vec<bool>,
    /// Hidden counts of 1 to min_count − 1 shown as ".." all the same.
    relabelled: Vec<bool>,
    /// Zeros every reader can work out: shown, never hidden again.
    known_zero: Vec<bool>,
    values: Vec<i64>,
    /// What readers see of the counts this publication does not show.
    unpublished: Vec<Option<Seen>>,
    rules: DisclosureRules,
}

impl Disclosed {
    pub fn cell(&self, id: CountId) -> PublicCell {
        let value = self.values[id];
        if !self.hidden[id] {
            PublicCell::Value(value)
        } else if value > 0 && value < self.rules.min_count && !self.relabelled[id] {
            PublicCell::Below(self.rules.min_count)
        } else {
            PublicCell::Suppressed
        }
    }

    /// What a reader sees of a count, for the audit.
    fn seen(&self, id: CountId) -> Seen {
        if let Some(seen) = self.unpublished[id] {
            return seen;
        }
        match self.cell(id) {
            PublicCell::Value(v) => Seen::Shown(v),
            PublicCell::Below(m) => Seen::Below(m),
            PublicCell::Suppressed => Seen::Hidden,
        }
    }

    pub fn is_hidden(&self, id: CountId) -> bool {
        self.hidden[id]
    }
}

/// One table of a [`LinkedCounts`], for the table-by-table passes.
struct Grid<'a> {
    ids: &'a [Vec<CountId>],
    counts: &'a LinkedCounts,
}

impl Grid<'_> {
    fn rows(&self) -> usize {
        self.ids.len()
    }

    fn columns(&self) -> usize {
        self.ids[0].len()
    }

    fn hidden_cells(&self, hidden: &[bool]) -> Vec<Vec<bool>> {
        self.ids
            .iter()
            .map(|row| row.iter().map(|&id| hidden[id]).collect())
            .collect()
    }

    /// Hides cells until no line has exactly one hidden cell and no hidden
    /// cell is a bridge; returns whether it hid anything.
    fn protect(&self, hidden: &mut [bool]) -> bool {
        let (rows, columns) = (self.rows(), self.columns());
        if rows < 2 || columns < 2 {
            // One line only: no bridges, just the line itself.
            return grid_lines(self.ids)
                .iter()
                .any(|line| self.counts.complete_line(line, hidden));
        }
        let mut changed_any = false;
        loop {
            // A line with exactly one hidden cell: hide a second one in it.
            let mut changed = false;
            for i in 0..rows {
                changed |= self.counts.complete_line(&self.ids[i], hidden);
            }
            for j in 0..columns {
                let line: Vec<CountId> = (0..rows).map(|i| self.ids[i][j]).collect();
                changed |= self.counts.complete_line(&line, hidden);
            }
            changed_any |= changed;
            if changed {
                continue;
            }
            // Every line now has none or at least two hidden cells, yet a
            // hidden cell may still be a bridge between two groups of
            // lines: join the groups with one more hidden cell.
            let cells = self.hidden_cells(hidden);
            match bridge(&cells) {
                Some((i, j)) if self.close_bridge(i, j, &cells, hidden) => changed_any = true,
                // No bridge, or one this table alone cannot close: the
                // exact check over all tables takes it from here.
                _ => return changed_any,
            }
        }
    }

    /// Puts the bridge (i, j) on a cycle: hides a cell joining a row on the
    /// column's side to a column on the row's side. Returns whether it hid
    /// anything.
    fn close_bridge(&self, i: usize, j: usize, cells: &[Vec<bool>], hidden: &mut [bool]) -> bool {
        let row_side = component(cells, Line::Row(i), (i, j));
        let column_side = component(cells, Line::Column(j), (i, j));
        let candidates = (0..self.rows())
            .filter(|&r| column_side.rows[r] && !row_side.rows[r])
            .flat_map(|r| (0..self.columns()).map(move |c| (r, c)))
            .filter(|&(r, c)| row_side.columns[c] && !cells[r][c])
            .map(|(r, c)| self.ids[r][c]);
        match self.counts.cheapest(candidates) {
            Some(id) => {
                hidden[id] = true;
                true
            }
            // Both sides have a row and a column once no line has a single
            // hidden cell, so a joining cell exists; hiding the bridge's
            // whole row is the safe fallback should that ever fail.
            None => {
                let mut changed = false;
                for &id in &self.ids[i] {
                    changed |= !hidden[id];
                    hidden[id] = true;
                }
                changed
            }
        }
    }
}

/// A hidden cell of a grid whose value its line equations determine, if any.
fn bridge(hidden: &[Vec<bool>]) -> Option<(usize, usize)> {
    let (rows, columns) = (hidden.len(), hidden[0].len());
    (0..rows)
        .flat_map(|i| (0..columns).map(move |j| (i, j)))
        .filter(|&(i, j)| hidden[i][j])
        .find(|&(i, j)| !component(hidden, Line::Row(i), (i, j)).columns[j])
}

/// A row or a column of the grid: one equation.
#[derive(Clone, Copy)]
enum Line {
    Row(usize),
    Column(usize),
}

/// The lines reachable from `start` through hidden cells other than `without`.
struct Component {
    rows: Vec<bool>,
    columns: Vec<bool>,
}

fn component(hidden: &[Vec<bool>], start: Line, without: (usize, usize)) -> Component {
    let mut reached = Component {
        rows: vec![false; hidden.len()],
        columns: vec![false; hidden[0].len()],
    };
    match start {
        Line::Row(i) => reached.rows[i] = true,
        Line::Column(j) => reached.columns[j] = true,
    }
    let mut stack = vec![start];
    while let Some(line) = stack.pop() {
        match line {
            Line::Row(i) => {
                for (j, seen) in reached.columns.iter_mut().enumerate() {
                    if hidden[i][j] && (i, j) != without && !*seen {
                        *seen = true;
                        stack.push(Line::Column(j));
                    }
                }
            }
            Line::Column(j) => {
                for (i, seen) in reached.rows.iter_mut().enumerate() {
                    if hidden[i][j] && (i, j) != without && !*seen {
                        *seen = true;
                        stack.push(Line::Row(i));
                    }
                }
            }
        }
    }
    reached
}

/// The hidden counts that the equations and the shown counts determine, in
/// id order.
pub fn determined(equations: &[Vec<(CountId, i8)>], hidden: &[bool]) -> Vec<CountId> {
    Elimination::new(equations).determined(hidden)
}

/// The equations in reduced row echelon form over the hidden counts, kept
/// up to date as counts are hidden one by one.
///
/// A hidden count is determined exactly when its unit vector lies in the row
/// space of the equations restricted to the hidden counts: when a row of the
/// reduced form holds it and no other hidden count. Suppression hides one
/// count at a time and asks again each time, so the form is extended by
/// that count's column instead of being reduced again (measured on
/// 1,000,000 generated cases: reducing the largest group of hidden counts
/// again took 10–12 ms, a few hundred times per publication).
///
/// Each row keeps its shown counts' coefficients too: they are the column a
/// count brings when it is hidden. The invariants, kept by [`Self::hide`]:
/// a pivot column is zero in every row but its own, and a row without a
/// pivot holds no hidden count. So hiding a count either gives it a pivot
/// (a row without one held it: it is determined by shown counts) or adds a
/// hidden count to some pivot rows, which can never be alone again.
///
/// The arithmetic is modulo the prime 2^61 − 1, exact for these ±1
/// coefficients unless a determinant happens to be a multiple of that prime
/// (odds far below one in 10^15).
struct Elimination<'a> {
    equations: &'a [Vec<(CountId, i8)>],
    hidden: Vec<bool>,
    /// Sparse, by column: (count, coefficient).
    rows: Vec<Vec<(CountId, u64)>>,
    pivot: Vec<Option<CountId>>,
    /// How many hidden counts each row holds: a pivot row with one is a
    /// determined count.
    hidden_terms: Vec<usize>,
}

impl<'a> Elimination<'a> {
    fn new(equations: &'a [Vec<(CountId, i8)>]) -> Self {
        let rows: Vec<Vec<(CountId, u64)>> = equations
            .iter()
            .map(|terms| {
                let mut row: Vec<(CountId, u64)> = Vec::with_capacity(terms.len());
                let mut sorted = terms.clone();
                sorted.sort_unstable_by_key(|&(id, _)| id);
                for (id, coefficient) in sorted {
                    let value = modular::of(i64::from(coefficient));
                    match row.last_mut() {
                        Some((last, sum)) if *last == id => *sum = modular::add(*sum, value),
                        _ => row.push((id, value)),
                    }
                }
                row.retain(|&(_, v)| v != 0);
                row
            })
            .collect();
        let count = rows.len();
        Elimination {
            equations,
            hidden: Vec::new(),
            rows,
            pivot: vec![None; count],
            hidden_terms: vec![0; count],
        }
    }

    /// The counts of `hidden` that are determined, in id order. Cheap when
    /// `hidden` holds what was hidden at the last call and a few more.
    fn determined(&mut self, hidden: &[bool]) -> Vec<CountId> {
        let grew = self.hidden.len() == hidden.len()
            && self.hidden.iter().zip(hidden).all(|(&was, &is)| is || !was);
        if !grew {
            *self = Elimination::new(self.equations);
            self.hidden = vec![false; hidden.len()];
        }
        for id in 0..hidden.len() {
            if hidden[id] && !self.hidden[id] {
                self.hide(id);
            }
        }
        let mut found: Vec<CountId> = self
            .pivot
            .iter()
            .zip(&self.hidden_terms)
            .filter_map(|(&pivot, &terms)| pivot.filter(|_| terms == 1))
            .collect();
        found.sort_unstable();
        found
    }

    /// Adds a hidden count's column to the reduced form.
    fn hide(&mut self, id: CountId) {
        self.hidden[id] = true;
        let coefficient = |row: &[(CountId, u64)]| {
            row.binary_search_by_key(&id, |&(k, _)| k)
                .ok()
                .map(|at| row[at].1)
        };
        let holding: Vec<usize> = (0..self.rows.len())
            .filter(|&r| coefficient(&self.rows[r]).is_some())
            .collect();
        // A row without a pivot holds no hidden count: if one holds this
        // count, the shown counts determine it. The sparsest such row keeps
        // the form sparse.
        let Some(&chosen) = holding
            .iter()
            .filter(|&&r| self.pivot[r].is_none())
            .min_by_key(|&&r| self.rows[r].len())
        else {
            for &r in &holding {
                self.hidden_terms[r] += 1;
            }
            return;
        };
        let scale = modular::inverse(coefficient(&self.rows[chosen]).unwrap_or(1));
        for term in &mut self.rows[chosen] {
            term.1 = modular::mul(term.1, scale);
        }
        self.pivot[chosen] = Some(id);
        self.hidden_terms[chosen] = 1;
        let pivot_row = std::mem::take(&mut self.rows[chosen]);
        for &r in holding.iter().filter(|&&r| r != chosen) {
            let factor = coefficient(&self.rows[r]).unwrap_or(0);
            self.rows[r] = modular::subtract_multiple(&self.rows[r], factor, &pivot_row);
        }
        self.rows[chosen] = pivot_row;
    }
}

/// Arithmetic modulo the Mersenne prime 2^61 − 1.
mod modular {
    const P: u64 = (1 << 61) - 1;

    pub fn of(v: i64) -> u64 {
        v.rem_euclid(P as i64) as u64
    }

    // Operands are below P, so one conditional subtraction reduces a sum,
    // and a product folds at bit 61 (2^61 ≡ 1): no division anywhere.
    pub fn add(a: u64, b: u64) -> u64 {
        let sum = a + b;
        if sum >= P {
            sum - P
        } else {
            sum
        }
    }

    fn sub(a: u64, b: u64) -> u64 {
        add(a, P - b)
    }

    pub fn mul(a: u64, b: u64) -> u64 {
        let product = u128::from(a) * u128::from(b);
        let folded = (product as u64 & P) + (product >> 61) as u64;
        add(folded & P, folded >> 61)
    }

    pub fn inverse(a: u64) -> u64 {
        // Fermat: a^(P − 2).
        let (mut result, mut base, mut exponent) = (1u64, a, P - 2);
        while exponent > 0 {
            if exponent & 1 == 1 {
                result = mul(result, base);
            }
            base = mul(base, base);
            exponent >>= 1;
        }
        result
    }

    /// `row − factor · other`, both sparse and sorted by column; what
    /// cancels is left out.
    pub fn subtract_multiple(
        row: &[(usize, u64)],
        factor: u64,
        other: &[(usize, u64)],
    ) -> Vec<(usize, u64)> {
        let mut result = Vec::with_capacity(row.len() + other.len());
        let (mut a, mut b) = (row.iter().peekable(), other.iter().peekable());
        loop {
            let next = match (a.peek(), b.peek()) {
                (Some(&&(i, x)), Some(&&(j, y))) if i == j => {
                    a.next();
                    b.next();
                    (i, sub(x, mul(factor, y)))
                }
                (Some(&&(i, x)), Some(&&(j, _))) if i < j => {
                    a.next();
                    (i, x)
                }
                (_, Some(&&(j, y))) => {
                    b.next();
                    (j, sub(0, mul(factor, y)))
                }
                (Some(&&(i, x)), None) => {
                    a.next();
                    (i, x)
                }
                (None, None) => break,
            };
            if next.1 != 0 {
                result.push(next);
            }
        }
        result
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn arithmetic_without_division_agrees_with_the_remainder() {
            let edges = [0, 1, 2, P - 2, P - 1, 1 << 60, (1 << 60) + 12345];
            let mut state = 0x9e37_79b9_7f4a_7c15_u64;
            let mut values: Vec<u64> = edges.to_vec();
            for _ in 0..2000 {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                values.push((state >> 3) % P);
            }
            for pair in values.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                let wide = |x: u128| (x % u128::from(P)) as u64;
                assert_eq!(mul(a, b), wide(u128::from(a) * u128::from(b)), "{a} × {b}");
                assert_eq!(add(a, b), wide(u128::from(a) + u128::from(b)), "{a} + {b}");
                assert_eq!(
                    sub(a, b),
                    wide(u128::from(a) + u128::from(P) - u128::from(b)),
                    "{a} − {b}"
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PublicCell::{Below, Suppressed, Value};

    #[test]
    fn a_year_that_would_tell_what_ended_in_its_spring_after_its_autumn_is_hidden() {
        // Autumn published 8; the year's 12 would tell the spring's 4.
        let mut counts = LinkedCounts::default();
        let year = counts.add(12, 0);
        let spring = counts.add_unpublished(4, Seen::Unpublished(Some(5)));
        let autumn_part = counts.add_unpublished(8, Seen::Unpublished(None));
        let autumn = counts.add_unpublished(8, Seen::Shown(8));
        counts.add_sum_over_time(vec![spring, autumn_part], year);
        counts.add_sum_over_time(vec![autumn_part], autumn);
        let disclosed = counts.suppress(&DisclosureRules::default());
        assert_eq!(disclosed.cell(year), Suppressed);

        // A spring of 30 may be told: it could have been published.
        let mut counts = LinkedCounts::default();
        let year = counts.add(38, 0);
        let spring = counts.add_unpublished(30, Seen::Unpublished(None));
        let autumn_part = counts.add_unpublished(8, Seen::Unpublished(None));
        let autumn = counts.add_unpublished(8, Seen::Shown(8));
        counts.add_sum_over_time(vec![spring, autumn_part], year);
        counts.add_sum_over_time(vec![autumn_part], autumn);
        assert_eq!(
            counts.suppress(&DisclosureRules::default()).cell(year),
            Value(38)
        );
    }

    fn table(cells: &[&[i64]]) -> StatisticsTable {
        let rows = (0..cells.len()).map(|i| format!("r{i}")).collect();
        let names: [&'static str; 6] = ["a", "b", "c", "d", "e", "f"];
        let columns = names[..cells[0].len()].to_vec();
        StatisticsTable::from_counts(rows, columns, cells.iter().map(|r| r.to_vec()).collect())
    }

    fn rules() -> DisclosureRules {
        DisclosureRules::default()
    }

    /// The reader's attack with sums and bounds only, no solver: every line
    /// of the grid (row or column, totals last) narrows its counts from the
    /// others' bounds until nothing changes. Returns each count's range.
    fn sums_and_bounds(lines: &[Vec<usize>], cells: &[PublicCell]) -> Vec<(i64, i64)> {
        sums_and_bounds_knowing(lines, cells, &vec![Range::ANY; cells.len()])
    }

    /// The same attack by a reader who also knows `known` of each count.
    fn sums_and_bounds_knowing(
        lines: &[Vec<usize>],
        cells: &[PublicCell],
        known: &[Range],
    ) -> Vec<(i64, i64)> {
        const MANY: i64 = 1 << 40;
        let mut bounds: Vec<(i64, i64)> = cells
            .iter()
            .zip(known)
            .map(|(cell, known)| {
                let (low, high) = match *cell {
                    Value(v) => (v, v),
                    Below(m) => (1, m - 1),
                    Suppressed => (0, MANY),
                };
                (low.max(known.low), known.high.map_or(high, |h| high.min(h)))
            })
            .collect();
        loop {
            let mut changed = false;
            for line in lines {
                let (&total, parts) = line.split_last().unwrap();
                let low: i64 = parts.iter().map(|&p| bounds[p].0).sum();
                let high: i64 = parts.iter().map(|&p| bounds[p].1).sum::<i64>().min(MANY);
                let t = (bounds[total].0.max(low), bounds[total].1.min(high));
                changed |= t != bounds[total];
                bounds[total] = t;
                for &p in parts {
                    let others_low = low - bounds[p].0;
                    let others_high = parts
                        .iter()
                        .filter(|&&q| q != p)
                        .map(|&q| bounds[q].1)
                        .sum::<i64>();
                    let b = (
                        bounds[p].0.max(bounds[total].0 - others_high.min(MANY)),
                        bounds[p].1.min(bounds[total].1 - others_low),
                    );
                    changed |= b != bounds[p];
                    bounds[p] = b;
                }
            }
            if !changed {
                return bounds;
            }
        }
    }

    /// No hidden count of the table can be narrowed by sums and bounds: a
    /// "<5" stays 1 to 4, a ".." at least `rules.protection` wide; and the
    /// exact check finds nothing determined.
    fn assert_nothing_narrowed(public: &PublicTable, rules: &DisclosureRules) {
        let mut grid: Vec<Vec<PublicCell>> = public
            .cells
            .iter()
            .zip(&public.row_totals)
            .map(|(row, &total)| row.iter().copied().chain([total]).collect())
            .collect();
        grid.push(
            public
                .column_totals
                .iter()
                .copied()
                .chain([public.total])
                .collect(),
        );
        let (rows, columns) = (grid.len(), grid[0].len());
        let id = |i: usize, j: usize| i * columns + j;
        let mut lines: Vec<Vec<usize>> = Vec::new();
        if columns > 1 {
            lines.extend((0..rows).map(|i| (0..columns).map(|j| id(i, j)).collect()));
        }
        if rows > 1 {
            lines.extend((0..columns).map(|j| (0..rows).map(|i| id(i, j)).collect()));
        }
        let cells: Vec<PublicCell> = grid.concat();
        let bounds = sums_and_bounds(&lines, &cells);
        for (k, cell) in cells.iter().enumerate() {
            let (low, high) = bounds[k];
            match cell {
                Below(m) => assert_eq!((low, high), (1, m - 1), "cell {k} of {public:?}"),
                Suppressed => assert!(
                    high - low + 1 >= rules.protection,
                    "cell {k} in {low}..={high} of {public:?}"
                ),
                Value(_) => {}
            }
        }
        let equations: Vec<Vec<(CountId, i8)>> = lines
            .iter()
            .map(|line| {
                let (&total, parts) = line.split_last().unwrap();
                parts.iter().map(|&p| (p, 1)).chain([(total, -1)]).collect()
            })
            .collect();
        let hidden: Vec<bool> = cells.iter().map(|c| c.value().is_none()).collect();
        assert_eq!(
            determined(&equations, &hidden),
            Vec::<CountId>::new(),
            "{public:?}"
        );
    }

    /// No count from 1 to min_count − 1 is shown, in any table.
    fn assert_no_small_count_shown(
        cells: &[Vec<i64>],
        public: &PublicTable,
        rules: &DisclosureRules,
    ) {
        for (i, row) in cells.iter().enumerate() {
            for (j, &v) in row.iter().enumerate() {
                if v > 0 && v < rules.min_count {
                    assert_eq!(public.cells[i][j].value(), None, "{public:?}");
                }
            }
        }
    }

    #[test]
    fn three_below_five_beside_a_total_of_twelve_are_not_all_shown_as_below_five() {
        // A reader who sees "12 = <5 + <5 + <5" knows each is 4.
        let cells: &[&[i64]] = &[&[4, 4, 4, 30], &[20, 25, 30, 35], &[22, 27, 31, 40]];
        let public = disclose(&table(cells), &rules());
        assert_nothing_narrowed(&public, &rules());
        assert!(public.cells[0][..3].iter().all(|c| c.value().is_none()));
    }

    #[test]
    fn a_count_from_one_to_four_is_never_shown_and_zero_is() {
        let cells: &[&[i64]] = &[&[3, 0, 20], &[7, 0, 30], &[8, 0, 40]];
        let public = disclose(&table(cells), &rules());
        assert_eq!(public.cells[0][0].value(), None);
        assert_eq!(public.cells[1][1], Value(0));
        assert_nothing_narrowed(&public, &rules());
    }

    #[test]
    fn a_below_five_whose_partners_have_room_keeps_its_label() {
        // The 3's row and column have large hidden partners that can move by
        // more than the protection interval without it.
        let cells: &[&[i64]] = &[&[3, 20, 30, 40], &[25, 40, 50, 60], &[30, 45, 55, 65]];
        let public = disclose(&table(cells), &rules());
        assert_nothing_narrowed(&public, &rules());
        assert_eq!(public.cells[0][0].value(), None);
    }

    #[test]
    fn a_single_hidden_cell_in_a_row_or_column_never_stays_alone() {
        for cells in [
            vec![vec![3, 20, 30], vec![10, 40, 50], vec![12, 45, 60]],
            vec![vec![3, 20], vec![10, 40], vec![12, 45]],
            vec![vec![2], vec![30], vec![40]],
        ] {
            let refs: Vec<&[i64]> = cells.iter().map(Vec::as_slice).collect();
            let public = disclose(&table(&refs), &rules());
            assert_nothing_narrowed(&public, &rules());
            assert_no_small_count_shown(&cells, &public, &rules());
        }
    }

    #[test]
    fn a_hidden_cell_between_two_protected_blocks_is_joined_to_a_cycle() {
        // Two 2 × 2 blocks of small counts joined only through row r2 and
        // column c: the cell (r2, c) would be a bridge without more hiding.
        let cells: &[&[i64]] = &[
            &[1, 2, 0, 0, 50],
            &[3, 4, 0, 0, 50],
            &[0, 0, 1, 2, 50],
            &[0, 0, 3, 4, 50],
            &[60, 60, 60, 60, 60],
        ];
        let public = disclose(&table(cells), &rules());
        assert_nothing_narrowed(&public, &rules());
    }

    /// A deterministic stream of numbers for generated tables.
    fn numbers(mut seed: u64) -> impl FnMut() -> u64 {
        move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        }
    }

    /// The rank of the equations restricted to `columns`, by plain dense
    /// elimination: the reference the incremental form is checked against.
    fn rank(equations: &[Vec<(CountId, i8)>], columns: &[CountId]) -> usize {
        let mut matrix: Vec<Vec<i128>> = equations
            .iter()
            .map(|terms| {
                columns
                    .iter()
                    .map(|&c| {
                        terms
                            .iter()
                            .filter(|t| t.0 == c)
                            .map(|t| i128::from(t.1))
                            .sum()
                    })
                    .collect()
            })
            .collect();
        // Fraction-free elimination modulo a prime far above any minor here.
        const P: i128 = 1_000_000_007;
        let mut rank = 0;
        for column in 0..columns.len() {
            let Some(found) = (rank..matrix.len()).find(|&r| matrix[r][column].rem_euclid(P) != 0)
            else {
                continue;
            };
            matrix.swap(rank, found);
            for r in 0..matrix.len() {
                if r != rank {
                    let (a, b) = (matrix[rank][column], matrix[r][column]);
                    for k in 0..columns.len() {
                        matrix[r][k] = (matrix[r][k] * a - matrix[rank][k] * b).rem_euclid(P);
                    }
                }
            }
            rank += 1;
        }
        rank
    }

    /// The hidden counts the equations determine, by the rank: count k is
    /// determined exactly when leaving its column out lowers the rank.
    fn determined_by_rank(equations: &[Vec<(CountId, i8)>], hidden: &[bool]) -> Vec<CountId> {
        let hidden_ids: Vec<CountId> = (0..hidden.len()).filter(|&k| hidden[k]).collect();
        let full = rank(equations, &hidden_ids);
        hidden_ids
            .iter()
            .copied()
            .filter(|&k| {
                let others: Vec<CountId> = hidden_ids.iter().copied().filter(|&o| o != k).collect();
                rank(equations, &others) < full
            })
            .collect()
    }

    #[test]
    fn counts_hidden_a_few_at_a_time_are_determined_exactly_when_the_rank_says_so() {
        let mut next = numbers(0x9e37_79b9_7f4a_7c15);
        for _ in 0..40 {
            // A table with its sums, a sum across some of its cells, one
            // whose terms are written twice (one cancels, one doubles), and one
            // with no terms.
            let (rows, columns) = (2 + next() as usize % 4, 2 + next() as usize % 4);
            let grid: Vec<Vec<CountId>> = (0..=rows)
                .map(|i| (0..=columns).map(|j| i * (columns + 1) + j).collect())
                .collect();
            let mut equations: Vec<Vec<(CountId, i8)>> = grid_lines(&grid)
                .into_iter()
                .map(|line| {
                    let (&total, parts) = line.split_last().unwrap();
                    parts.iter().map(|&p| (p, 1)).chain([(total, -1)]).collect()
                })
                .collect();
            let n = (rows + 1) * (columns + 1);
            equations.push(vec![(0, 1), (n - 1, 1), (1, -1), (n - 2, -1)]);
            equations.push(vec![(0, 1), (1, 1), (0, -1), (1, 1), (columns, -1)]);
            equations.push(Vec::new());
            let mut order: Vec<CountId> = (0..n).collect();
            for k in (1..n).rev() {
                order.swap(k, next() as usize % (k + 1));
            }
            let mut elimination = Elimination::new(&equations);
            let mut hidden = vec![false; n];
            // One to three counts hidden between two questions.
            let mut k = 0;
            while k < n {
                let step = 1 + next() as usize % 3;
                for &id in &order[k..(k + step).min(n)] {
                    hidden[id] = true;
                }
                k += step;
                assert_eq!(
                    elimination.determined(&hidden),
                    determined_by_rank(&equations, &hidden),
                    "{hidden:?}"
                );
                // Showing a count again halfway starts the form afresh.
                if k >= n / 2 && hidden[order[0]] {
                    hidden[order[0]] = false;
                    assert_eq!(
                        elimination.determined(&hidden),
                        determined_by_rank(&equations, &hidden),
                        "{hidden:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn no_hidden_count_can_be_narrowed_in_any_of_many_tables() {
        let mut next = numbers(0x2545_f491_4f6c_dd1d);
        for rules in [
            rules(),
            DisclosureRules {
                min_count: 3,
                min_base: 6,
                protection: 3,
            },
            DisclosureRules {
                min_count: 10,
                min_base: 20,
                protection: 10,
            },
            DisclosureRules {
                min_count: 5,
                min_base: 10,
                protection: 8,
            },
        ] {
            for _ in 0..150 {
                let rows = 1 + (next() % 6) as usize;
                let columns = 1 + (next() % 5) as usize;
                let cells: Vec<Vec<i64>> = (0..rows)
                    .map(|_| {
                        (0..columns)
                            .map(|_| match next() % 4 {
                                0 => 0,
                                1 => (next() % rules.min_count as u64) as i64,
                                _ => (next() % 60) as i64,
                            })
                            .collect()
                    })
                    .collect();
                let refs: Vec<&[i64]> = cells.iter().map(Vec::as_slice).collect();
                let public = disclose(&table(&refs), &rules);
                assert_nothing_narrowed(&public, &rules);
                assert_no_small_count_shown(&cells, &public, &rules);
            }
        }
    }

    #[test]
    fn a_percentage_needs_a_base_of_ten_and_shown_counts() {
        // A base of 9 is below 10.
        assert_eq!(share(Value(5), Value(9), &rules()), PublicFigure::NotShown);
        assert_eq!(
            share(Value(50), Value(100), &rules()),
            PublicFigure::Value(50)
        );
        // The base 43 is large, but the part is hidden: 7 % would reveal it.
        assert_eq!(share(Below(5), Value(43), &rules()), PublicFigure::NotShown);
        assert_eq!(
            share(Suppressed, Value(43), &rules()),
            PublicFigure::NotShown
        );
        assert_eq!(
            share(Value(5), Suppressed, &rules()),
            PublicFigure::NotShown
        );
    }

    #[test]
    fn an_average_needs_a_base_of_ten() {
        assert_eq!(average(1000, 9, &rules()), PublicFigure::NotShown);
        assert_eq!(average(1005, 10, &rules()), PublicFigure::Value(101));
    }

    #[test]
    fn the_thresholds_are_configuration() {
        let strict = DisclosureRules {
            min_count: 10,
            min_base: 20,
            protection: 10,
        };
        let cells = vec![vec![7, 40, 50], vec![30, 40, 60], vec![35, 45, 70]];
        let refs: Vec<&[i64]> = cells.iter().map(Vec::as_slice).collect();
        let public = disclose(&table(&refs), &strict);
        assert_no_small_count_shown(&cells, &public, &strict);
        assert_nothing_narrowed(&public, &strict);
        assert_eq!(Below(10).to_string(), "<10");
        assert_eq!(average(1000, 15, &strict), PublicFigure::NotShown);
    }

    /// Providers × interventions × categories with every margin, published
    /// as the reports are: a table of interventions, and per intervention a
    /// table of its providers. Returns the counts and each inner cell's id.
    fn linked(cube: &[Vec<Vec<i64>>]) -> (LinkedCounts, Vec<Vec<Vec<CountId>>>) {
        let (np, ni, nc) = (cube.len(), cube[0].len(), cube[0][0].len());
        let mut counts = LinkedCounts::default();
        let inner: Vec<Vec<Vec<CountId>>> = (0..np)
            .map(|p| {
                (0..ni)
                    .map(|i| (0..nc).map(|c| counts.add(cube[p][i][c], 0)).collect())
                    .collect()
            })
            .collect();
        let sum = |f: &dyn Fn(usize, usize, usize) -> bool| -> i64 {
            let mut total = 0;
            for (p, plane) in cube.iter().enumerate() {
                for (i, line) in plane.iter().enumerate() {
                    for (c, v) in line.iter().enumerate() {
                        if f(p, i, c) {
                            total += v;
                        }
                    }
                }
            }
            total
        };
        let provider_in: Vec<Vec<CountId>> = (0..np)
            .map(|p| {
                (0..ni)
                    .map(|i| counts.add(sum(&|q, k, _| q == p && k == i), 1))
                    .collect()
            })
            .collect();
        let intervention_category: Vec<Vec<CountId>> = (0..ni)
            .map(|i| {
                (0..nc)
                    .map(|c| counts.add(sum(&|_, k, d| k == i && d == c), 1))
                    .collect()
            })
            .collect();
        let intervention: Vec<CountId> = (0..ni)
            .map(|i| counts.add(sum(&|_, k, _| k == i), 2))
            .collect();
        let category: Vec<CountId> = (0..nc)
            .map(|c| counts.add(sum(&|_, _, d| d == c), 2))
            .collect();
        let total = counts.add(sum(&|_, _, _| true), 3);
        let mut overview: Vec<Vec<CountId>> = (0..ni)
            .map(|i| {
                let mut row = intervention_category[i].clone();
                row.push(intervention[i]);
                row
            })
            .collect();
        let mut last = category.clone();
        last.push(total);
        overview.push(last);
        counts.add_table(overview);
        for i in 0..ni {
            let mut grid: Vec<Vec<CountId>> = (0..np)
                .map(|p| {
                    let mut row = inner[p][i].clone();
                    row.push(provider_in[p][i]);
                    row
                })
                .collect();
            let mut last = intervention_category[i].clone();
            last.push(intervention[i]);
            grid.push(last);
            counts.add_table(grid);
        }
        (counts, inner)
    }

    #[test]
    fn a_count_hidden_in_one_table_cannot_be_worked_out_from_another() {
        // SAI's women (2) are a cell of the table of interventions and the
        // column total of SAI's table of providers, where both providers
        // hold one each. Table by table each would look safe; together the
        // exact check must still find nothing determined.
        let cube = vec![
            vec![vec![20, 30], vec![1, 12]],
            vec![vec![25, 15], vec![1, 14]],
            vec![vec![30, 10], vec![0, 20]],
        ];
        let (counts, inner) = linked(&cube);
        let disclosed = counts.suppress(&rules());
        assert_eq!(disclosed.cell(inner[0][1][0]).value(), None);
        assert_nothing_narrowed_in(&counts, &disclosed, &rules());
    }

    /// Counts by provider × intervention × category, of random sizes, a
    /// quarter of them 0 and a quarter small.
    fn random_cube(next: &mut impl FnMut() -> u64) -> Vec<Vec<Vec<i64>>> {
        let (np, ni, nc) = (
            1 + (next() % 5) as usize,
            1 + (next() % 4) as usize,
            2 + (next() % 4) as usize,
        );
        (0..np)
            .map(|_| {
                (0..ni)
                    .map(|_| {
                        (0..nc)
                            .map(|_| match next() % 4 {
                                0 => 0,
                                1 => (next() % 5) as i64,
                                _ => (next() % 40) as i64,
                            })
                            .collect()
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn no_hidden_count_can_be_narrowed_across_many_linked_tables() {
        let mut next = numbers(0x9e37_79b9_7f4a_7c15);
        for _ in 0..200 {
            let cube = random_cube(&mut next);
            let (counts, inner) = linked(&cube);
            let disclosed = counts.suppress(&rules());
            assert_nothing_narrowed_in(&counts, &disclosed, &rules());
            for (p, plane) in cube.iter().enumerate() {
                for (i, line) in plane.iter().enumerate() {
                    for (c, &v) in line.iter().enumerate() {
                        if v > 0 && v < 5 {
                            assert_eq!(disclosed.cell(inner[p][i][c]).value(), None);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_reader_who_knows_every_listed_row_has_a_case_narrows_nothing() {
        // Rows of zeros are left out of the published tables, so every row
        // a reader sees has a total of at least 1. The passes settle without
        // that; the audit after them must catch what it gives away.
        let mut next = numbers(0x2545_f491_4f6c_dd1d);
        for _ in 0..200 {
            let cube = random_cube(&mut next);
            let (mut counts, _) = linked(&cube);
            let row_totals: Vec<CountId> = counts
                .tables
                .iter()
                .flat_map(|grid| grid[..grid.len() - 1].iter().map(|row| row[row.len() - 1]))
                .collect();
            let mut known = vec![Range::ANY; counts.len()];
            for id in row_totals {
                if counts.value(id) > 0 {
                    counts.know_from_layout(id, AT_LEAST_ONE);
                    known[id] = AT_LEAST_ONE;
                }
            }
            let disclosed = counts.suppress(&rules());
            assert_nothing_narrowed_knowing(&counts, &disclosed, &rules(), &known);
        }
    }

    const AT_LEAST_ONE: Range = Range { low: 1, high: None };

    #[test]
    fn a_count_a_key_figure_is_built_on_is_hidden_last() {
        // The 3 needs a hidden partner. The 6 is the smallest, but a share
        // is built on it; the 13 is hidden instead (with the 3 shown as
        // "..", since 22 − 6 − "<5" would leave the 13 only four values).
        let mut counts = LinkedCounts::default();
        let [small, figure, other] = [3, 6, 13].map(|v| counts.add(v, 0));
        let total = counts.add(22, 1);
        counts.builds_figure(figure);
        counts.add_table(vec![vec![small, figure, other, total]]);
        let disclosed = counts.suppress(&rules());
        assert_eq!(disclosed.cell(figure), PublicCell::Value(6));
        assert_eq!(disclosed.cell(other).value(), None);
        assert_nothing_narrowed_in(&counts, &disclosed, &rules());
    }

    #[test]
    fn a_small_provider_keeps_its_range_beside_what_its_intervention_s_persons_add_up_to() {
        // An intervention's 20 persons are persons of its providers (9, 8
        // and 3; one person may be at two): all else shown, 20 − 9 − 8 would
        // leave the "<5" only 3 or 4.
        let mut counts = LinkedCounts::default();
        let providers = [9, 8, 3].map(|v| counts.add(v, 0));
        let intervention = counts.add(20, 1);
        counts.add_at_most_sum(intervention, providers.to_vec());
        let disclosed = counts.suppress(&rules());
        assert_eq!(disclosed.cell(providers[2]).value(), None);
        assert!(
            [providers[0], providers[1], intervention]
                .iter()
                .any(|&id| disclosed.cell(id).value().is_none()),
            "a partner is hidden too"
        );
        let seen: Vec<Seen> = (0..counts.len()).map(|id| disclosed.seen(id)).collect();
        let facts = Facts {
            equations: &[],
            at_most: &counts.at_most,
        };
        let protection = Protection {
            min_count: rules().min_count,
            values: rules().protection,
        };
        let ranges = Audit::new(facts, &seen, &counts.known, protection).ranges();
        let small = ranges[providers[2]].expect("hidden");
        assert!(
            small.low <= 1 && small.high.is_none_or(|high| high >= 4),
            "{small:?}"
        );
    }

    #[test]
    fn a_sum_across_tables_is_an_equation_too() {
        // Self-sufficiency (a) is work (b) + studies (c), in another table.
        let mut counts = LinkedCounts::default();
        let [work, studies, other] = [3, 30, 40].map(|v| counts.add(v, 0));
        let ended = counts.add(73, 1);
        let sufficiency = counts.add(33, 0);
        let rest = counts.add(40, 0);
        counts.add_table(vec![vec![work, studies, other, ended]]);
        counts.add_table(vec![vec![sufficiency, rest, ended]]);
        counts.add_sum(vec![work, studies], sufficiency);
        let disclosed = counts.suppress(&rules());
        assert_eq!(disclosed.cell(work).value(), None);
        assert_nothing_narrowed_in(&counts, &disclosed, &rules());
    }

    /// [`assert_nothing_narrowed`] over every equation of linked counts.
    fn assert_nothing_narrowed_in(
        counts: &LinkedCounts,
        disclosed: &Disclosed,
        rules: &DisclosureRules,
    ) {
        assert_nothing_narrowed_knowing(counts, disclosed, rules, &vec![Range::ANY; counts.len()]);
    }

    /// The same, by a reader who also knows `known` of each count.
    fn assert_nothing_narrowed_knowing(
        counts: &LinkedCounts,
        disclosed: &Disclosed,
        rules: &DisclosureRules,
        known: &[Range],
    ) {
        let lines: Vec<Vec<usize>> = counts
            .equations()
            .iter()
            .map(|terms| terms.iter().map(|&(id, _)| id).collect())
            .collect();
        let cells: Vec<PublicCell> = (0..counts.len()).map(|id| disclosed.cell(id)).collect();
        let bounds = sums_and_bounds_knowing(&lines, &cells, known);
        assert_labels_kept(&cells, &bounds, rules);
        assert_eq!(
            determined(&counts.equations(), &disclosed.hidden),
            Vec::<CountId>::new()
        );
    }

    /// Every "<5" still 1–4 and every ".." still as wide as the protection
    /// asks, in the ranges a reader found.
    fn assert_labels_kept(cells: &[PublicCell], bounds: &[(i64, i64)], rules: &DisclosureRules) {
        for (k, cell) in cells.iter().enumerate() {
            let (low, high) = bounds[k];
            match cell {
                Below(m) => assert_eq!((low, high), (1, m - 1), "count {k}"),
                Suppressed => assert!(
                    high - low + 1 >= rules.protection,
                    "count {k} in {low}..={high}"
                ),
                Value(_) => {}
            }
        }
    }
}
