use super::html::css_string;
use super::*;

#[test]
fn one_hidden_count_takes_a_second_with_it() {
    // A school of 7 pupils: one with consent for the speech therapist.
    assert_eq!(
        row_counts(&[1, 0, 0, 0, 0, 6], 5),
        ["<5", "0", "0", "0", "0", "*"]
    );
    // Two hidden already: nothing more to hide.
    assert_eq!(
        row_counts(&[1, 2, 0, 0, 0, 6], 5),
        ["<5", "<5", "0", "0", "0", "6"]
    );
    // The smallest other count goes.
    assert_eq!(
        row_counts(&[3, 9, 0, 0, 0, 6], 5),
        ["<5", "9", "0", "0", "0", "*"]
    );
    // Nothing hidden, nothing changed; all hidden counts stay <5.
    assert_eq!(row_counts(&[5, 0, 7], 5), ["5", "0", "7"]);
    assert_eq!(row_counts(&[1, 0, 0], 5), ["<5", "0", "0"]);
    assert_eq!(row_counts(&[1, 0, 6], 1), ["1", "0", "6"]);
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
