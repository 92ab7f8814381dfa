use super::html::css_string;
use super::*;

const ROW6: Sums = Sums {
    row: &[0, 1, 2, 3, 4, 5],
    parts: &[],
    columns: false,
    hide: &[],
};

/// The year report's rows: pupils, then granted, not granted and unknown, which add up to it.
fn year_rows(columns: bool) -> Sums<'static> {
    Sums {
        row: &[1, 2, 3],
        parts: &[],
        columns,
        hide: &[],
    }
}

#[test]
fn one_hidden_count_takes_a_second_with_it() {
    let row = |counts: [u64; 6], min| suppressed(&[counts], min, &ROW6).cells.remove(0);
    // A school of 7 pupils: one with consent for the speech therapist.
    assert_eq!(row([1, 0, 0, 0, 0, 6], 5), ["<5", "0", "0", "0", "0", "*"]);
    // Two hidden already, and 9 pupils leave 3 for them: 1 and 2, or 2 and 1.
    assert_eq!(row([1, 2, 0, 0, 0, 6], 5), ["<5", "<5", "0", "0", "0", "6"]);
    // The smallest other count goes.
    assert_eq!(row([3, 9, 0, 0, 0, 6], 5), ["<5", "9", "0", "0", "0", "*"]);
    // Nothing hidden, nothing changed; a threshold of 1 shows every count.
    assert_eq!(row([5, 0, 7, 0, 0, 0], 5), ["5", "0", "7", "0", "0", "0"]);
    assert_eq!(row([1, 0, 6, 0, 0, 0], 1), ["1", "0", "6", "0", "0", "0"]);
    // Only zeros beside it: a zero is hidden with it, so the row does not say which is which.
    assert_eq!(row([1, 0, 0, 0, 0, 0], 5), ["<5", "*", "0", "0", "0", "0"]);
}

#[test]
fn small_counts_are_hidden_below_the_threshold() {
    assert_eq!(small_count(0, 5), "0");
    assert_eq!(small_count(1, 5), "<5");
    assert_eq!(small_count(4, 5), "<5");
    assert_eq!(small_count(5, 5), "5");
    assert_eq!(small_count(1, 1), "1");
    assert_eq!(small_count(2, 3), "<3");
}

#[test]
fn css_strings_cannot_end_the_string_or_the_style_sheet() {
    assert_eq!(css_string("De Waterlanden"), "\"De Waterlanden\"");
    assert_eq!(
        css_string("a\"}</style>\\"),
        "\"a\\22 \\7d \\3c \\2f style\\3e \\5c \""
    );
    assert_eq!(css_string("één"), "\"één\"");
}

#[test]
fn dates_are_dutch() {
    assert_eq!(date(Some("2024-08-01".parse().unwrap())), "01-08-2024");
    assert_eq!(date(None), "");
}

fn hidden(cell: &str) -> bool {
    cell.parse::<u64>().is_err()
}

#[test]
fn a_school_count_hidden_alone_in_its_column_takes_another_with_it() {
    // School A has 3 pupils with consent (hidden); with B's 20 and the board's 23 shown, A's
    // 3 would follow. So a second count of the column is hidden, and each row hides two.
    let shown = suppressed(&[[8, 3, 5, 0], [30, 20, 6, 4]], 5, &year_rows(true)).cells;
    assert_eq!(shown[0][1], "<5");
    assert!(hidden(&shown[1][1]), "{shown:?}");
    for row in &shown {
        assert_ne!(row.iter().filter(|c| hidden(c)).count(), 1, "{shown:?}");
    }
    for c in 0..4 {
        assert_ne!(
            shown.iter().filter(|r| hidden(&r[c])).count(),
            1,
            "{shown:?}"
        );
    }
}

#[test]
fn a_row_with_one_small_part_hides_a_zero_when_nothing_else_is_left() {
    // 12 pupils, 3 with consent, 9 without: 3 hidden, then 9 (smallest shown non-zero).
    let shown = suppressed(&[[12, 3, 9, 0]], 5, &year_rows(false)).cells;
    assert_eq!(shown[0], ["12", "<5", "*", "0"]);
    // Only zeros beside it: the total is small itself, and a zero goes with the count.
    let shown = suppressed(&[[3, 3, 0, 0]], 5, &year_rows(false)).cells;
    assert_eq!(shown[0], ["<5", "<5", "*", "0"]);
}

#[test]
fn no_hidden_count_can_be_worked_out_on_random_tables() {
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    for _ in 0..2000 {
        let schools = 1 + next(4) as usize;
        let rows: Vec<[u64; 4]> = (0..schools)
            .map(|_| {
                let (g, n, u) = (next(12), next(12), next(12));
                [g + n + u, g, n, u]
            })
            .collect();
        let shown = suppressed(&rows, 5, &year_rows(true)).cells;
        for (row, cells) in rows.iter().zip(&shown) {
            for (n, cell) in row.iter().zip(cells) {
                if *n > 0 && *n < 5 {
                    assert!(hidden(cell), "{rows:?} {shown:?}");
                }
            }
            assert_ne!(
                cells[1..].iter().filter(|c| hidden(c)).count(),
                1,
                "{rows:?} {shown:?}"
            );
        }
        if schools > 1 {
            for c in 1..4 {
                let in_column = shown.iter().filter(|r| hidden(&r[c])).count();
                assert_ne!(in_column, 1, "{rows:?} {shown:?}");
            }
        }
    }
}

#[test]
fn two_small_counts_that_fill_what_the_total_leaves_take_a_third_with_them() {
    // 12 pupils at a school, 10 unknown: the speech therapist's 1 granted and 1 refused are
    // each at least 1, so "<5" and "<5" beside a 10 can only be 1 and 1.
    let row = |counts: [u64; 6]| suppressed(&[counts], 5, &ROW6).cells.remove(0);
    assert_eq!(row([1, 0, 1, 0, 0, 10]), ["<5", "0", "<5", "0", "0", "*"]);
    // Three of them in 18 pupils beside 15: 1, 1 and 1.
    assert_eq!(row([15, 0, 1, 0, 1, 1]), ["*", "0", "<5", "0", "<5", "<5"]);
    // 4 and 4 beside 10 in 18: the most each can be, as good as shown.
    assert_eq!(row([4, 0, 4, 0, 0, 10]), ["<5", "0", "<5", "0", "0", "*"]);
    // Room to spare: 2 and 3 beside 10 could be 1 and 4, 4 and 1, ...
    assert_eq!(row([2, 0, 3, 0, 0, 10]), ["<5", "0", "<5", "0", "0", "10"]);
    // The year report's board row gives the same away.
    let shown = suppressed(&[[12, 1, 1, 10]], 5, &year_rows(false)).cells;
    assert_eq!(shown[0], ["12", "<5", "<5", "*"]);
}

#[test]
fn a_part_whose_sum_the_year_report_shows_keeps_its_hidden_count() {
    // The year report shows 6 "not granted": 5 granted in a form that does not count and
    // 1 refusal would give the refusal away, so the 5 goes too.
    let sums = Sums {
        row: &[0, 1, 2, 3, 4, 5],
        parts: &[&[1, 2, 3, 4]],
        columns: false,
        hide: &[],
    };
    let shown = suppressed(&[[10, 5, 1, 0, 0, 3]], 5, &sums).cells.remove(0);
    assert_eq!(shown, ["10", "*", "<5", "0", "0", "<5"]);
}

/// The hidden cells that take more than one value among all the tables a reader could take
/// the shown ones for: every value of every hidden cell (a small one 1 to 4, a `*` 0 up to its
/// row's total) that keeps each row's total, and with `columns` each column's but those in
/// `open`, where the total is 5 or more (a smaller total is shown as `<5`).
fn two_readings(
    rows: &[[u64; 3]],
    shown: &[[String; 3]],
    columns: bool,
    open: &[usize],
) -> Vec<(usize, usize)> {
    let cells: Vec<(usize, usize)> = (0..rows.len())
        .flat_map(|r| (0..3).map(move |c| (r, c)))
        .filter(|&(r, c)| hidden(&shown[r][c]))
        .collect();
    let known = |total: u64| total >= 5;
    let fits = |table: &[[u64; 3]]| {
        let rows_fit = rows.iter().zip(table).all(|(row, guess)| {
            let total: u64 = row.iter().sum();
            !known(total) || guess.iter().sum::<u64>() == total
        });
        let columns_fit = !columns
            || rows.len() < 2
            || (0..3).filter(|c| !open.contains(c)).all(|c| {
                let total: u64 = rows.iter().map(|row| row[c]).sum();
                !known(total) || table.iter().map(|row| row[c]).sum::<u64>() == total
            });
        rows_fit && columns_fit
    };
    // A reader knows a row's total, or that it is below 5.
    // A reader knows a row's total, or that it is below 5.
    let top = |r: usize| rows[r].iter().sum::<u64>().max(4);
    let first = |r: usize, c: usize| if shown[r][c] == "*" { 0 } else { 1 };
    let last = |r: usize, c: usize| if shown[r][c] == "*" { top(r) } else { 4 };
    let mut table: Vec<[u64; 3]> = rows.to_vec();
    let mut seen = vec![std::collections::BTreeSet::new(); cells.len()];
    // Depth first over the hidden cells, row by row; a row that misses its total goes no
    // further.
    fn walk(
        k: usize,
        cells: &[(usize, usize)],
        table: &mut Vec<[u64; 3]>,
        seen: &mut Vec<std::collections::BTreeSet<u64>>,
        range: &dyn Fn(usize, usize) -> (u64, u64),
        row_fits: &dyn Fn(&[[u64; 3]], usize) -> bool,
        fits: &dyn Fn(&[[u64; 3]]) -> bool,
    ) {
        if k == cells.len() {
            if fits(table) {
                for (i, &(r, c)) in cells.iter().enumerate() {
                    seen[i].insert(table[r][c]);
                }
            }
            return;
        }
        let (r, c) = cells[k];
        let (low, high) = range(r, c);
        let row_done = cells.get(k + 1).is_none_or(|&(next, _)| next != r);
        for v in low..=high {
            table[r][c] = v;
            if !row_done || row_fits(table, r) {
                walk(k + 1, cells, table, seen, range, row_fits, fits);
            }
        }
    }
    let range = |r: usize, c: usize| (first(r, c), last(r, c));
    let row_fits = |table: &[[u64; 3]], r: usize| {
        let total: u64 = rows[r].iter().sum();
        !known(total) || table[r].iter().sum::<u64>() == total
    };
    walk(0, &cells, &mut table, &mut seen, &range, &row_fits, &fits);
    cells
        .iter()
        .zip(&seen)
        .filter(|(_, values)| values.len() > 1)
        .map(|(&cell, _)| cell)
        .collect()
}

#[test]
fn no_hidden_count_has_one_reading_on_random_tables() {
    // A reader who knows every total of 5 or more and tries every value of every hidden cell
    // finds two readings of each hidden small count.
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let sums = |columns| Sums {
        row: &[0, 1, 2],
        parts: &[],
        columns,
        hide: &[],
    };
    for case in 0..3000 {
        let schools = 1 + (case % 3);
        let rows: Vec<[u64; 3]> = (0..schools).map(|_| [next(7), next(7), next(9)]).collect();
        let columns = next(2) == 1;
        let shown = suppressed(&rows, 5, &sums(columns));
        // A column total the table could not protect the year report hides in its board row,
        // with another beside it.
        let forced: Vec<usize> = shown.unprotected.iter().map(|&(_, c)| c).collect();
        let totals: [u64; 3] = std::array::from_fn(|c| rows.iter().map(|row| row[c]).sum());
        let board = suppressed(
            &[totals],
            5,
            &Sums {
                hide: &forced,
                ..sums(false)
            },
        );
        let open: Vec<usize> = (0..3).filter(|&c| hidden(&board.cells[0][c])).collect();
        let readings = two_readings(&rows, &shown.cells, columns, &open);
        for (r, row) in rows.iter().enumerate() {
            for (c, &n) in row.iter().enumerate() {
                // What is left: a school whose every count is small, beside its pupils (4, 4
                // and 4 of 12). Named as unprotected; docs/choices.md says so.
                let all_small = row.iter().all(|&n| n > 0 && n < 5);
                if n > 0 && n < 5 && !readings.contains(&(r, c)) {
                    assert!(
                        all_small && shown.unprotected.contains(&(r, c)),
                        "{rows:?} {:?} {:?}",
                        shown.cells,
                        board.cells
                    );
                }
            }
        }
    }
}
