//! One vocabulary: every key of every command's JSON is a name of the glossary
//! (`docs/glossary.md`), so that one concept has one name across JSON, CSV, TOML and the schema.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::help_examples::prepared_register;

/// Keys whose value is a map keyed by data (purpose ids, table names), not by names.
const MAPS: &[(&str, &str)] = &[
    ("consent matrix", "consent"),
    ("merge", "added"),
    ("merge", "identical"),
];

/// Every key of a JSON value, at any depth, but not the keys of a map.
fn keys(command: &str, value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                out.insert(k.clone());
                let is_map = MAPS
                    .iter()
                    .any(|(c, key)| command.starts_with(c) && k == key);
                if !is_map {
                    keys(command, v, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| keys(command, v, out)),
        _ => {}
    }
}

/// The names the glossary defines: the first cell of each table row, in backticks.
fn glossary() -> BTreeSet<String> {
    let text = std::fs::read_to_string("docs/glossary.md").expect("docs/glossary.md");
    text.lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .flat_map(|l| {
            let cell = l.split(" |").next().unwrap_or("");
            cell.split(['`', ','])
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn every_json_key_is_in_the_glossary() {
    let prepared = prepared_register();
    let env = &prepared.env;
    let register = env.path("register.toml");
    std::fs::write(&register, &prepared.toml).unwrap();
    let pupils = env.path("pupils.csv");
    std::fs::write(
        &pupils,
        "Leerlingnummer;Roepnaam;Achternaam;Groep;BRIN;Foto intern\n1001;Sanne;de Vries;5B;12AB00;nee\n",
    )
    .unwrap();
    let other = prepared.other.to_str().unwrap().to_string();
    let here = env.db.to_str().unwrap().to_string();
    let commands: Vec<Vec<&str>> = vec![
        vec!["supplier", "list", "--all"],
        vec!["supplier", "show", "gynzy-bv"],
        vec!["convenant", "list"],
        vec!["agreement", "list"],
        vec!["agreement", "show", "gynzy-bv-2024"],
        vec!["agreement", "subprocessor", "list", "cloudwerk-2025"],
        vec!["scope", "list"],
        vec!["scope", "categories"],
        vec!["party", "list"],
        vec!["party", "show", "ggd"],
        vec!["party", "check", "ggd", "--category", "name"],
        vec!["pupil", "list", "--all"],
        vec!["pupil", "show", "1001"],
        vec!["pupil", "report", "1001"],
        vec!["consent", "show", "1001"],
        vec!["consent", "list", "--purpose", "photo-internal"],
        vec!["consent", "matrix"],
        vec!["consent", "purposes", "--all"],
        vec!["consent", "check", "1001", "photo-internal"],
        vec!["breach", "list"],
        vec!["breach", "show", "2026-001"],
        vec!["breach", "clock"],
        vec!["request", "list"],
        vec!["request", "show", "2026-001"],
        vec!["processing", "list"],
        vec!["processing", "show", "leerlingadministratie"],
        vec!["processing", "categories"],
        vec!["report", "year", "2026"],
        vec!["deadlines"],
        vec!["audit"],
        vec!["audit", "history"],
        vec!["audit", "history", "show", "1"],
        vec!["audit", "diff", "1", "2"],
        vec!["audit", "accepted"],
        vec!["audit", "codes"],
        vec!["log"],
        vec!["check"],
        vec!["export", "json", "--with-pupils"],
        vec!["export", "art30"],
        vec!["import", register.to_str().unwrap(), "--dry-run"],
        vec!["pupil", "import", pupils.to_str().unwrap(), "--dry-run"],
        vec!["merge", &other, "--dry-run"],
        vec![
            "merge",
            &other,
            "--dry-run",
            "--renumber",
            "--id-suffix",
            "twee",
        ],
        // Several boards at once.
        vec!["--db", &here, "--db", &other, "audit"],
        vec!["--db", &here, "--db", &other, "deadlines"],
        vec!["--db", &here, "--db", &other, "report", "year", "2026"],
    ];
    let known = glossary();
    let mut unknown: BTreeSet<String> = BTreeSet::new();
    for command in &commands {
        let out = env
            .cmd()
            .args(command)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{command:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let value: Value =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{command:?}: {e}"));
        let mut found = BTreeSet::new();
        keys(&command.join(" "), &value, &mut found);
        // The CSV of the same command, where one is given: its headers too.
        let csv = env
            .cmd()
            .args(command)
            .args(["--format", "csv"])
            .output()
            .unwrap();
        // The art. 30 register's CSV has the AP's Dutch headers, the matrix's are purposes.
        let own_headers = command.ends_with(&["art30"]) || command.ends_with(&["matrix"]);
        if matches!(csv.status.code(), Some(0 | 1))
            && !command.contains(&"--dry-run")
            && !own_headers
        {
            let text = String::from_utf8_lossy(&csv.stdout);
            let headers = text
                .lines()
                .next()
                .unwrap_or("")
                .trim_start_matches('\u{feff}');
            found.extend(
                headers
                    .split(',')
                    .filter(|h| !h.is_empty())
                    .map(str::to_string),
            );
        }
        for key in found.difference(&known) {
            unknown.insert(format!("{key} ({})", command.join(" ")));
        }
    }
    assert!(
        unknown.is_empty(),
        "keys outside docs/glossary.md:\n{}",
        unknown.into_iter().collect::<Vec<_>>().join("\n")
    );
}
