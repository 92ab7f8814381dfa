//! A synthetic register at any scale, for benchmarks: deterministic for a given seed.
//!
//! ```sh
//! cargo run --release --example synth -- --pupils 200000 --suppliers 300 --out /tmp/synth
//! ```
//!
//! Writes `register.toml` (suppliers with agreements, scopes and sub-processors, parties),
//! `pupils.csv` (a school administration export: `;`, one row per pupil, five consent columns) and
//! `decisions.csv` (the same decisions one per row, `pupil;purpose;decision;date`, no header: what
//! the benchmark loads into plain SQLite to compare).
//!
//! With `--years N`, also N school years of history before 2026-08-01, at the rate of a large
//! board: 300 breaches a year in `history.toml` (assessed, reported and closed; `vreg import
//! history.toml --merge`), and in `history.sql` 300 requests a year (answered) and a saved audit
//! run a week. `history.sql` is written for vreg's own schema, to be loaded with
//! `sqlite3 REGISTER < history.sql` after the pupils are imported: the benchmark needs the rows,
//! not the way they are entered.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

/// A small, fast, deterministic generator (xorshift64*); no statistics are drawn from it.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const FIRST: &[&str] = &[
    "Sanne", "Noah", "Emma", "Liam", "Julia", "Mo", "Tess", "Sem", "Zoë", "Daan", "Fenna", "Ayoub",
    "Lotte", "Bram", "Noor", "Finn",
];
const PREFIX: &[&str] = &["", "", "", "de", "van", "van der", "van den", "ten"];
const LAST: &[&str] = &[
    "Jansen",
    "de Vries",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Yilmaz",
    "El Amrani",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Dekker",
    "Brouwer",
    "Çelik",
];
const CATEGORIES: &[&str] = &[
    "eck-id",
    "pupil-number",
    "name",
    "birth-date",
    "gender",
    "group",
    "school",
    "contact",
    "results",
    "progress",
    "usage",
    "account",
    "photo",
];
const COUNTRIES: &[&str] = &["NL", "NL", "NL", "DE", "IE", "BE", "US"];
const ANSWERS: &[&str] = &["ja", "ja", "ja", "nee", ""];

struct Args {
    pupils: u64,
    suppliers: u64,
    schools: u64,
    seed: u64,
    years: u64,
    out: PathBuf,
}

fn args() -> Result<Args, String> {
    let mut args = Args {
        pupils: 200_000,
        suppliers: 300,
        schools: 0,
        seed: 2026,
        years: 0,
        out: PathBuf::from("synth"),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let number = || {
            value
                .parse::<u64>()
                .map_err(|_| format!("{flag}: '{value}' is not a number"))
        };
        match flag.as_str() {
            "--pupils" => args.pupils = number()?,
            "--suppliers" => args.suppliers = number()?,
            "--schools" => args.schools = number()?,
            "--seed" => args.seed = number()?.max(1),
            "--years" => args.years = number()?,
            "--out" => args.out = PathBuf::from(value),
            _ => {
                return Err(format!(
                    "unknown flag {flag}; use --pupils N --suppliers N --schools N --seed N --years N --out DIR"
                ));
            }
        }
    }
    if args.schools == 0 {
        // About 250 pupils a school, as in Dutch primary education.
        args.schools = (args.pupils / 250).clamp(1, 9999);
    }
    Ok(args)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = args()?;
    std::fs::create_dir_all(&args.out)?;
    let mut rng = Rng(args.seed);
    let school = |i: u64| {
        format!(
            "{:02}{}{}00",
            i % 100,
            (b'A' + (i / 100 % 26) as u8) as char,
            (b'A' + (i / 2600 % 26) as u8) as char
        )
    };

    let mut toml = BufWriter::new(File::create(args.out.join("register.toml"))?);
    writeln!(toml, "{ORGANISATION}")?;
    for i in 0..args.schools {
        let code = school(i);
        writeln!(
            toml,
            "[[school]]\nbrin = \"{}\"\nvestiging = \"00\"\nname = \"School {i}\"\n",
            &code[..4]
        )?;
    }
    for s in 0..args.suppliers {
        let convenant =
            ["participant", "participant", "supporter", "none", "unknown"][rng.below(5) as usize];
        writeln!(
            toml,
            "[[supplier]]\nid = \"supplier-{s}\"\nname = \"Leverancier {s} B.V.\"\nkvk = \"{:08}\"\nconvenant = \"{convenant}\"\nconvenant_checked_on = 2026-0{}-15\n",
            10_000_000 + s,
            1 + rng.below(9)
        )?;
        for a in 0..=rng.below(2) {
            let country = rng.pick(COUNTRIES);
            let safeguard = if country == "US" {
                "\ntransfer_safeguard = \"dpf\""
            } else {
                ""
            };
            let scope: Vec<String> = (0..3 + rng.below(5))
                .map(|_| format!("\"{}\"", rng.pick(CATEGORIES)))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            let signed = 18 + rng.below(8);
            writeln!(
                toml,
                "[[supplier.agreement]]\nid = \"supplier-{s}-{a}\"\nproducts = [\"Product {s}.{a}\"]\nsigned_on = 20{signed}-0{}-01\nexpires_on = 20{}-07-31\ndocument = \"DMS/{s}/{a}\"\nstorage_countries = [\"{country}\"]{safeguard}\nbreach_notice_hours = 24\nscope = [{}]\n",
                1 + rng.below(9),
                signed + 2 + rng.below(5),
                scope.join(", ")
            )?;
            if rng.below(2) == 0 {
                writeln!(
                    toml,
                    "[[supplier.agreement.subprocessor]]\nname = \"Hosting {s}\"\ncountry = \"{}\"\npurpose = \"hosting\"\n",
                    rng.pick(COUNTRIES)
                )?;
            }
        }
    }
    writeln!(
        toml,
        "[[party]]\nid = \"leerplicht\"\nname = \"Leerplicht\"\nkind = \"government\"\nbasis = \"legal-obligation\"\nlaw = \"Leerplichtwet 1969 art. 21a\"\ncategories = [\"name\", \"bsn\", \"attendance\"]\nin_privacy_regulation = true\n"
    )?;
    writeln!(
        toml,
        "[[party]]\nid = \"ggd\"\nname = \"GGD\"\nkind = \"care\"\nbasis = \"public-task\"\nlaw = \"Wet publieke gezondheid\"\ncategories = [\"name\", \"birth-date\", \"group\"]\n"
    )?;
    toml.flush()?;
    history(&args, &mut rng)?;

    let purposes = [
        "photo-internal",
        "photo-website",
        "photo-social-media",
        "social-media-use",
        "contact-sharing",
    ];
    let mut decisions = BufWriter::new(File::create(args.out.join("decisions.csv"))?);
    let mut csv = BufWriter::new(File::create(args.out.join("pupils.csv"))?);
    writeln!(
        csv,
        "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Groep;BRIN;Geboortedatum;photo-internal;photo-website;photo-social-media;social-media-use;contact-sharing"
    )?;
    for p in 0..args.pupils {
        let group = 1 + rng.below(8);
        let answers: Vec<&str> = (0..5).map(|_| rng.pick(ANSWERS)).collect();
        for (purpose, answer) in purposes.iter().zip(&answers) {
            let decision = match *answer {
                "ja" => "granted",
                "nee" => "refused",
                _ => continue,
            };
            writeln!(decisions, "{};{purpose};{decision};2026-09-01", 100_000 + p)?;
        }
        writeln!(
            csv,
            "{};{};{};{};{}{};{};{:02}-{:02}-{};{}",
            100_000 + p,
            rng.pick(FIRST),
            rng.pick(PREFIX),
            rng.pick(LAST),
            group,
            ["A", "B"][rng.below(2) as usize],
            school(p % args.schools),
            1 + rng.below(28),
            1 + rng.below(12),
            2022 - group - rng.below(2),
            answers.join(";")
        )?;
    }
    csv.flush()?;
    decisions.flush()?;
    eprintln!(
        "wrote {} and {}",
        args.out.join("register.toml").display(),
        args.out.join("pupils.csv").display()
    );
    Ok(())
}

/// The synthetic board, in both of its register files.
const ORGANISATION: &str =
    "[organisation]\nname = \"Stichting Synthetisch Onderwijs\"\nkvk = \"12345678\"\n";

/// `args.years` school years of history before 2026-08-01: breaches in `history.toml`, requests
/// and saved audit runs in `history.sql`.
fn history(args: &Args, rng: &mut Rng) -> Result<(), Box<dyn std::error::Error>> {
    const PER_YEAR: u64 = 300;
    let mut toml = BufWriter::new(File::create(args.out.join("history.toml"))?);
    // The board's own file: breaches come only with the board they belong to.
    writeln!(toml, "{ORGANISATION}")?;
    let mut sql = BufWriter::new(File::create(args.out.join("history.sql"))?);
    writeln!(sql, "BEGIN;")?;
    let kinds = ["access", "rectification", "erasure", "objection"];
    for back in (1..=args.years).rev() {
        let year = 2026 - back;
        // The 1st to the 28th of August to July: every date exists, no clock change at 10:00.
        let day = |rng: &mut Rng, n: u64| {
            let month = (7 + n * 12 / PER_YEAR) % 12 + 1;
            let year = if month >= 8 { year } else { year + 1 };
            let offset = if (4..=10).contains(&month) {
                "+02:00"
            } else {
                "+01:00"
            };
            (year, month, 1 + rng.below(25), offset)
        };
        for n in 0..PER_YEAR {
            let (y, m, d, offset) = day(rng, n);
            let risk = ["none", "none", "risk", "high"][rng.below(4) as usize];
            let reported = match risk {
                "none" => String::new(),
                _ => format!(
                    "ap_reported_at = {y}-{m:02}-{:02}T09:00:00{offset}\nap_reference = \"M{y}{n:04}\"\n",
                    d + 1
                ),
            };
            let told = match risk {
                "high" => format!(
                    "subjects_notified_at = {y}-{m:02}-{:02}T12:00:00{offset}\nsubjects_notice = \"brief aan de ouders\"\n",
                    d + 2
                ),
                _ => String::new(),
            };
            writeln!(
                toml,
                "[[breach]]\nid = \"{y}-{:03}\"\ntitle = \"Synthetisch datalek {n}\"\ndiscovered_at = {y}-{m:02}-{d:02}T10:00:00{offset}\nsupplier = \"supplier-{}\"\nsubjects = {}\nrisk = \"{risk}\"\nrisk_reason = \"beoordeeld\"\nassessed_at = {y}-{m:02}-{d:02}T16:00:00{offset}\n{reported}{told}measures = \"maatregelen genomen\"\nclosed_at = {y}-{m:02}-{:02}T10:00:00{offset}\n",
                n + 1,
                rng.below(args.suppliers.max(1)),
                1 + rng.below(400),
                d + 3
            )?;
        }
        for n in 0..PER_YEAR {
            let (y, m, d, _) = day(rng, n);
            writeln!(
                sql,
                "INSERT INTO request (id, kind, pupil, requested_by, received_on, closed_on, outcome) VALUES ('{y}-{:03}', '{}', '{}', 'parent', '{y}-{m:02}-{d:02}', '{y}-{m:02}-{:02}', 'granted');",
                n + 1,
                kinds[rng.below(kinds.len() as u64) as usize],
                100_000 + rng.below(args.pupils.max(1)),
                d + 3
            )?;
        }
        for week in 0..52 {
            let (y, m, d, _) = day(rng, week * PER_YEAR / 52);
            let findings: Vec<String> = (0..20)
                .map(|i| {
                    format!(
                        r#"{{"code":"document-missing","severity":"warning","subject_kind":"agreement","subject_id":"supplier-{i}-0","message":"agreement supplier-{i}-0 has no reference to the signed document","hint":"vreg agreement edit supplier-{i}-0 --document REF"}}"#
                    )
                })
                .collect();
            writeln!(
                sql,
                "INSERT INTO audit_run (at, actor, as_of, error, warning, info, findings) VALUES ('{y}-{m:02}-{d:02}T08:00:00Z', 'bench', '{y}-{m:02}-{d:02}', 0, 20, 0, '[{}]');",
                findings.join(",")
            )?;
        }
    }
    writeln!(sql, "COMMIT;")?;
    sql.flush()?;
    toml.flush()?;
    Ok(())
}
