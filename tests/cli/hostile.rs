//! Hostile text: formulas in CSV, terminal escapes, absurd sizes.

use crate::common::{TestEnv, write};

/// Every cell of a CSV document on stdout.
fn cells(csv: &str) -> Vec<String> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes())
        .records()
        .flat_map(|r| r.unwrap().iter().map(String::from).collect::<Vec<_>>())
        .collect()
}

#[test]
fn no_csv_output_starts_a_cell_with_a_formula() {
    let env = TestEnv::new();
    let formula = "=HYPERLINK(\"http://evil.example\",\"klik\")";
    env.ok(&[
        "supplier", "add", formula, "--id", "evil", "--notes", "+31 20",
    ]);
    env.ok(&[
        "agreement",
        "add",
        "evil",
        "--signed-on",
        "2024-01-01",
        "--product",
        "@SUM(1)",
    ]);
    env.ok(&["consent", "purpose", "add", "--id", "foto", "--", "-Foto"]);
    let pupils = env.path("pupils.csv");
    write(
        &pupils,
        "leerlingnummer;naam;groep;foto\n1;=cmd|' /C calc'!A0;5B;nee\n",
    );
    env.ok(&["pupil", "import", pupils.to_str().unwrap()]);
    env.ok(&[
        "--actor",
        "@admin",
        "supplier",
        "edit",
        "evil",
        "--website=-x",
    ]);
    for args in [
        &["supplier", "list"][..],
        &["supplier", "show", "evil"],
        &["agreement", "list"],
        &["consent", "list", "--purpose", "foto"],
        &["consent", "purposes"],
        &["pupil", "list"],
        &["log"],
        &["export", "gmr"],
    ] {
        let mut all = args.to_vec();
        if args[0] != "export" {
            all.extend(["--format", "csv"]);
        }
        let out = env.ok(&all);
        let out = out.trim_start_matches('\u{feff}');
        let cells = if args[0] == "export" {
            csv::ReaderBuilder::new()
                .delimiter(b';')
                .has_headers(false)
                .from_reader(out.as_bytes())
                .records()
                .flat_map(|r| r.unwrap().iter().map(String::from).collect::<Vec<_>>())
                .collect()
        } else {
            cells(out)
        };
        assert!(
            cells.iter().any(|c| c.starts_with('\'')),
            "{args:?} shows the hostile value: {out}"
        );
        for cell in cells {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{args:?}: {cell:?}"
            );
        }
    }
}
