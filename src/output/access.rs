//! The access answer as a document for the parents or the pupil, in Dutch: Markdown, or one
//! self-contained HTML page (no scripts, nothing fetched) that prints on A4. Both are written
//! from the same blocks, so they say the same.

use crate::domain::access::{AccessReport, dutch_date};
use crate::domain::agreement::safeguard_in_dutch;
use crate::output::document::{self, Block, STYLE};

fn or_dash(value: Option<&str>) -> String {
    value
        .filter(|v| !v.trim().is_empty())
        .map_or_else(|| "—".to_string(), str::to_string)
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map_or_else(|| "—".to_string(), dutch_date)
}

fn blocks(r: &AccessReport) -> Vec<Block<'static>> {
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
            "U bent {} jaar of ouder en oefent deze rechten zelf uit; toestemming geeft of weigert u zelf.",
            crate::domain::consent::AGE_OF_CONSENT
        )));
    }

    b.push(Block::Heading("1. Gegevens in het register".into()));
    let school = match (&p.school_name, &p.school) {
        (Some(name), Some(code)) => format!("{name} ({code})"),
        (None, Some(code)) => code.clone(),
        _ => "—".into(),
    };
    b.push(Block::table(
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
    // From 16 the pupil exercises these rights: the answer speaks to them, not to parents.
    b.push(Block::Para(match p.decides_alone {
        true => "Herkomst: deze gegevens komen uit de leerlingadministratie van de school. De \
                 toestemmingen (hoofdstuk 4) zijn gegeven door u of, voor uw zestiende \
                 verjaardag, door uw ouders of voogd."
            .into(),
        false => "Herkomst: deze gegevens komen uit de leerlingadministratie van de school. De \
                  toestemmingen (hoofdstuk 4) zijn gegeven door u of door de leerling."
            .into(),
    }));

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
        intro.push_str(&format!(
            " Het register legt niet per school vast welke overeenkomsten gelden; daarom staan \
             hier alle overeenkomsten van het bestuur, ook als {} een product niet gebruikt.",
            match p.decides_alone {
                true => "uw school",
                false => "de school van uw kind",
            }
        ));
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
        for country in &s.storage_outside_eea {
            facts.push(format!(
                "Opslag buiten de Europese Economische Ruimte: {country} (waarborg: {})",
                safeguard_in_dutch(country, s.transfer_safeguard)
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
                safeguard_in_dutch(&sp.country, sp.transfer_safeguard)
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
            b.push(Block::table(
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
        b.push(Block::table(
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
                        match (&p.not_allowed, &p.consent) {
                            (Some(why), _) => format!("Niet toegestaan: {why}"),
                            (None, Some(c)) => c.text.clone(),
                            (None, None) => "niet nodig".to_string(),
                        },
                    ]
                })
                .collect(),
        ));
    }

    b.push(Block::Heading("4. Toestemming".into()));
    b.push(Block::Para(
        "Waar de school toestemming voor vraagt en hoe die nu staat:".into(),
    ));
    b.push(Block::table(
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
        b.push(Block::table(
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
                        // The day it was recorded, day first as every date of the answer.
                        e.recorded_at
                            .get(..10)
                            .and_then(|d| d.parse::<chrono::NaiveDate>().ok())
                            .map_or_else(|| e.recorded_at.clone(), dutch_date),
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
pub fn markdown(r: &AccessReport) -> std::io::Result<String> {
    document::text(|out| document::markdown(out, blocks(r)))
}

/// The answer as one self-contained HTML page.
pub fn html(r: &AccessReport) -> std::io::Result<String> {
    let footer = format!(
        "Opgesteld op {} uit het verwerkersregister van {}.",
        dutch_date(r.as_of),
        r.board.as_deref().unwrap_or("het schoolbestuur")
    );
    document::text(|out| {
        document::html(
            out,
            &format!("Inzage gegevens {}", r.pupil.leerlingnummer),
            STYLE,
            blocks(r),
            &footer,
        )
    })
}
