use super::html::css_string;
use super::*;

#[test]
fn one_hidden_count_takes_a_second_with_it() {
    let row = |counts: [u64; 6], min| suppressed(&[counts], min, false).remove(0);
    // A school of 7 pupils: one with consent for the speech therapist.
    assert_eq!(row([1, 0, 0, 0, 0, 6], 5), ["<5", "0", "0", "0", "0", "*"]);
    // Two hidden already: nothing more to hide.
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
    let shown = suppressed(&[[8, 3, 5, 0], [30, 20, 6, 4]], 5, true);
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
    let shown = suppressed(&[[12, 3, 9, 0]], 5, false);
    assert_eq!(shown[0], ["12", "<5", "*", "0"]);
    // Only zeros beside it: the total itself is hidden.
    let shown = suppressed(&[[3, 3, 0, 0]], 5, false);
    assert_eq!(shown[0], ["<5", "<5", "0", "0"]);
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
        let shown = suppressed(&rows, 5, true);
        for (row, cells) in rows.iter().zip(&shown) {
            for (n, cell) in row.iter().zip(cells) {
                if *n > 0 && *n < 5 {
                    assert!(hidden(cell), "{rows:?} {shown:?}");
                }
            }
            assert_ne!(
                cells.iter().filter(|c| hidden(c)).count(),
                1,
                "{rows:?} {shown:?}"
            );
        }
        if schools > 1 {
            for c in 0..4 {
                let in_column = shown.iter().filter(|r| hidden(&r[c])).count();
                assert_ne!(in_column, 1, "{rows:?} {shown:?}");
            }
        }
    }
}
