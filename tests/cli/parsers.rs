//! Property tests of the two import parsers: whatever the input, an answer or one clear error,
//! never a panic.

use proptest::prelude::*;
use verwerkersregister::domain::consent::Purpose;
use verwerkersregister::domain::document::Document;
use verwerkersregister::domain::pupil_file::PupilFile;

fn purposes() -> Vec<Purpose> {
    ["photo-internal", "photo-website"]
        .iter()
        .map(|id| Purpose {
            explicit: false,
            ..Purpose::new(id.to_string(), id.to_string())
        })
        .collect()
}

/// Reads every row; returns how many there were, or the first error.
fn read_all(bytes: &[u8]) -> Result<usize, String> {
    let mut file = PupilFile::open(bytes, &purposes(), &[], "f.csv", "UTF-8")?;
    let mut n = 0;
    while let Some(row) = file.next_row() {
        row?;
        n += 1;
    }
    Ok(n)
}

/// Text shaped like a register file: its keys, values and punctuation in any order.
fn tomlish() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "[[supplier]]\n",
        "[[supplier.agreement]]\n",
        "[[supplier.agreement.subprocessor]]\n",
        "[[party]]\n",
        "[[purpose]]\n",
        "[organisation]\n",
        "[[school]]\n",
        "name = \"X\"\n",
        "id = \"x\"\n",
        "id = \"X Y\"\n",
        "kvk = \"12345678\"\n",
        "kvk = \"1\"\n",
        "role = \"processor\"\n",
        "role = \"boss\"\n",
        "signed_on = 2024-02-29\n",
        "expires_on = 2023-01-01\n",
        "signed_on = \"01-02-2024\"\n",
        "scope = [\"eck-id\", { category = \"health\", purpose = \"p\" }]\n",
        "scope = [1]\n",
        "storage_countries = [\"US\"]\n",
        "country = \"ZZ\"\n",
        "basis = \"consent\"\n",
        "kind = \"care\"\n",
        "basis = \"legal-obligation\"\n",
        "categories = [\"bsn\"]\n",
        "party = \"x\"\n",
        "brin = \"12AB\"\n",
        "vestiging = \"00\"\n",
        "\"",
        "=",
        "[",
        "]",
        "{",
        "}",
        "\n",
        "é",
        "\u{0}",
        "#",
    ]);
    prop::collection::vec(atoms, 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    // 256 cases each by default; PROPTEST_CASES=N runs more.
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn any_text_is_a_register_or_one_located_error(text in any::<String>()) {
        if let Err(e) = Document::parse(&text).and_then(|d| d.into_register().map(|_| ())) {
            prop_assert!(!e.message.is_empty());
            prop_assert!(e.span.is_none_or(|s| s.start <= text.len()));
        }
    }

    #[test]
    fn register_shaped_text_never_panics(text in tomlish()) {
        if let Err(e) = Document::parse(&text).and_then(|d| d.into_register().map(|_| ())) {
            prop_assert!(!e.message.is_empty());
        }
    }

    #[test]
    fn any_bytes_are_rows_or_one_error(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Err(e) = read_all(&bytes) {
            prop_assert!(!e.is_empty());
        }
    }

    #[test]
    fn export_shaped_csv_never_panics(
        cells in prop::collection::vec(
            prop::sample::select(vec!["1", "12", "abc", "ja", "nee", "", "\"", "\"a;b\"", "5B", "12AB00", "31-02-2015",
                                      "01-08-2015", ";", ",", "\n", "\r\n", "é", "geen toestemming"]),
            0..80)
    ) {
        let body = cells.concat();
        let text = format!("leerlingnummer;naam;groep;brin;geboortedatum;photo-internal\n{body}");
        if let Err(e) = read_all(text.as_bytes()) {
            prop_assert!(e.starts_with("f.csv") || e.starts_with("cannot read"), "{e}");
            prop_assert!(!e.contains('\n'), "{e}");
        }
    }
}
