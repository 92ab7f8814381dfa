use crate::common::{TestEnv, write};

/// Reads a GMR file as Dutch Excel does: BOM, `;`, quotes, CRLF. Returns the rows.
fn spreadsheet(bytes: &[u8]) -> Vec<Vec<String>> {
    let body = bytes
        .strip_prefix("\u{feff}".as_bytes())
        .expect("UTF-8 BOM first");
    let text = std::str::from_utf8(body).expect("UTF-8");
    assert!(text.ends_with("\r\n"), "the last line ends with CRLF");
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "a bare LF line end"
    );
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(body);
    reader
        .records()
        .map(|r| r.expect("valid CSV").iter().map(String::from).collect())
        .collect()
}

/// The example board, two pupils with distinctive names, and a supplier with a hostile name.
fn env() -> TestEnv {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    let csv = env.path("pupils.csv");
    write(
        &csv,
        "leerlingnummer;naam;groep;brin;photo-internal;photo-website\n\
                 987654;Xanthippe Zonnebloem;5B;12AB00;ja;nee\n\
                 987655;Quirijn Ypma;5B;12AB00;nee;\n\
                 987656;Ruud Tak;7;34CD00;;\n",
    );
    env.ok(&["pupil", "import", csv.to_str().unwrap()]);
    env.ok(&["consent", "set", "987655", "photo-internal", "withdrawn"]);
    // A digital grant for a purpose that needs it in writing is no consent.
    env.ok(&["consent", "set", "987655", "photo-website", "granted"]);
    env.ok(&[
        "supplier",
        "add",
        "=HYPERLINK(\"http://evil.example\")",
        "--id",
        "evil",
        "--notes",
        "x",
    ]);
    env.ok(&["supplier", "add", "@SUM(1+1)", "--id", "at"]);
    env.ok(&[
        "agreement",
        "add",
        "at",
        "--signed-on",
        "2025-03-01",
        "--product=-2+3",
        "--product",
        "+31 20 123",
    ]);
    env
}

#[test]
fn the_overview_is_dutch_excel_csv_with_one_row_per_agreement() {
    let env = env();
    let out = env.cmd().args(["export", "gmr"]).output().unwrap();
    assert!(out.status.success());
    let rows = spreadsheet(&out.stdout);
    assert_eq!(
        rows[0],
        [
            "Leverancier",
            "KvK",
            "Rol",
            "Convenant",
            "Convenantversie",
            "Producten",
            "Model",
            "Getekend op",
            "Ingangsdatum",
            "Einddatum",
            "Status",
            "Gegevens",
            "Bijzondere gegevens",
            "BSN (wettelijke grondslag)",
            "Opslaglocatie",
            "Subverwerkers",
            "Evaluatie op",
            "Doelen",
            "Bewaartermijn",
            "DPIA",
            "Meldtermijn datalek (uren)",
            "Subverwerkers buiten de EER",
            "Bestuur",
            "Peildatum",
        ]
    );
    assert!(rows.iter().all(|r| r.len() == 24));
    let row = |supplier: &str| {
        rows.iter()
            .find(|r| r[0] == supplier)
            .unwrap_or_else(|| panic!("{supplier}"))
    };
    let kompas = row("Schoolkompas B.V.");
    assert_eq!(&kompas[1..5], ["60234567", "verwerker", "deelnemer", "4.0"]);
    assert_eq!(kompas[6], "Model Verwerkersovereenkomst 4.0");
    assert_eq!(
        (kompas[7].as_str(), kompas[8].as_str(), kompas[9].as_str()),
        ("11-05-2023", "01-08-2023", "")
    );
    assert_eq!(kompas[10], "actief");
    assert!(
        kompas[11].starts_with("leerlingnummer; naam; geboortedatum"),
        "{}",
        kompas[11]
    );
    assert_eq!(kompas[12], "medische gegevens");
    assert_eq!(kompas[13], "");
    assert_eq!(kompas[16], "01-05-2027");
    let cloud = row("Cloudwerk Inc.");
    assert_eq!(
        cloud[14],
        "IE; US (buiten de EER: US, waarborg: EU-US Data Privacy Framework)"
    );
    assert_eq!(
        cloud[15],
        "Cloudwerk Inc. (US); Cloudwerk Ireland Ltd. (IE)"
    );
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    assert_eq!(cloud[col("DPIA")], "DPIA-2024-05 Kantoorsoftware");
    assert_eq!(cloud[col("Meldtermijn datalek (uren)")], "72");
    assert_eq!(
        cloud[col("Subverwerkers buiten de EER")],
        "Cloudwerk Inc. (US; waarborg: EU-US Data Privacy Framework)"
    );
    assert!(kompas[col("Doelen")].contains(": "), "{:?}", kompas);
    // Whose overview, and of which day: on every row, beside the single header row.
    assert!(rows[1..].iter().all(|r| r[col("Bestuur")]
        == "Stichting Openbaar Primair Onderwijs De Waterlanden"
        && r[col("Peildatum")] == "28-11-2026"));
    assert_eq!(row("Uitgeverij Rekenrijk")[10], "verloopt binnenkort");
    // A supplier without agreement is listed, marked.
    let evil = row("'=HYPERLINK(\"http://evil.example\")");
    assert_eq!(evil[10], "geen verwerkersovereenkomst");
}

#[test]
fn cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised() {
    let env = env();
    let rows = spreadsheet(&env.cmd().args(["export", "gmr"]).output().unwrap().stdout);
    let at = rows.iter().find(|r| r[0].contains("SUM")).unwrap();
    assert_eq!(at[0], "'@SUM(1+1)");
    assert_eq!(at[5], "'-2+3; +31 20 123");
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }
    }
}

#[test]
fn out_dir_writes_five_files_without_any_pupil() {
    let env = env();
    let dir = env.path("gmr");
    env.ok(&[
        "export",
        "gmr",
        "--out-dir",
        dir.to_str().unwrap(),
        "--as-of",
        "2026-11-28",
    ]);
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "datalekken.csv",
            "externe-partijen.csv",
            "toestemmingen.csv",
            "verwerkersregister.csv",
            "verzoeken.csv"
        ]
    );

    let parties = spreadsheet(&std::fs::read(dir.join("externe-partijen.csv")).unwrap());
    assert_eq!(
        parties[0],
        [
            "Partij",
            "Soort",
            "Grondslag",
            "Wet",
            "Gegevens",
            "In privacyreglement",
            "Bestuur",
            "Peildatum"
        ]
    );
    let ggd = parties.iter().find(|r| r[0].starts_with("GGD")).unwrap();
    assert_eq!(
        ggd[1..6],
        [
            "zorg",
            "algemeen belang / publieke taak",
            "Wet publieke gezondheid art. 5",
            "leerlingnummer; naam; geboortedatum; groep/klas",
            "ja"
        ]
    );

    let consent = spreadsheet(&std::fs::read(dir.join("toestemmingen.csv")).unwrap());
    assert_eq!(
        consent[0],
        [
            "School",
            "Doel",
            "Toestemming",
            "Toestemming in een vorm die niet telt",
            "Geen toestemming",
            "Ingetrokken",
            "Oneens",
            "Onbekend",
            "Bestuur",
            "Peildatum"
        ]
    );
    let photo = consent
        .iter()
        .find(|r| {
            r[0] == "OBS De Regenboog (12AB00)"
                && r[1] == "Beeldmateriaal in nieuwsbrief, schoolgids en ouderapp"
        })
        .unwrap();
    // Small counts could point at a child: written "<5". The other school hides its only
    // "Onbekend" count, so this school's is hidden with it (`*`): the board's total would
    // otherwise give it back. And the year report's "niet gegeven" of the board, less the other
    // school's, would give the withdrawal away: a zero beside it is hidden too.
    assert_eq!(photo[2..8], ["<5", "*", "0", "<5", "0", "*"]);
    let website = consent
        .iter()
        .find(|r| r[0] == "OBS De Regenboog (12AB00)" && r[1].contains("website"))
        .unwrap();
    assert_eq!(website[2..8], ["<5", "*", "<5", "0", "0", "*"]);
    assert!(consent.iter().any(|r| r[0] == "OBS Het Kompas (34CD00)"));
    // --min-count 1 shows every count; 0 is refused.
    let exact = env.path("exact");
    env.ok(&[
        "export",
        "gmr",
        "--out-dir",
        exact.to_str().unwrap(),
        "--min-count",
        "1",
    ]);
    let exact = spreadsheet(&std::fs::read(exact.join("toestemmingen.csv")).unwrap());
    let photo = exact
        .iter()
        .find(|r| {
            r[0] == "OBS De Regenboog (12AB00)"
                && r[1] == "Beeldmateriaal in nieuwsbrief, schoolgids en ouderapp"
        })
        .unwrap();
    assert_eq!(photo[2..8], ["1", "0", "0", "1", "0", "0"]);
    let err = env.refused(&["export", "gmr", "--min-count", "0"]);
    assert!(err.contains("--min-count"), "{err}");
    assert!(consent.iter().any(|r| r[0] == "OBS Het Kompas (34CD00)"));

    for name in names {
        let text = std::fs::read_to_string(dir.join(&name)).unwrap();
        for pupil in [
            "Xanthippe",
            "Zonnebloem",
            "Quirijn",
            "Ypma",
            "Ruud",
            "987654",
            "987655",
            "987656",
        ] {
            assert!(!text.contains(pupil), "{name} holds pupil data: {pupil}");
        }
    }
}

#[test]
fn the_end_date_is_the_termination_when_that_comes_first_and_brin_only_pupils_keep_their_brin() {
    let env = env();
    env.ok(&["agreement", "end", "cloudwerk-2025", "--on", "2026-12-01"]);
    let rows = spreadsheet(&env.cmd().args(["export", "gmr"]).output().unwrap().stdout);
    let cloud = rows.iter().find(|r| r[0] == "Cloudwerk Inc.").unwrap();
    assert_eq!(
        (cloud[9].as_str(), cloud[10].as_str()),
        ("30-11-2026", "verloopt binnenkort")
    );

    let csv = env.path("brin.csv");
    write(
        &csv,
        "leerlingnummer;naam;brin;photo-internal\n555;Alleen Brin;12AB;ja\n",
    );
    env.ok(&["pupil", "import", csv.to_str().unwrap()]);
    let dir = env.path("gmr");
    env.ok(&["export", "gmr", "--out-dir", dir.to_str().unwrap()]);
    let consent = spreadsheet(&std::fs::read(dir.join("toestemmingen.csv")).unwrap());
    let schools: std::collections::BTreeSet<&str> =
        consent[1..].iter().map(|r| r[0].as_str()).collect();
    assert!(schools.contains("OBS De Regenboog (12AB)"), "{schools:?}");
    assert!(schools.contains("OBS De Regenboog (12AB00)"), "{schools:?}");
}

/// The five files are written one after the other and moved into place together: when one
/// cannot be placed, none is, and no temporary file stays behind.
#[test]
fn out_dir_places_all_five_files_or_none() {
    let env = env();
    // `-` is stdout for --out; five files make no directory of it.
    let err = env.refused(&["export", "gmr", "--out-dir", "-"]);
    assert!(err.contains("five files cannot go to stdout"), "{err}");
    assert!(!env.path("-").exists());
    let err = env.refused(&["export", "gmr", "--out-dir", ""]);
    assert!(err.contains("name the directory"), "{err}");
    assert!(!env.path("verwerkersregister.csv").exists());
    let dir = env.path("gmr");
    std::fs::create_dir_all(dir.join("verzoeken.csv")).unwrap();
    std::fs::write(dir.join("verwerkersregister.csv"), "oud").unwrap();
    let err = env.refused(&["export", "gmr", "--out-dir", dir.to_str().unwrap()]);
    assert!(err.contains("verzoeken.csv"), "{err}");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["verwerkersregister.csv", "verzoeken.csv"]);
    assert_eq!(
        std::fs::read_to_string(dir.join("verwerkersregister.csv")).unwrap(),
        "oud"
    );
}

/// `--out-dir` naming a file says so, and leaves the file as it was.
#[test]
fn out_dir_that_is_a_file_is_refused() {
    let env = env();
    let file = env.path("gmr.csv");
    std::fs::write(&file, "oud").unwrap();
    let err = env.refused(&["export", "gmr", "--out-dir", file.to_str().unwrap()]);
    assert!(err.contains("is a file, not a directory"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "oud");
}

/// The GMR file and the parents' access answer printed a sub-processor without a safeguard of
/// its own under its agreement's ("Support Ltd (US) — waarborg: EU-US Data Privacy
/// Framework"), and a safeguard that does not hold for the country (dpf for India, adequacy for
/// India) as if it held, where the audit calls them errors.
#[test]
fn a_safeguard_is_said_per_recipient_and_never_as_if_it_held() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Kantoor", "--role", "processor"]);
    env.ok(&[
        "agreement",
        "add",
        "kantoor",
        "--signed-on",
        "2025-01-01",
        "--document",
        "d",
        "--storage",
        "US",
        "--storage",
        "IN",
        "--safeguard",
        "dpf",
    ]);
    env.ok(&["scope", "set", "kantoor-2025", "name"]);
    for (name, country, safeguard) in [
        ("Support Ltd", "US", None),
        ("Dev Pvt", "IN", Some("dpf")),
        ("Rekencentrum", "RE", None),
    ] {
        let mut args = vec![
            "agreement",
            "subprocessor",
            "add",
            "kantoor-2025",
            name,
            "--country",
            country,
        ];
        if let Some(s) = safeguard {
            args.extend(["--safeguard", s]);
        }
        env.ok(&args);
    }
    let file = env.path("p.csv");
    write(&file, "leerlingnummer;naam;groep\n1001;Anna A;5B\n");
    env.ok(&["pupil", "import", file.to_str().unwrap()]);

    let gmr = env.ok(&["export", "gmr"]);
    assert!(
        gmr.contains(
            "IN, waarborg: EU-US Data Privacy Framework (ongeldig: deze waarborg geldt niet voor IN)"
        ),
        "{gmr}"
    );
    assert!(
        gmr.contains("US, waarborg: EU-US Data Privacy Framework;"),
        "{gmr}"
    );
    assert!(
        gmr.contains("Support Ltd (US; waarborg: geen waarborg vastgelegd)"),
        "{gmr}"
    );
    assert!(
        gmr.contains(
            "Dev Pvt (IN; waarborg: EU-US Data Privacy Framework (ongeldig: deze waarborg geldt niet voor IN))"
        ),
        "{gmr}"
    );
    // Réunion is EU territory: no transfer.
    assert!(!gmr.contains("Rekencentrum (RE;"), "{gmr}");

    let report = env.ok(&["pupil", "report", "1001"]);
    assert!(
        report.contains(
            "Subverwerker buiten de EER: Support Ltd (US) — waarborg: geen waarborg vastgelegd"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "Subverwerker buiten de EER: Dev Pvt (IN) — waarborg: EU-US Data Privacy Framework (ongeldig: deze waarborg geldt niet voor IN)"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "Opslag buiten de Europese Economische Ruimte: IN (waarborg: EU-US Data Privacy Framework (ongeldig: deze waarborg geldt niet voor IN))"
        ),
        "{report}"
    );
    assert!(!report.contains("Rekencentrum"), "{report}");
    let json = env.json(&["pupil", "report", "1001"]);
    let subs = &json["suppliers"][0]["subprocessors_outside_eea"];
    assert_eq!(subs[1]["name"], "Support Ltd", "{subs}");
    assert_eq!(
        subs[1]["transfer_safeguard"],
        serde_json::Value::Null,
        "{subs}"
    );
}

/// A supplier that is itself controller needs no processor agreement: the GMR overview says
/// so, instead of listing it as one without.
#[test]
fn a_controller_without_an_agreement_needs_none() {
    let env = TestEnv::new();
    env.ok(&[
        "supplier",
        "add",
        "Uitgeverij Eigen",
        "--role",
        "controller",
    ]);
    env.ok(&["supplier", "add", "Verwerker BV", "--role", "processor"]);
    let out = env.cmd().args(["export", "gmr"]).output().unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    let line = |name: &str| {
        csv.lines()
            .find(|l| l.starts_with(name))
            .unwrap()
            .to_string()
    };
    assert!(
        line("Uitgeverij Eigen").contains("geen verwerkersovereenkomst nodig"),
        "{csv}"
    );
    // What "Onbekend" means where a purpose is asked only when needed, as the year report says.
    let html = env.ok(&["export", "gmr", "--format", "html"]);
    assert!(
        html.contains("(zoals logopedie) is dat gewoon: geen gat"),
        "{html}"
    );
    let processor = line("Verwerker BV");
    assert!(
        processor.contains("geen verwerkersovereenkomst") && !processor.contains("nodig"),
        "{csv}"
    );
}

/// The files of a past day show the register as it stood then: an agreement signed after the
/// peildatum is not in them (the year report of that year leaves it out too), and a supplier
/// whose agreements were all signed later is not either.
#[test]
fn a_past_peildatum_leaves_out_agreements_signed_after_it() {
    let env = TestEnv::new();
    env.ok(&["supplier", "add", "Alfa BV", "--role", "processor"]);
    env.ok(&["agreement", "add", "alfa-bv", "--signed-on", "2025-01-10"]);
    env.ok(&["agreement", "add", "alfa-bv", "--signed-on", "2026-11-20"]);
    env.ok(&["supplier", "add", "Beta BV", "--role", "processor"]);
    env.ok(&["agreement", "add", "beta-bv", "--signed-on", "2026-11-21"]);
    let rows = |as_of: &str| {
        let out = env.ok(&["export", "gmr", "--as-of", as_of]);
        out.lines()
            .skip(1)
            .map(|l| l.split(';').take(8).collect::<Vec<_>>().join(";"))
            .collect::<Vec<_>>()
    };
    let then = rows("2026-06-30");
    assert_eq!(then.len(), 1, "{then:#?}");
    assert!(then[0].starts_with("Alfa BV") && then[0].ends_with("10-01-2025"));
    // On the day after, everything is there.
    let now = rows("2026-11-28");
    assert_eq!(now.len(), 3, "{now:#?}");
    let html = env.ok(&["export", "gmr", "--format", "html", "--as-of", "2026-06-30"]);
    assert!(
        !html.contains("Beta BV") && !html.contains("20-11-2026"),
        "{html}"
    );
    assert!(html.contains("Alfa BV"), "{html}");
}
