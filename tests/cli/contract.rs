//! The CSV and JSON of a list are one contract: every CSV header is a JSON key of the rows (or
//! `key_field` of a JSON object, flattened), and every JSON key is in the CSV.

use serde_json::Value;

use crate::common::{TestEnv, write};

fn register() -> TestEnv {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let csv = env.path("p.csv");
    write(
        &csv,
        "leerlingnummer;naam;groep;brin;geboortedatum;photo-internal\n1001;Sanne;5B;12AB00;01-03-2016;ja\n1002;Mo;5B;12AB00;;nee\n",
    );
    env.ok(&["pupil", "import", csv.to_str().unwrap()]);
    env.ok(&["audit", "--save", "--fail-on", "never"]);
    env.ok(&[
        "breach",
        "add",
        "Phishing",
        "--discovered",
        "2026-10-23 16:00",
    ]);
    env.ok(&[
        "request",
        "add",
        "access",
        "--pupil",
        "1001",
        "--by",
        "parent",
        "--received",
        "2026-11-02",
    ]);
    env
}

#[test]
fn every_list_has_the_same_fields_in_csv_and_json() {
    let env = register();
    let lists: &[&[&str]] = &[
        &["supplier", "list"],
        &["convenant", "list"],
        &["agreement", "list"],
        &["agreement", "subprocessor", "list", "cloudwerk-2025"],
        &["scope", "list"],
        &["scope", "categories"],
        &["party", "list"],
        &["pupil", "list"],
        &["consent", "list", "--purpose", "photo-internal"],
        &["consent", "purposes"],
        &["audit"],
        &["audit", "history"],
        &["audit", "codes"],
        &["log"],
        &["breach", "list"],
        &["request", "list"],
        &["processing", "list"],
        &["deadlines"],
    ];
    for args in lists {
        let mut json_args = args.to_vec();
        json_args.extend(["--format", "json"]);
        let out = env.cmd().args(&json_args).output().unwrap();
        let json: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: {e}: {}", String::from_utf8_lossy(&out.stdout)));
        let rows = match &json {
            Value::Array(rows) => rows.clone(),
            Value::Object(o) => o
                .get("findings")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_else(|| panic!("{args:?}: no rows in {json}")),
            _ => panic!("{args:?}: {json}"),
        };
        let Some(first) = rows.first().and_then(Value::as_object) else {
            panic!("{args:?}: no rows to compare");
        };
        let mut csv_args = args.to_vec();
        csv_args.extend(["--format", "csv"]);
        let out = env.cmd().args(&csv_args).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let headers: Vec<&str> = text.lines().next().unwrap_or_default().split(',').collect();
        for key in first.keys() {
            let flattened = first[key].is_object();
            let present = headers.contains(&key.as_str())
                || (flattened || first[key].is_null())
                    && headers.iter().any(|h| h.starts_with(&format!("{key}_")));
            assert!(
                present,
                "{args:?}: JSON key {key} is not in the CSV headers {headers:?}"
            );
        }
        for header in &headers {
            let known = first.contains_key(*header)
                || first.keys().any(|k| header.starts_with(&format!("{k}_")));
            assert!(
                known,
                "{args:?}: CSV header {header} is no JSON key of {first:?}"
            );
        }
    }
}
