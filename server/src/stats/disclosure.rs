//! Disclosure control: what of a [`StatisticsTable`] the public may see.
//!
//! - A count of 1 to `min_count − 1` is shown as "<5" (primary suppression).
//!   Zero is shown: it names no one.
//! - A percentage or average is shown only when its base is at least
//!   `min_base` and every count it is computed from is shown.
//! - Secondary suppression: no hidden count may be worked out from the shown
//!   counts and totals of the same table. Every row and column, totals
//!   included, is an equation (the cells add up to the total). A hidden value
//!   can be solved for exactly when it is a *bridge* in the graph whose nodes
//!   are the table's lines and whose edges are the hidden cells (the lines
//!   on either side of it are then connected by no other hidden path);
//!   otherwise a cycle of hidden cells lets the values shift by ±t
//!   alternately without changing any total. A line with exactly one hidden
//!   cell is the simplest bridge. The algorithm hides more cells until no
//!   hidden cell is a bridge, choosing inner cells over totals (the same
//!   total is printed in other tables and must not be hidden in one and
//!   shown in another) and the smallest positive count first (least
//!   information lost).
//!
//! Published figures are [`PublicCell`]s and [`PublicFigure`]s: neither holds a
//! suppressed number, so one cannot leak into a page, file or API by accident.

use super::{percent, rounded_ratio, StatisticsTable};

/// The thresholds, from configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DisclosureRules {
    /// Counts from 1 up to this (exclusive) are not shown.
    pub min_count: i64,
    /// Percentages and averages need at least this base.
    pub min_base: i64,
}

impl Default for DisclosureRules {
    fn default() -> Self {
        DisclosureRules {
            min_count: 5,
            min_base: 10,
        }
    }
}

/// A count as the public sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
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

/// A percentage or an average as the public sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum PublicFigure {
    Value(i64),
    /// Base below the threshold, or computed from a hidden count.
    NotShown,
}

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

/// A single count outside any table (e.g. unique persons): primary rule only.
pub fn count(n: i64, rules: &DisclosureRules) -> PublicCell {
    if n > 0 && n < rules.min_count {
        PublicCell::Below(rules.min_count)
    } else {
        PublicCell::Value(n)
    }
}

/// The public version of a table: primary and secondary suppression.
pub fn disclose(table: &StatisticsTable, rules: &DisclosureRules) -> PublicTable {
    let grid = Grid::of(table);
    let hidden = grid.suppression(rules);
    let (r, c) = (table.rows.len(), table.columns.len());
    let cell = |i: usize, j: usize| -> PublicCell {
        let value = grid.values[i][j];
        if !hidden[i][j] {
            PublicCell::Value(value)
        } else if value > 0 && value < rules.min_count {
            PublicCell::Below(rules.min_count)
        } else {
            PublicCell::Suppressed
        }
    };
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

/// The table with its totals as one (rows + 1) × (columns + 1) grid: the last
/// column holds the row totals, the last row the column totals.
struct Grid {
    values: Vec<Vec<i64>>,
}

impl Grid {
    fn of(table: &StatisticsTable) -> Grid {
        let mut values: Vec<Vec<i64>> = table
            .cells
            .iter()
            .zip(&table.row_totals)
            .map(|(row, total)| row.iter().copied().chain([*total]).collect())
            .collect();
        values.push(
            table
                .column_totals
                .iter()
                .copied()
                .chain([table.total])
                .collect(),
        );
        Grid { values }
    }

    fn rows(&self) -> usize {
        self.values.len()
    }

    fn columns(&self) -> usize {
        self.values[0].len()
    }

    fn is_total(&self, i: usize, j: usize) -> bool {
        i + 1 == self.rows() || j + 1 == self.columns()
    }

    /// Which cells to hide.
    fn suppression(&self, rules: &DisclosureRules) -> Vec<Vec<bool>> {
        let (rows, columns) = (self.rows(), self.columns());
        let mut hidden: Vec<Vec<bool>> = self
            .values
            .iter()
            .map(|row| row.iter().map(|&v| v > 0 && v < rules.min_count).collect())
            .collect();
        loop {
            // A line with exactly one hidden cell: hide a second one in it.
            let mut changed = false;
            for i in 0..rows {
                let line: Vec<(usize, usize)> = (0..columns).map(|j| (i, j)).collect();
                changed |= self.complete_line(&line, &mut hidden);
            }
            for j in 0..columns {
                let line: Vec<(usize, usize)> = (0..rows).map(|i| (i, j)).collect();
                changed |= self.complete_line(&line, &mut hidden);
            }
            if changed {
                continue;
            }
            // Every line now has none or at least two hidden cells, yet a
            // hidden cell may still be a bridge between two groups of
            // lines: join the groups with one more hidden cell.
            match self.bridge(&hidden) {
                Some((i, j)) => self.close_bridge(i, j, &mut hidden),
                None => return hidden,
            }
        }
    }

    /// Hides one more cell of a line that has exactly one hidden cell.
    fn complete_line(&self, line: &[(usize, usize)], hidden: &mut [Vec<bool>]) -> bool {
        if line.iter().filter(|&&(i, j)| hidden[i][j]).count() != 1 {
            return false;
        }
        let best = self.cheapest(line.iter().copied().filter(|&(i, j)| !hidden[i][j]));
        match best {
            Some((i, j)) => {
                hidden[i][j] = true;
                true
            }
            None => false,
        }
    }

    /// The cell whose hiding costs least: an inner cell before a total, a
    /// positive count before a zero (a hidden zero hides little), then the
    /// smallest, then the first.
    fn cheapest(&self, cells: impl Iterator<Item = (usize, usize)>) -> Option<(usize, usize)> {
        cells.min_by_key(|&(i, j)| {
            let v = self.values[i][j];
            (self.is_total(i, j), v == 0, v, i, j)
        })
    }

    /// A hidden cell whose value the line equations determine, if any.
    fn bridge(&self, hidden: &[Vec<bool>]) -> Option<(usize, usize)> {
        let (rows, columns) = (self.rows(), self.columns());
        (0..rows)
            .flat_map(|i| (0..columns).map(move |j| (i, j)))
            .filter(|&(i, j)| hidden[i][j])
            .find(|&(i, j)| !component(hidden, Line::Row(i), (i, j)).columns[j])
    }

    /// Puts the bridge (i, j) on a cycle: hides a cell joining a row on the
    /// column's side to a column on the row's side.
    fn close_bridge(&self, i: usize, j: usize, hidden: &mut [Vec<bool>]) {
        let row_side = component(hidden, Line::Row(i), (i, j));
        let column_side = component(hidden, Line::Column(j), (i, j));
        let candidates = (0..self.rows())
            .filter(|&r| column_side.rows[r] && !row_side.rows[r])
            .flat_map(|r| (0..self.columns()).map(move |c| (r, c)))
            .filter(|&(r, c)| row_side.columns[c] && !hidden[r][c]);
        match self.cheapest(candidates) {
            Some((r, c)) => hidden[r][c] = true,
            // Both sides have a row and a column once no line has a single
            // hidden cell, so a joining cell exists; hiding the bridge's
            // whole row is the safe fallback should that ever fail.
            None => hidden[i].iter_mut().for_each(|h| *h = true),
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use PublicCell::{Below, Suppressed, Value};

    fn table(cells: &[&[i64]]) -> StatisticsTable {
        let rows = (0..cells.len()).map(|i| format!("r{i}")).collect();
        let names: [&'static str; 6] = ["a", "b", "c", "d", "e", "f"];
        let columns = names[..cells[0].len()].to_vec();
        StatisticsTable::from_counts(rows, columns, cells.iter().map(|r| r.to_vec()).collect())
    }

    fn rules() -> DisclosureRules {
        DisclosureRules::default()
    }

    /// Every line (row or column, totals included) has no hidden cell or at
    /// least two, and no hidden cell is a bridge: nothing can be solved for.
    fn assert_nothing_derivable(public: &PublicTable) {
        let mut grid: Vec<Vec<bool>> = public
            .cells
            .iter()
            .zip(&public.row_totals)
            .map(|(row, total)| {
                row.iter()
                    .chain([total])
                    .map(|c| c.value().is_none())
                    .collect()
            })
            .collect();
        grid.push(
            public
                .column_totals
                .iter()
                .chain([&public.total])
                .map(|c| c.value().is_none())
                .collect(),
        );
        for row in &grid {
            assert_ne!(row.iter().filter(|h| **h).count(), 1, "{public:?}");
        }
        for j in 0..grid[0].len() {
            assert_ne!(grid.iter().filter(|r| r[j]).count(), 1, "{public:?}");
        }
        let zeros = Grid {
            values: vec![vec![0; grid[0].len()]; grid.len()],
        };
        assert_eq!(zeros.bridge(&grid), None, "{public:?}");
    }

    #[test]
    fn a_count_from_one_to_four_shows_as_less_than_five_and_zero_shows_as_zero() {
        let public = disclose(&table(&[&[3, 0, 20], &[7, 0, 30], &[8, 0, 40]]), &rules());
        assert_eq!(public.cells[0][0], Below(5));
        assert_eq!(public.cells[0][0].to_string(), "<5");
        assert_eq!(public.cells[1][1], Value(0));
        assert_nothing_derivable(&public);
    }

    #[test]
    fn a_single_suppressed_cell_in_a_row_forces_a_second() {
        // Row r0: 3 + 20 + 30 = 53. Hiding only the 3 would leave 53 − 20 − 30.
        let public = disclose(
            &table(&[&[3, 20, 30], &[10, 40, 50], &[12, 45, 60]]),
            &rules(),
        );
        assert_eq!(public.cells[0][0], Below(5));
        // The smallest other inner cell of the row goes with it.
        assert_eq!(public.cells[0][1], Suppressed);
        assert_eq!(public.cells[0][2], Value(30));
        assert_eq!(public.row_totals[0], Value(53));
        assert_nothing_derivable(&public);
    }

    #[test]
    fn a_single_suppressed_cell_in_a_column_forces_a_second() {
        let public = disclose(&table(&[&[3, 20], &[10, 40], &[12, 45]]), &rules());
        assert_eq!(public.cells[0][0], Below(5));
        // Column a: the smallest other inner cell is 10 (row r1).
        assert_eq!(public.cells[1][0], Suppressed);
        // Which in turn leaves row r1 with one hidden cell: 40 goes too.
        assert_eq!(public.cells[1][1], Suppressed);
        assert_eq!(public.column_totals[0], Value(25));
        assert_nothing_derivable(&public);
    }

    #[test]
    fn totals_are_hidden_only_when_nothing_else_can_protect_a_cell() {
        // One column: a hidden cell can only be protected by its row total.
        let public = disclose(&table(&[&[2], &[30], &[40]]), &rules());
        assert_eq!(public.cells[0][0], Below(5));
        assert_eq!(public.row_totals[0], Below(5));
        assert_eq!(public.cells[1][0], Suppressed);
        assert_eq!(public.row_totals[1], Suppressed);
        assert_eq!(public.total, Value(72));
        assert_nothing_derivable(&public);
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
        assert_nothing_derivable(&public);
    }

    #[test]
    fn no_hidden_count_can_be_worked_out_in_any_of_many_tables() {
        // A deterministic spread of tables with many small counts.
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..500 {
            let rows = 1 + (next() % 6) as usize;
            let columns = 1 + (next() % 5) as usize;
            let cells: Vec<Vec<i64>> = (0..rows)
                .map(|_| {
                    (0..columns)
                        .map(|_| match next() % 4 {
                            0 => 0,
                            1 => (next() % 5) as i64,
                            _ => (next() % 60) as i64,
                        })
                        .collect()
                })
                .collect();
            let refs: Vec<&[i64]> = cells.iter().map(Vec::as_slice).collect();
            let public = disclose(&table(&refs), &rules());
            assert_nothing_derivable(&public);
            // Primary suppression holds everywhere.
            for (i, row) in cells.iter().enumerate() {
                for (j, &v) in row.iter().enumerate() {
                    if v > 0 && v < 5 {
                        assert_eq!(public.cells[i][j], Below(5));
                    }
                }
            }
        }
    }

    #[test]
    fn a_percentage_needs_a_base_of_ten_and_shown_counts() {
        let public = disclose(&table(&[&[5, 4], &[6, 3], &[50, 50]]), &rules());
        // r0: base 9 is below 10.
        assert_eq!(public.row_share(0, 0), PublicFigure::NotShown);
        // r2: 50 of 100.
        assert_eq!(public.row_share(2, 0), PublicFigure::Value(50));
        // r1: base 9, and 3 is hidden anyway.
        assert_eq!(public.row_share(1, 1), PublicFigure::NotShown);
        let big = disclose(&table(&[&[3, 40], &[20, 40]]), &rules());
        // The base 43 is large, but the part is hidden: 7 % would reveal it.
        assert_eq!(big.row_share(0, 0), PublicFigure::NotShown);
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
        };
        let public = disclose(&table(&[&[7, 40], &[30, 40]]), &strict);
        assert_eq!(public.cells[0][0], Below(10));
        assert_eq!(public.cells[0][0].to_string(), "<10");
        assert_eq!(count(7, &strict), Below(10));
        assert_eq!(count(7, &rules()), Value(7));
        assert_eq!(average(1000, 15, &strict), PublicFigure::NotShown);
    }
}
