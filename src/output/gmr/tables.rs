//! The five GMR tables, each with its Dutch columns and what each column means.

use chrono::NaiveDate;
use std::collections::BTreeMap;

use super::{Column, GmrData, Table, column, consent_counts, date, ja_nee, labels, per_category};
use crate::domain::agreement::{DEFAULT_HORIZON_DAYS, Status, safeguard_in_dutch};
use crate::domain::breach::{Instant, count_per_year};
use crate::domain::category::Category;
use crate::domain::country::in_eea;
use crate::domain::request::{self};

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
        "De stand op de peildatum: van kracht, loopt binnenkort af, verlopen of beëindigd; of dat er geen verwerkersovereenkomst is, of (bij een leverancier die zelf verantwoordelijke is) geen nodig is.",
    ),
    column(
        "Gegevens",
        "De soorten persoonsgegevens die de leverancier ontvangt: van leerlingen en ouders, en \
         bij een leverancier voor het personeel (salaris, verzuim) van medewerkers.",
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
                // A controller (or joint controller) needs no processor agreement.
                match s.role {
                    crate::domain::supplier::Role::Processor => "geen verwerkersovereenkomst",
                    _ => "geen verwerkersovereenkomst nodig (zelf verantwoordelijke)",
                }
                .into(),
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
                let safeguards: Vec<String> = outside
                    .iter()
                    .map(|c| {
                        let said = safeguard_in_dutch(c, a.transfer_safeguard);
                        format!("{c}, waarborg: {said}")
                    })
                    .collect();
                storage.push_str(&format!(" (buiten de EER: {})", safeguards.join("; ")));
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
                            safeguard_in_dutch(&s.country, s.transfer_safeguard)
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
        "Oneens",
        "Het aantal leerlingen van wie de beslissers het oneens zijn: de ene ouder gaf toestemming en de andere niet, of vanaf 16 jaar spreken de leerling en het bestand van de administratie elkaar tegen. Dat is geen toestemming.",
    ),
    column(
        "Onbekend",
        "Het aantal leerlingen van wie voor dit doel niets is vastgelegd. Bij een doel dat alleen \
         gevraagd wordt waar het nodig is (zoals logopedie) is dat gewoon: geen gat.",
    ),
];

/// `toestemmingen.csv`: per school and purpose in use, how many pupils are in each state. A grant
/// in a form the purpose does not accept, and a grant one parent gives while the other refuses,
/// are counted apart: neither is consent.
pub fn consent_table(data: &GmrData) -> Table {
    let schools = crate::domain::organisation::SchoolIndex::new(&data.register.schools);
    // Pupils registered with a BRIN alone keep that BRIN as their school.
    let school_name = |code: &str| schools.label(code);
    let purpose_name = |id: &str| -> String {
        data.register
            .purposes
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_string(), |p| p.name.clone())
    };
    // Per purpose, the cells shown for its schools in school order: the order in which the
    // rows (by school, then purpose) take them. Decided with the year report's (`hide.rs`).
    let mut shown: BTreeMap<&str, std::vec::IntoIter<[String; 6]>> = BTreeMap::new();
    let purposes: std::collections::BTreeSet<&str> =
        data.consent.keys().map(|(_, p)| p.as_str()).collect();
    for purpose in purposes {
        let counts: Vec<[u64; 6]> = data
            .consent
            .iter()
            .filter(|((_, p), _)| p == purpose)
            .map(|(_, t)| t.counts())
            .collect();
        shown.insert(
            purpose,
            consent_counts(&counts, data.min_count).gmr.into_iter(),
        );
    }
    let rows: Vec<Vec<String>> = data
        .consent
        .keys()
        .map(|(school, purpose)| {
            let mut row = vec![school_name(school), purpose_name(purpose)];
            let cells = shown.get_mut(purpose.as_str()).and_then(Iterator::next);
            row.extend(cells.unwrap_or_default());
            row
        })
        .collect();
    Table {
        file: "toestemmingen.csv",
        title: "Toestemmingen",
        about: format!(
            "Per school en per doel hoeveel leerlingen op de peildatum in elke stand zijn. {}",
            super::hide::hiding_said(data.min_count)
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
