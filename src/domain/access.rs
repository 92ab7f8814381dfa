//! The access answer (art. 15 AVG) for one pupil, from the register: what the board holds,
//! who receives it and why, on which basis, the consent history, retention, and the rights of
//! the parents or pupil. Built from the register as it stands on a day; it holds nothing about
//! any other pupil, because it is given no other pupil.

use std::collections::HashMap;

use chrono::{Months, NaiveDate};
use serde::Serialize;

use super::agreement::Safeguard;
use super::consent::{Event, Purpose, Standing, State};
use super::country::in_eea;
use super::party::Basis;
use super::pupil::Pupil;
use crate::domain::register::Register;

/// The purposes and the retention the register's art. 30 activities give for `category` sent
/// under `agreement`: of the activities linked to it that may concern pupils and list the
/// category, else of every such activity linked to it. Each said once, in the order found.
fn activities_say(
    processings: &[super::processing::Processing],
    agreement: &str,
    category: &str,
) -> (Option<String>, Option<String>) {
    let linked: Vec<_> = processings
        .iter()
        .filter(|p| p.agreements.iter().any(|a| a == agreement) && p.may_concern_pupils())
        .collect();
    let listing: Vec<_> = linked
        .iter()
        .filter(|p| p.categories.iter().any(|c| c == category))
        .copied()
        .collect();
    let from = if listing.is_empty() { linked } else { listing };
    let joined = |items: Vec<&String>| {
        let once: Vec<&str> = super::once(items.into_iter().map(String::as_str));
        (!once.is_empty()).then(|| once.join("; "))
    };
    (
        joined(from.iter().flat_map(|p| &p.purposes).collect()),
        joined(from.iter().filter_map(|p| p.retention.as_ref()).collect()),
    )
}

/// How long the board keeps a pupil's file after the pupil left (the rule of `pupil-retention`).
pub const RETENTION_MONTHS: u32 = 24;

#[derive(Debug, Clone, Serialize)]
pub struct AccessReport {
    pub as_of: NaiveDate,
    pub board: Option<String>,
    pub privacy_officer: Option<String>,
    pub pupil: PupilData,
    /// True while the register cannot say which schools an agreement serves: then every
    /// agreement in force is listed, as serving every school of the board.
    pub agreements_for_all_schools: bool,
    pub suppliers: Vec<SupplierSection>,
    pub parties: Vec<PartySection>,
    pub consent: Vec<ConsentNow>,
    pub consent_history: Vec<ConsentEvent>,
    pub retention: Retention,
}

#[derive(Debug, Clone, Serialize)]
pub struct PupilData {
    pub leerlingnummer: String,
    pub name: String,
    pub group: Option<String>,
    pub school: Option<String>,
    pub school_name: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub left_on: Option<NaiveDate>,
    /// 16 or older on the day of the report: the pupil exercises their own rights.
    pub decides_alone: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct SupplierSection {
    pub supplier: String,
    pub name: String,
    pub role: &'static str,
    pub agreement: String,
    pub products: Vec<String>,
    pub categories: Vec<CategoryLine>,
    pub storage_countries: Vec<String>,
    pub storage_outside_eea: Vec<String>,
    /// The agreement's safeguard, which the Dutch text judges per country; JSON gives its
    /// Dutch name.
    #[serde(serialize_with = "dutch_name")]
    pub transfer_safeguard: Option<Safeguard>,
    pub subprocessors_outside_eea: Vec<SubprocessorLine>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryLine {
    pub category: &'static str,
    pub label: &'static str,
    pub purpose: Option<String>,
    pub retention: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SubprocessorLine {
    pub name: String,
    pub country: String,
    pub purpose: Option<String>,
    /// The sub-processor's own safeguard: it never borrows the agreement's.
    #[serde(serialize_with = "dutch_name")]
    pub transfer_safeguard: Option<Safeguard>,
}

/// A safeguard in JSON as its Dutch name, as the parents read it.
fn dutch_name<S: serde::Serializer>(
    safeguard: &Option<Safeguard>,
    s: S,
) -> Result<S::Ok, S::Error> {
    serde::Serialize::serialize(&safeguard.map(Safeguard::label), s)
}

#[derive(Debug, Clone, Serialize)]
pub struct PartySection {
    pub party: String,
    pub name: String,
    pub kind: &'static str,
    pub basis: &'static str,
    pub basis_label: &'static str,
    pub law: Option<String>,
    pub categories: Vec<&'static str>,
    /// For a party on consent: whether consent stands for this pupil. Null for other bases.
    pub consent: Option<ConsentNow>,
    /// Why the law does not allow what the register says the party receives, even where
    /// consent stands (health data on a contract, a special category through a purpose that
    /// takes a spoken "yes"): the rule of `party check` and the audit. Null where it does.
    pub not_allowed: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ConsentNow {
    pub purpose: String,
    pub name: String,
    pub state: State,
    /// Whether this is consent that counts (granted by everyone who decided, in a form the
    /// purpose accepts).
    pub counts: bool,
    pub date: Option<NaiveDate>,
    pub form: Option<&'static str>,
    /// The same in one Dutch sentence.
    pub text: String,
}

/// Whether an agreement holds no data of pupils, for an access answer: the art. 30 activities
/// that use it are all about staff; or, where no activity uses it, its data set holds staff
/// data and nothing only pupils have (a payroll supplier: names and salaries).
fn holds_no_pupil_data(
    full: &super::register::AgreementFull,
    processings: &[super::processing::Processing],
) -> bool {
    let id = &full.agreement.id;
    if processings.iter().any(|p| p.agreements.contains(id)) {
        return super::processing::agreement_only_for_staff(id, processings);
    }
    let categories = || full.scope.iter().map(|e| e.category);
    categories().any(|c| c.about_staff()) && !categories().any(|c| c.about_pupils())
}

/// The evidence an access answer gives for a decision an import recorded.
pub const IMPORTED: &str = "overgenomen uit de leerlingadministratie";

#[derive(Debug, Clone, Serialize)]
pub struct ConsentEvent {
    pub date: NaiveDate,
    pub purpose: String,
    pub name: String,
    pub decision: &'static str,
    pub given_by: &'static str,
    pub decider: Option<String>,
    pub form: &'static str,
    /// What shows the decision: as recorded, or for one an import recorded, [`IMPORTED`].
    pub evidence: Option<String>,
    pub recorded_at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Retention {
    /// The rule, in Dutch.
    pub rule: String,
    pub left_on: Option<NaiveDate>,
    /// The day by which the pupil's data leaves the register, once the pupil has left.
    pub remove_by: Option<NaiveDate>,
}

/// Why `party` may not receive its categories for this pupil whatever the pupil's consent (in
/// Dutch), as `party check` would say it with consent granted; none where it may. That consent
/// is missing is the consent column's to say, not this.
fn exchange_not_allowed(
    register: &Register,
    party: &super::party::Party,
    standing: &HashMap<String, Standing>,
) -> Option<String> {
    let consent = match party.basis {
        Basis::Consent => {
            let purpose = register
                .purposes
                .iter()
                .find(|u| u.party.as_deref() == Some(party.id.as_str()))?;
            let now = standing.get(&purpose.id).unwrap_or(&Standing::UNKNOWN);
            // As if it stood: what is left to refuse is the exchange itself.
            Some(super::party::PupilConsent {
                counts: true,
                why: super::consent::reason(purpose, now),
                explicit: purpose.explicit,
            })
        }
        _ => None,
    };
    let verdict = super::party::may_share(party, &party.categories, consent);
    (!verdict.allowed).then(|| verdict.reason.in_lang(crate::i18n::Lang::Nl))
}

/// One Dutch sentence about where consent stands.
fn consent_text(purpose: &Purpose, s: &Standing) -> String {
    let when = match (s.date, s.form) {
        (Some(date), Some(form)) => format!(" op {} ({})", dutch_date(date), form.label()),
        _ => String::new(),
    };
    match s.state {
        State::Granted if s.counts => format!("Toestemming gegeven{when}."),
        State::Granted => format!(
            "Toestemming gegeven{when}, maar niet in de vorm die dit doel vraagt ({}): dat telt niet als toestemming.",
            match (purpose.written_only, purpose.explicit) {
                (true, _) => "schriftelijk",
                (false, true) => "schriftelijk of digitaal",
                _ => "een uitdrukkelijke verklaring",
            }
        ),
        State::Refused => format!("Geen toestemming gegeven{when}."),
        State::Withdrawn => format!("Toestemming ingetrokken{when}."),
        State::Disputed => format!(
            "De ouders zijn het niet eens (laatste weigering{when}): zolang zij het niet eens zijn, is er geen toestemming."
        ),
        State::Unknown => {
            "Geen besluit vastgelegd: zonder toestemming worden geen gegevens gedeeld.".to_string()
        }
    }
}

pub fn dutch_date(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

fn consent_now(purpose: &Purpose, standing: &HashMap<String, Standing>) -> ConsentNow {
    let s = standing.get(&purpose.id).unwrap_or(&Standing::UNKNOWN);
    ConsentNow {
        purpose: purpose.id.clone(),
        name: purpose.name.clone(),
        state: s.state,
        counts: s.counts,
        date: s.date,
        form: s.form.map(|f| f.label()),
        text: consent_text(purpose, s),
    }
}

/// Everything the answer says, for one pupil on `as_of`. `standing` is the pupil's standing
/// decision per purpose (from the store's one definition of it), `events` the pupil's consent
/// events in recording order.
pub fn build(
    register: &Register,
    pupil: &Pupil,
    standing: &HashMap<String, Standing>,
    events: &[Event],
    as_of: NaiveDate,
) -> AccessReport {
    let serves_pupil = |schools: &[String]| {
        pupil
            .school
            .as_deref()
            .is_none_or(|school| super::organisation::serves(schools, school))
    };
    // Whether the register says per school which agreements apply.
    let per_school = register
        .suppliers
        .iter()
        .flat_map(|(_, agreements)| agreements)
        .any(|a| !a.agreement.schools.is_empty());
    let school_name = pupil
        .school
        .as_deref()
        .and_then(|code| super::organisation::find_school(&register.schools, code))
        .map(|s| s.name.clone());
    let label = |c: &super::category::Category| c.label();
    let suppliers = register
        .suppliers
        .iter()
        .flat_map(|(s, agreements)| agreements.iter().map(move |a| (s, a)))
        .filter(|(_, full)| {
            full.agreement
                .status(as_of, super::agreement::DEFAULT_HORIZON_DAYS)
                .in_force()
        })
        // Only the agreements that serve the pupil's school (none listed: every school).
        .filter(|(_, full)| serves_pupil(&full.agreement.schools))
        .filter(|(_, full)| !holds_no_pupil_data(full, &register.processings))
        .map(|(s, full)| {
            let a = &full.agreement;
            SupplierSection {
                supplier: s.id.clone(),
                name: s.name.clone(),
                role: s.role.label(),
                agreement: a.id.clone(),
                products: a.products.clone(),
                categories: full
                    .scope
                    .iter()
                    .filter(|e| !e.category.about_staff())
                    .map(|e| {
                        // What the scope line does not say, the art. 30 activities this
                        // agreement serves say: their purposes and retention.
                        let (purposes, retention) =
                            activities_say(&register.processings, &a.id, e.category.code());
                        CategoryLine {
                            category: e.category.code(),
                            label: label(&e.category),
                            purpose: e.purpose.clone().or(purposes),
                            retention: e.retention.clone().or(retention),
                        }
                    })
                    .collect(),
                storage_countries: a.storage_countries.clone(),
                storage_outside_eea: a
                    .storage_countries
                    .iter()
                    .filter(|c| !in_eea(c))
                    .cloned()
                    .collect(),
                transfer_safeguard: a.transfer_safeguard,
                subprocessors_outside_eea: full
                    .subprocessors
                    .iter()
                    .filter(|sp| !in_eea(&sp.country))
                    .map(|sp| SubprocessorLine {
                        name: sp.name.clone(),
                        country: sp.country.clone(),
                        purpose: sp.purpose.clone(),
                        transfer_safeguard: sp.transfer_safeguard,
                    })
                    .collect(),
            }
        })
        .collect();
    let parties = register
        .parties
        .iter()
        .filter(|p| serves_pupil(&p.schools))
        .map(|p| PartySection {
            not_allowed: exchange_not_allowed(register, p, standing),
            party: p.id.clone(),
            name: p.name.clone(),
            kind: p.kind.label(),
            basis: p.basis.code(),
            basis_label: p.basis.label(),
            law: p.law.clone(),
            categories: p.categories.iter().map(label).collect(),
            consent: (p.basis == Basis::Consent).then(|| {
                match register
                    .purposes
                    .iter()
                    .find(|u| u.party.as_deref() == Some(p.id.as_str()))
                {
                    Some(purpose) => consent_now(purpose, standing),
                    None => ConsentNow {
                        purpose: String::new(),
                        name: p.name.clone(),
                        state: State::Unknown,
                        counts: false,
                        date: None,
                        form: None,
                        text: "Geen toestemmingsdoel vastgelegd: zonder toestemming worden geen gegevens gedeeld.".into(),
                    },
                }
            }),
        })
        .collect();
    let consent = register
        .purposes
        .iter()
        .filter(|u| u.active_on(as_of))
        .map(|u| consent_now(u, standing))
        .collect();
    let purpose_name = |id: &str| {
        register
            .purposes
            .iter()
            .find(|u| u.id == id)
            .map_or_else(|| id.to_string(), |u| u.name.clone())
    };
    let consent_history = events
        .iter()
        .filter(|e| e.date <= as_of)
        .map(|e| ConsentEvent {
            date: e.date,
            purpose: e.purpose.clone(),
            name: purpose_name(&e.purpose),
            decision: e.decision.label(),
            given_by: e.given_by.label(),
            decider: e.decider.clone(),
            form: e.form.label(),
            // An imported decision's evidence is the school's file and its line: the file's name
            // may name other pupils (`correctie 4711 Zwaantje.csv`), and the parents do not
            // have it. The answer says where it came from instead.
            evidence: match e.source {
                Some(_) => Some(IMPORTED.to_string()),
                None => e.evidence.clone(),
            },
            recorded_at: e.recorded_at.clone(),
        })
        .collect();
    let remove_by = pupil
        .left_on
        .and_then(|left| left.checked_add_months(Months::new(RETENTION_MONTHS)));
    AccessReport {
        as_of,
        board: register.organisation.as_ref().map(|o| o.name.clone()),
        privacy_officer: register
            .organisation
            .as_ref()
            .and_then(|o| o.privacy_officer.clone()),
        pupil: PupilData {
            leerlingnummer: pupil.leerlingnummer.clone(),
            name: pupil.name.clone(),
            group: pupil.group.clone(),
            school: pupil.school.clone(),
            school_name,
            birth_date: pupil.birth_date,
            left_on: pupil.left_on,
            decides_alone: super::consent::is_sixteen(pupil.birth_date, as_of),
        },
        agreements_for_all_schools: !per_school,
        suppliers,
        parties,
        consent,
        consent_history,
        retention: Retention {
            rule: format!(
                "Het leerlingdossier wordt bewaard zolang de leerling op school is en tot {} jaar nadat de leerling de school heeft verlaten; daarna worden de gegevens uit dit register verwijderd. Leveranciers bewaren gegevens zo lang als hierboven per leverancier staat.",
                RETENTION_MONTHS / 12
            ),
            left_on: pupil.left_on,
            remove_by,
        },
    }
}

#[cfg(test)]
mod tests;
