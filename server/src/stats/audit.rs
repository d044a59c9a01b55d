//! The bounds audit: for every hidden count, the smallest and the largest
//! value a reader can give it from everything published with it.
//!
//! A reader knows every equation the publication implies (rows and columns
//! add up to their totals, self-sufficiency is work + studies + own
//! business, …), every relation ("persons are at most the cases"), every
//! shown count, what each label says (a "<5" is 1 to 4, a ".." is any whole
//! number from 0) and that counts are whole. The smallest and largest value
//! of a hidden count under all of that is an integer linear program, solved
//! here with microlp per group of hidden counts that share an equation, as
//! τ-ARGUS audits linked tables. Equations alone (what the earlier check
//! asked) never were the attack: "12 = <5 + <5 + <5" pins all three at 4.
//!
//! A hidden count passes when its range is as wide as its label promises
//! (a "<5" can still be anything from 1 to 4) or, for a "..", leaves at
//! least the protection interval's number of values possible (5 by
//! default: 0–4 at the narrowest); a range the reader already had from another
//! publication cannot be widened, so the audit asks for no more than that.
//!
//! Most ends are settled without solving for them: solutions found before
//! are kept ([`Witnesses`], each reduced to the fewest counts it must move),
//! and a small program near a count, the counts farther away held at their
//! true values, often shows its range wide enough (its range lies within
//! the whole program's). Only what neither settles is solved in full.

use std::collections::VecDeque;

use microlp::{ComparisonOp, OptimizationDirection, Problem, Variable};

/// A count's place among the counts published together.
pub type CountId = usize;

/// What a reader sees of one count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Seen {
    Shown(i64),
    /// "<min_count": 1 to min_count − 1.
    Below(i64),
    /// "..": any whole number from 0.
    Hidden,
    /// No publication shows it, but published sums hold it (what ended
    /// in the part of one period that another does not cover), or an
    /// earlier publication's "..". With `Some(m)` it is 1 to m − 1, and
    /// keeps that range as a "<m" would, or the protection interval as a
    /// ".." would; otherwise a reader may learn it (it is 0, or a count
    /// that could have been shown).
    Unpublished(Option<i64>),
}

/// Whole numbers from `low` to `high` (no upper end when `None`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Range {
    pub low: i64,
    pub high: Option<i64>,
}

impl Range {
    pub const ANY: Range = Range { low: 0, high: None };

    pub fn exactly(value: i64) -> Range {
        Range {
            low: value,
            high: Some(value),
        }
    }

    /// The values both allow (a reader who knows both knows this).
    pub fn and(self, other: Range) -> Range {
        Range {
            low: self.low.max(other.low),
            high: match (self.high, other.high) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            },
        }
    }

    /// Whether every value of `other` is in this range.
    pub fn covers(self, other: Range) -> bool {
        self.low <= other.low
            && match (self.high, other.high) {
                (None, _) => true,
                (Some(_), None) => false,
                (Some(a), Some(b)) => a >= b,
            }
    }

    /// How far apart the ends are (one less than the number of values);
    /// `None` when there is no upper end.
    pub fn width(self) -> Option<i64> {
        self.high.map(|high| high - self.low)
    }
}

/// The linear facts published together: sums and "at most" relations.
#[derive(Clone, Copy, Debug)]
pub struct Facts<'a> {
    /// Each equation as (count, coefficient) terms adding up to zero.
    pub equations: &'a [Vec<(CountId, i8)>],
    /// (a, bs): count a is at most the sum of counts bs (persons and
    /// cases; the persons of a level and of its providers).
    pub at_most: &'a [(CountId, Vec<CountId>)],
}

/// What the audit asks of every hidden count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Protection {
    /// "<min_count" means 1 to min_count − 1.
    pub min_count: i64,
    /// A ".." must leave at least this many whole numbers possible (5: a
    /// reader can narrow it to 0–4 at best, no further).
    pub values: i64,
}

/// How many facts away from a count the programs solved near it reach.
const NEAR: usize = 2;

/// Solutions of the published system found so far, kept so that later
/// audits of the same counts settle most ends without solving again. The
/// true counts are one solution; every other is kept as the counts it moves
/// away from them. The equations never change within one publication, so a
/// solution stays one as long as every count it moves is still hidden and
/// its value still within the label: hiding more keeps them all, showing a
/// count again drops those that moved it.
pub struct Witnesses {
    truth: Vec<i64>,
    found: VecDeque<Vec<(CountId, i64)>>,
}

/// How many solutions are kept besides the true counts (the oldest go
/// first): enough to settle a publication's audits, bounded in memory.
const WITNESSES_KEPT: usize = 16384;

impl Witnesses {
    pub fn new(truth: Vec<i64>) -> Witnesses {
        Witnesses {
            truth,
            found: VecDeque::new(),
        }
    }

    fn keep(&mut self, moved: Vec<(CountId, i64)>) {
        if moved.is_empty() {
            return;
        }
        if self.found.len() == WITNESSES_KEPT {
            self.found.pop_front();
        }
        self.found.push_back(moved);
    }

    /// Forgets the solutions that `still_one` no longer accepts.
    pub fn retain(&mut self, still_one: impl Fn(CountId, i64) -> bool) {
        self.found
            .retain(|moved| moved.iter().all(|&(id, value)| still_one(id, value)));
    }
}

/// An upper end stands in for "no upper end" in the integer program (whose
/// bounds are i32): far above any count a municipality has.
const NO_UPPER_END: i64 = 1 << 30;

/// What the reader can tell of the hidden counts.
pub struct Audit<'a> {
    facts: Facts<'a>,
    seen: &'a [Seen],
    /// What the reader knows of each count from elsewhere (other
    /// publications); [`Range::ANY`] when nothing.
    known: &'a [Range],
    protection: Protection,
    /// Whether a hidden count the reader can narrow to exactly zero passes.
    zeros_told: bool,
}

impl<'a> Audit<'a> {
    pub fn new(
        facts: Facts<'a>,
        seen: &'a [Seen],
        known: &'a [Range],
        protection: Protection,
    ) -> Audit<'a> {
        debug_assert_eq!(seen.len(), known.len());
        Audit {
            facts,
            seen,
            known,
            protection,
            zeros_told: false,
        }
    }

    /// An audit in which a hidden count narrowed to exactly zero passes: a
    /// zero names no one, and the caller shows it.
    pub fn telling_zeros(self) -> Audit<'a> {
        Audit {
            zeros_told: true,
            ..self
        }
    }

    /// What the label and outside knowledge alone allow.
    fn label_range(&self, id: CountId) -> Range {
        let label = match self.seen[id] {
            Seen::Shown(v) => Range::exactly(v),
            Seen::Below(m) => Range {
                low: 1,
                high: Some(m - 1),
            },
            Seen::Hidden | Seen::Unpublished(_) => Range::ANY,
        };
        label.and(self.known[id])
    }

    /// The range a hidden count must keep: its label's, or for a ".." at
    /// least the protection width; never more than the reader already had
    /// from elsewhere.
    fn passes(&self, id: CountId, range: Range) -> bool {
        if self.zeros_told && range == Range::exactly(0) {
            return true;
        }
        let before = Range::ANY.and(self.known[id]);
        match self.seen[id] {
            Seen::Shown(_) | Seen::Unpublished(None) => true,
            // As a "<m" would, or as a ".." must.
            Seen::Unpublished(Some(m)) => {
                range.covers(
                    Range {
                        low: 1,
                        high: Some(m - 1),
                    }
                    .and(before),
                ) || range
                    .width()
                    .is_none_or(|width| width + 1 >= self.protection.values)
            }
            Seen::Below(m) => range.covers(
                Range {
                    low: 1,
                    high: Some(m - 1),
                }
                .and(before),
            ),
            Seen::Hidden => {
                range.covers(before)
                    || range
                        .width()
                        .is_none_or(|width| width + 1 >= self.protection.values)
            }
        }
    }

    /// Every hidden count's exact range, by count (`None` for shown ones).
    pub fn ranges(&self) -> Vec<Option<Range>> {
        let mut out = vec![None; self.seen.len()];
        for group in self.groups() {
            for (id, range) in self.solve(&group, None, None, Effort::Exact) {
                out[id] = Some(range);
            }
        }
        out
    }

    /// Those of `asked` whose range is narrower than allowed, with that
    /// range, in id order. Quicker than [`Audit::ranges`]: a count is
    /// settled as soon as two solutions of the program show it wide enough.
    ///
    /// Hiding more only ever widens ranges (a shown count becomes one that
    /// may take its value and others; a "<5" shown as ".." may take more),
    /// so a count that passed once passes after more hiding: suppression
    /// asks again only for counts that failed or changed.
    pub fn failing(&self, asked: &[bool], witnesses: &mut Witnesses) -> Vec<(CountId, Range)> {
        self.failing_with(asked, witnesses, Effort::Settle)
    }

    /// The asked counts that cannot be shown to pass from solutions found
    /// before and programs near each count alone; empty when all pass. A
    /// quick and cautious answer: a count listed may only be one that
    /// proving would take the whole program, and the list may stop at the
    /// first group that fails.
    pub fn failing_near(&self, asked: &[bool], witnesses: &mut Witnesses) -> Vec<(CountId, Range)> {
        self.failing_with(asked, witnesses, Effort::Trial)
    }

    fn failing_with(
        &self,
        asked: &[bool],
        witnesses: &mut Witnesses,
        effort: Effort,
    ) -> Vec<(CountId, Range)> {
        // Sums and bounds first: a count they already narrow too far fails
        // without a program (the program's range lies within theirs).
        let propagated = self.propagate();
        let mut out: Vec<(CountId, Range)> = Vec::new();
        let mut still_asked = asked.to_vec();
        for (id, range) in propagated.iter().enumerate() {
            if asked[id] && !matches!(self.seen[id], Seen::Shown(_)) && !self.passes(id, *range) {
                out.push((id, *range));
                still_asked[id] = false;
            }
        }
        if effort == Effort::Trial && !out.is_empty() {
            tracing::trace!(?out, "fails by sums and bounds");
            return out;
        }
        // The true counts are a solution unless what a reader knew from an
        // earlier publication no longer holds (the cases were imported
        // again since) or a published relation does not hold for them
        // (respondents of the survey's whole year against the persons of a
        // shorter period); then no solution found before is used, and no
        // program holds counts at their true values.
        let truth_fits = (0..self.seen.len()).all(|id| {
            self.label_range(id)
                .covers(Range::exactly(witnesses.truth[id]))
        }) && self.facts.equations.iter().all(|terms| {
            terms
                .iter()
                .map(|&(id, c)| i64::from(c) * witnesses.truth[id])
                .sum::<i64>()
                == 0
        }) && self
            .facts
            .at_most
            .iter()
            .all(|(a, bs)| witnesses.truth[*a] <= bs.iter().map(|&b| witnesses.truth[b]).sum());
        // The smallest and largest value each count takes in the solutions
        // found so far that are still solutions.
        let mut witnessed: Vec<(i64, i64)> = witnesses.truth.iter().map(|&v| (v, v)).collect();
        let still_one = |moved: &&Vec<(CountId, i64)>| {
            moved
                .iter()
                .all(|&(id, value)| self.label_range(id).covers(Range::exactly(value)))
        };
        for moved in witnesses.found.iter().filter(still_one) {
            for &(id, value) in moved {
                let (low, high) = &mut witnessed[id];
                *low = (*low).min(value);
                *high = (*high).max(value);
            }
        }
        for group in self.groups() {
            if !group.iter().any(|&id| still_asked[id]) {
                continue;
            }
            out.extend(
                self.solve(
                    &group,
                    Some(&still_asked),
                    truth_fits.then_some((&witnessed[..], &mut *witnesses)),
                    effort,
                )
                .into_iter()
                .filter(|&(id, range)| !self.passes(id, range)),
            );
            if effort == Effort::Trial && !out.is_empty() {
                return out;
            }
        }
        out.sort_unstable_by_key(|&(id, _)| id);
        out
    }

    /// Every count's range by sums and bounds alone: each equation narrows
    /// each of its counts from the others' ranges, each relation its own,
    /// until nothing changes (or enough rounds have passed: the ranges are
    /// true at every step, only perhaps not the narrowest).
    pub fn propagate(&self) -> Vec<Range> {
        let mut range: Vec<Range> = (0..self.seen.len())
            .map(|id| self.label_range(id))
            .collect();
        let high = |r: Range| r.high.unwrap_or(NO_UPPER_END);
        for _ in 0..64 {
            let mut changed = false;
            for terms in self.facts.equations {
                // Σ c·x = 0: c_i·x_i = −Σ_{j≠i} c_j·x_j.
                let (mut low_sum, mut high_sum) = (0i64, 0i64);
                for &(id, c) in terms {
                    let (lo, hi) = (range[id].low, high(range[id]));
                    if c > 0 {
                        low_sum += lo;
                        high_sum += hi;
                    } else {
                        low_sum -= hi;
                        high_sum -= lo;
                    }
                }
                for &(id, c) in terms {
                    if matches!(self.seen[id], Seen::Shown(_)) {
                        continue;
                    }
                    let (lo, hi) = (range[id].low, high(range[id]));
                    let (own_low, own_high) = if c > 0 { (lo, hi) } else { (-hi, -lo) };
                    // The others' sum lies in [low_sum − own_low, high_sum − own_high].
                    let (others_low, others_high) = (low_sum - own_low, high_sum - own_high);
                    let (mut new_low, mut new_high) = if c > 0 {
                        (-others_high, -others_low)
                    } else {
                        (others_low, others_high)
                    };
                    new_low = new_low.max(lo);
                    new_high = new_high.min(hi);
                    if new_low > lo || new_high < hi {
                        range[id] = Range {
                            low: new_low,
                            high: (new_high < NO_UPPER_END)
                                .then_some(new_high)
                                .or(range[id].high),
                        };
                        changed = true;
                    }
                }
            }
            for (a, bs) in self.facts.at_most {
                let a = *a;
                // a ≤ Σ b: a is at most the b's highs, each b at least a's
                // low less the other b's highs.
                let bs_high = bs
                    .iter()
                    .map(|&b| high(range[b]))
                    .fold(0i64, |sum, h| sum.saturating_add(h).min(NO_UPPER_END));
                if !matches!(self.seen[a], Seen::Shown(_)) && bs_high < high(range[a]) {
                    range[a].high = Some(bs_high);
                    changed = true;
                }
                for (k, &b) in bs.iter().enumerate() {
                    // By place, not id: a count twice in the sum is two terms.
                    let others_high = bs
                        .iter()
                        .enumerate()
                        .filter(|&(j, _)| j != k)
                        .map(|(_, &c)| high(range[c]))
                        .fold(0i64, |sum, h| sum.saturating_add(h).min(NO_UPPER_END));
                    let at_least = if others_high >= NO_UPPER_END {
                        0
                    } else {
                        range[a].low - others_high
                    };
                    if !matches!(self.seen[b], Seen::Shown(_)) && at_least > range[b].low {
                        range[b].low = at_least;
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        range
    }

    /// Groups of hidden counts that share an equation or relation; each is
    /// one program, independent of the others once shown counts are
    /// constants.
    fn groups(&self) -> Vec<Vec<CountId>> {
        let n = self.seen.len();
        let hidden = |id: CountId| !matches!(self.seen[id], Seen::Shown(_));
        let mut parent: Vec<usize> = (0..n).collect();
        fn root(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        let mut join = |ids: &mut dyn Iterator<Item = CountId>| {
            let mut first = None;
            for id in ids.filter(|&id| hidden(id)) {
                match first {
                    None => first = Some(id),
                    Some(f) => {
                        let (a, b) = (root(&mut parent, f), root(&mut parent, id));
                        parent[a] = b;
                    }
                }
            }
        };
        for terms in self.facts.equations {
            join(&mut terms.iter().map(|&(id, _)| id));
        }
        for (a, bs) in self.facts.at_most {
            join(&mut std::iter::once(*a).chain(bs.iter().copied()));
        }
        let mut groups: std::collections::BTreeMap<usize, Vec<CountId>> = Default::default();
        for id in (0..n).filter(|&id| hidden(id)) {
            groups.entry(root(&mut parent, id)).or_default().push(id);
        }
        groups.into_values().collect()
    }

    /// The exact range of every count of `group`; with `asked`, the range of
    /// the asked ones only, each left as soon as solutions show it passes.
    ///
    /// With `witnesses`, the solutions found before (their smallest and
    /// largest value per count) settle what they can, and every solution
    /// found here is kept for the next audit.
    fn solve(
        &self,
        group: &[CountId],
        asked: Option<&[bool]>,
        mut witnesses: Option<(&[(i64, i64)], &mut Witnesses)>,
        effort: Effort,
    ) -> Vec<(CountId, Range)> {
        let settle_early = effort != Effort::Exact;
        let place: std::collections::HashMap<CountId, usize> =
            group.iter().enumerate().map(|(k, &id)| (id, k)).collect();
        let bounds: Vec<Range> = group.iter().map(|&id| self.label_range(id)).collect();
        // Each linear fact over the group, shown counts moved to the right.
        let mut rows: Vec<Row> = Vec::new();
        let mut linear = |terms: &mut dyn Iterator<Item = (CountId, f64)>, op| {
            let mut lhs = Vec::new();
            let mut rhs = 0.0;
            for (id, coefficient) in terms {
                match (place.get(&id), self.seen[id]) {
                    (Some(&k), _) => lhs.push((k, coefficient)),
                    (None, Seen::Shown(v)) => rhs -= coefficient * v as f64,
                    // A hidden count of another group: this fact has none of
                    // ours (groups share no fact).
                    (None, _) => return,
                }
            }
            if !lhs.is_empty() {
                rows.push((lhs, op, rhs));
            }
        };
        for terms in self.facts.equations {
            linear(
                &mut terms.iter().map(|&(id, c)| (id, f64::from(c))),
                ComparisonOp::Eq,
            );
        }
        for (a, bs) in self.facts.at_most {
            linear(
                &mut std::iter::once((*a, 1.0)).chain(bs.iter().map(|&b| (b, -1.0))),
                ComparisonOp::Le,
            );
        }
        // What solutions have shown so far, and which ends are proven.
        let (mut seen_low, mut seen_high): (Vec<i64>, Vec<i64>) = match &witnesses {
            Some((witnessed, _)) => group.iter().map(|&id| witnessed[id]).unzip(),
            None => bounds
                .iter()
                .map(|b| (b.high.unwrap_or(NO_UPPER_END), b.low))
                .unzip(),
        };
        let mut low: Vec<Option<i64>> = vec![None; group.len()];
        let mut high: Vec<Option<Option<i64>>> = vec![None; group.len()];
        // Where each count of the group is true, for programs solved near
        // one count with the rest held there.
        let truth: Option<Vec<i64>> = witnesses
            .as_ref()
            .map(|(_, kept)| group.iter().map(|&id| kept.truth[id]).collect());
        let mut rows_of: Vec<Vec<usize>> = vec![Vec::new(); group.len()];
        for (r, (terms, _, _)) in rows.iter().enumerate() {
            for &(j, _) in terms {
                rows_of[j].push(r);
            }
        }
        // Takes in a solution; with the count it was solved for, also keeps
        // the sparsest solution that gives that count the same value.
        let mut observe =
            |values: &[i64], target: Option<usize>, seen_low: &mut [i64], seen_high: &mut [i64]| {
                for (k, &v) in values.iter().enumerate() {
                    seen_low[k] = seen_low[k].min(v);
                    seen_high[k] = seen_high[k].max(v);
                }
                if let (Some((_, kept)), Some(truth)) = (witnesses.as_mut(), &truth) {
                    // A sparse solution is kept instead of the one it came
                    // from: that one seldom survives a count shown again.
                    let sparse = target.and_then(|k| sparsest(values, truth, k, &rows, &rows_of));
                    if let Some(values) = sparse.as_deref().or(Some(values)) {
                        let moved = group
                            .iter()
                            .zip(values)
                            .filter(|&(&id, &v)| kept.truth[id] != v)
                            .map(|(&id, &v)| (id, v))
                            .collect();
                        kept.keep(moved);
                    }
                }
            };
        let targets: Vec<usize> = (0..group.len())
            .filter(|&k| asked.is_none_or(|asked| asked[group[k]]))
            .collect();
        let unsettled = targets
            .iter()
            .filter(|&&k| {
                !self.passes(
                    group[k],
                    Range {
                        low: seen_low[k].min(seen_high[k]),
                        high: Some(seen_high[k]),
                    },
                ) || seen_low[k] > seen_high[k]
            })
            .count();
        if effort == Effort::Settle && unsettled > 8 {
            // A few solutions that pull many counts to their ends at once
            // (weights of ±1 in a fixed pseudo-random pattern) settle most
            // counts before any is solved for on its own.
            for round in 0..4u64 {
                let sign = |j: usize| {
                    let h = (j as u64 ^ round.wrapping_mul(0x9e37_79b9_7f4a_7c15))
                        .wrapping_mul(0xbf58_476d_1ce4_e5b9);
                    if (h >> 29) & 1 == 0 {
                        1.0
                    } else {
                        -1.0
                    }
                };
                if let Some((_, values)) =
                    optimum(&bounds, &rows, &sign, OptimizationDirection::Maximize)
                {
                    observe(&values, None, &mut seen_low, &mut seen_high);
                }
            }
        }
        let mut near_tried = vec![false; group.len()];
        for &k in &targets {
            for direction in [
                OptimizationDirection::Minimize,
                OptimizationDirection::Maximize,
            ] {
                let minimize = direction == OptimizationDirection::Minimize;
                // An end a solution reached at the label's bound is proven.
                if minimize && seen_low[k] <= bounds[k].low {
                    low[k] = Some(bounds[k].low);
                }
                if !minimize && bounds[k].high.is_some_and(|h| seen_high[k] >= h) {
                    high[k] = Some(bounds[k].high);
                }
                if (minimize && low[k].is_some()) || (!minimize && high[k].is_some()) {
                    continue;
                }
                if settle_early {
                    let shown = Range {
                        low: seen_low[k].min(seen_high[k]),
                        high: Some(seen_high[k]),
                    };
                    if seen_low[k] <= seen_high[k] && self.passes(group[k], shown) {
                        low[k] = Some(shown.low);
                        high[k] = Some(shown.high);
                        break;
                    }
                }
                // Near the count first: a program over the hidden counts a
                // few sums away, the others held at their true values, is
                // small, and its range lies within the whole program's (it
                // has more constraints), so a range wide enough there is
                // wide enough. Its solutions move few counts, so they stay
                // solutions when counts far away are shown again.
                if let (true, Some(truth)) = (settle_early && !near_tried[k], &truth) {
                    near_tried[k] = true;
                    if let Some(near) = Near::around(k, NEAR, &rows, &rows_of) {
                        for direction in [
                            OptimizationDirection::Minimize,
                            OptimizationDirection::Maximize,
                        ] {
                            if let Some(values) = near.solution(&bounds, &rows, truth, k, direction)
                            {
                                observe(&values, Some(k), &mut seen_low, &mut seen_high);
                            }
                        }
                        let shown = Range {
                            low: seen_low[k].min(seen_high[k]),
                            high: Some(seen_high[k]),
                        };
                        if self.passes(group[k], shown) {
                            low[k] = Some(shown.low);
                            high[k] = Some(shown.high);
                            break;
                        }
                        // A trial does not solve the whole program: the
                        // count counts as failing, and the change is undone.
                        if effort == Effort::Trial {
                            return vec![(group[k], shown)];
                        }
                    }
                }
                match optimum(
                    &bounds,
                    &rows,
                    &|j| if j == k { 1.0 } else { 0.0 },
                    direction,
                ) {
                    Some((value, values)) => {
                        observe(&values, Some(k), &mut seen_low, &mut seen_high);
                        if minimize {
                            low[k] = Some(value);
                        } else {
                            high[k] = Some((value < NO_UPPER_END - 1).then_some(value));
                        }
                    }
                    // The solver gave no answer: claim nothing for this
                    // count (one value, whichever end failed), so it fails
                    // and more is hidden.
                    None => {
                        low[k] = Some(bounds[k].low);
                        high[k] = Some(Some(bounds[k].low));
                        break;
                    }
                }
            }
            if effort == Effort::Trial {
                let range = Range {
                    low: low[k].unwrap_or(bounds[k].low),
                    high: high[k].unwrap_or(bounds[k].high),
                };
                if !self.passes(group[k], range) {
                    return vec![(group[k], range)];
                }
            }
        }
        targets
            .iter()
            .map(|&k| {
                let low = low[k].unwrap_or(bounds[k].low);
                let high = high[k].unwrap_or(bounds[k].high);
                (group[k], Range { low, high })
            })
            .collect()
    }
}

/// How hard the audit tries for each count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Effort {
    /// Each end of each count's range, exactly.
    Exact,
    /// Until it passes, or its exact range shows it fails.
    Settle,
    /// For a change that may be undone: solutions found before and a
    /// program near each count only. A count they cannot show to pass
    /// counts as failing and ends the audit (cautious: the whole program
    /// might have shown it passes, but a refused change hides nothing new).
    Trial,
}

/// One linear fact of a group's program: terms (count's place in the
/// group, coefficient), how they compare, and the right-hand side.
type Row = (Vec<(usize, f64)>, ComparisonOp, f64);

/// Some counts of a group, solved for with every other count held at its
/// true value: a smaller program whose solutions are the whole program's.
struct Near {
    /// Their places in the group.
    members: Vec<usize>,
    /// Each member's place among `members`, by place in the group.
    index: std::collections::HashMap<usize, usize>,
    /// The facts any member is in.
    rows: Vec<usize>,
}

impl Near {
    /// The counts at most `radius` facts from `k`; `None` when that is the
    /// whole group (then the whole program is no bigger).
    fn around(k: usize, radius: usize, rows: &[Row], rows_of: &[Vec<usize>]) -> Option<Near> {
        let mut members = vec![k];
        let mut reached = std::collections::HashSet::from([k]);
        let mut frontier = vec![k];
        for _ in 0..radius {
            let mut next = Vec::new();
            for &j in &frontier {
                for &r in &rows_of[j] {
                    for &(other, _) in &rows[r].0 {
                        if reached.insert(other) {
                            members.push(other);
                            next.push(other);
                        }
                    }
                }
            }
            frontier = next;
        }
        (members.len() < rows_of.len()).then(|| Near::of(members, rows_of))
    }

    fn of(members: Vec<usize>, rows_of: &[Vec<usize>]) -> Near {
        let index = members.iter().enumerate().map(|(m, &j)| (j, m)).collect();
        let mut touched: Vec<usize> = members
            .iter()
            .flat_map(|&j| rows_of[j].iter().copied())
            .collect();
        touched.sort_unstable();
        touched.dedup();
        Near {
            members,
            index,
            rows: touched,
        }
    }

    /// A solution at the optimum of `objective` (a weight per place in the
    /// group) within `bounds` (per place in the group), as values of the
    /// whole group.
    fn optimum(
        &self,
        bounds: &dyn Fn(usize) -> Range,
        rows: &[Row],
        truth: &[i64],
        objective: &dyn Fn(usize) -> f64,
        direction: OptimizationDirection,
    ) -> Option<Vec<i64>> {
        let near_rows: Vec<Row> = self
            .rows
            .iter()
            .map(|&r| {
                let (terms, op, rhs) = &rows[r];
                let mut inside = Vec::new();
                let mut rhs = *rhs;
                for &(j, c) in terms {
                    match self.index.get(&j) {
                        Some(&m) => inside.push((m, c)),
                        None => rhs -= c * truth[j] as f64,
                    }
                }
                (inside, *op, rhs)
            })
            .collect();
        let near_bounds: Vec<Range> = self.members.iter().map(|&j| bounds(j)).collect();
        let (_, values) = optimum(
            &near_bounds,
            &near_rows,
            &|m| objective(self.members[m]),
            direction,
        )?;
        let mut whole = truth.to_vec();
        for (m, &j) in self.members.iter().enumerate() {
            whole[j] = values[m];
        }
        Some(whole)
    }

    /// A solution at the smallest or largest value of count `k`.
    fn solution(
        &self,
        bounds: &[Range],
        rows: &[Row],
        truth: &[i64],
        k: usize,
        direction: OptimizationDirection,
    ) -> Option<Vec<i64>> {
        self.optimum(
            &|j| bounds[j],
            rows,
            truth,
            &|j| if j == k { 1.0 } else { 0.0 },
            direction,
        )
    }
}

/// A solution that gives count `k` the value `values` gives it and moves
/// as few other counts as it can: each count stays between its true value
/// and its value in `values`, as close to the true one as the facts allow.
/// Such a solution stays one when a count it leaves alone is shown again,
/// so later audits can settle `k` with it without solving again.
fn sparsest(
    values: &[i64],
    truth: &[i64],
    k: usize,
    rows: &[Row],
    rows_of: &[Vec<usize>],
) -> Option<Vec<i64>> {
    if values[k] == truth[k] {
        return None;
    }
    let moved: Vec<usize> = (0..values.len())
        .filter(|&j| values[j] != truth[j])
        .collect();
    let near = Near::of(moved, rows_of);
    let between = |j: usize| {
        if j == k {
            Range::exactly(values[k])
        } else {
            Range {
                low: values[j].min(truth[j]),
                high: Some(values[j].max(truth[j])),
            }
        }
    };
    let toward_truth = |j: usize| if values[j] > truth[j] { 1.0 } else { -1.0 };
    near.optimum(
        &between,
        rows,
        truth,
        &toward_truth,
        OptimizationDirection::Minimize,
    )
}

/// The optimum of `objective` (a weight per count of the group) over the
/// group's program in whole numbers, with every count's value at it.
fn optimum(
    bounds: &[Range],
    rows: &[Row],
    objective: &dyn Fn(usize) -> f64,
    direction: OptimizationDirection,
) -> Option<(i64, Vec<i64>)> {
    let mut problem = Problem::new(direction);
    let variables: Vec<Variable> = bounds
        .iter()
        .enumerate()
        .map(|(j, range)| {
            let high = range.high.unwrap_or(NO_UPPER_END);
            let objective = objective(j);
            let clamp = |v: i64| v.clamp(0, NO_UPPER_END) as i32;
            problem.add_integer_var(objective, (clamp(range.low), clamp(high)))
        })
        .collect();
    for (terms, op, rhs) in rows {
        let expression: Vec<(Variable, f64)> =
            terms.iter().map(|&(j, c)| (variables[j], c)).collect();
        problem.add_constraint(expression.as_slice(), *op, *rhs);
    }
    let solution = problem.solve().ok()?.into_solution().ok()?;
    let values: Vec<i64> = variables
        .iter()
        .map(|&v| solution.var_value(v).round() as i64)
        .collect();
    // Rounded to whole numbers, a solution within the solver's tolerance
    // must still meet every fact exactly, or it is no solution.
    let meets = |(terms, op, rhs): &Row| {
        let lhs: f64 = terms.iter().map(|&(j, c)| c * values[j] as f64).sum();
        match op {
            ComparisonOp::Eq => (lhs - rhs).abs() < 0.5,
            ComparisonOp::Le => lhs <= rhs + 0.5,
            _ => lhs >= rhs - 0.5,
        }
    };
    let within = |(j, range): (usize, &Range)| {
        values[j] >= range.low && range.high.is_none_or(|high| values[j] <= high)
    };
    if !rows.iter().all(meets) || !bounds.iter().enumerate().all(within) {
        return None;
    }
    // Whole numbers within the solver's tolerance.
    let value = solution.objective();
    let value = if direction == OptimizationDirection::Minimize {
        (value - 1e-6).ceil() as i64
    } else {
        (value + 1e-6).floor() as i64
    };
    Some((value, values))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIVE: Protection = Protection {
        min_count: 5,
        values: 5,
    };

    fn ranges(equations: &[Vec<(CountId, i8)>], seen: &[Seen]) -> Vec<Option<Range>> {
        let known = vec![Range::ANY; seen.len()];
        let facts = Facts {
            equations,
            at_most: &[],
        };
        Audit::new(facts, seen, &known, FIVE).ranges()
    }

    fn sum(parts: &[CountId], total: CountId) -> Vec<(CountId, i8)> {
        let mut terms: Vec<(CountId, i8)> = parts.iter().map(|&p| (p, 1)).collect();
        terms.push((total, -1));
        terms
    }

    #[test]
    fn three_below_five_that_add_up_to_twelve_are_each_four() {
        let seen = [
            Seen::Below(5),
            Seen::Below(5),
            Seen::Below(5),
            Seen::Shown(12),
        ];
        let out = ranges(&[sum(&[0, 1, 2], 3)], &seen);
        for range in &out[..3] {
            assert_eq!(*range, Some(Range::exactly(4)));
        }
        let audit_known = vec![Range::ANY; 4];
        let equations = [sum(&[0, 1, 2], 3)];
        let facts = Facts {
            equations: &equations,
            at_most: &[],
        };
        let truth = Witnesses::new(vec![4, 4, 4, 12]);
        let failing =
            Audit::new(facts, &seen, &audit_known, FIVE).failing(&[true; 4], &mut { truth });
        assert_eq!(failing, [0, 1, 2].map(|id| (id, Range::exactly(4))));
    }

    #[test]
    fn a_band_pinned_by_a_total_and_a_shown_zero_is_found() {
        // 28 = 20 + 0 + <5 + <5: both small bands are 4.
        let seen = [
            Seen::Shown(20),
            Seen::Shown(0),
            Seen::Below(5),
            Seen::Below(5),
            Seen::Shown(28),
        ];
        let out = ranges(&[sum(&[0, 1, 2, 3], 4)], &seen);
        assert_eq!(out[2], Some(Range::exactly(4)));
        assert_eq!(out[3], Some(Range::exactly(4)));
    }

    #[test]
    fn two_hidden_counts_with_room_keep_their_full_ranges() {
        // 40 = 30 + <5 + ..: the "<5" can be 1–4, the ".." 6–9.
        let seen = [
            Seen::Shown(30),
            Seen::Below(5),
            Seen::Hidden,
            Seen::Shown(40),
        ];
        // (four values: one short of five)
        let out = ranges(&[sum(&[0, 1, 2], 3)], &seen);
        assert_eq!(
            out[1],
            Some(Range {
                low: 1,
                high: Some(4)
            })
        );
        assert_eq!(
            out[2],
            Some(Range {
                low: 6,
                high: Some(9)
            })
        );
        let known = vec![Range::ANY; 4];
        let equations = [sum(&[0, 1, 2], 3)];
        let facts = Facts {
            equations: &equations,
            at_most: &[],
        };
        // The ".." leaves only 4 values: it fails, the "<5" passes.
        let mut truth = Witnesses::new(vec![30, 2, 8, 40]);
        let failing = Audit::new(facts, &seen, &known, FIVE).failing(&[true; 4], &mut truth);
        assert_eq!(failing.iter().map(|f| f.0).collect::<Vec<_>>(), [2]);
    }

    #[test]
    fn a_hidden_total_without_an_upper_end_passes() {
        let seen = [Seen::Below(5), Seen::Hidden, Seen::Hidden];
        let out = ranges(&[sum(&[0, 1], 2)], &seen);
        assert_eq!(out[2], Some(Range { low: 1, high: None }));
        assert_eq!(
            out[0],
            Some(Range {
                low: 1,
                high: Some(4)
            })
        );
    }

    #[test]
    fn an_at_most_relation_is_a_bound_too() {
        // Persons (hidden) are at most the cases (shown 3).
        let seen = [Seen::Hidden, Seen::Shown(3)];
        let known = vec![Range::ANY; 2];
        let facts = Facts {
            equations: &[],
            at_most: &[(0, vec![1])],
        };
        let out = Audit::new(facts, &seen, &known, FIVE).ranges();
        assert_eq!(
            out[0],
            Some(Range {
                low: 0,
                high: Some(3)
            })
        );
    }

    #[test]
    fn persons_at_most_the_sum_of_their_parts_bound_every_part_from_below() {
        // An intervention's 20 persons are persons of its three providers
        // (8, 9 and a "<5"; one person may be at two): the "<5" is 3 or 4.
        let seen = [
            Seen::Shown(20),
            Seen::Shown(8),
            Seen::Shown(9),
            Seen::Below(5),
        ];
        let known = vec![Range::ANY; 4];
        let at_most = [(0, vec![1, 2, 3])];
        let facts = Facts {
            equations: &[],
            at_most: &at_most,
        };
        let three_or_four = Range {
            low: 3,
            high: Some(4),
        };
        let audit = Audit::new(facts, &seen, &known, FIVE);
        assert_eq!(audit.ranges()[3], Some(three_or_four));
        assert_eq!(audit.propagate()[3], three_or_four);
        let mut truth = Witnesses::new(vec![20, 8, 9, 3]);
        assert_eq!(
            audit.failing(&[false, false, false, true], &mut truth),
            vec![(3, three_or_four)]
        );
        // With the whole hidden too, the parts say nothing of each other.
        let seen = [Seen::Hidden, Seen::Shown(8), Seen::Shown(9), Seen::Below(5)];
        let audit = Audit::new(facts, &seen, &known, FIVE);
        assert_eq!(
            audit.ranges()[3],
            Some(Range {
                low: 1,
                high: Some(4)
            })
        );
        assert!(audit
            .failing(&[true, false, false, true], &mut truth)
            .is_empty());
    }

    #[test]
    fn a_hidden_count_worked_out_as_zero_passes_only_where_zeros_may_be_told() {
        // 12 = 12 + the "..": the ".." is 0, which names no one.
        let seen = [Seen::Shown(12), Seen::Hidden, Seen::Shown(12)];
        let known = [Range::ANY; 3];
        let equations = [sum(&[0, 1], 2)];
        let facts = Facts {
            equations: &equations,
            at_most: &[],
        };
        let asked = [false, true, false];
        let mut truth = Witnesses::new(vec![12, 0, 12]);
        let audit = Audit::new(facts, &seen, &known, FIVE);
        assert_eq!(audit.failing(&asked, &mut truth), [(1, Range::exactly(0))]);
        let telling = Audit::new(facts, &seen, &known, FIVE).telling_zeros();
        assert!(telling.failing_near(&asked, &mut truth).is_empty());
        // A count worked out as 1 still fails.
        let seen = [Seen::Shown(11), Seen::Hidden, Seen::Shown(12)];
        let mut truth = Witnesses::new(vec![11, 1, 12]);
        let telling = Audit::new(facts, &seen, &known, FIVE).telling_zeros();
        assert_eq!(
            telling.failing_near(&asked, &mut truth),
            [(1, Range::exactly(1))]
        );
    }

    #[test]
    fn what_a_reader_knew_before_is_not_asked_for_again() {
        // Another publication showed the ".." as 7: nothing can widen it.
        let seen = [Seen::Hidden, Seen::Hidden, Seen::Shown(20)];
        let known = [Range::exactly(7), Range::ANY, Range::ANY];
        let equations = [sum(&[0, 1], 2)];
        let facts = Facts {
            equations: &equations,
            at_most: &[],
        };
        let audit = Audit::new(facts, &seen, &known, FIVE);
        assert_eq!(audit.ranges()[1], Some(Range::exactly(13)));
        // The 13 is worked out from it: that one fails.
        let mut truth = Witnesses::new(vec![7, 13, 20]);
        assert_eq!(
            audit.failing(&[true; 3], &mut truth),
            [(1, Range::exactly(13))]
        );
    }

    /// A 2×2 table of hidden cells with shown row and column totals:
    /// a + b = 20, c + d = 20, a + c = 20, b + d = 20.
    fn square() -> Vec<Vec<(CountId, i8)>> {
        vec![
            sum(&[0, 1], 4),
            sum(&[2, 3], 5),
            sum(&[0, 2], 6),
            sum(&[1, 3], 7),
        ]
    }

    #[test]
    fn a_change_that_would_pin_a_hidden_count_is_refused_and_one_that_leaves_room_is_not() {
        let equations = square();
        let truth = vec![10, 10, 10, 10, 20, 20, 20, 20];
        let mut witnesses = Witnesses::new(truth);
        let facts = Facts {
            equations: &equations,
            at_most: &[],
        };
        let known = vec![Range::ANY; 8];
        let all_hidden = [[Seen::Hidden; 4].as_slice(), &[Seen::Shown(20); 4]].concat();
        let asked = [true, true, true, true, false, false, false, false];
        // The four cells move together along the square: 0–20 each.
        assert!(Audit::new(facts, &all_hidden, &known, FIVE)
            .failing_near(&asked, &mut witnesses)
            .is_empty());
        // Show d again: c = 20 − d and b = 20 − d, so all are pinned.
        let mut d_shown = all_hidden.clone();
        d_shown[3] = Seen::Shown(10);
        assert!(!Audit::new(facts, &d_shown, &known, FIVE)
            .failing_near(&asked, &mut witnesses)
            .is_empty());
        // The solutions kept from the first audit that moved d are no
        // solutions now: the exact audit agrees that every cell fails.
        let failing = Audit::new(facts, &d_shown, &known, FIVE).failing(&asked, &mut witnesses);
        assert_eq!(failing.iter().map(|f| f.0).collect::<Vec<_>>(), [0, 1, 2]);
    }

    #[test]
    fn a_kept_solution_moves_only_the_counts_it_must() {
        // Two squares that share nothing: a solution that moves both is
        // cut down to the square of the count it was solved for.
        let mut equations = square();
        equations.extend(square().into_iter().map(|terms| {
            terms
                .into_iter()
                .map(|(id, c)| (id + 8, c))
                .collect::<Vec<_>>()
        }));
        let rows: Vec<Row> = equations
            .iter()
            .map(|terms| {
                let hidden: Vec<(usize, f64)> = terms
                    .iter()
                    .filter(|&&(id, _)| id % 8 < 4)
                    .map(|&(id, c)| (id - (id / 8) * 4, f64::from(c)))
                    .collect();
                (
                    hidden,
                    ComparisonOp::Eq,
                    -20.0 * f64::from(terms.last().unwrap().1),
                )
            })
            .collect();
        let mut rows_of = vec![Vec::new(); 8];
        for (r, (terms, _, _)) in rows.iter().enumerate() {
            for &(j, _) in terms {
                rows_of[j].push(r);
            }
        }
        let truth = [10; 8];
        // Both squares moved to an end.
        let both = [20, 0, 0, 20, 0, 20, 20, 0];
        let sparse = sparsest(&both, &truth, 0, &rows, &rows_of).unwrap();
        assert_eq!(sparse, [20, 0, 0, 20, 10, 10, 10, 10]);
    }

    #[test]
    fn true_counts_that_an_earlier_publication_rules_out_are_no_solution() {
        // The earlier file showed the first ".." as 7; the cases were
        // imported again since and it is 12 now. The reader still reads
        // 20 − 7 = 13 for the second, which fails: the true 8 is not a
        // value the reader can consider.
        let seen = [Seen::Hidden, Seen::Hidden, Seen::Shown(20)];
        let known = [Range::exactly(7), Range::ANY, Range::ANY];
        let equations = [sum(&[0, 1], 2)];
        let facts = Facts {
            equations: &equations,
            at_most: &[],
        };
        let mut truth = Witnesses::new(vec![12, 8, 20]);
        assert_eq!(
            Audit::new(facts, &seen, &known, FIVE).failing(&[true; 3], &mut truth),
            [(1, Range::exactly(13))]
        );
    }

    /// Counts a reader cannot tell from sums and bounds alone, only from
    /// the whole program: a + b = 4, a + c = 4, b + c = 4 makes each 2.
    #[test]
    fn counts_pinned_only_by_the_whole_program_fail() {
        let equations = [sum(&[0, 1], 3), sum(&[0, 2], 4), sum(&[1, 2], 5)];
        let facts = Facts {
            equations: &equations,
            at_most: &[],
        };
        let seen = [
            Seen::Hidden,
            Seen::Hidden,
            Seen::Hidden,
            Seen::Shown(4),
            Seen::Shown(4),
            Seen::Shown(4),
        ];
        let known = vec![Range::ANY; 6];
        let audit = Audit::new(facts, &seen, &known, FIVE);
        assert!(audit.propagate()[..3]
            .iter()
            .all(|r| r.low == 0 && r.high == Some(4)));
        let asked = [true, true, true, false, false, false];
        let mut witnesses = Witnesses::new(vec![2, 2, 2, 4, 4, 4]);
        assert_eq!(
            audit.failing(&asked, &mut witnesses),
            [0, 1, 2].map(|id| (id, Range::exactly(2)))
        );
        assert!(!audit.failing_near(&asked, &mut witnesses).is_empty());
    }

    /// Respondents are counted over the survey's year, persons over the
    /// period, so the true counts can break "respondents ≤ persons": they
    /// are then no solution to start from. x + y = 4, x + z = 4,
    /// y + z + w = 9 and 3 ≤ w give w = 1 + 2x ≥ 3, so x ≥ 1 and y, z ≤ 3,
    /// while the true counts are x = 0, y = z = 4, w = 1.
    #[test]
    fn true_counts_that_break_a_published_relation_are_no_solution() {
        let equations = [sum(&[0, 1], 4), sum(&[0, 2], 5), sum(&[1, 2, 3], 6)];
        let facts = Facts {
            equations: &equations,
            at_most: &[(7, vec![3])],
        };
        let seen = [
            Seen::Hidden,
            Seen::Hidden,
            Seen::Hidden,
            Seen::Hidden,
            Seen::Shown(4),
            Seen::Shown(4),
            Seen::Shown(9),
            Seen::Shown(3),
        ];
        let known = vec![Range::ANY; 8];
        let audit = Audit::new(facts, &seen, &known, FIVE);
        let asked = [true, true, true, true, false, false, false, false];
        let mut witnesses = Witnesses::new(vec![0, 4, 4, 1, 4, 4, 9, 3]);
        let failing: Vec<CountId> = audit
            .failing(&asked, &mut witnesses)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(failing, [0, 1, 2]);
        assert!(!audit.failing_near(&asked, &mut witnesses).is_empty());
    }
}
