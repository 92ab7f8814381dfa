//! The privacy year report as a document: Markdown for the bestuursverslag, one self-contained
//! HTML page with inline SVG charts for A4 (no scripts, no external references, system fonts),
//! and JSON with the figures. Counts of pupils from 1 below the threshold are written `<N`.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use serde_json::Value;

use super::access::escape;
use super::gmr::small_count;
use crate::domain::consent::Tally;
use crate::domain::supplier::Convenant;
use crate::domain::year_report::{Coverage, PurposeCoverage, YearReport, coverage_percent};

fn date(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// "1 overeenkomst", "3 overeenkomsten".
fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A block of the document, printed by both the Markdown and the HTML printer.
enum Block {
    Heading(String),
    Para(String),
    Table(Vec<&'static str>, Vec<Vec<String>>),
    List(Vec<String>),
    /// An SVG drawing (HTML only) with its caption.
    Chart(String, String),
}

fn period_text(r: &YearReport) -> String {
    if r.complete {
        format!(
            "kalenderjaar {} ({} tot en met {})",
            r.year,
            date(r.from),
            date(r.to)
        )
    } else {
        format!(
            "{} tot en met {} (het jaar loopt nog: de cijfers zijn voorlopig)",
            date(r.from),
            date(r.to)
        )
    }
}

fn blocks(r: &YearReport, min: u64) -> Vec<Block> {
    let mut b = Vec::new();
    let board = r.board.as_deref().unwrap_or("het schoolbestuur");
    b.push(Block::Para(format!(
        "Dit is de privacyparagraaf van {board} over {}. Ze is opgesteld uit het \
         verwerkersregister en bevat geen gegevens over individuele leerlingen; aantallen \
         leerlingen van 1 tot {min} staan er als <{min}.",
        period_text(r)
    )));
    if let Some(fg) = &r.privacy_officer {
        b.push(Block::Para(format!(
            "Functionaris gegevensbescherming: {fg}."
        )));
    }

    // Agreements.
    let a = &r.agreements;
    b.push(Block::Heading("Verwerkersovereenkomsten".into()));
    b.push(Block::Para(format!(
        "Op {} waren {} van kracht. In de periode zijn er {} ingegaan, {} verlengd en {} \
         beëindigd; {} liep{} af zonder opvolger. {} had{} op {} geen overeenkomst van kracht.",
        date(r.to),
        count(
            a.in_force,
            "verwerkersovereenkomst",
            "verwerkersovereenkomsten"
        ),
        a.new,
        a.renewed,
        a.ended,
        a.expired_without_successor,
        if a.expired_without_successor == 1 {
            ""
        } else {
            "en"
        },
        count(a.missing, "verwerker", "verwerkers"),
        if a.missing == 1 { "" } else { "den" },
        date(r.to),
    )));
    b.push(Block::Table(
        vec!["Verwerkersovereenkomsten", "Aantal"],
        vec![
            vec![
                format!("Van kracht op {}", date(r.to)),
                a.in_force.to_string(),
            ],
            vec!["Nieuw ingegaan".into(), a.new.to_string()],
            vec!["Verlengd (met opvolger)".into(), a.renewed.to_string()],
            vec!["Beëindigd".into(), a.ended.to_string()],
            vec![
                "Afgelopen zonder opvolger".into(),
                a.expired_without_successor.to_string(),
            ],
            vec![
                "Verwerkers zonder overeenkomst".into(),
                a.missing.to_string(),
            ],
        ],
    ));
    if !a.end_dates.is_empty() {
        b.push(Block::Chart(
            timeline(r),
            "Einddatums van de verwerkersovereenkomsten; de lijn is de peildatum.".into(),
        ));
        b.push(Block::Table(
            vec![
                "Overeenkomst",
                "Leverancier",
                "Einddatum",
                "Stand op de peildatum",
            ],
            a.end_dates
                .iter()
                .map(|e| {
                    vec![
                        e.agreement.clone(),
                        e.supplier.clone(),
                        date(e.ends_on),
                        e.status.label().to_string(),
                    ]
                })
                .collect(),
        ));
    }

    // Convenant.
    let c = &r.convenant;
    b.push(Block::Heading("Privacyconvenant Onderwijs".into()));
    b.push(Block::Para(format!(
        "Van de {} in het register {} op {} {} deelnemer en {} medestander van het \
         Privacyconvenant; {} geen van beide of onbekend. Aan het begin van de periode was dat \
         {} deelnemer, {} medestander en {} geen van beide.",
        count(c.end.total(), "verwerker", "verwerkers"),
        if c.end.total() == 1 { "was" } else { "waren" },
        date(r.to),
        c.end.participant,
        c.end.supporter,
        c.end.neither,
        c.start.participant,
        c.start.supporter,
        c.start.neither,
    )));
    b.push(Block::Table(
        vec!["Convenant", "Begin periode", "Peildatum"],
        vec![
            vec![
                "Deelnemer".into(),
                c.start.participant.to_string(),
                c.end.participant.to_string(),
            ],
            vec![
                "Medestander".into(),
                c.start.supporter.to_string(),
                c.end.supporter.to_string(),
            ],
            vec![
                "Geen van beide of onbekend".into(),
                c.start.neither.to_string(),
                c.end.neither.to_string(),
            ],
        ],
    ));
    if c.start.total() + c.end.total() > 0 {
        b.push(Block::Chart(
            convenant_chart(&c.start, &c.end),
            "Verwerkers naar convenantstatus, begin en eind van de periode.".into(),
        ));
    }
    if !c.changes.is_empty() {
        b.push(Block::List(
            c.changes
                .iter()
                .map(|ch| match ch.from {
                    Some(from) => format!(
                        "{}: van {} naar {}",
                        ch.name,
                        convenant_label(from),
                        convenant_label(ch.to)
                    ),
                    None => format!(
                        "{}: nieuw in het register, {}",
                        ch.name,
                        convenant_label(ch.to)
                    ),
                })
                .collect(),
        ));
    }

    // Breaches.
    let br = &r.breaches;
    b.push(Block::Heading("Datalekken".into()));
    b.push(Block::Para(format!(
        "In de periode zijn {} geregistreerd. {} gemeld bij de Autoriteit Persoonsgegevens, \
         waarvan {} binnen 72 uur; {} niet gemeld (na beoordeling zonder risico, of nog niet). \
         {} te laat gemeld of nog niet gemeld na 72 uur. Betrokkenen zijn bij {} geïnformeerd.",
        count(br.registered, "datalek", "datalekken"),
        if br.reported_to_ap == 1 {
            "1 is".to_string()
        } else {
            format!("{} zijn", br.reported_to_ap)
        },
        br.reported_on_time,
        br.not_reported,
        if br.late == 1 {
            "1 is".to_string()
        } else {
            format!("{} zijn", br.late)
        },
        count(br.subjects_notified, "datalek", "datalekken"),
    )));
    let mut rows = vec![
        vec!["Geregistreerd".into(), br.registered.to_string()],
        vec!["Gemeld bij de AP".into(), br.reported_to_ap.to_string()],
        vec![
            "Op tijd gemeld (binnen 72 uur)".into(),
            br.reported_on_time.to_string(),
        ],
        vec!["Te laat of niet op tijd gemeld".into(), br.late.to_string()],
        vec!["Niet gemeld".into(), br.not_reported.to_string()],
        vec![
            "Betrokkenen geïnformeerd".into(),
            br.subjects_notified.to_string(),
        ],
        vec!["Nog open".into(), br.open.to_string()],
    ];
    rows.extend(
        br.by_kind
            .iter()
            .map(|k| vec![format!("Soort: {}", k.label), k.count.to_string()]),
    );
    b.push(Block::Table(vec!["Datalekken", "Aantal"], rows));

    // Requests.
    let rq = &r.requests;
    b.push(Block::Heading("Verzoeken van ouders en leerlingen".into()));
    b.push(Block::Para(format!(
        "In de periode kwamen {} binnen (inzage, correctie, verwijdering en andere rechten). \
         {} op tijd beantwoord, {} te laat of staan na de termijn nog open, {} lopen nog binnen \
         de termijn.",
        count(rq.received, "verzoek", "verzoeken"),
        if rq.answered_on_time == 1 {
            "1 is".to_string()
        } else {
            format!("{} zijn", rq.answered_on_time)
        },
        rq.late,
        rq.open,
    )));
    if !rq.by_kind.is_empty() {
        let mut rows: Vec<Vec<String>> = rq
            .by_kind
            .iter()
            .map(|k| {
                vec![
                    capitalised(&k.label),
                    k.received.to_string(),
                    k.answered_on_time.to_string(),
                    k.late.to_string(),
                    k.open.to_string(),
                ]
            })
            .collect();
        rows.push(vec![
            "Totaal".into(),
            rq.received.to_string(),
            rq.answered_on_time.to_string(),
            rq.late.to_string(),
            rq.open.to_string(),
        ]);
        b.push(Block::Table(
            vec![
                "Soort verzoek",
                "Ontvangen",
                "Op tijd beantwoord",
                "Te laat",
                "Loopt nog",
            ],
            rows,
        ));
    }

    // Consent.
    b.push(Block::Heading("Toestemming".into()));
    b.push(Block::Para(format!(
        "Stand op {} van de leerlingen die toen op school zaten: per doel hoeveel leerlingen \
         toestemming hebben die telt, hoeveel niet (geweigerd, ingetrokken, ouders oneens, of \
         in een vorm die niet telt) en van hoeveel niets bekend is. Een percentage dat een \
         aantal onder {min} zou verraden, staat er niet.",
        date(r.to)
    )));
    if r.consent.iter().any(|p| p.board.pupils() > 0) {
        b.push(Block::Table(
            vec![
                "Doel",
                "Leerlingen",
                "Toestemming",
                "Geen toestemming",
                "Onbekend",
                "Dekking",
            ],
            r.consent
                .iter()
                .map(|p| consent_row(&p.name, &p.board, min))
                .collect(),
        ));
        b.push(Block::Chart(
            coverage_chart(&r.consent, min),
            "Dekking per doel: het deel van de leerlingen met toestemming die telt.".into(),
        ));
        let per_school: Vec<Vec<String>> = r
            .consent
            .iter()
            .flat_map(|p| {
                p.schools.iter().map(move |(_, school, t)| {
                    let mut row = vec![school.clone()];
                    row.extend(consent_row(&p.name, t, min));
                    row
                })
            })
            .collect();
        if r.consent.iter().any(|p| p.schools.len() > 1) {
            b.push(Block::Table(
                vec![
                    "School",
                    "Doel",
                    "Leerlingen",
                    "Toestemming",
                    "Geen toestemming",
                    "Onbekend",
                    "Dekking",
                ],
                per_school,
            ));
        }
    } else {
        b.push(Block::Para(
            "Er staan geen leerlingen in het register.".into(),
        ));
    }

    // Audits.
    let au = &r.audit;
    b.push(Block::Heading("Controles van het register".into()));
    if au.runs.is_empty() {
        b.push(Block::Para(
            "In de periode is geen controle (vreg audit --save) bewaard.".into(),
        ));
    } else {
        b.push(Block::Para(format!(
            "In de periode {} het register {} gecontroleerd. Bij de laatste controle ({}) \
             stonden er {} fouten, {} waarschuwingen en {} meldingen open.",
            if au.runs.len() == 1 { "is" } else { "werd" },
            count(au.runs.len() as u64, "keer", "keer"),
            au.runs.last().map(|x| date(x.as_of)).unwrap_or_default(),
            au.runs.last().map_or(0, |x| x.error),
            au.runs.last().map_or(0, |x| x.warning),
            au.runs.last().map_or(0, |x| x.info),
        )));
        b.push(Block::Table(
            vec!["Peildatum", "Fouten", "Waarschuwingen", "Informatie"],
            au.runs
                .iter()
                .map(|x| {
                    vec![
                        date(x.as_of),
                        x.error.to_string(),
                        x.warning.to_string(),
                        x.info.to_string(),
                    ]
                })
                .collect(),
        ));
        b.push(Block::Chart(
            runs_chart(r),
            "Bevindingen per controle: fouten, waarschuwingen en meldingen.".into(),
        ));
        if au.runs.len() > 1 {
            let resolved: u64 = au.resolved.iter().map(|c| c.count).sum();
            let new: u64 = au.new.iter().map(|c| c.count).sum();
            b.push(Block::Para(format!(
                "Tussen de eerste en de laatste controle {} opgelost en {} bijgekomen.",
                if resolved == 1 {
                    "is 1 bevinding".to_string()
                } else {
                    format!("zijn {resolved} bevindingen")
                },
                new
            )));
            let rows: Vec<Vec<String>> = au
                .resolved
                .iter()
                .map(|c| {
                    vec![
                        c.code.clone(),
                        severity_label(&c.severity),
                        c.count.to_string(),
                        "opgelost".into(),
                    ]
                })
                .chain(au.new.iter().map(|c| {
                    vec![
                        c.code.clone(),
                        severity_label(&c.severity),
                        c.count.to_string(),
                        "nieuw".into(),
                    ]
                }))
                .collect();
            if !rows.is_empty() {
                b.push(Block::Table(vec!["Bevinding", "Ernst", "Aantal", ""], rows));
            }
        }
    }
    b
}

fn convenant_label(c: Convenant) -> &'static str {
    match c {
        Convenant::Participant => "deelnemer",
        Convenant::Supporter => "medestander",
        Convenant::None => "geen deelnemer of medestander",
        Convenant::Unknown => "status onbekend",
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn severity_label(code: &str) -> String {
    match code {
        "error" => "fout",
        "warning" => "waarschuwing",
        "info" => "informatie",
        other => other,
    }
    .to_string()
}

fn not_granted(t: &Tally) -> u64 {
    t.granted_not_counting + t.refused + t.withdrawn + t.disputed
}

/// Granted, not granted and unknown as shown: the pupils' total is shown beside them, so one
/// hidden part would follow from the other two; `row_counts` hides a second one with it.
fn parts(t: &Tally, min: u64) -> Vec<String> {
    super::gmr::row_counts(&[t.granted, not_granted(t), t.unknown], min)
}

/// The coverage of a row, unless the row hides a count: a percentage beside hidden counts
/// would give them back.
fn shown_coverage(t: &Tally, min: u64) -> Option<u64> {
    let hides = |cell: &String| cell.parse::<u64>().is_err();
    match parts(t, min).iter().any(hides) || hides(&small_count(t.pupils(), min)) {
        true => None,
        false => coverage_percent(t, min),
    }
}

fn consent_row(name: &str, t: &Tally, min: u64) -> Vec<String> {
    let mut row = vec![name.to_string(), small_count(t.pupils(), min)];
    row.extend(parts(t, min));
    row.push(shown_coverage(t, min).map_or_else(|| "–".to_string(), |p| format!("{p}%")));
    row
}

// ------------------------------------------------------------------ charts

const FONT: &str = "font-family=\"'DejaVu Sans', Arial, Helvetica, sans-serif\"";

fn svg_open(width: u32, height: u32, label: &str) -> String {
    format!(
        "<svg role=\"img\" viewBox=\"0 0 {width} {height}\" \
         width=\"100%\" aria-label=\"{}\" {FONT} font-size=\"11\">\n<title>{}</title>\n",
        escape(label),
        escape(label)
    )
}

/// Cuts a label to fit beside a bar.
fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// Horizontal bars of the share with consent per purpose, board-wide.
fn coverage_chart(purposes: &[PurposeCoverage], min: u64) -> String {
    let row = 24;
    let height = 20 + row * purposes.len() as u32 + 10;
    let mut s = svg_open(640, height, "Dekking van toestemming per doel");
    let (x0, w) = (230, 340);
    let _ = writeln!(
        s,
        "<line x1=\"{x0}\" y1=\"8\" x2=\"{x0}\" y2=\"{}\" stroke=\"#333\" stroke-width=\"0.8\"/>",
        height - 6
    );
    for (i, p) in purposes.iter().enumerate() {
        let y = 14 + row * i as u32;
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            x0 - 6,
            y + 13,
            escape(&short(&p.name, 34))
        );
        let _ = writeln!(
            s,
            "<rect x=\"{x0}\" y=\"{y}\" width=\"{w}\" height=\"17\" fill=\"#e6e6e6\"/>"
        );
        match shown_coverage(&p.board, min) {
            Some(pct) => {
                let bar = w as u64 * pct / 100;
                let _ = writeln!(
                    s,
                    "<rect class=\"bar\" x=\"{x0}\" y=\"{y}\" width=\"{bar}\" height=\"17\" fill=\"#2f6f9f\"/>\n\
                     <text x=\"{}\" y=\"{}\">{pct}%</text>",
                    x0 + w + 6,
                    y + 13
                );
            }
            None => {
                let _ = writeln!(
                    s,
                    "<text x=\"{}\" y=\"{}\" fill=\"#555\">niet getoond (&lt;{min} of geen leerlingen)</text>",
                    x0 + 6,
                    y + 13
                );
            }
        }
    }
    s.push_str("</svg>");
    s
}

/// Two stacked bars: processors by convenant standing at the start and the end.
fn convenant_chart(start: &Coverage, end: &Coverage) -> String {
    let mut s = svg_open(640, 110, "Verwerkers naar convenantstatus");
    let (x0, w) = (120, 420);
    let colours = [
        ("#2f7f4f", "deelnemer"),
        ("#8fbf5f", "medestander"),
        ("#c8553d", "geen van beide"),
    ];
    for (i, (label, c)) in [("Begin", start), ("Peildatum", end)].iter().enumerate() {
        let y = 10 + 30 * i as u32;
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{label}</text>",
            x0 - 6,
            y + 14
        );
        let total = c.total().max(1);
        let mut x = x0;
        for (n, (colour, name)) in [c.participant, c.supporter, c.neither].iter().zip(colours) {
            let part = (w as u64 * n / total) as u32;
            if part > 0 {
                let _ = writeln!(
                    s,
                    "<rect class=\"bar\" x=\"{x}\" y=\"{y}\" width=\"{part}\" height=\"20\" fill=\"{colour}\"><title>{name}: {n}</title></rect>"
                );
                if part > 16 {
                    let _ = writeln!(
                        s,
                        "<text x=\"{}\" y=\"{}\" fill=\"#fff\" text-anchor=\"middle\">{n}</text>",
                        x + part / 2,
                        y + 14
                    );
                }
            }
            x += part;
        }
    }
    for (i, (colour, name)) in colours.iter().enumerate() {
        let x = x0 + 140 * i as u32;
        let _ = writeln!(
            s,
            "<rect x=\"{x}\" y=\"80\" width=\"12\" height=\"12\" fill=\"{colour}\"/><text x=\"{}\" y=\"90\">{name}</text>",
            x + 16
        );
    }
    s.push_str("</svg>");
    s
}

/// A timeline of end dates: one row per agreement, a dot on its last day, the reference day as a
/// vertical line.
fn timeline(r: &YearReport) -> String {
    let ends = &r.agreements.end_dates;
    let first = ends
        .iter()
        .map(|e| e.ends_on)
        .min()
        .unwrap_or(r.from)
        .min(r.from);
    let last = ends
        .iter()
        .map(|e| e.ends_on)
        .max()
        .unwrap_or(r.to)
        .max(NaiveDate::from_ymd_opt(r.year + 1, 12, 31).unwrap_or(r.to));
    let (first_year, last_year) = (first.year(), last.year());
    let axis_from = NaiveDate::from_ymd_opt(first_year, 1, 1).unwrap_or(first);
    let axis_to = NaiveDate::from_ymd_opt(last_year + 1, 1, 1).unwrap_or(last);
    let span = (axis_to - axis_from).num_days().max(1) as f64;
    let (x0, w) = (200.0, 420.0);
    let x = |d: NaiveDate| x0 + w * (d - axis_from).num_days() as f64 / span;
    let row = 18;
    let height = 30 + row * ends.len() as u32 + 10;
    let mut s = svg_open(640, height, "Einddatums van de verwerkersovereenkomsten");
    // Years along the top.
    for y in first_year..=last_year + 1 {
        if let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1) {
            let _ = writeln!(
                s,
                "<line x1=\"{0:.1}\" y1=\"18\" x2=\"{0:.1}\" y2=\"{1}\" stroke=\"#ccc\" stroke-width=\"0.6\"/>",
                x(d),
                height - 6
            );
            if y <= last_year {
                let _ = writeln!(s, "<text x=\"{:.1}\" y=\"13\">{y}</text>", x(d) + 3.0);
            }
        }
    }
    let _ = writeln!(
        s,
        "<line class=\"today\" x1=\"{0:.1}\" y1=\"16\" x2=\"{0:.1}\" y2=\"{1}\" stroke=\"#c8553d\" stroke-width=\"1.2\"/>",
        x(r.to),
        height - 6
    );
    for (i, e) in ends.iter().enumerate() {
        let y = 30 + row * i as u32;
        let ended = e.ends_on < r.to;
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n\
             <circle class=\"end\" cx=\"{:.1}\" cy=\"{}\" r=\"4.5\" fill=\"{}\"><title>{}: {}</title></circle>",
            x0 - 6.0,
            y + 4,
            escape(&short(&format!("{} ({})", e.supplier, e.agreement), 32)),
            x(e.ends_on),
            y,
            if ended { "#999" } else { "#2f6f9f" },
            escape(&e.agreement),
            date(e.ends_on),
        );
    }
    s.push_str("</svg>");
    s
}

/// Stacked columns: findings per saved audit run.
fn runs_chart(r: &YearReport) -> String {
    let runs = &r.audit.runs;
    let most = runs
        .iter()
        .map(|x| x.error + x.warning + x.info)
        .max()
        .unwrap_or(0)
        .max(1);
    let (base, tall) = (170.0, 140.0);
    // Always 640 wide, so that one run is not drawn as large as the page.
    let step = (560 / runs.len().max(1) as u32).clamp(12, 90);
    let width = 640;
    let mut s = svg_open(width, 230, "Bevindingen per controle");
    let _ = writeln!(
        s,
        "<line x1=\"50\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\" stroke=\"#333\" stroke-width=\"0.8\"/>\n\
         <text x=\"44\" y=\"{}\" text-anchor=\"end\">{most}</text><text x=\"44\" y=\"{base}\" text-anchor=\"end\">0</text>",
        width - 10,
        base - tall + 4.0
    );
    for (i, run) in runs.iter().enumerate() {
        let x = 60 + step * i as u32;
        let bar = (step * 2 / 3).max(6);
        let mut top = base;
        for (n, colour, name) in [
            (run.error, "#c8553d", "fouten"),
            (run.warning, "#e0a030", "waarschuwingen"),
            (run.info, "#5b8fbf", "informatie"),
        ] {
            let h = tall * n as f64 / most as f64;
            if n > 0 {
                top -= h;
                let _ = writeln!(
                    s,
                    "<rect class=\"bar\" x=\"{x}\" y=\"{top:.1}\" width=\"{bar}\" height=\"{h:.1}\" fill=\"{colour}\"><title>{name}: {n}</title></rect>"
                );
            }
        }
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>\n\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"9\">{}</text>",
            x + bar / 2,
            top - 4.0,
            run.error + run.warning + run.info,
            x + bar / 2,
            base + 14.0,
            run.as_of.format("%d-%m")
        );
    }
    for (i, (colour, name)) in [
        ("#c8553d", "fouten"),
        ("#e0a030", "waarschuwingen"),
        ("#5b8fbf", "informatie"),
    ]
    .iter()
    .enumerate()
    {
        let x = 60 + 120 * i as u32;
        let _ = writeln!(
            s,
            "<rect x=\"{x}\" y=\"205\" width=\"12\" height=\"12\" fill=\"{colour}\"/><text x=\"{}\" y=\"215\">{name}</text>",
            x + 16
        );
    }
    s.push_str("</svg>");
    s
}

// ------------------------------------------------------------------ printers

fn title(r: &YearReport) -> String {
    format!(
        "Privacyjaarverslag {} — {}",
        r.year,
        r.board.as_deref().unwrap_or("schoolbestuur")
    )
}

/// The paragraph for the bestuursverslag, tables included.
pub fn markdown(r: &YearReport, min: u64) -> String {
    let mut out = format!("# {}\n\n", md_text(&title(r)));
    for block in blocks(r, min) {
        match block {
            Block::Heading(t) => {
                let _ = write!(out, "## {}\n\n", md_text(&t));
            }
            Block::Para(t) => {
                let _ = write!(out, "{}\n\n", md_text(&t));
            }
            Block::List(items) => {
                for i in items {
                    let _ = writeln!(out, "- {}", md_text(&i));
                }
                out.push('\n');
            }
            Block::Table(headers, rows) => {
                let _ = writeln!(out, "| {} |", headers.join(" | "));
                let _ = writeln!(
                    out,
                    "|{}",
                    headers.iter().map(|_| "---|").collect::<String>()
                );
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|c| md_cell(c)).collect();
                    let _ = writeln!(out, "| {} |", cells.join(" | "));
                }
                out.push('\n');
            }
            Block::Chart(_, _) => {}
        }
    }
    out
}

/// Text from the register in Markdown: characters that would start markup are escaped.
fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '#' | '|') {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

fn md_cell(text: &str) -> String {
    md_text(text)
}

/// Print styles: A4, charts and table rows kept whole, headings kept with what follows.
const STYLE: &str = "@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.4; color: #000; max-width: 178mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 4mm; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; border-bottom: 0.4pt solid #555; break-after: avoid; page-break-after: avoid; }
p, ul { margin: 0 0 2.5mm; }
table { border-collapse: collapse; width: 100%; margin: 0 0 3mm; font-size: 9pt; }
th, td { border: 0.4pt solid #777; padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
td.n { text-align: right; white-space: nowrap; }
th { background: #eee; overflow-wrap: normal; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
figure { margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 8.5pt; color: #333; margin-top: 1mm; }
footer { margin-top: 6mm; font-size: 8pt; color: #444; }";

/// A cell that holds a figure: a count, `<5`, a percentage or a dash.
pub(super) fn is_figure(cell: &str) -> bool {
    let core = cell.trim_start_matches('<').trim_end_matches('%');
    cell == "–" || (!core.is_empty() && core.bytes().all(|b| b.is_ascii_digit()))
}

/// The report as one self-contained HTML page: inline styles and SVG, nothing fetched.
pub fn html(r: &YearReport, min: u64) -> String {
    let mut body = format!("<h1>{}</h1>\n", escape(&title(r)));
    for block in blocks(r, min) {
        match block {
            Block::Heading(t) => {
                let _ = writeln!(body, "<h2>{}</h2>", escape(&t));
            }
            Block::Para(t) => {
                let _ = writeln!(body, "<p>{}</p>", escape(&t));
            }
            Block::List(items) => {
                body.push_str("<ul>\n");
                for i in items {
                    let _ = writeln!(body, "<li>{}</li>", escape(&i));
                }
                body.push_str("</ul>\n");
            }
            Block::Table(headers, rows) => {
                body.push_str("<table>\n<thead><tr>");
                for h in headers {
                    let _ = write!(body, "<th>{}</th>", escape(h));
                }
                body.push_str("</tr></thead>\n<tbody>\n");
                for row in rows {
                    body.push_str("<tr>");
                    for c in row {
                        let class = if is_figure(&c) { " class=\"n\"" } else { "" };
                        let _ = write!(body, "<td{class}>{}</td>", escape(&c));
                    }
                    body.push_str("</tr>\n");
                }
                body.push_str("</tbody>\n</table>\n");
            }
            Block::Chart(svg, caption) => {
                let _ = writeln!(
                    body,
                    "<figure>\n{svg}\n<figcaption>{}</figcaption>\n</figure>",
                    escape(&caption)
                );
            }
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n{body}\
         <footer>Opgesteld uit het verwerkersregister, peildatum {}.</footer>\n</body>\n</html>\n",
        escape(&title(r)),
        date(r.to),
    )
}

/// A count of pupils in JSON: the number, or the string `<N` when it is hidden.
fn pupil_count(n: u64, min: u64) -> Value {
    shown_count(&small_count(n, min))
}

#[derive(Serialize)]
struct ConsentView {
    purpose: String,
    name: String,
    school: Option<String>,
    school_name: Option<String>,
    pupils: Value,
    granted: Value,
    not_granted: Value,
    unknown: Value,
    coverage_percent: Option<u64>,
}

fn consent_view(
    p: &PurposeCoverage,
    school: Option<(&str, &str)>,
    t: &Tally,
    min: u64,
) -> ConsentView {
    let shown = parts(t, min);
    ConsentView {
        purpose: p.purpose.clone(),
        name: p.name.clone(),
        school: school.map(|s| s.0.to_string()),
        school_name: school.map(|s| s.1.to_string()),
        pupils: pupil_count(t.pupils(), min),
        granted: shown_count(&shown[0]),
        not_granted: shown_count(&shown[1]),
        unknown: shown_count(&shown[2]),
        coverage_percent: shown_coverage(t, min),
    }
}

/// A count as shown, in JSON: the number, or the string that hides it (`<5`, `*`).
fn shown_count(shown: &str) -> Value {
    match shown.parse::<u64>() {
        Ok(n) => Value::from(n),
        Err(_) => Value::from(shown),
    }
}

/// The figures behind the documents, as one JSON object. Counts of pupils are numbers, or the
/// string `<N` when they are hidden.
pub fn json(r: &YearReport, min: u64) -> anyhow::Result<String> {
    let mut value = serde_json::to_value(r)?;
    let mut consent = Vec::new();
    for p in &r.consent {
        consent.push(consent_view(p, None, &p.board, min));
        for (code, name, t) in &p.schools {
            consent.push(consent_view(p, Some((code, name)), t, min));
        }
    }
    if let Value::Object(map) = &mut value {
        map.insert("min_count".into(), Value::from(min));
        map.insert("consent".into(), serde_json::to_value(consent)?);
    }
    Ok(format!("{}\n", serde_json::to_string_pretty(&value)?))
}
