//! The register of processing activities (AVG art. 30(1)) for the Autoriteit Persoonsgegevens,
//! in Dutch: CSV for Excel (the conventions of the GMR export: `;`, a byte order mark, CRLF,
//! dates DD-MM-JJJJ), and one self-contained HTML page that prints on A4 (no scripts, nothing
//! fetched). Both say the same: every item of art. 30(1)(a)-(g) for every activity.

use std::io::Write;

use chrono::NaiveDate;

use super::csv as writer;
use super::document::{STYLE, escape, foot, head};
use super::gmr::DUTCH;
use crate::domain::access::dutch_date;
use crate::domain::agreement::safeguard_in_dutch;
use crate::domain::processing::{Activity, Art30, Recipient, Transfer};

/// What an item says when the register does not hold it ("where possible", art. 30(1)(f), (g)).
const NOT_RECORDED: &str = "niet vastgelegd";

fn or_not_recorded(value: Option<&str>) -> String {
    value.map_or_else(|| NOT_RECORDED.to_string(), str::to_string)
}

fn date(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| NOT_RECORDED.to_string(), dutch_date)
}

fn basis(a: &Activity) -> String {
    a.basis
        .map_or_else(|| NOT_RECORDED.to_string(), |b| b.label().to_string())
}

fn law(a: &Activity) -> String {
    or_not_recorded(a.law.as_deref())
}

fn subjects(a: &Activity) -> String {
    list(a.subjects.iter().map(|s| s.label.clone()))
}

/// The activity's categories of data that are special (art. 9) or not (the BSN is a national
/// identifier, not special): its own, "geen" when it lists categories but none of these, "niet
/// vastgelegd" when it lists none at all; then what linked recipients receive of them that no
/// activity linked to them lists, named with the recipient, so that the record never reads as
/// "none" where a recipient receives them.
fn categories(a: &Activity, special: bool) -> String {
    let own: Vec<&str> = a
        .categories
        .iter()
        .filter(|c| c.special == special)
        .map(|c| c.label.as_str())
        .collect();
    let base = match (a.categories.is_empty(), own.is_empty()) {
        (true, _) => NOT_RECORDED.to_string(),
        (false, true) => "geen".to_string(),
        (false, false) => own.join("; "),
    };
    let beyond: Vec<String> = a
        .recipients
        .iter()
        .filter_map(|r| {
            let labels: Vec<&str> = r
                .unlisted_categories
                .iter()
                .filter(|c| c.special == special)
                .map(|c| c.label.as_str())
                .collect();
            let how = match &r.agreement {
                Some(agreement) => format!("verwerkersovereenkomst {agreement}"),
                None => "externe partij".to_string(),
            };
            (!labels.is_empty()).then(|| format!("{} ({}, {how})", labels.join(", "), r.name))
        })
        .collect();
    if beyond.is_empty() {
        return base;
    }
    format!(
        "{base}; ontvangen door gekoppelde ontvangers, maar niet bij deze verwerking vastgelegd: {}",
        beyond.join("; ")
    )
}

fn list(items: impl Iterator<Item = String>) -> String {
    let items: Vec<String> = items.collect();
    if items.is_empty() {
        NOT_RECORDED.to_string()
    } else {
        items.join("; ")
    }
}

/// One recipient in a sentence: a supplier with its agreement, storage and sub-processors, or a
/// party with its basis and law.
fn recipient(r: &Recipient) -> String {
    if r.kind == "party" {
        let basis = r.basis.map_or("", |b| b.label());
        return match &r.law {
            Some(law) => format!("{} (externe partij, {basis}, {law})", r.name),
            None => format!("{} (externe partij, {basis})", r.name),
        };
    }
    let mut parts = vec![
        r.role
            .map_or("leverancier", |role| role.label())
            .to_string(),
    ];
    if let Some(a) = &r.agreement {
        let status = r.agreement_status.map_or("", |s| s.label());
        parts.push(format!("verwerkersovereenkomst {a} ({status})"));
    }
    if !r.products.is_empty() {
        parts.push(format!("producten: {}", r.products.join(", ")));
    }
    parts.push(if r.storage_countries.is_empty() {
        format!("opslag: {NOT_RECORDED}")
    } else {
        format!("opslag: {}", r.storage_countries.join(", "))
    });
    if !r.subprocessors.is_empty() {
        parts.push(format!(
            "subverwerkers: {}",
            r.subprocessors
                .iter()
                .map(|s| format!("{} ({})", s.name, s.country))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    format!("{} ({})", r.name, parts.join(", "))
}

fn recipients(a: &Activity) -> String {
    if a.recipients.is_empty() {
        return "geen ontvangers buiten de organisatie vastgelegd".to_string();
    }
    a.recipients
        .iter()
        .map(recipient)
        .collect::<Vec<_>>()
        .join("; ")
}

/// A transfer with its safeguard, said as every Dutch document says it.
fn transfer(t: &Transfer) -> String {
    let safeguard = safeguard_in_dutch(&t.country, t.transfer_safeguard);
    match &t.via {
        Some(via) => format!(
            "{} (subverwerker van {via}) in {}: {safeguard}",
            t.recipient, t.country
        ),
        None => format!("{} in {}: {safeguard}", t.recipient, t.country),
    }
}

fn transfers(a: &Activity) -> String {
    if a.transfers.is_empty() {
        return "geen doorgifte buiten de EER".to_string();
    }
    a.transfers
        .iter()
        .map(transfer)
        .collect::<Vec<_>>()
        .join("; ")
}

pub const CSV_HEADERS: &[&str] = &[
    "Verwerkingsactiviteit",
    "Kenmerk",
    "Verwerkingsverantwoordelijke",
    "KvK",
    "Contactgegevens verwerkingsverantwoordelijke",
    "Adres",
    "Functionaris gegevensbescherming",
    "Doeleinden",
    "Rechtsgrond",
    "Wet",
    "Categorieën betrokkenen",
    "Categorieën persoonsgegevens",
    "Bijzondere persoonsgegevens",
    "Ontvangers",
    "Doorgifte buiten de EER",
    "Bewaartermijn",
    "Beveiligingsmaatregelen",
    "DPIA",
    "Eigenaar",
    "Evaluatie op",
    "Datum register",
];

/// One row per activity; the controller's details on every row, so that each row stands alone.
pub fn csv(out: &mut dyn Write, r: &Art30) -> anyhow::Result<()> {
    let c = &r.controller;
    let rows = r.activities.iter().map(|a| {
        vec![
            a.name.clone(),
            a.id.clone(),
            c.name.clone(),
            c.kvk.clone().unwrap_or_default(),
            c.contact.clone(),
            c.address.clone(),
            c.privacy_officer.clone(),
            list(a.purposes.iter().cloned()),
            basis(a),
            law(a),
            subjects(a),
            categories(a, false),
            categories(a, true),
            recipients(a),
            transfers(a),
            or_not_recorded(a.retention.as_deref()),
            or_not_recorded(a.security.as_deref()),
            or_not_recorded(a.dpia.as_deref()),
            or_not_recorded(a.owner.as_deref()),
            date(a.review_on),
            dutch_date(r.register_date),
        ]
    });
    writer::write(out, DUTCH, CSV_HEADERS, rows)
}

fn table(body: &mut String, headers: Option<[&str; 2]>, rows: &[(String, String)]) {
    body.push_str("<table>\n");
    if let Some([a, b]) = headers {
        body.push_str(&format!(
            "<thead><tr><th>{}</th><th>{}</th></tr></thead>\n",
            escape(a),
            escape(b)
        ));
    }
    body.push_str("<tbody>\n");
    for (k, v) in rows {
        body.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>\n",
            escape(k),
            escape(v)
        ));
    }
    body.push_str("</tbody>\n</table>\n");
}

/// The whole register as one self-contained HTML page.
pub fn html(r: &Art30) -> String {
    let c = &r.controller;
    let mut body = String::new();
    body.push_str("<h1>Register van verwerkingsactiviteiten</h1>\n");
    body.push_str(&format!(
        "<p>{}</p>\n",
        escape(&format!(
            "Het register van verwerkingsactiviteiten van {} (artikel 30, eerste lid, AVG), naar de stand op {}. \
             Ontvangers en doorgiften zijn afgeleid uit de verwerkersovereenkomsten en de externe partijen in het verwerkersregister.",
            c.name,
            dutch_date(r.register_date)
        ))
    ));
    body.push_str("<h2>a. Verwerkingsverantwoordelijke en functionaris gegevensbescherming</h2>\n");
    table(
        &mut body,
        None,
        &[
            ("Verwerkingsverantwoordelijke".into(), c.name.clone()),
            (
                "KvK".into(),
                c.kvk.clone().unwrap_or_else(|| NOT_RECORDED.into()),
            ),
            ("Adres".into(), c.address.clone()),
            ("Contactgegevens".into(), c.contact.clone()),
            (
                "Functionaris gegevensbescherming".into(),
                c.privacy_officer.clone(),
            ),
        ],
    );
    body.push_str("<h2>Overzicht</h2>\n<table>\n<thead><tr><th>Nr.</th><th>Verwerkingsactiviteit</th><th>Betrokkenen</th><th>Eigenaar</th><th>Evaluatie op</th></tr></thead>\n<tbody>\n");
    for (i, a) in r.activities.iter().enumerate() {
        body.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            i + 1,
            escape(&a.name),
            escape(&subjects(a)),
            escape(&or_not_recorded(a.owner.as_deref())),
            escape(&date(a.review_on)),
        ));
    }
    body.push_str("</tbody>\n</table>\n");
    for (i, a) in r.activities.iter().enumerate() {
        body.push_str(&format!("<h2>{}. {}</h2>\n", i + 1, escape(&a.name)));
        table(
            &mut body,
            Some(["Onderdeel (artikel 30, eerste lid, AVG)", "Inhoud"]),
            &[
                (
                    "a. Verwerkingsverantwoordelijke en FG".into(),
                    format!("{}; FG: {}", c.name, c.privacy_officer),
                ),
                ("b. Doeleinden".into(), list(a.purposes.iter().cloned())),
                (
                    "Rechtsgrond (artikel 6 AVG)".into(),
                    match &a.law {
                        Some(law) => format!("{} ({law})", basis(a)),
                        None => basis(a),
                    },
                ),
                ("c. Categorieën betrokkenen".into(), subjects(a)),
                (
                    "c. Categorieën persoonsgegevens".into(),
                    categories(a, false),
                ),
                ("c. Bijzondere persoonsgegevens".into(), categories(a, true)),
                ("d. Ontvangers".into(), recipients(a)),
                (
                    "e. Doorgifte buiten de EER en waarborgen".into(),
                    transfers(a),
                ),
                (
                    "f. Bewaartermijn".into(),
                    or_not_recorded(a.retention.as_deref()),
                ),
                (
                    "g. Beveiligingsmaatregelen".into(),
                    or_not_recorded(a.security.as_deref()),
                ),
                ("DPIA".into(), or_not_recorded(a.dpia.as_deref())),
                ("Eigenaar".into(), or_not_recorded(a.owner.as_deref())),
                ("Evaluatie op".into(), date(a.review_on)),
                ("Kenmerk".into(), a.id.clone()),
            ],
        );
    }
    format!(
        "{}{body}{}",
        head(
            &format!("Register van verwerkingsactiviteiten {}", c.name),
            &format!("{STYLE}\ntbody th {{ width: 32%; font-weight: normal; }}")
        ),
        foot(&format!(
            "Opgesteld op {} uit het verwerkersregister van {}.",
            dutch_date(r.register_date),
            c.name
        ))
    )
}
