//! Which consent counts the GMR file and the year report hide, decided once for both: the GMR
//! receives both documents, and a count one shows can give away a count the other hides.
//!
//! Per purpose, each school has six counts (the GMR file's columns); the year report shows per
//! school its pupils, the granted count, the sum of the four that are no consent ("niet
//! gegeven") and the unknown count, and the same for the board. A count from 1 to `min - 1` is
//! hidden (`<min`). A hidden count is at least 1, and with the sums the documents show that can
//! be enough to give it away (`<5`, `<5` and 10 unknown of 12 pupils can only be 1 and 1). So
//! every hidden count is narrowed as a reader with a pencil would, from every sum they can find,
//! and the smallest count beside one that is left with a single value is hidden too (`*`),
//! until none is; where a school's counts cannot keep it, the board's total of that column is
//! hidden, with another beside it.

use crate::domain::consent::Tally;
use crate::domain::year_report::is_small;

/// The cells that add up to the year report's "niet gegeven".
const NOT_GRANTED: [usize; 4] = Tally::NOT_GRANTED;

/// The cells of a school that add up to each cell of the year report's board row: pupils,
/// granted, not granted, unknown.
const BOARD: [&[usize]; 4] = [&[0, 1, 2, 3, 4, 5], &[0], &NOT_GRANTED, &[5]];

/// One purpose's counts as both documents show them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// Per school, the GMR file's six cells.
    pub gmr: Vec<[String; 6]>,
    /// Per school, the year report's pupils, granted, not granted and unknown.
    pub schools: Vec<[String; 4]>,
    /// The board's row of the year report.
    pub board: [String; 4],
    /// Hidden small counts a reader can still work out: a school whose every count of the
    /// purpose is small, beside its pupils (4, 4 and 4 of 12).
    pub(super) unprotected: Vec<(usize, usize)>,
}

/// A count as shown: small ones, which could point at a child, as `<min`.
pub fn small_count(n: u64, min: u64) -> String {
    if is_small(n, min) {
        format!("<{min}")
    } else {
        n.to_string()
    }
}

/// What both documents say of the counts they hide, in Dutch: `min - 1` is the largest count
/// shown as `<min`. With `--min-count 1` nothing is hidden, and they say so.
pub fn hiding_said(min: u64) -> String {
    match min {
        0 | 1 => "Alle aantallen staan er zoals ze zijn: er is niets verborgen.".to_string(),
        2 => "Een aantal van 1 staat er als <2: een klein aantal kan naar een kind wijzen. \
              Een * is een aantal dat ook verborgen is, omdat een klein aantal er anders uit af \
              te leiden is."
            .to_string(),
        _ => format!(
            "Aantallen van 1 tot en met {} staan er als <{min}: een klein aantal kan naar een \
             kind wijzen. Een * is een aantal dat ook verborgen is, omdat een klein aantal er \
             anders uit af te leiden is.",
            min - 1
        ),
    }
}

/// What a reader knows of a sum the documents show: its value, or (shown as `<min`) that it is
/// from 1 to `min - 1`.
fn known(total: u64, min: u64) -> (i64, i64) {
    match is_small(total, min) {
        true => (1, min as i64 - 1),
        false => (total as i64, total as i64),
    }
}

/// The order in which a sum gives up a count to keep one of its hidden counts hidden.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Kind {
    /// The four states of "niet gegeven" of a school.
    Part,
    /// Granted and unknown of a school: its pupils less its "niet gegeven".
    Rest,
    /// A school's six counts: its pupils.
    Row,
    /// One of the board's totals over the schools: granted, not granted, unknown.
    Column,
    /// Every count: the board's pupils.
    Board,
}

struct Sum {
    kind: Kind,
    cells: Vec<(usize, usize)>,
    /// What the reader knows of the total.
    total: (i64, i64),
    /// The board's cell that shows it (1 granted, 2 not granted, 3 unknown), for a column.
    board_cell: Option<usize>,
}

/// The sums a reader finds in the documents (a board's total that is hidden is a sum whose
/// value they do not know), and how the sums add up to each other: each relation says that the
/// first sum is the sum of the others.
fn sums(rows: &[[u64; 6]], min: u64, board_hidden: &[bool; 4]) -> (Vec<Sum>, Vec<Vec<usize>>) {
    let value = |cells: &[(usize, usize)]| cells.iter().map(|&(r, c)| rows[r][c]).sum::<u64>();
    let unknown = (0, rows.iter().flatten().sum::<u64>() as i64);
    let mut sums = Vec::new();
    let mut relations = Vec::new();
    let (mut parts, mut row_sums) = (Vec::new(), Vec::new());
    for r in 0..rows.len() {
        let part: Vec<(usize, usize)> = NOT_GRANTED.iter().map(|&c| (r, c)).collect();
        let row: Vec<(usize, usize)> = (0..6).map(|c| (r, c)).collect();
        let at = sums.len();
        sums.push(Sum {
            kind: Kind::Part,
            total: known(value(&part), min),
            cells: part,
            board_cell: None,
        });
        sums.push(Sum {
            kind: Kind::Rest,
            cells: vec![(r, 0), (r, 5)],
            total: unknown,
            board_cell: None,
        });
        sums.push(Sum {
            kind: Kind::Row,
            total: known(value(&row), min),
            cells: row,
            board_cell: None,
        });
        relations.push(vec![at + 2, at, at + 1]);
        parts.push(at);
        row_sums.push(at + 2);
    }
    let mut columns = [0; 4];
    for (board_cell, cs) in BOARD.iter().enumerate().skip(1) {
        let cells: Vec<(usize, usize)> = (0..rows.len())
            .flat_map(|r| cs.iter().map(move |&c| (r, c)))
            .collect();
        columns[board_cell] = sums.len();
        sums.push(Sum {
            kind: Kind::Column,
            total: match board_hidden[board_cell] {
                true => unknown,
                false => known(value(&cells), min),
            },
            cells,
            board_cell: Some(board_cell),
        });
    }
    let all: Vec<(usize, usize)> = (0..rows.len())
        .flat_map(|r| (0..6).map(move |c| (r, c)))
        .collect();
    let board = sums.len();
    sums.push(Sum {
        kind: Kind::Board,
        total: known(value(&all), min),
        cells: all,
        board_cell: None,
    });
    relations.push([columns[2]].into_iter().chain(parts).collect());
    relations.push([board].into_iter().chain(row_sums).collect());
    relations.push(vec![board, columns[1], columns[2], columns[3]]);
    (sums, relations)
}

/// The counts of one purpose, per school (each school's six counts), as the GMR file and the
/// year report show them.
pub fn consent_counts(rows: &[[u64; 6]], min: u64) -> Shown {
    let small = |n: u64| is_small(n, min);
    let mut hidden: Vec<[bool; 6]> = rows.iter().map(|row| row.map(small)).collect();
    let mut extra: Vec<[bool; 6]> = vec![[false; 6]; rows.len()];
    let totals: [u64; 4] =
        BOARD.map(|cs| rows.iter().flat_map(|row| cs.iter().map(|&c| row[c])).sum());
    // The board's totals given up for a school's count they would give away.
    let mut forced = [false; 4];
    let mut given_up: Vec<Exposed> = Vec::new();
    let board_hidden = loop {
        // The board's pupils are shown: never one of its three totals hidden alone (a small
        // total, shown as `<min`, counts as hidden).
        let mut board_hidden = forced;
        let not_shown = |hidden: &[bool; 4], b: usize| hidden[b] || small(totals[b]);
        if (1..4).filter(|&b| not_shown(&board_hidden, b)).count() == 1 {
            let other = (1..4)
                .filter(|&b| !not_shown(&board_hidden, b))
                .min_by_key(|&b| (totals[b] == 0, totals[b]));
            if let Some(b) = other {
                board_hidden[b] = true;
            }
        }
        let (sums, relations) = sums(rows, min, &board_hidden);
        // A school's row, and the schools of a column, never hide just one of their counts.
        let alone = sums.iter().find(|s| {
            (s.kind == Kind::Row || (s.kind == Kind::Column && rows.len() > 1))
                && s.cells.iter().filter(|&&(r, c)| hidden[r][c]).count() == 1
                && s.cells.iter().any(|&(r, c)| !hidden[r][c])
        });
        if let Some(sum) = alone {
            hide_smallest(rows, &mut hidden, &mut extra, &sum.cells);
            continue;
        }
        let exposed = worked_out(rows, min, &hidden, &sums, &relations)
            .into_iter()
            .find(|e| !given_up.contains(e));
        let cell = match exposed {
            None => break board_hidden,
            Some(Exposed::Cell(cell)) => cell,
            Some(Exposed::Sum(i)) => {
                // A school's "niet gegeven" that follows from its pupils, granted and unknown:
                // one of those goes; a board total that follows from the others: another goes.
                let sum = &sums[i];
                let done = match sum.board_cell {
                    None => {
                        let r = sum.cells[0].0;
                        hide_smallest(rows, &mut hidden, &mut extra, &[(r, 0), (r, 5)])
                    }
                    Some(own) => {
                        let other = (1..4)
                            .filter(|&b| b != own && !board_hidden[b])
                            .min_by_key(|&b| (totals[b] == 0, totals[b]));
                        if let Some(b) = other {
                            forced[b] = true;
                        }
                        other.is_some()
                    }
                };
                if !done {
                    given_up.push(Exposed::Sum(i));
                }
                continue;
            }
        };
        // The smallest sum through it that still shows a count gives one up; else the board's
        // total of its column; else it cannot be kept.
        let mut through: Vec<&Sum> = sums.iter().filter(|s| s.cells.contains(&cell)).collect();
        through.sort_by_key(|s| s.kind);
        // A board total of counts that are all hidden gives their sum away: it goes first.
        let bare = sums.iter().find_map(|s| {
            s.board_cell.filter(|&b| {
                !board_hidden[b] && totals[b] >= min && s.cells.iter().all(|&(r, c)| hidden[r][c])
            })
        });
        if let Some(b) = bare {
            forced[b] = true;
            continue;
        }
        if through
            .iter()
            .any(|s| hide_smallest(rows, &mut hidden, &mut extra, &s.cells))
        {
            continue;
        }
        let column = through
            .iter()
            .filter_map(|s| s.board_cell)
            .find(|&b| !board_hidden[b]);
        match column {
            Some(b) => forced[b] = true,
            None => given_up.push(Exposed::Cell(cell)),
        }
    };
    let gmr: Vec<[String; 6]> = rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            std::array::from_fn(|c| match extra[r][c] {
                true => "*".to_string(),
                false => small_count(row[c], min),
            })
        })
        .collect();
    let schools = rows
        .iter()
        .zip(&gmr)
        .map(|(row, cells)| {
            let not_granted: u64 = NOT_GRANTED.iter().map(|&c| row[c]).sum();
            [
                small_count(row.iter().sum(), min),
                cells[0].clone(),
                small_count(not_granted, min),
                cells[5].clone(),
            ]
        })
        .collect();
    let board = std::array::from_fn(|b| match board_hidden[b] {
        true => "*".to_string(),
        false => small_count(totals[b], min),
    });
    Shown {
        gmr,
        schools,
        board,
        unprotected: given_up
            .into_iter()
            .filter_map(|e| match e {
                Exposed::Cell(cell) => Some(cell),
                Exposed::Sum(_) => None,
            })
            .collect(),
    }
}

/// Hides the smallest shown count among `cells`, a non-zero one where there is one; whether
/// there was one.
fn hide_smallest(
    rows: &[[u64; 6]],
    hidden: &mut [[bool; 6]],
    extra: &mut [[bool; 6]],
    cells: &[(usize, usize)],
) -> bool {
    let pick = cells
        .iter()
        .filter(|&&(r, c)| !hidden[r][c])
        .min_by_key(|&&(r, c)| (rows[r][c] == 0, rows[r][c]))
        .copied();
    if let Some((r, c)) = pick {
        hidden[r][c] = true;
        extra[r][c] = true;
    }
    pick.is_some()
}

/// The hidden small counts whose value follows from the sums: each hidden cell's range (a small
/// count 1 to `min - 1`, another hidden count 0 or more) and each sum's (its value, `<min`, or
/// unknown) narrowed by every sum and every relation between sums until nothing changes, as a
/// reader with a pencil would.
fn worked_out(
    rows: &[[u64; 6]],
    min: u64,
    hidden: &[[bool; 6]],
    sums: &[Sum],
    relations: &[Vec<usize>],
) -> Vec<Exposed> {
    let small = |n: u64| is_small(n, min);
    let all: i64 = rows.iter().flatten().map(|&n| n as i64).sum();
    // The unknowns: every cell (row by row), then every sum's total.
    let mut range: Vec<(i64, i64)> = rows
        .iter()
        .enumerate()
        .flat_map(|(r, row)| {
            (0..6).map(move |c| match (hidden[r][c], small(row[c])) {
                (false, _) => (row[c] as i64, row[c] as i64),
                (true, true) => (1, min as i64 - 1),
                (true, false) => (0, all),
            })
        })
        .collect();
    let cells = range.len();
    range.extend(sums.iter().map(|s| s.total));
    // Each equation: its first unknown is the sum of the others.
    let equations: Vec<Vec<usize>> = sums
        .iter()
        .enumerate()
        .map(|(i, s)| {
            std::iter::once(cells + i)
                .chain(s.cells.iter().map(|&(r, c)| r * 6 + c))
                .collect()
        })
        .chain(
            relations
                .iter()
                .map(|rel| rel.iter().map(|&i| cells + i).collect()),
        )
        .collect();
    // Each round narrows a range or ends; ranges found by the cap are still true ones.
    for _ in 0..10_000 {
        let mut changed = false;
        for eq in &equations {
            let (total, parts) = (eq[0], &eq[1..]);
            let low: i64 = parts.iter().map(|&v| range[v].0).sum();
            let high: i64 = parts.iter().map(|&v| range[v].1).sum();
            changed |= narrow(&mut range, total, (low, high));
            let (t_lo, t_hi) = range[total];
            for &v in parts {
                let (lo, hi) = range[v];
                changed |= narrow(&mut range, v, (t_lo - (high - hi), t_hi - (low - lo)));
            }
        }
        if !changed {
            break;
        }
    }
    let mut exposed = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        for c in 0..6 {
            let (lo, hi) = range[r * 6 + c];
            if hidden[r][c] && small(row[c]) && lo == hi {
                exposed.push(Exposed::Cell((r, c)));
            }
        }
    }
    // A small sum shown as `<min` (a school's "niet gegeven", a board total) that follows
    // exactly from the others.
    for (i, sum) in sums.iter().enumerate() {
        let value: u64 = sum.cells.iter().map(|&(r, c)| rows[r][c]).sum();
        let (lo, hi) = range[cells + i];
        if matches!(sum.kind, Kind::Part | Kind::Column) && small(value) && lo == hi {
            exposed.push(Exposed::Sum(i));
        }
    }
    exposed
}

/// What a reader can work out: a hidden count, or a small sum shown as `<min`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Exposed {
    Cell((usize, usize)),
    Sum(usize),
}

/// Narrows the range of unknown `v` to what it shares with `to`; whether it changed.
fn narrow(range: &mut [(i64, i64)], v: usize, to: (i64, i64)) -> bool {
    let (lo, hi) = range[v];
    let to = (lo.max(to.0), hi.min(to.1));
    let changed = to != (lo, hi) && to.0 <= to.1;
    if changed {
        range[v] = to;
    }
    changed
}
