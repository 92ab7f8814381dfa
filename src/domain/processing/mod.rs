//! The register of processing activities (AVG art. 30): what the board does with personal data,
//! why, about whom and on what basis. Recipients and transfers are never typed: they follow from
//! the agreements (supplier, storage countries, sub-processors and safeguards) and the external
//! parties an activity is linked to.

use chrono::NaiveDate;
use serde::Serialize;

use super::agreement::{
    DEFAULT_HORIZON_DAYS, Safeguard, Status, TransferProblem, transfer_problem,
};
use super::category::Category;
use super::code_enum;
use super::country::in_eea;
use super::organisation::Organisation;
use super::party::{Basis, Unlifted};
use super::supplier::Role;
use super::text::{Kind, check, check_opt, check_required};
use crate::domain::register::Register;

code_enum! {
    /// Whose personal data an activity processes (art. 30(1)(c)).
    pub enum Subject ("data subject category") {
        Pupils = "pupils", "leerlingen" | "leerlingen";
        Parents = "parents", "ouders en verzorgers" | "ouders";
        Staff = "staff", "medewerkers" | "medewerkers" | "personeel";
        Applicants = "applicants", "sollicitanten" | "sollicitanten";
        Alumni = "alumni", "oud-leerlingen" | "oud-leerlingen";
    }
}

/// A data category a board adds to the fixed catalogue (`[[category]]` in the register file),
/// for its processing activities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OwnCategory {
    pub code: String,
    pub label: String,
    pub special: bool,
    pub national_id: bool,
}

impl OwnCategory {
    pub fn validate(&self) -> Result<(), String> {
        super::slug::validate_id(&self.code)?;
        if self.code.parse::<Category>().is_ok() {
            return Err(crate::tr!(
                "domain-category-in-catalogue",
                code = &self.code
            ));
        }
        check_required(
            &crate::tr!("domain-field-category-label", code = &self.code),
            &self.label,
            Kind::Name,
        )
    }
}

/// A category as the art. 30 register shows it: from the fixed catalogue or the board's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryInfo {
    pub code: String,
    pub label: String,
    pub special: bool,
    pub national_id: bool,
    /// Added by the board (`[[category]]`), not in the fixed catalogue.
    pub own: bool,
}

/// The fixed catalogue followed by the board's own categories.
pub fn catalogue(own: &[OwnCategory]) -> Vec<CategoryInfo> {
    let fixed = Category::ALL.iter().map(|&c| CategoryInfo {
        code: c.code().to_string(),
        label: c.label().to_string(),
        special: c.special(),
        national_id: c.national_id(),
        own: false,
    });
    let board = own.iter().map(|c| CategoryInfo {
        code: c.code.clone(),
        label: c.label.clone(),
        special: c.special,
        national_id: c.national_id,
        own: true,
    });
    fixed.chain(board).collect()
}

/// The category a code names, in the fixed catalogue or among the board's own.
pub fn resolve(code: &str, own: &[OwnCategory]) -> Option<CategoryInfo> {
    let code = code.trim();
    catalogue(own).into_iter().find(|c| c.code == code)
}

/// A category as typed, in the form it is stored and compared in: a spelling of the fixed
/// catalogue becomes its code; anything else (a board's own code) is kept as typed, trimmed.
pub fn canonical_category(typed: &str) -> String {
    let typed = typed.trim();
    match typed.parse::<Category>() {
        Ok(c) => c.code().to_string(),
        Err(_) => typed.to_string(),
    }
}

/// A category code as typed, in its stored form: the fixed catalogue's code (its spellings are
/// read too), or one of the board's own.
pub fn category_code(typed: &str, own: &[OwnCategory]) -> Result<String, String> {
    let code = canonical_category(typed);
    if code.parse::<Category>().is_ok() || own.iter().any(|c| c.code == code) {
        return Ok(code);
    }
    let typed = typed.trim();
    Err(crate::tr!("domain-category-unknown", typed = typed))
}

/// One activity of the register of processing (verwerkingsactiviteit).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Processing {
    pub id: String,
    pub name: String,
    pub purposes: Vec<String>,
    pub basis: Option<Basis>,
    /// The law the activity rests on, or that lifts the prohibition on special categories.
    pub law: Option<String>,
    pub subjects: Vec<Subject>,
    /// Category codes: the fixed catalogue's or the board's own.
    pub categories: Vec<String>,
    pub retention: Option<String>,
    /// Where the security measures are described (art. 30(1)(g)).
    pub security: Option<String>,
    pub dpia: Option<String>,
    /// Who is responsible for this part of the register (Normenkader IBP PR.03).
    pub owner: Option<String>,
    pub review_on: Option<NaiveDate>,
    pub agreements: Vec<String>,
    pub parties: Vec<String>,
    pub notes: Option<String>,
}

impl Processing {
    /// Lists in a stable order and without repeats: purposes as given, the rest sorted.
    pub fn normalised(mut self) -> Processing {
        let mut purposes: Vec<String> = Vec::new();
        for p in self.purposes.iter().map(|p| p.trim()) {
            if !p.is_empty() && !purposes.iter().any(|q| q == p) {
                purposes.push(p.to_string());
            }
        }
        self.purposes = purposes;
        self.name = self.name.trim().to_string();
        self.subjects.sort();
        self.subjects.dedup();
        self.categories = self
            .categories
            .iter()
            .map(|c| canonical_category(c))
            .collect();
        // Categories in the catalogue's order, the board's own after them.
        self.categories
            .sort_by_key(|c| match c.parse::<Category>() {
                Ok(fixed) => (false, Some(fixed), String::new()),
                Err(_) => (true, None, c.clone()),
            });
        self.categories.dedup();
        for list in [&mut self.agreements, &mut self.parties] {
            list.sort();
            list.dedup();
        }
        self
    }

    /// The rules of every stored text.
    pub fn validate(&self) -> Result<(), String> {
        check_required("the name", &self.name, Kind::Name)?;
        for p in &self.purposes {
            check("a purpose", p, Kind::Line)?;
        }
        check_opt("the law", self.law.as_deref(), Kind::Line)?;
        check_opt("the retention", self.retention.as_deref(), Kind::Line)?;
        check_opt(
            "the security reference",
            self.security.as_deref(),
            Kind::Line,
        )?;
        check_opt("the DPIA reference", self.dpia.as_deref(), Kind::Line)?;
        check_opt("the owner", self.owner.as_deref(), Kind::Name)?;
        check_opt("the notes", self.notes.as_deref(), Kind::Notes)
    }

    /// The items of art. 30(1) the activity lacks: purpose, subjects, categories, basis.
    pub fn missing(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        if self.purposes.is_empty() {
            missing.push("purpose");
        }
        if self.subjects.is_empty() {
            missing.push("subjects");
        }
        if self.categories.is_empty() {
            missing.push("categories");
        }
        if self.basis.is_none() {
            missing.push("basis");
        }
        missing
    }

    /// Whether its review date has passed.
    pub fn review_overdue(&self, as_of: NaiveDate) -> bool {
        self.review_on.is_some_and(|d| d < as_of)
    }

    /// The special categories (art. 9) it processes while its basis and law do not lift the
    /// prohibition, with why (`never`, `no-law`, or `no-basis`: without a basis nothing lifts
    /// it); none when it processes none, or when they are lifted. The rule is that of parties,
    /// [`Basis::special_categories`]: consent or a law on a legal obligation or public task.
    pub fn special_unlifted(&self, own: &[OwnCategory]) -> Option<(&'static str, Vec<String>)> {
        self.unlifted(own, |c| c.special, Basis::special_categories)
    }

    /// The BSN (and a board's own national identifiers) it processes while no law prescribes
    /// it, with why, as [`Self::special_unlifted`]; the rule is that of parties,
    /// [`Basis::national_id`]: a legal obligation that names its law (UAVG art. 46).
    pub fn national_id_unlifted(&self, own: &[OwnCategory]) -> Option<(&'static str, Vec<String>)> {
        self.unlifted(own, |c| c.national_id, Basis::national_id)
    }

    fn unlifted(
        &self,
        own: &[OwnCategory],
        flagged: impl Fn(&CategoryInfo) -> bool,
        rule: fn(Basis, Option<&str>) -> Option<Unlifted>,
    ) -> Option<(&'static str, Vec<String>)> {
        let found: Vec<String> = self
            .categories
            .iter()
            .filter(|c| resolve(c, own).is_some_and(|info| flagged(&info)))
            .cloned()
            .collect();
        if found.is_empty() {
            return None;
        }
        let problem = match self.basis {
            None => "no-basis",
            Some(basis) => rule(basis, self.law.as_deref())?.code(),
        };
        Some((problem, found))
    }

    /// Whether pupils' data may be in it: it names pupils, parents or former pupils, or does not
    /// say whose data it is.
    pub fn may_concern_pupils(&self) -> bool {
        self.subjects.is_empty()
            || self
                .subjects
                .iter()
                .any(|s| matches!(s, Subject::Pupils | Subject::Parents | Subject::Alumni))
    }
}

/// An activity for tests: the pupil administration, on the public task, naming pupils.
#[cfg(test)]
pub(crate) fn example(id: &str) -> Processing {
    Processing {
        id: id.into(),
        name: "Leerlingadministratie".into(),
        purposes: vec!["onderwijs geven".into()],
        basis: Some(Basis::PublicTask),
        law: None,
        subjects: vec![Subject::Pupils],
        categories: vec!["name".into()],
        retention: None,
        security: None,
        dpia: None,
        owner: None,
        review_on: None,
        agreements: Vec::new(),
        parties: Vec::new(),
        notes: None,
    }
}

/// Whether an agreement serves only activities about staff or applicants: it is then left out of
/// a pupil's access report. An agreement no activity uses may concern pupils.
pub fn agreement_only_for_staff(agreement: &str, processings: &[Processing]) -> bool {
    let mut linked = processings
        .iter()
        .filter(|p| p.agreements.iter().any(|a| a == agreement))
        .peekable();
    linked.peek().is_some() && linked.all(|p| !p.may_concern_pupils())
}

// ------------------------------------------------------------------ the art. 30 register

/// Item (a): the controller and the FG. Every field is required for the export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Controller {
    pub name: String,
    pub kvk: Option<String>,
    pub contact: String,
    pub address: String,
    pub privacy_officer: String,
}

/// The controller from `[organisation]`; an error names every detail that is missing.
pub fn controller(organisation: Option<&Organisation>) -> Result<Controller, String> {
    let Some(o) = organisation else {
        return Err(crate::tr!("domain-art30-no-organisation"));
    };
    let missing: Vec<&str> = [
        ("contact", &o.contact),
        ("address", &o.address),
        ("privacy_officer", &o.privacy_officer),
    ]
    .into_iter()
    .filter(|(_, v)| v.is_none())
    .map(|(k, _)| k)
    .collect();
    match (&o.contact, &o.address, &o.privacy_officer) {
        (Some(contact), Some(address), Some(fg)) => Ok(Controller {
            name: o.name.clone(),
            kvk: o.kvk.clone(),
            contact: contact.clone(),
            address: address.clone(),
            privacy_officer: fg.clone(),
        }),
        _ => Err(crate::tr!(
            "domain-art30-organisation-lacks",
            missing = missing.join(", ")
        )),
    }
}

/// A code with its Dutch label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Labelled {
    pub code: String,
    pub label: String,
}

/// A sub-processor of a recipient, with its own country and safeguard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubRecipient {
    pub name: String,
    pub country: String,
    pub purpose: Option<String>,
    pub transfer_safeguard: Option<Safeguard>,
}

/// Item (d): who receives the data. A supplier through a linked agreement, or a linked party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recipient {
    /// `supplier` or `party`.
    pub kind: &'static str,
    pub id: String,
    pub name: String,
    /// A supplier's role (processor, controller, joint-controller).
    pub role: Option<Role>,
    pub agreement: Option<String>,
    pub agreement_status: Option<Status>,
    pub products: Vec<String>,
    pub storage_countries: Vec<String>,
    pub subprocessors: Vec<SubRecipient>,
    /// A party's basis and law.
    pub basis: Option<Basis>,
    pub law: Option<String>,
    /// What it receives (the agreement's scope, the party's categories) that neither this
    /// activity nor another activity linked to it lists: data the record would not say.
    pub unlisted_categories: Vec<CategoryInfo>,
}

/// Item (e): personal data going outside the EEA, with the safeguard of that recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Transfer {
    pub recipient: String,
    /// The supplier whose sub-processor the recipient is.
    pub via: Option<String>,
    pub country: String,
    pub transfer_safeguard: Option<Safeguard>,
}

impl Transfer {
    /// What is wrong with its safeguard, by the audit's rule: none, or one that does not hold
    /// for the country.
    pub fn problem(&self) -> Option<TransferProblem> {
        transfer_problem(&self.country, self.transfer_safeguard)
    }
}

/// The categories a recipient receives (`received`) that neither `p` nor another activity
/// linked to the same recipient (`linked`) lists, in the catalogue's order. What another
/// activity lists goes to the recipient for that activity's purpose: `p`'s record need not
/// say it.
fn unlisted(
    p: &Processing,
    received: &[Category],
    linked: impl Fn(&Processing) -> bool,
    register: &Register,
) -> Vec<CategoryInfo> {
    let listed = |code: &str| {
        p.categories.iter().any(|c| c == code)
            || register
                .processings
                .iter()
                .filter(|q| q.id != p.id && linked(q))
                .any(|q| q.categories.iter().any(|c| c == code))
    };
    let mut found: Vec<Category> = received
        .iter()
        .copied()
        .filter(|c| !listed(c.code()))
        .collect();
    found.sort();
    found.dedup();
    found
        .into_iter()
        .filter_map(|c| resolve(c.code(), &register.categories))
        .collect()
}

/// One activity with every item of art. 30(1)(b)-(g) filled in from the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Activity {
    pub id: String,
    pub name: String,
    pub purposes: Vec<String>,
    pub basis: Option<Basis>,
    pub law: Option<String>,
    pub subjects: Vec<Labelled>,
    pub categories: Vec<CategoryInfo>,
    pub recipients: Vec<Recipient>,
    pub transfers: Vec<Transfer>,
    pub retention: Option<String>,
    pub security: Option<String>,
    pub dpia: Option<String>,
    pub owner: Option<String>,
    pub review_on: Option<NaiveDate>,
    pub notes: Option<String>,
}

/// Fills in an activity's recipients and transfers from the agreements and parties it is linked
/// to. Agreement status is judged on `day`.
pub fn activity(p: &Processing, register: &Register, day: NaiveDate) -> Activity {
    let mut recipients = Vec::new();
    let mut transfers = Vec::new();
    for id in &p.agreements {
        let found = register.suppliers.iter().find_map(|(s, agreements)| {
            agreements
                .iter()
                .find(|f| &f.agreement.id == id)
                .map(|f| (s, agreements, f))
        });
        let Some((supplier, siblings, full)) = found else {
            continue;
        };
        let a = &full.agreement;
        let status = a.status_among(
            siblings.iter().map(|f| &f.agreement),
            day,
            DEFAULT_HORIZON_DAYS,
        );
        for country in a.storage_countries.iter().filter(|c| !in_eea(c)) {
            transfers.push(Transfer {
                recipient: supplier.name.clone(),
                via: None,
                country: country.clone(),
                transfer_safeguard: a.transfer_safeguard,
            });
        }
        for sp in full.subprocessors.iter().filter(|sp| !in_eea(&sp.country)) {
            transfers.push(Transfer {
                recipient: sp.name.clone(),
                via: Some(supplier.name.clone()),
                country: sp.country.clone(),
                transfer_safeguard: sp.transfer_safeguard,
            });
        }
        recipients.push(Recipient {
            kind: "supplier",
            id: supplier.id.clone(),
            name: supplier.name.clone(),
            role: Some(supplier.role),
            agreement: Some(a.id.clone()),
            agreement_status: Some(status),
            products: a.products.clone(),
            storage_countries: a.storage_countries.clone(),
            subprocessors: full
                .subprocessors
                .iter()
                .map(|sp| SubRecipient {
                    name: sp.name.clone(),
                    country: sp.country.clone(),
                    purpose: sp.purpose.clone(),
                    transfer_safeguard: sp.transfer_safeguard,
                })
                .collect(),
            basis: None,
            law: None,
            unlisted_categories: unlisted(
                p,
                &full.scope.iter().map(|e| e.category).collect::<Vec<_>>(),
                |q| q.agreements.contains(id),
                register,
            ),
        });
    }
    for id in &p.parties {
        if let Some(party) = register.parties.iter().find(|q| &q.id == id) {
            recipients.push(Recipient {
                kind: "party",
                id: party.id.clone(),
                name: party.name.clone(),
                role: None,
                agreement: None,
                agreement_status: None,
                products: Vec::new(),
                storage_countries: Vec::new(),
                subprocessors: Vec::new(),
                basis: Some(party.basis),
                law: party.law.clone(),
                unlisted_categories: unlisted(
                    p,
                    &party.categories,
                    |q| q.parties.contains(id),
                    register,
                ),
            });
        }
    }
    Activity {
        id: p.id.clone(),
        name: p.name.clone(),
        purposes: p.purposes.clone(),
        basis: p.basis,
        law: p.law.clone(),
        subjects: p
            .subjects
            .iter()
            .map(|s| Labelled {
                code: s.code().to_string(),
                label: s.label().to_string(),
            })
            .collect(),
        categories: p
            .categories
            .iter()
            .map(|c| {
                resolve(c, &register.categories).unwrap_or_else(|| CategoryInfo {
                    code: c.clone(),
                    label: c.clone(),
                    special: false,
                    national_id: false,
                    own: true,
                })
            })
            .collect(),
        recipients,
        transfers,
        retention: p.retention.clone(),
        security: p.security.clone(),
        dpia: p.dpia.clone(),
        owner: p.owner.clone(),
        review_on: p.review_on,
        notes: p.notes.clone(),
    }
}

/// The whole register of processing activities, as the Autoriteit Persoonsgegevens receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Art30 {
    /// The day the register describes.
    pub register_date: NaiveDate,
    pub controller: Controller,
    pub activities: Vec<Activity>,
}

/// The art. 30 register of `register` on `day`; an error when the controller's details are
/// incomplete or there is no activity to report.
pub fn art30(register: &Register, day: NaiveDate) -> Result<Art30, String> {
    let controller = controller(register.organisation.as_ref())?;
    if register.processings.is_empty() {
        return Err(crate::tr!("domain-art30-no-processing"));
    }
    Ok(Art30 {
        register_date: day,
        controller,
        activities: register
            .processings
            .iter()
            .map(|p| activity(p, register, day))
            .collect(),
    })
}

#[cfg(test)]
mod tests;
