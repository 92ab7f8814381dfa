//! Processor agreements (verwerkersovereenkomsten), their sub-processors and their status.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::code_enum;
use super::text::{Kind, check, check_opt};

code_enum! {
    /// Which text the agreement is based on.
    pub enum Model ("agreement model") {
        Model4 = "model-4.0", "Model Verwerkersovereenkomst 4.0";
        Model3 = "model-3.0", "Model Verwerkersovereenkomst 3.0";
        General4 = "general-4.0", "Algemene verwerkersovereenkomst onderwijs 4.0";
        Own = "own", "eigen overeenkomst";
        None = "none", "geen";
    }
}

code_enum! {
    /// The AVG chapter V ground for storing or processing outside the EEA.
    pub enum Safeguard ("transfer safeguard") {
        Adequacy = "adequacy", "adequaatheidsbesluit";
        Scc = "scc", "standaardcontractbepalingen (SCC)";
        Dpf = "dpf", "EU-US Data Privacy Framework";
        Bcr = "bcr", "bindende bedrijfsvoorschriften (BCR)";
        None = "none", "geen";
    }
}

/// What is wrong with sending data to `country` under `safeguard`, if anything. Inside the EEA
/// nothing is needed. Outside it: `none` or nothing is unsafeguarded; `dpf` holds for the United
/// States only; `adequacy` only for a country on the Commission's list; `scc` and `bcr`
/// anywhere.
pub fn transfer_problem(country: &str, safeguard: Option<Safeguard>) -> Option<TransferProblem> {
    use super::country::{has_adequacy, in_eea};
    match safeguard {
        _ if in_eea(country) => None,
        None | Some(Safeguard::None) => Some(TransferProblem::Unsafeguarded),
        Some(Safeguard::Dpf) if country != "US" => Some(TransferProblem::Invalid),
        Some(Safeguard::Adequacy) if !has_adequacy(country) => Some(TransferProblem::Invalid),
        Some(_) => None,
    }
}

/// The safeguard of a transfer outside the EEA to `country` as a Dutch reader (the GMR, the
/// parents, the art. 30 register) is told it: its name; one that does not hold for the country
/// (the audit's `transfer-safeguard-invalid`) is said to be invalid, never printed as if it
/// held; none at all is said to be missing. Each recipient has its own: a sub-processor never
/// borrows its agreement's.
pub fn safeguard_in_dutch(country: &str, safeguard: Option<Safeguard>) -> String {
    match (transfer_problem(country, safeguard), safeguard) {
        (Some(TransferProblem::Invalid), Some(s)) => format!(
            "{} (ongeldig: deze waarborg geldt niet voor {country})",
            s.label()
        ),
        (Some(_), _) | (None, None) => "geen waarborg vastgelegd".to_string(),
        (None, Some(s)) => s.label().to_string(),
    }
}

/// Why a transfer outside the EEA is not covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferProblem {
    /// No safeguard at all.
    Unsafeguarded,
    /// A safeguard that does not hold for that country.
    Invalid,
}

code_enum! {
    /// Where an agreement stands on a given day.
    pub enum Status ("agreement status") {
        Active = "active", "actief";
        Expiring = "expiring", "verloopt binnenkort";
        Expired = "expired", "verlopen";
        Terminated = "terminated", "beëindigd";
        Draft = "draft", "concept";
        Renewed = "renewed", "verlengd";
    }
}

impl Model {
    /// The text a supplier signs by its convenant standing: a deelnemer the Model VWO 4.0, a
    /// medestander the Algemene VWO; anyone else its own text.
    pub fn default_for(convenant: super::supplier::Convenant) -> Model {
        use super::supplier::Convenant;
        match convenant {
            Convenant::Participant => Model::Model4,
            Convenant::Supporter => Model::General4,
            Convenant::None | Convenant::Unknown => Model::Own,
        }
    }
}

impl Status {
    /// In force on the day: active, or active but expiring soon.
    pub fn in_force(self) -> bool {
        matches!(self, Status::Active | Status::Expiring)
    }
}

/// An agreement's dates in an order that can be: it expires neither before it was signed nor
/// before it takes effect, and is not ended before it was signed. Asked of each date a guided
/// `agreement add` is given, as it is typed.
pub fn date_order(
    id: &str,
    signed_on: Option<NaiveDate>,
    starts_on: Option<NaiveDate>,
    expires_on: Option<NaiveDate>,
    terminated_on: Option<NaiveDate>,
) -> Result<(), String> {
    if let (Some(signed), Some(expires)) = (signed_on, expires_on)
        && expires < signed
    {
        return Err(crate::tr!(
            "domain-agreement-expires-before-signed",
            id = id,
            expires = expires,
            signed = signed
        ));
    }
    if let (Some(starts), Some(expires)) = (starts_on, expires_on)
        && expires < starts
    {
        return Err(crate::tr!(
            "domain-agreement-expires-before-starts",
            id = id,
            expires = expires,
            starts = starts
        ));
    }
    if let (Some(signed), Some(ended)) = (signed_on, terminated_on)
        && ended < signed
    {
        return Err(crate::tr!(
            "domain-agreement-terminated-before-signed",
            id = id,
            ended = ended,
            signed = signed
        ));
    }
    Ok(())
}

/// The name an agreement's id is derived from: `<supplier id>-<year signed>`, the supplier part
/// shortened so that the year survives the length limit of derived ids.
pub fn id_base(supplier: &str, signed_on: Option<NaiveDate>) -> String {
    let supplier: String = supplier.chars().take(44).collect();
    let supplier = supplier.trim_end_matches('-');
    match signed_on {
        Some(day) => format!("{supplier}-{}", day.format("%Y")),
        None => supplier.to_string(),
    }
}

/// How many days ahead `expiring` looks when nothing else is said (the audit's default horizon).
pub const DEFAULT_HORIZON_DAYS: u32 = 90;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agreement {
    pub id: String,
    pub supplier: String,
    pub products: Vec<String>,
    pub model: Model,
    pub signed_on: Option<NaiveDate>,
    pub starts_on: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
    pub review_on: Option<NaiveDate>,
    pub terminated_on: Option<NaiveDate>,
    pub document: Option<String>,
    pub privacy_leaflet: Option<String>,
    pub storage_countries: Vec<String>,
    pub transfer_safeguard: Option<Safeguard>,
    pub breach_notice_hours: Option<u32>,
    pub dpia: Option<String>,
    pub notes: Option<String>,
    /// The schools it serves, as BRIN or BRIN with vestiging; none: every school of the board.
    pub schools: Vec<String>,
}

/// The longest breach notice term worth writing down: a year.
pub const MAX_BREACH_NOTICE_HOURS: u32 = 24 * 366;

impl Agreement {
    /// Whether its review date has passed on `as_of` (on the day itself it is not yet overdue).
    pub fn review_overdue(&self, as_of: NaiveDate) -> bool {
        self.review_on.is_some_and(|r| r < as_of)
    }

    /// The agreement's status on `as_of`, with `expiring` meaning "ends within `within_days`".
    ///
    /// The last day of an agreement is its `expires_on`: on that day it is still in force. A
    /// termination takes effect on `terminated_on`; before that day it ends like an expiry.
    /// Not yet signed, or signed but not yet started, is `draft`.
    pub fn status(&self, as_of: NaiveDate, within_days: u32) -> Status {
        if self.terminated_on.is_some_and(|t| t <= as_of) {
            return Status::Terminated;
        }
        if self.signed_on.is_none_or(|s| s > as_of) || self.starts_on.is_some_and(|s| s > as_of) {
            return Status::Draft;
        }
        match self.ends_on() {
            Some(end) if end < as_of => Status::Expired,
            Some(end)
                if as_of
                    .checked_add_days(Days::new(within_days.into()))
                    .is_none_or(|h| end <= h) =>
            {
                Status::Expiring
            }
            _ => Status::Active,
        }
    }

    /// The day it takes effect: its start, or without one the day it was signed.
    pub fn takes_effect(&self) -> Option<NaiveDate> {
        self.starts_on.or(self.signed_on)
    }

    /// Whether it is, was or will be in force at all: one terminated on or before the day it
    /// would take effect never is.
    pub fn ever_in_force(&self) -> bool {
        let takes_effect = self.takes_effect();
        self.terminated_on
            .is_none_or(|ended| takes_effect.is_some_and(|t| ended > t))
    }

    /// The agreement of the same supplier that renews this one: signed by `as_of`, taking effect
    /// after this one did and no later than the day after this one's last day, running longer,
    /// and for the same products (both name none, or they share one).
    pub fn renewed_by<'a>(
        &self,
        siblings: impl IntoIterator<Item = &'a Agreement>,
        as_of: NaiveDate,
    ) -> Option<&'a Agreement> {
        let end = self.ends_on()?;
        let next_day = end.succ_opt()?;
        let takes_effect = Agreement::takes_effect;
        let ours = takes_effect(self);
        siblings.into_iter().find(|other| {
            other.id != self.id
                && other.supplier == self.supplier
                && other.signed_on.is_some_and(|s| s <= as_of)
                && takes_effect(other).is_some_and(|t| Some(t) > ours && t <= next_day)
                && other.ends_on().is_none_or(|e| e > end)
                && self.same_products(other)
        })
    }

    /// Whether `other` covers what this one does: both name no product, or they share one.
    /// Agreements for other products of the supplier run beside this one; they do not renew it.
    fn same_products(&self, other: &Agreement) -> bool {
        (self.products.is_empty() && other.products.is_empty())
            || other.products.iter().any(|p| self.products.contains(p))
    }

    /// The agreement of the same supplier, for the same products, signed by `as_of` and
    /// taking effect after it, with a gap of a day or more after this one's last day: the
    /// successor is there, but until it takes effect the supplier has no agreement (and
    /// nothing is to be registered). One taking effect the day after renews this one
    /// ([`Agreement::renewed_by`]); an unsigned one is a draft, no successor yet.
    pub fn successor_to_come<'a>(
        &self,
        siblings: impl IntoIterator<Item = &'a Agreement>,
        as_of: NaiveDate,
    ) -> Option<&'a Agreement> {
        let next_day = self.ends_on()?.succ_opt()?;
        siblings.into_iter().find(|other| {
            other.id != self.id
                && other.supplier == self.supplier
                && other.signed_on.is_some_and(|s| s <= as_of)
                && other
                    .takes_effect()
                    .is_some_and(|t| t > as_of && t > next_day)
                && other.ever_in_force()
                && self.same_products(other)
        })
    }

    /// The status among the supplier's agreements: one that ends and has a successor does not
    /// expire, it is renewed (`active` until its last day, `renewed` after).
    pub fn status_among<'a>(
        &self,
        siblings: impl IntoIterator<Item = &'a Agreement>,
        as_of: NaiveDate,
        within_days: u32,
    ) -> Status {
        match self.status(as_of, within_days) {
            status @ (Status::Expiring | Status::Expired) => {
                match (self.renewed_by(siblings, as_of), status) {
                    (None, _) => status,
                    (Some(_), Status::Expiring) => Status::Active,
                    (Some(_), _) => Status::Renewed,
                }
            }
            status => status,
        }
    }

    /// The last day in force: the expiry date, or the day before a termination takes effect.
    pub fn ends_on(&self) -> Option<NaiveDate> {
        let last_before_termination = self.terminated_on.and_then(|t| t.pred_opt());
        match (self.expires_on, last_before_termination) {
            (Some(e), Some(t)) => Some(e.min(t)),
            (e, t) => e.or(t),
        }
    }

    /// The agreement as it is stored, whichever way it came in: product names trimmed, and each
    /// product and storage country once, in the order first given.
    pub fn normalised(mut self) -> Agreement {
        use super::once;
        self.products = once(self.products.iter().map(|p| p.trim().to_string()));
        self.storage_countries = once(self.storage_countries);
        self
    }

    /// The rules an agreement must satisfy before it is stored.
    pub fn validate(&self) -> Result<(), String> {
        date_order(
            &self.id,
            self.signed_on,
            self.starts_on,
            self.expires_on,
            self.terminated_on,
        )?;
        if let Some(hours) = self.breach_notice_hours
            && (hours == 0 || hours > MAX_BREACH_NOTICE_HOURS)
        {
            return Err(crate::tr!(
                "domain-agreement-notice-hours",
                id = &self.id,
                hours = hours.to_string(),
                max = MAX_BREACH_NOTICE_HOURS.to_string()
            ));
        }
        if self.products.iter().any(|p| p.trim().is_empty()) {
            return Err(crate::tr!("domain-agreement-empty-product", id = &self.id));
        }
        let texts = self
            .products
            .iter()
            .map(|p| ("a product name", Some(p.as_str()), Kind::Name))
            .chain([
                (
                    "the privacy leaflet",
                    self.privacy_leaflet.as_deref(),
                    Kind::Name,
                ),
                (
                    "the document reference",
                    self.document.as_deref(),
                    Kind::Line,
                ),
                ("the DPIA reference", self.dpia.as_deref(), Kind::Line),
                ("the notes", self.notes.as_deref(), Kind::Notes),
            ]);
        for (what, value, kind) in texts {
            check_opt(what, value, kind)
                .map_err(|e| crate::tr!("domain-agreement-problem", id = &self.id, problem = e))?;
        }
        if self.products.len() > 100 || self.storage_countries.len() > 100 {
            return Err(crate::tr!("domain-agreement-too-many", id = &self.id));
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Subprocessor {
    pub name: String,
    pub country: String,
    pub purpose: Option<String>,
    pub transfer_safeguard: Option<Safeguard>,
}

/// An agreement names each sub-processor once: the error when `named` (the names it has)
/// already holds `name`, as stored (trimmed).
pub fn subprocessor_named_once(
    agreement: &str,
    named: &[String],
    name: &str,
) -> Result<(), String> {
    let name = name.trim();
    match named.iter().any(|n| n == name) {
        true => Err(crate::tr!(
            "domain-subprocessor-exists",
            id = agreement,
            name = name
        )),
        false => Ok(()),
    }
}

impl Subprocessor {
    pub fn validate(&self) -> Result<(), String> {
        if self.name.trim().is_empty() {
            return Err(crate::tr!("domain-subprocessor-needs-name"));
        }
        if self.name.contains(['\n', '\r']) {
            return Err(crate::tr!("domain-subprocessor-one-line"));
        }
        check("the sub-processor's name", &self.name, Kind::Name)?;
        check_opt("the purpose", self.purpose.as_deref(), Kind::Line)
    }
}

#[cfg(test)]
mod tests;
