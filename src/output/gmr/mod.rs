//! The GMR export: Dutch CSV that opens cleanly in Dutch Excel and LibreOffice. `;` between
//! cells, UTF-8 with a byte order mark, CRLF line ends, dates DD-MM-JJJJ, ja/nee.
//!
//! It is built from [`GmrData`], which holds the register and consent counts per school and
//! purpose: no pupil's name or number can reach these files, because none is ever given to them.

use std::collections::BTreeMap;
use std::io::Write;

use chrono::NaiveDate;

use super::csv;
use crate::domain::agreement::{DEFAULT_HORIZON_DAYS, Safeguard, Status};
use crate::domain::breach::{Instant, count_per_year};
use crate::domain::category::Category;
use crate::domain::consent::Tally;
use crate::domain::country::in_eea;
use crate::domain::register::Register;
use crate::domain::request::{self, Request};

/// What the GMR sees: the register and counts, nothing per pupil.
pub struct GmrData {
    pub register: Register,
    /// (school code, purpose id) → number of pupils per consent state.
    pub consent: BTreeMap<(String, String), Tally>,
    /// Requests of parents and pupils: only counted, never shown one by one.
    pub requests: Vec<Request>,
    /// Consent counts from 1 to below this are written `<N`.
    pub min_count: u64,
    /// The reference date of every file (Peildatum).
    pub as_of: NaiveDate,
}

impl GmrData {
    /// Keeps what concerns one school: the agreements and parties that serve it (those that
    /// list no school serve every school), its consent counts and the breaches that touched it
    /// or name no school.
    pub fn only_school(&mut self, school: &str) {
        use crate::domain::organisation::serves;
        // A supplier whose agreements all serve other schools is none of this school's.
        self.register.suppliers.retain_mut(|(_, agreements)| {
            let had = !agreements.is_empty();
            agreements.retain(|a| serves(&a.agreement.schools, school));
            !had || !agreements.is_empty()
        });
        self.register.parties.retain(|p| serves(&p.schools, school));
        self.register
            .breaches
            .retain(|b| serves(&b.schools, school));
        self.consent.retain(|(code, _), _| {
            crate::domain::pupil::school_matches(Some(code.as_str()), school)
        });
    }
}

/// The counts of one row as the GMR sees them. Every row of a school adds up to the same number
/// of pupils, which other rows show, so one hidden count could be worked out from the rest of its
/// row; where exactly one count is hidden, the smallest other count above zero is hidden too,
/// written `*`, so that neither can be worked out.
pub fn row_counts(counts: &[u64], min_count: u64) -> Vec<String> {
    let hidden = |n: u64| n > 0 && n < min_count;
    let mut cells: Vec<String> = counts.iter().map(|&n| small_count(n, min_count)).collect();
    if counts.iter().filter(|&&n| hidden(n)).count() == 1
        && let Some((i, _)) = counts
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0 && !hidden(**n))
            .min_by_key(|(_, n)| **n)
    {
        cells[i] = "*".to_string();
    }
    cells
}

/// A count as the GMR sees it: small counts, which could point at a child, as `<N`.
pub fn small_count(n: u64, min_count: u64) -> String {
    if n > 0 && n < min_count {
        format!("<{min_count}")
    } else {
        n.to_string()
    }
}

/// `;` and a byte order mark: what Dutch Excel and LibreOffice open without asking.
pub(crate) const DUTCH: csv::Style = csv::Style {
    delimiter: b';',
    bom: true,
};

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%d-%m-%Y").to_string())
        .unwrap_or_default()
}

fn ja_nee(b: bool) -> String {
    if b { "ja" } else { "nee" }.to_string()
}

/// What the scope lines say per category ("resultaten: adaptief oefenen; ..."), for those that
/// say it.
fn per_category(
    scope: &[crate::domain::category::ScopeEntry],
    field: impl Fn(&crate::domain::category::ScopeEntry) -> Option<&str>,
) -> String {
    scope
        .iter()
        .filter_map(|e| field(e).map(|text| format!("{}: {text}", e.category.label())))
        .collect::<Vec<_>>()
        .join("; ")
}

fn labels<'a>(categories: impl Iterator<Item = &'a Category>) -> String {
    categories.map(|c| c.label()).collect::<Vec<_>>().join("; ")
}

/// One column of a GMR table: its header, and what it means for a reader on paper.
pub struct Column {
    pub name: &'static str,
    pub explains: &'static str,
}

const fn column(name: &'static str, explains: &'static str) -> Column {
    Column { name, explains }
}

/// One GMR table with its rows. The CSV files and the printed document are both written from
/// these, so that a column cannot differ between them.
pub struct Table {
    /// The file it is written to by `--out-dir`.
    pub file: &'static str,
    /// Its heading in the printed document.
    pub title: &'static str,
    /// What it shows, in a sentence or two, for the printed document.
    pub about: String,
    pub columns: &'static [Column],
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn headers(&self) -> Vec<&'static str> {
        self.columns.iter().map(|c| c.name).collect()
    }
}

/// The board's name, as every GMR file and the printed document give it.
pub fn board(data: &GmrData) -> String {
    data.register
        .organisation
        .as_ref()
        .map(|o| o.name.clone())
        .unwrap_or_default()
}

/// Writes one CSV table: BOM, `;`, CRLF, every cell neutralised. Every row ends with the
/// board's name and the reference date, so that a file read on its own still says whose it is
/// and of which day, without a second header row.
pub fn write(out: &mut dyn Write, data: &GmrData, table: &Table) -> anyhow::Result<()> {
    let board = board(data);
    let mut headers = table.headers();
    headers.extend(["Bestuur", "Peildatum"]);
    let rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|row| {
            let mut row = row.clone();
            row.extend([board.clone(), date(Some(data.as_of))]);
            row
        })
        .collect();
    csv::write(out, DUTCH, &headers, &rows)
}

/// Every GMR table, in the order of the files and of the printed document. `now` is the moment
/// the breach clocks are read at.
pub fn tables(data: &GmrData, now: Instant) -> Vec<Table> {
    vec![
        overview_table(data, data.as_of),
        parties_table(data),
        consent_table(data),
        breaches_table(data, now),
        requests_table(data, data.as_of),
    ]
}

pub const OVERVIEW_COLUMNS: &[Column] = &[
    column(
        "Leverancier",
        "De leverancier van een digitaal leermiddel of een dienst die gegevens van leerlingen krijgt.",
    ),
    column(
        "KvK",
        "Het nummer van de leverancier bij de Kamer van Koophandel.",
    ),
    column(
        "Rol",
        "Of de leverancier de gegevens verwerkt in opdracht van het bestuur (verwerker) of zelf bepaalt wat ermee gebeurt.",
    ),
    column(
        "Convenant",
        "Of de leverancier deelnemer of medestander is van het Privacyconvenant Onderwijs, geen van beide, of dat het onbekend is.",
    ),
    column(
        "Convenantversie",
        "De versie van het convenant waaraan de leverancier zich houdt.",
    ),
    column(
        "Producten",
        "De producten en diensten waarover de overeenkomst gaat.",
    ),
    column(
        "Model",
        "Het model van de verwerkersovereenkomst: het model van het convenant (3.0 of 4.0) of een eigen model.",
    ),
    column(
        "Getekend op",
        "De dag waarop de overeenkomst is ondertekend.",
    ),
    column("Ingangsdatum", "De dag waarop de overeenkomst ingaat."),
    column(
        "Einddatum",
        "De laatste dag dat de overeenkomst geldt: het einde van de looptijd, of een eerdere beëindiging.",
    ),
    column(
        "Status",
        "De stand op de peildatum: van kracht, loopt binnenkort af, verlopen of beëindigd; of dat er geen verwerkersovereenkomst is.",
    ),
    column(
        "Gegevens",
        "De soorten gegevens van leerlingen die de leverancier ontvangt.",
    ),
    column(
        "Bijzondere gegevens",
        "Bijzondere persoonsgegevens (artikel 9 AVG), zoals gezondheid, die de leverancier ontvangt; daarvoor gelden strengere regels.",
    ),
    column(
        "BSN (wettelijke grondslag)",
        "Of de leverancier het burgerservicenummer ontvangt, met de wet die dat toestaat.",
    ),
    column(
        "Opslaglocatie",
        "De landen waar de gegevens worden bewaard; een land buiten de Europese Economische Ruimte (EER) staat er met de waarborg voor de doorgifte.",
    ),
    column(
        "Subverwerkers",
        "Andere bedrijven die de leverancier voor zijn dienst inschakelt, met hun land.",
    ),
    column(
        "Evaluatie op",
        "De dag waarop de overeenkomst opnieuw wordt beoordeeld.",
    ),
    column(
        "Doelen",
        "Waarvoor de leverancier de gegevens gebruikt, per soort gegevens.",
    ),
    column(
        "Bewaartermijn",
        "Hoe lang de leverancier de gegevens bewaart, per soort gegevens.",
    ),
    column(
        "DPIA",
        "De verwijzing naar de gegevensbeschermingseffectbeoordeling (DPIA), als die is gedaan.",
    ),
    column(
        "Meldtermijn datalek (uren)",
        "Binnen hoeveel uur de leverancier een datalek aan het bestuur moet melden.",
    ),
    column(
        "Subverwerkers buiten de EER",
        "Subverwerkers buiten de Europese Economische Ruimte, met hun land en de waarborg voor de doorgifte.",
    ),
];

/// `verwerkersregister.csv`: one row per agreement; a supplier without one gets a row too.
pub fn overview_table(data: &GmrData, as_of: NaiveDate) -> Table {
    let mut rows = Vec::new();
    // Former suppliers are the register's history, not the overview of today.
    for (s, agreements) in data
        .register
        .suppliers
        .iter()
        .filter(|(s, _)| !s.retired_by(as_of))
    {
        let supplier = vec![
            s.name.clone(),
            s.kvk.clone().unwrap_or_default(),
            s.role.label().to_string(),
            s.convenant.label().to_string(),
            s.convenant_version
                .map(|v| v.code().to_string())
                .unwrap_or_default(),
        ];
        if agreements.is_empty() {
            let mut row = supplier.clone();
            row.extend([
                "".into(),
                "".into(),
                "".into(),
                "".into(),
                "".into(),
                "geen verwerkersovereenkomst".into(),
            ]);
            row.extend(std::iter::repeat_n(String::new(), 11));
            rows.push(row);
        }
        let siblings = || agreements.iter().map(|f| &f.agreement);
        for full in agreements {
            let a = &full.agreement;
            let status = a.status_among(siblings(), as_of, DEFAULT_HORIZON_DAYS);
            // A renewed agreement has its successor in the overview; no "verlopen" row beside it.
            if status == Status::Renewed {
                continue;
            }
            // The BSN is a national identifier, not a special category (art. 9): it has a column
            // of its own, with the law that prescribes it.
            let (sensitive, ordinary): (Vec<&Category>, Vec<&Category>) = full
                .scope
                .iter()
                .map(|e| &e.category)
                .filter(|c| !c.national_id())
                .partition(|c| c.special());
            let bsn = full
                .scope
                .iter()
                .find(|e| e.category.national_id())
                .map_or_else(String::new, |e| match &e.law {
                    Some(law) => format!("ja ({law})"),
                    None => "ja (geen wet vastgelegd)".to_string(),
                });
            let outside: Vec<&str> = a
                .storage_countries
                .iter()
                .filter(|c| !in_eea(c))
                .map(String::as_str)
                .collect();
            let mut storage = a.storage_countries.join("; ");
            if !outside.is_empty() {
                let safeguard = a.transfer_safeguard.unwrap_or(Safeguard::None).label();
                storage.push_str(&format!(
                    " (buiten de EER: {}; waarborg: {safeguard})",
                    outside.join(", ")
                ));
            }
            let subs = full
                .subprocessors
                .iter()
                .map(|s| format!("{} ({})", s.name, s.country))
                .collect::<Vec<_>>()
                .join("; ");
            let mut row = supplier.clone();
            row.extend([
                a.products.join("; "),
                a.model.label().to_string(),
                date(a.signed_on),
                date(a.starts_on),
                date(a.ends_on()),
                status.label().to_string(),
                labels(ordinary.into_iter()),
                labels(sensitive.into_iter()),
                bsn,
                storage,
                subs,
                date(a.review_on),
                per_category(&full.scope, |e| e.purpose.as_deref()),
                per_category(&full.scope, |e| e.retention.as_deref()),
                a.dpia.clone().unwrap_or_default(),
                a.breach_notice_hours
                    .map(|h| h.to_string())
                    .unwrap_or_default(),
                full.subprocessors
                    .iter()
                    .filter(|s| !in_eea(&s.country))
                    .map(|s| {
                        format!(
                            "{} ({}; waarborg: {})",
                            s.name,
                            s.country,
                            s.transfer_safeguard.unwrap_or(Safeguard::None).label()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            ]);
            rows.push(row);
        }
    }
    Table {
        file: "verwerkersregister.csv",
        title: "Verwerkersovereenkomsten",
        about: "Eén rij per verwerkersovereenkomst, en één voor elke leverancier zonder \
                overeenkomst. Een overeenkomst die is verlengd, staat er niet naast haar opvolger."
            .into(),
        columns: OVERVIEW_COLUMNS,
        rows,
    }
}

pub const PARTY_COLUMNS: &[Column] = &[
    column(
        "Partij",
        "Een organisatie buiten de school die gegevens van leerlingen kan ontvangen.",
    ),
    column(
        "Soort",
        "Wat voor organisatie het is, bijvoorbeeld de GGD, een zorgpartner of de overheid.",
    ),
    column(
        "Grondslag",
        "De grond in de AVG waarop de gegevens worden verstrekt: een wettelijke plicht, een taak van algemeen belang, een overeenkomst, een gerechtvaardigd belang of toestemming.",
    ),
    column(
        "Wet",
        "De wet die de verstrekking voorschrijft, als die er is.",
    ),
    column(
        "Gegevens",
        "De soorten gegevens die de partij mag ontvangen.",
    ),
    column(
        "In privacyreglement",
        "Of de partij in het privacyreglement van het bestuur staat (ja of nee).",
    ),
];

/// `externe-partijen.csv`.
pub fn parties_table(data: &GmrData) -> Table {
    let rows: Vec<Vec<String>> = data
        .register
        .parties
        .iter()
        .map(|p| {
            vec![
                p.name.clone(),
                p.kind.label().to_string(),
                p.basis.label().to_string(),
                p.law.clone().unwrap_or_default(),
                labels(p.categories.iter()),
                ja_nee(p.in_privacy_regulation),
            ]
        })
        .collect();
    Table {
        file: "externe-partijen.csv",
        title: "Externe partijen",
        about: "De organisaties buiten de school die gegevens van leerlingen kunnen ontvangen, \
                en op welke grond."
            .into(),
        columns: PARTY_COLUMNS,
        rows,
    }
}

pub const CONSENT_COLUMNS: &[Column] = &[
    column(
        "School",
        "De school van de leerlingen op de peildatum (met BRIN en vestiging).",
    ),
    column(
        "Doel",
        "Waarvoor de school toestemming vraagt, bijvoorbeeld foto's op de website.",
    ),
    column(
        "Toestemming",
        "Het aantal leerlingen met toestemming die telt.",
    ),
    column(
        "Toestemming in een vorm die niet telt",
        "Toestemming gegeven, maar niet in de vorm die dit doel vraagt (bijvoorbeeld mondeling waar het schriftelijk moet): dat is geen toestemming.",
    ),
    column(
        "Geen toestemming",
        "Het aantal leerlingen voor wie toestemming is geweigerd.",
    ),
    column(
        "Ingetrokken",
        "Het aantal leerlingen voor wie eerder gegeven toestemming is ingetrokken.",
    ),
    column(
        "Ouders oneens",
        "Het aantal leerlingen van wie de ene ouder toestemming gaf en de andere niet: dat is geen toestemming.",
    ),
    column(
        "Onbekend",
        "Het aantal leerlingen van wie voor dit doel niets is vastgelegd.",
    ),
];

/// `toestemmingen.csv`: per school and purpose in use, how many pupils are in each state. A grant
/// in a form the purpose does not accept, and a grant one parent gives while the other refuses,
/// are counted apart: neither is consent.
pub fn consent_table(data: &GmrData) -> Table {
    let school_name = |code: &str| -> String {
        crate::domain::organisation::find_school(&data.register.schools, code).map_or_else(
            || {
                if code.is_empty() {
                    "(geen school vastgelegd)".to_string()
                } else {
                    code.to_string()
                }
            },
            // Pupils registered with a BRIN alone keep that BRIN as their school.
            |s| format!("{} ({code})", s.name),
        )
    };
    let purpose_name = |id: &str| -> String {
        data.register
            .purposes
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_string(), |p| p.name.clone())
    };
    let rows: Vec<Vec<String>> = data
        .consent
        .iter()
        .map(|((school, purpose), counts)| {
            let mut row = vec![school_name(school), purpose_name(purpose)];
            row.extend(row_counts(
                &[
                    counts.granted,
                    counts.granted_not_counting,
                    counts.refused,
                    counts.withdrawn,
                    counts.disputed,
                    counts.unknown,
                ],
                data.min_count,
            ));
            row
        })
        .collect();
    Table {
        file: "toestemmingen.csv",
        title: "Toestemmingen",
        about: format!(
            "Per school en per doel hoeveel leerlingen op de peildatum in elke stand zijn. \
             Aantallen van 1 tot {0} staan er als <{0}: een klein aantal kan naar een kind wijzen.",
            data.min_count
        ),
        columns: CONSENT_COLUMNS,
        rows,
    }
}

pub const BREACH_COLUMNS: &[Column] = &[
    column("Jaar", "Het kalenderjaar waarin het datalek is ontdekt."),
    column("Datalekken", "Het aantal geregistreerde datalekken."),
    column(
        "Gemeld bij de AP",
        "Hoeveel er zijn gemeld bij de Autoriteit Persoonsgegevens.",
    ),
    column(
        "Niet gemeld",
        "Hoeveel er niet zijn gemeld: na beoordeling zonder risico, of (nog) niet besloten.",
    ),
    column(
        "Te laat gemeld (na 72 uur)",
        "Hoeveel er na 72 uur zijn gemeld, of na 72 uur nog niet gemeld of beoordeeld waren.",
    ),
    column(
        "Betrokkenen geïnformeerd",
        "Bij hoeveel datalekken de mensen om wie het gaat zijn ingelicht.",
    ),
    column(
        "Nog open",
        "Hoeveel datalekken op de peildatum nog niet zijn afgehandeld.",
    ),
];

/// `datalekken.csv`: per calendar year of discovery, how many breaches, reported to the AP or
/// not, and how many late, as of `now`. Counts only: no titles, no descriptions, no people.
pub fn breaches_table(data: &GmrData, now: Instant) -> Table {
    let rows: Vec<Vec<String>> = count_per_year(&data.register.breaches, now)
        .into_iter()
        .map(|(year, c)| {
            vec![
                year.to_string(),
                c.total.to_string(),
                c.reported.to_string(),
                c.not_reported.to_string(),
                c.late.to_string(),
                c.subjects_notified.to_string(),
                c.open.to_string(),
            ]
        })
        .collect();
    Table {
        file: "datalekken.csv",
        title: "Datalekken",
        about: "Per jaar het aantal datalekken, of ze zijn gemeld en of dat op tijd was. \
                Alleen aantallen: geen beschrijvingen en geen namen."
            .into(),
        columns: BREACH_COLUMNS,
        rows,
    }
}

pub const REQUEST_COLUMNS: &[Column] = &[
    column("Jaar", "Het kalenderjaar waarin het verzoek binnenkwam."),
    column(
        "Soort verzoek",
        "Wat ouders of leerlingen vroegen: inzage, correctie, verwijdering, bezwaar of een ander recht uit de AVG.",
    ),
    column("Ontvangen", "Het aantal ontvangen verzoeken."),
    column(
        "Op tijd beantwoord",
        "Hoeveel er binnen de termijn zijn beantwoord (een maand, of de verlengde termijn).",
    ),
    column(
        "Te laat (na de termijn beantwoord of nog open)",
        "Hoeveel er na de termijn zijn beantwoord, of na de termijn nog openstaan.",
    ),
    column(
        "Nog open binnen de termijn",
        "Hoeveel er nog lopen en nog binnen de termijn zijn.",
    ),
];

/// `verzoeken.csv`: per calendar year of receipt and kind of request, as of `as_of`: how many
/// were received, answered on time, late (answered after the due date, or still open past it),
/// and still open within their term. Counts only: no pupils, no requesters, no notes.
pub fn requests_table(data: &GmrData, as_of: NaiveDate) -> Table {
    let rows: Vec<Vec<String>> = request::count_per_year(&data.requests, as_of)
        .into_iter()
        .map(|((year, kind), c)| {
            vec![
                year.to_string(),
                kind.label().to_string(),
                c.received.to_string(),
                c.on_time.to_string(),
                c.late.to_string(),
                c.open.to_string(),
            ]
        })
        .collect();
    Table {
        file: "verzoeken.csv",
        title: "Verzoeken van ouders en leerlingen",
        about: "Per jaar en soort hoeveel verzoeken binnenkwamen en of ze op tijd zijn \
                beantwoord. Alleen aantallen: geen leerlingen en geen namen."
            .into(),
        columns: REQUEST_COLUMNS,
        rows,
    }
}

/// At most this many columns side by side on a landscape page. A wider table is printed in
/// parts, each repeating the row number and the first column, so that a row can be followed
/// from one part to the next.
const PRINTED_COLUMNS: usize = 10;

/// Text as a CSS string: everything but letters, digits and spaces as a hexadecimal escape, so
/// that no name can end the string or the style sheet.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:x} ", u32::from(c)));
        }
    }
    out.push('"');
    out
}

/// The page: A4 landscape, the style of the other documents with smaller tables, and the board
/// and reference date at the top of every printed page.
fn style(running_head: &str) -> String {
    format!(
        "{}
@page {{ size: A4 landscape; margin: 16mm 12mm 16mm 12mm;
  @top-left {{ content: {}; font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 7.5pt; color: #444; }}
  @bottom-right {{ content: \"pagina \" counter(page) \" van \" counter(pages); font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 7.5pt; color: #444; }} }}
body {{ max-width: none; font-size: 9pt; }}
p.sub {{ font-size: 10.5pt; margin-bottom: 4mm; }}
table {{ font-size: 7.5pt; }}
th, td {{ overflow-wrap: break-word; hyphens: auto; }}
td.n {{ text-align: right; white-space: nowrap; }}
h3 {{ font-size: 9.5pt; }}
dl.uitleg {{ column-count: 2; column-gap: 8mm; font-size: 8pt; margin: 0 0 4mm; }}
dl.uitleg div {{ break-inside: avoid; page-break-inside: avoid; margin-bottom: 1mm; }}
dl.uitleg dt {{ font-weight: bold; display: inline; }}
dl.uitleg dd {{ display: inline; margin: 0; }}",
        super::access::STYLE,
        css_string(running_head)
    )
}

/// One printed table: the header row and the rows, figures aligned right; without rows, the
/// header row and a line that says so.
fn html_table(body: &mut String, headers: &[&str], rows: &[Vec<String>]) {
    use super::access::escape;
    body.push_str("<table>\n<thead><tr>");
    for h in headers {
        body.push_str(&format!("<th>{}</th>", escape(h)));
    }
    body.push_str("</tr></thead>\n<tbody>\n");
    if rows.is_empty() {
        body.push_str(&format!(
            "<tr><td colspan=\"{}\">Op de peildatum is hier niets vastgelegd.</td></tr>\n",
            headers.len()
        ));
    }
    for row in rows {
        body.push_str("<tr>");
        for cell in row {
            let class = if super::year_report::is_figure(cell) {
                " class=\"n\""
            } else {
                ""
            };
            body.push_str(&format!("<td{class}>{}</td>", escape(cell)));
        }
        body.push_str("</tr>\n");
    }
    body.push_str("</tbody>\n</table>\n");
}

/// The name of the school an export is limited to, as the board calls it.
fn school_label(data: &GmrData, school: &str) -> String {
    data.register
        .schools
        .iter()
        .find(|s| s.code() == school)
        .or_else(|| data.register.schools.iter().find(|s| s.brin == school))
        .map_or_else(|| school.to_string(), |s| format!("{} ({school})", s.name))
}

/// The GMR tables as one self-contained HTML document for A4 landscape: no scripts, nothing
/// fetched, the fonts of the system. It holds the rows of the CSV files, with the board and the
/// reference date once at the top (and on every printed page) instead of in every row, and
/// under each table what its columns mean.
pub fn html(data: &GmrData, tables: &[Table], school: Option<&str>) -> String {
    use super::access::escape;
    let board = match board(data) {
        name if name.trim().is_empty() => "het schoolbestuur".to_string(),
        name => name,
    };
    let as_of = date(Some(data.as_of));
    let title = match school {
        Some(code) => format!(
            "Verwerkersregister voor de MR van {}",
            school_label(data, code)
        ),
        None => "Verwerkersregister voor de GMR".to_string(),
    };
    let mut body = format!(
        "<h1>{}</h1>\n<p class=\"sub\">{} · peildatum {}</p>\n",
        escape(&title),
        escape(&board),
        escape(&as_of)
    );
    let mut intro = format!(
        "Dit overzicht is opgesteld uit het verwerkersregister van {board} en geeft de stand op \
         {as_of} (de peildatum). Het bevat dezelfde gegevens als de CSV-bestanden van \
         vreg export gmr, zonder gegevens over individuele leerlingen. Onder elke tabel staat \
         wat de kolommen betekenen."
    );
    if school.is_some() {
        intro.push_str(
            " Het gaat alleen over deze school: de overeenkomsten en partijen die voor haar \
             gelden, de toestemmingen van haar leerlingen en de datalekken die haar raakten of \
             geen school noemen. De verzoeken zijn die van het hele bestuur.",
        );
    }
    body.push_str(&format!("<p>{}</p>\n", escape(&intro)));
    for (number, table) in tables.iter().enumerate() {
        body.push_str(&format!(
            "<h2>{}. {}</h2>\n<p>{} <em>({})</em></p>\n",
            number + 1,
            escape(table.title),
            escape(&table.about),
            escape(table.file)
        ));
        let headers = table.headers();
        if headers.len() <= PRINTED_COLUMNS {
            html_table(&mut body, &headers, &table.rows);
        } else {
            // The row number and the first column, then an even share of the others per part.
            let others = headers.len() - 1;
            let parts = others.div_ceil(PRINTED_COLUMNS - 2);
            let per_part = others.div_ceil(parts);
            for part in 0..parts {
                let columns = 1 + part * per_part..(1 + (part + 1) * per_part).min(headers.len());
                body.push_str(&format!(
                    "<h3>Deel {} van {parts}: {} tot en met {}</h3>\n",
                    part + 1,
                    escape(headers[columns.start]),
                    escape(headers[columns.end - 1])
                ));
                let mut part_headers = vec!["Nr.", headers[0]];
                part_headers.extend(&headers[columns.clone()]);
                let rows: Vec<Vec<String>> = table
                    .rows
                    .iter()
                    .enumerate()
                    .map(|(i, row)| {
                        let mut cells = vec![(i + 1).to_string(), row[0].clone()];
                        cells.extend(row[columns.clone()].iter().cloned());
                        cells
                    })
                    .collect();
                html_table(&mut body, &part_headers, &rows);
            }
        }
        body.push_str("<h3>Wat de kolommen betekenen</h3>\n<dl class=\"uitleg\">\n");
        for c in table.columns {
            body.push_str(&format!(
                "<div><dt>{}:</dt> <dd>{}</dd></div>\n",
                escape(c.name),
                escape(c.explains)
            ));
        }
        body.push_str("</dl>\n");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>\n{}\n</style>\n</head>\n<body>\n{body}\
         <footer>Opgesteld uit het verwerkersregister van {}, peildatum {}.</footer>\n</body>\n</html>\n",
        escape(&format!("{title} — {board}")),
        style(&format!("{board} · {title} · peildatum {as_of}")),
        escape(&board),
        escape(&as_of),
    )
}

#[cfg(test)]
mod tests;
