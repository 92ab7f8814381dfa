//! The access answer as a document for the parents or the pupil, in Dutch: Markdown, or one
//! self-contained HTML page (no scripts, nothing fetched) that prints on A4. Both are written
//! from the same blocks, so they say the same.

use crate::domain::access::{AccessReport, dutch_date};

/// A piece of the document.
enum Block {
    Title(String),
    Heading(String),
    Sub(String),
    Para(String),
    List(Vec<String>),
    Table(Vec<&'static str>, Vec<Vec<String>>),
}

fn or_dash(value: Option<&str>) -> String {
    value
        .filter(|v| !v.trim().is_empty())
        .map_or_else(|| "—".to_string(), str::to_string)
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map_or_else(|| "—".to_string(), dutch_date)
}

fn blocks(r: &AccessReport) -> Vec<Block> {
    let mut b = Vec::new();
    let p = &r.pupil;
    let board = r.board.as_deref().unwrap_or("het schoolbestuur");
    b.push(Block::Title(format!(
        "Inzage in de gegevens van {} ({})",
        p.name, p.leerlingnummer
    )));
    b.push(Block::Para(format!(
        "Dit overzicht beschrijft welke persoonsgegevens {board} over deze leerling verwerkt, \
         van wie ze komen, aan wie ze worden verstrekt en waarom, hoe lang ze worden bewaard en \
         welke rechten u heeft (artikel 15 AVG). Het geeft de stand van het register op {}.",
        dutch_date(r.as_of)
    )));
    if p.decides_alone {
        b.push(Block::Para(format!(
            "De leerling is {} jaar of ouder en oefent deze rechten zelf uit; toestemming geeft of weigert de leerling zelf.",
            crate::domain::consent::AGE_OF_CONSENT
        )));
    }

    b.push(Block::Heading("1. Gegevens in het register".into()));
    let school = match (&p.school_name, &p.school) {
        (Some(name), Some(code)) => format!("{name} ({code})"),
        (None, Some(code)) => code.clone(),
        _ => "—".into(),
    };
    b.push(Block::Table(
        vec!["Gegeven", "Waarde"],
        vec![
            vec!["Leerlingnummer".into(), p.leerlingnummer.clone()],
            vec!["Naam".into(), p.name.clone()],
            vec!["Groep/klas".into(), or_dash(p.group.as_deref())],
            vec!["School".into(), school],
            vec!["Geboortedatum".into(), date(p.birth_date)],
            vec!["Van school vertrokken op".into(), date(p.left_on)],
        ],
    ));
    b.push(Block::Para(
        "Herkomst: deze gegevens komen uit de leerlingadministratie van de school. De \
         toestemmingen (hoofdstuk 4) zijn gegeven door u of door de leerling."
            .into(),
    ));

    b.push(Block::Heading(
        "2. Leveranciers die gegevens van leerlingen ontvangen".into(),
    ));
    let mut intro = format!(
        "De school gebruikt digitale leermiddelen en diensten van leveranciers. Met elke \
         leverancier die gegevens verwerkt, heeft {board} een verwerkersovereenkomst. Hieronder \
         staan de overeenkomsten die op {} gelden, met de gegevens die de leverancier ontvangt en \
         waarvoor.",
        dutch_date(r.as_of)
    );
    if r.agreements_for_all_schools {
        intro.push_str(
            " Het register legt niet per school vast welke overeenkomsten gelden; daarom staan \
             hier alle overeenkomsten van het bestuur, ook als de school van uw kind een product \
             niet gebruikt.",
        );
    }
    b.push(Block::Para(intro));
    if r.suppliers.is_empty() {
        b.push(Block::Para(
            "Er zijn op deze datum geen overeenkomsten met leveranciers vastgelegd.".into(),
        ));
    }
    for s in &r.suppliers {
        let products = if s.products.is_empty() {
            String::new()
        } else {
            format!(" — {}", s.products.join(", "))
        };
        b.push(Block::Sub(format!("{}{products}", s.name)));
        let mut facts = vec![format!("Rol: {} (overeenkomst {})", s.role, s.agreement)];
        facts.push(format!(
            "Opslag: {}",
            if s.storage_countries.is_empty() {
                "niet vastgelegd".to_string()
            } else {
                s.storage_countries.join(", ")
            }
        ));
        if !s.storage_outside_eea.is_empty() {
            facts.push(format!(
                "Opslag buiten de Europese Economische Ruimte: {} (waarborg: {})",
                s.storage_outside_eea.join(", "),
                s.transfer_safeguard.unwrap_or("geen")
            ));
        }
        for sp in &s.subprocessors_outside_eea {
            facts.push(format!(
                "Subverwerker buiten de EER: {} ({}){} — waarborg: {}",
                sp.name,
                sp.country,
                sp.purpose
                    .as_deref()
                    .map(|p| format!(", {p}"))
                    .unwrap_or_default(),
                sp.transfer_safeguard.unwrap_or("geen")
            ));
        }
        if s.subprocessors_outside_eea.is_empty() {
            facts.push("Geen subverwerkers buiten de EER vastgelegd.".into());
        }
        b.push(Block::List(facts));
        if s.categories.is_empty() {
            b.push(Block::Para(
                "De overeenkomst noemt (nog) geen gegevens.".into(),
            ));
        } else {
            b.push(Block::Table(
                vec!["Gegevens", "Waarvoor", "Bewaartermijn"],
                s.categories
                    .iter()
                    .map(|c| {
                        vec![
                            c.label.to_string(),
                            or_dash(c.purpose.as_deref()),
                            or_dash(c.retention.as_deref()),
                        ]
                    })
                    .collect(),
            ));
        }
    }

    b.push(Block::Heading(
        "3. Andere organisaties die gegevens kunnen ontvangen".into(),
    ));
    b.push(Block::Para(
        "Sommige organisaties ontvangen gegevens omdat de wet dat voorschrijft of omdat het \
         nodig is voor een taak van algemeen belang. Organisaties op grond van toestemming \
         ontvangen alleen gegevens als die toestemming er is."
            .into(),
    ));
    if r.parties.is_empty() {
        b.push(Block::Para(
            "Er zijn geen externe partijen vastgelegd.".into(),
        ));
    } else {
        b.push(Block::Table(
            vec![
                "Organisatie",
                "Grondslag",
                "Gegevens",
                "Toestemming voor deze leerling",
            ],
            r.parties
                .iter()
                .map(|p| {
                    let basis = match &p.law {
                        Some(law) => format!("{} ({law})", p.basis_label),
                        None => p.basis_label.to_string(),
                    };
                    vec![
                        p.name.clone(),
                        basis,
                        if p.categories.is_empty() {
                            "—".into()
                        } else {
                            p.categories.join(", ")
                        },
                        p.consent
                            .as_ref()
                            .map_or_else(|| "niet nodig".to_string(), |c| c.text.clone()),
                    ]
                })
                .collect(),
        ));
    }

    b.push(Block::Heading("4. Toestemming".into()));
    b.push(Block::Para(
        "Waar de school toestemming voor vraagt en hoe die nu staat:".into(),
    ));
    b.push(Block::Table(
        vec!["Doel", "Stand"],
        r.consent
            .iter()
            .map(|c| vec![c.name.clone(), c.text.clone()])
            .collect(),
    ));
    b.push(Block::Para(
        "Alle vastgelegde besluiten, met datum en vorm:".into(),
    ));
    if r.consent_history.is_empty() {
        b.push(Block::Para("Er zijn geen besluiten vastgelegd.".into()));
    } else {
        b.push(Block::Table(
            vec![
                "Datum",
                "Doel",
                "Besluit",
                "Door",
                "Vorm",
                "Bewijs",
                "Vastgelegd op",
            ],
            r.consent_history
                .iter()
                .map(|e| {
                    let by = match &e.decider {
                        Some(who) => format!("{} ({who})", e.given_by),
                        None => e.given_by.to_string(),
                    };
                    vec![
                        dutch_date(e.date),
                        e.name.clone(),
                        e.decision.to_string(),
                        by,
                        e.form.to_string(),
                        or_dash(e.evidence.as_deref()),
                        e.recorded_at
                            .get(..10)
                            .unwrap_or(&e.recorded_at)
                            .to_string(),
                    ]
                })
                .collect(),
        ));
    }

    b.push(Block::Heading("5. Bewaartermijn".into()));
    let mut retention = r.retention.rule.clone();
    if let (Some(left), Some(by)) = (r.retention.left_on, r.retention.remove_by) {
        retention.push_str(&format!(
            " De leerling heeft de school verlaten op {}; de gegevens worden uiterlijk op {} verwijderd.",
            dutch_date(left),
            dutch_date(by)
        ));
    }
    b.push(Block::Para(retention));

    b.push(Block::Heading("6. Uw rechten en bezwaar".into()));
    let contact = match &r.privacy_officer {
        Some(fg) => format!("de functionaris gegevensbescherming ({fg})"),
        None => format!("de functionaris gegevensbescherming van {board}"),
    };
    b.push(Block::List(vec![
        "Toestemming kunt u altijd intrekken; dat geldt vanaf dat moment (artikel 7 AVG).".into(),
        "Bezwaar: tegen verwerking die de school doet voor een taak van algemeen belang of een \
         gerechtvaardigd belang kunt u bezwaar maken vanwege uw bijzondere situatie (artikel 21 \
         AVG). Schrijf of mail de school of het bestuur en zeg waartegen u bezwaar maakt en \
         waarom; u krijgt binnen een maand antwoord."
            .into(),
        "U kunt ook vragen om onjuiste gegevens te verbeteren (rectificatie), gegevens te \
         verwijderen, de verwerking te beperken of gegevens over te dragen (artikelen 16 tot en \
         met 20 AVG)."
            .into(),
        format!(
            "Voor vragen en verzoeken: {contact}. Een verzoek is kosteloos en wordt binnen een \
             maand beantwoord; bij een ingewikkeld verzoek kan die termijn met twee maanden \
             worden verlengd, en dan hoort u dat binnen de eerste maand, met de reden."
        ),
    ]));

    b.push(Block::Heading(
        "7. Klacht bij de Autoriteit Persoonsgegevens".into(),
    ));
    b.push(Block::Para(
        "Bent u het niet eens met hoe de school met de gegevens omgaat of met dit antwoord, dan \
         heeft u het recht een klacht in te dienen bij de Autoriteit Persoonsgegevens \
         (autoriteitpersoonsgegevens.nl). U kunt ook naar de rechter stappen."
            .into(),
    ));
    b
}

/// The answer as Markdown.
pub fn markdown(r: &AccessReport) -> String {
    let cell = |t: &str| t.replace('|', "\\|").replace('\n', " ");
    let mut out = String::new();
    for block in blocks(r) {
        match block {
            Block::Title(t) => out.push_str(&format!("# {t}\n\n")),
            Block::Heading(t) => out.push_str(&format!("## {t}\n\n")),
            Block::Sub(t) => out.push_str(&format!("### {t}\n\n")),
            Block::Para(t) => out.push_str(&format!("{t}\n\n")),
            Block::List(items) => {
                for i in items {
                    out.push_str(&format!("- {i}\n"));
                }
                out.push('\n');
            }
            Block::Table(headers, rows) => {
                out.push_str(&format!("| {} |\n", headers.join(" | ")));
                out.push_str(&format!("|{}\n", "---|".repeat(headers.len())));
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
                    out.push_str(&format!("| {} |\n", cells.join(" | ")));
                }
                out.push('\n');
            }
        }
    }
    out
}

/// Text as HTML: the five characters that mean something there written as entities.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Print styles: A4 with margins, tables that break between rows, headings kept with what
/// follows them.
pub(super) const STYLE: &str = "@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.4; color: #000; max-width: 178mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 4mm; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; border-bottom: 0.4pt solid #555; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 1mm; break-after: avoid; page-break-after: avoid; }
p, ul { margin: 0 0 2.5mm; }
table { border-collapse: collapse; width: 100%; margin: 0 0 3mm; font-size: 9pt; }
th, td { border: 0.4pt solid #777; padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
footer { margin-top: 6mm; font-size: 8pt; color: #444; }";

/// The answer as one self-contained HTML page.
pub fn html(r: &AccessReport) -> String {
    let mut body = String::new();
    for block in blocks(r) {
        match block {
            Block::Title(t) => body.push_str(&format!("<h1>{}</h1>\n", escape(&t))),
            Block::Heading(t) => body.push_str(&format!("<h2>{}</h2>\n", escape(&t))),
            Block::Sub(t) => body.push_str(&format!("<h3>{}</h3>\n", escape(&t))),
            Block::Para(t) => body.push_str(&format!("<p>{}</p>\n", escape(&t))),
            Block::List(items) => {
                body.push_str("<ul>\n");
                for i in items {
                    body.push_str(&format!("<li>{}</li>\n", escape(&i)));
                }
                body.push_str("</ul>\n");
            }
            Block::Table(headers, rows) => {
                body.push_str("<table>\n<thead><tr>");
                for h in headers {
                    body.push_str(&format!("<th>{}</th>", escape(h)));
                }
                body.push_str("</tr></thead>\n<tbody>\n");
                for row in rows {
                    body.push_str("<tr>");
                    for c in row {
                        body.push_str(&format!("<td>{}</td>", escape(&c)));
                    }
                    body.push_str("</tr>\n");
                }
                body.push_str("</tbody>\n</table>\n");
            }
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n{body}\
         <footer>Opgesteld op {} uit het verwerkersregister van {}.</footer>\n</body>\n</html>\n",
        escape(&format!("Inzage gegevens {}", r.pupil.leerlingnummer)),
        dutch_date(r.as_of),
        escape(r.board.as_deref().unwrap_or("het schoolbestuur")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            escape("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }
}
