//! The year report as blocks of text, tables and charts, in the order it is read; the printers
//! write them out.

use super::charts::{convenant_chart, coverage_chart, runs_chart, timeline};
use super::{
    capitalised, consent_row, convenant_label, count, date, one_or_more, period_text,
    severity_label, shown_rows,
};
use crate::domain::organisation::school_label;
use crate::domain::year_report::YearReport;
use crate::output::document::Block;

pub(super) fn blocks(r: &YearReport, min: u64) -> Vec<Block<'_>> {
    let mut b = vec![Block::Title(super::title(r))];
    let board = r.board.as_deref().unwrap_or("het schoolbestuur");
    b.push(Block::Para(format!(
        "Dit is de privacyparagraaf van {board} over {}. Ze is opgesteld uit het \
         verwerkersregister en bevat geen gegevens over individuele leerlingen. {}",
        period_text(r),
        crate::output::gmr::hiding_said(min)
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
        "Op {} {} {} van kracht. In de periode zijn er {} ingegaan, {} verlengd, {} vervangen \
         door een latere overeenkomst (voor andere producten of na een tussenpoos) en {} \
         beëindigd; {} liep{} af zonder opvolger. {} had{} op {} geen overeenkomst van kracht.",
        date(r.to),
        if a.in_force == 1 { "was" } else { "waren" },
        count(
            a.in_force,
            "verwerkersovereenkomst",
            "verwerkersovereenkomsten"
        ),
        a.new,
        a.renewed,
        a.replaced,
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
    b.push(Block::table(
        vec!["Verwerkersovereenkomsten", "Aantal"],
        vec![
            vec![
                format!("Van kracht op {}", date(r.to)),
                a.in_force.to_string(),
            ],
            vec!["Nieuw ingegaan".into(), a.new.to_string()],
            vec!["Verlengd (met opvolger)".into(), a.renewed.to_string()],
            vec![
                "Vervangen door een latere overeenkomst".into(),
                a.replaced.to_string(),
            ],
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
        b.push(Block::table(
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
    // One processor is said as one, not as "van de 1 verwerker ... 0 medestander".
    let now = match (c.end.total(), c.end.participant, c.end.supporter) {
        (1, 1, _) => format!(
            "De enige verwerker in het register was op {} deelnemer van het Privacyconvenant.",
            date(r.to)
        ),
        (1, _, 1) => format!(
            "De enige verwerker in het register was op {} medestander van het Privacyconvenant.",
            date(r.to)
        ),
        (1, _, _) => format!(
            "De enige verwerker in het register was op {} geen deelnemer of medestander van het Privacyconvenant, of dat is onbekend.",
            date(r.to)
        ),
        (total, ..) => format!(
            "Van de {total} verwerkers in het register waren er op {} {} en {} van het \
             Privacyconvenant; {} geen van beide of onbekend.",
            date(r.to),
            count(c.end.participant, "deelnemer", "deelnemers"),
            count(c.end.supporter, "medestander", "medestanders"),
            c.end.neither,
        ),
    };
    b.push(Block::Para(format!(
        "{now} Aan het begin van de periode: {}, {} en {} geen van beide.",
        count(c.start.participant, "deelnemer", "deelnemers"),
        count(c.start.supporter, "medestander", "medestanders"),
        c.start.neither,
    )));
    b.push(Block::table(
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
    b.push(Block::Para(
        format!(
            "In de periode {} {} geregistreerd. {} gemeld bij de Autoriteit Persoonsgegevens, \
         waarvan {} binnen 72 uur; {} niet gemeld (na beoordeling zonder risico, of nog niet). \
         {} te laat gemeld of nog niet gemeld na 72 uur. Betrokkenen zijn bij {} geïnformeerd.",
            one_or_more(br.registered, "is", "zijn"),
            count(br.registered, "datalek", "datalekken"),
            count(br.reported_to_ap, "is", "zijn"),
            br.reported_on_time,
            br.not_reported,
            count(br.late, "is", "zijn"),
            count(br.subjects_notified, "datalek", "datalekken"),
        ) + &handled(r),
    ));
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
    b.push(Block::table(vec!["Datalekken", "Aantal"], rows));

    // Requests.
    let rq = &r.requests;
    b.push(Block::Heading("Verzoeken van ouders en leerlingen".into()));
    b.push(Block::Para(
        format!(
            "In de periode {} {} binnen (inzage, correctie, verwijdering en andere rechten). \
         {} op tijd beantwoord, {} te laat of {} na de termijn nog open, {} {} nog binnen de \
         termijn.",
            one_or_more(rq.received, "kwam", "kwamen"),
            count(rq.received, "verzoek", "verzoeken"),
            count(rq.answered_on_time, "is", "zijn"),
            rq.late,
            one_or_more(rq.late, "staat", "staan"),
            rq.open,
            one_or_more(rq.open, "loopt", "lopen"),
        ) + &handled(r),
    ));
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
        b.push(Block::table(
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
         in een vorm die niet telt) en van hoeveel niets bekend is.{} Een doel dat alleen \
         gevraagd wordt waar het nodig is (zoals logopedie) heeft geen dekking: daar is geen \
         beslissing gewoon.",
        date(r.to),
        match min {
            0 | 1 => String::new(),
            _ => format!(" Een percentage dat een aantal onder {min} zou verraden, staat er niet."),
        }
    )));
    if r.consent.iter().any(|p| p.board.pupils() > 0) {
        // What each purpose shows, decided once for the table, the chart and the schools.
        let (boards, schools): (Vec<[String; 4]>, Vec<Vec<[String; 4]>>) =
            r.consent.iter().map(|p| shown_rows(p, min)).unzip();
        b.push(Block::table(
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
                .zip(&boards)
                .map(|(p, board)| consent_row(p, &p.board, board, min))
                .collect(),
        ));
        b.push(Block::Chart(
            coverage_chart(&r.consent, &boards, min),
            "Dekking per doel: het deel van de leerlingen met toestemming die telt.".into(),
        ));
        if r.consent.iter().any(|p| p.schools.len() > 1) {
            // A row per school and purpose, made as it is written: a board of thousands of
            // schools has tens of thousands.
            let per_school = r.consent.iter().zip(schools).flat_map(move |(p, shown)| {
                p.schools
                    .iter()
                    .zip(shown)
                    .map(move |((code, school, t), shown)| {
                        let mut row = vec![school_label(code, school)];
                        row.extend(consent_row(p, t, &shown, min));
                        row
                    })
            });
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
                Box::new(per_school),
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
             stonden er {}, {} en {} open.",
            if au.runs.len() == 1 { "is" } else { "werd" },
            count(au.runs.len() as u64, "keer", "keer"),
            au.runs.last().map(|x| date(x.as_of)).unwrap_or_default(),
            count(au.runs.last().map_or(0, |x| x.error), "fout", "fouten"),
            count(
                au.runs.last().map_or(0, |x| x.warning),
                "waarschuwing",
                "waarschuwingen"
            ),
            count(
                au.runs.last().map_or(0, |x| x.info),
                "melding ter informatie",
                "meldingen ter informatie"
            ),
        )));
        b.push(Block::table(
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
                b.push(Block::table(vec!["Bevinding", "Ernst", "Aantal", ""], rows));
            }
        }
    }
    b
}

/// After a year that is over: the handling of its breaches and requests is that known on the
/// day the report is made, which the reader is told.
fn handled(r: &YearReport) -> String {
    match r.handled_as_of > r.to {
        true => format!(
            " De afhandeling is die van {}: wat na {} gebeurde, telt mee.",
            date(r.handled_as_of),
            date(r.to)
        ),
        false => String::new(),
    }
}
