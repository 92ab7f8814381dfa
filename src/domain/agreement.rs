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
        let takes_effect = |a: &Agreement| a.starts_on.or(a.signed_on);
        let ours = takes_effect(self);
        // Agreements for other products of the supplier run beside this one, they do not renew it.
        let same_products = |other: &Agreement| {
            (self.products.is_empty() && other.products.is_empty())
                || other.products.iter().any(|p| self.products.contains(p))
        };
        siblings.into_iter().find(|other| {
            other.id != self.id
                && other.supplier == self.supplier
                && other.signed_on.is_some_and(|s| s <= as_of)
                && takes_effect(other).is_some_and(|t| Some(t) > ours && t <= next_day)
                && other.ends_on().is_none_or(|e| e > end)
                && same_products(other)
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
        if let (Some(signed), Some(expires)) = (self.signed_on, self.expires_on)
            && expires < signed
        {
            return Err(crate::tr!(
                "domain-agreement-expires-before-signed",
                id = &self.id,
                expires = expires,
                signed = signed
            ));
        }
        if let (Some(starts), Some(expires)) = (self.starts_on, self.expires_on)
            && expires < starts
        {
            return Err(crate::tr!(
                "domain-agreement-expires-before-starts",
                id = &self.id,
                expires = expires,
                starts = starts
            ));
        }
        if let (Some(signed), Some(ended)) = (self.signed_on, self.terminated_on)
            && ended < signed
        {
            return Err(crate::tr!(
                "domain-agreement-terminated-before-signed",
                id = &self.id,
                ended = ended,
                signed = signed
            ));
        }
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
mod tests {
    use super::*;

    #[test]
    fn a_successor_in_time_renews_and_a_late_or_unsigned_one_does_not() {
        let mut old = signed("2024-01-01");
        old.id = "old".into();
        old.expires_on = Some("2026-12-31".parse().unwrap());
        let next = |starts: &str, signed: Option<&str>| Agreement {
            id: "new".into(),
            signed_on: signed.map(|s| s.parse().unwrap()),
            starts_on: Some(starts.parse().unwrap()),
            expires_on: None,
            ..old.clone()
        };
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        // Takes effect the day after the last day: renewed.
        let on_time = next("2027-01-01", Some("2026-11-01"));
        assert_eq!(
            old.status_among([&on_time], d("2026-12-01"), 90),
            Status::Active
        );
        assert_eq!(
            old.status_among([&on_time], d("2027-02-01"), 90),
            Status::Renewed
        );
        assert!(!Status::Renewed.in_force());
        // A day's gap: not renewed.
        let gap = next("2027-01-02", Some("2026-11-01"));
        assert_eq!(
            old.status_among([&gap], d("2026-12-01"), 90),
            Status::Expiring
        );
        assert_eq!(
            old.status_among([&gap], d("2027-02-01"), 90),
            Status::Expired
        );
        // Not yet signed on the day asked: not renewed.
        let unsigned = next("2027-01-01", Some("2027-01-15"));
        assert_eq!(
            old.status_among([&unsigned], d("2026-12-01"), 90),
            Status::Expiring
        );
        assert_eq!(
            old.status_among([&unsigned], d("2027-02-01"), 90),
            Status::Renewed
        );
        let never = next("2027-01-01", None);
        assert_eq!(
            old.status_among([&never], d("2027-02-01"), 90),
            Status::Expired
        );
        // An older agreement is no successor.
        let older = next("2023-01-01", Some("2023-01-01"));
        assert_eq!(
            old.status_among([&older], d("2027-02-01"), 90),
            Status::Expired
        );
        // Itself is no successor.
        assert_eq!(
            old.status_among([&old], d("2027-02-01"), 90),
            Status::Expired
        );
        // One that ends first, or is for another product, runs beside it.
        let shorter = Agreement {
            expires_on: Some(d("2026-12-31")),
            ..on_time.clone()
        };
        assert_eq!(
            old.status_among([&shorter], d("2027-02-01"), 90),
            Status::Expired
        );
        let mut rekenen = old.clone();
        rekenen.products = vec!["Rekenen".into()];
        let taal = Agreement {
            products: vec!["Taal".into()],
            ..on_time.clone()
        };
        assert_eq!(
            rekenen.status_among([&taal], d("2027-02-01"), 90),
            Status::Expired
        );
        let both = Agreement {
            products: vec!["Taal".into(), "Rekenen".into()],
            ..on_time.clone()
        };
        assert_eq!(
            rekenen.status_among([&both], d("2027-02-01"), 90),
            Status::Renewed
        );
    }

    #[test]
    fn products_and_countries_are_stored_once_each() {
        let a = Agreement {
            products: vec![" Y ".into(), "Y".into(), "Taal".into(), "Y".into()],
            storage_countries: vec!["NL".into(), "DE".into(), "NL".into()],
            ..signed("2024-01-01")
        }
        .normalised();
        assert_eq!(a.products, ["Y", "Taal"]);
        assert_eq!(a.storage_countries, ["NL", "DE"]);
    }

    #[test]
    fn each_safeguard_holds_only_where_the_law_says() {
        use TransferProblem::*;
        assert_eq!(transfer_problem("NL", None), None);
        assert_eq!(transfer_problem("US", None), Some(Unsafeguarded));
        assert_eq!(
            transfer_problem("US", Some(Safeguard::None)),
            Some(Unsafeguarded)
        );
        assert_eq!(transfer_problem("US", Some(Safeguard::Dpf)), None);
        assert_eq!(transfer_problem("IN", Some(Safeguard::Dpf)), Some(Invalid));
        assert_eq!(
            transfer_problem("US", Some(Safeguard::Adequacy)),
            Some(Invalid)
        );
        assert_eq!(transfer_problem("GB", Some(Safeguard::Adequacy)), None);
        assert_eq!(transfer_problem("IN", Some(Safeguard::Scc)), None);
        assert_eq!(transfer_problem("CN", Some(Safeguard::Bcr)), None);
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_review_is_overdue_the_day_after_its_date() {
        let mut a = signed("2025-08-01");
        assert!(!a.review_overdue(d("2026-08-01")));
        a.review_on = Some(d("2026-08-01"));
        assert!(!a.review_overdue(d("2026-08-01")));
        assert!(a.review_overdue(d("2026-08-02")));
    }

    fn signed(on: &str) -> Agreement {
        Agreement {
            schools: vec![],
            id: "a".into(),
            supplier: "s".into(),
            products: vec![],
            model: Model::Model4,
            signed_on: Some(d(on)),
            starts_on: None,
            expires_on: None,
            review_on: None,
            terminated_on: None,
            document: None,
            privacy_leaflet: None,
            storage_countries: vec![],
            transfer_safeguard: None,
            breach_notice_hours: None,
            dpia: None,
            notes: None,
        }
    }

    #[test]
    fn expiry_day_is_the_last_day_in_force() {
        let mut a = signed("2024-01-01");
        a.expires_on = Some(d("2026-11-28"));
        assert_eq!(a.status(d("2026-11-28"), 0), Status::Expiring);
        assert_eq!(a.status(d("2026-11-29"), 0), Status::Expired);
        assert_eq!(a.status(d("2026-11-27"), 0), Status::Active);
    }

    #[test]
    fn expiring_within_exactly_n_days() {
        let mut a = signed("2024-01-01");
        a.expires_on = Some(d("2027-02-26"));
        let as_of = d("2026-11-28");
        assert_eq!((d("2027-02-26") - as_of).num_days(), 90);
        assert_eq!(a.status(as_of, 90), Status::Expiring);
        assert_eq!(a.status(as_of, 89), Status::Active);
    }

    #[test]
    fn no_expiry_is_active_for_ever() {
        let a = signed("2020-01-01");
        assert_eq!(a.status(d("2099-12-31"), 90), Status::Active);
        assert_eq!(a.status(d("2020-01-01"), u32::MAX), Status::Active);
    }

    #[test]
    fn unsigned_or_not_started_is_draft() {
        let mut a = signed("2026-12-01");
        assert_eq!(a.status(d("2026-11-30"), 90), Status::Draft);
        assert_eq!(a.status(d("2026-12-01"), 90), Status::Active);
        a.signed_on = None;
        assert_eq!(a.status(d("2030-01-01"), 90), Status::Draft);
        let mut b = signed("2026-01-01");
        b.starts_on = Some(d("2026-08-01"));
        assert_eq!(b.status(d("2026-07-31"), 90), Status::Draft);
        assert_eq!(b.status(d("2026-08-01"), 90), Status::Active);
    }

    #[test]
    fn termination_takes_effect_on_its_day() {
        let mut a = signed("2024-01-01");
        a.terminated_on = Some(d("2026-12-31"));
        // In force up to and including the day before.
        assert_eq!(a.ends_on(), Some(d("2026-12-30")));
        assert_eq!(a.status(d("2026-12-29"), 0), Status::Active);
        assert_eq!(a.status(d("2026-12-29"), 1), Status::Expiring);
        assert_eq!(a.status(d("2026-12-30"), 0), Status::Expiring);
        assert_eq!(a.status(d("2026-12-31"), 90), Status::Terminated);
        // Terminated wins over expired: the agreement was ended on purpose.
        a.expires_on = Some(d("2025-01-01"));
        assert_eq!(a.status(d("2027-01-01"), 90), Status::Terminated);
        assert_eq!(a.status(d("2026-01-01"), 90), Status::Expired);
    }

    #[test]
    fn in_force_means_active_or_expiring() {
        let in_force: Vec<_> = Status::ALL.iter().filter(|s| s.in_force()).collect();
        assert_eq!(in_force, [&Status::Active, &Status::Expiring]);
    }

    #[test]
    fn dates_must_be_in_order() {
        let mut a = signed("2024-05-01");
        a.expires_on = Some(d("2024-05-01"));
        assert!(a.validate().is_ok());
        a.expires_on = Some(d("2024-04-30"));
        assert!(a.validate().unwrap_err().contains("before signed_on"));
        let mut b = signed("2024-05-01");
        b.terminated_on = Some(d("2024-04-30"));
        assert!(b.validate().is_err());
        let mut c = signed("2024-05-01");
        c.starts_on = Some(d("2025-01-01"));
        c.expires_on = Some(d("2024-12-31"));
        assert!(c.validate().unwrap_err().contains("before starts_on"));
    }

    #[test]
    fn an_end_before_the_start_is_refused_in_the_readers_language() {
        use crate::i18n::{Lang, speaking};
        let mut a = signed("2024-05-01");
        a.expires_on = Some(d("2024-04-30"));
        assert_eq!(
            a.validate().unwrap_err(),
            "agreement a: expires_on 2024-04-30 is before signed_on 2024-05-01"
        );
        assert_eq!(
            speaking(Lang::Nl, || a.validate().unwrap_err()),
            "verwerkersovereenkomst a: expires_on 2024-04-30 ligt voor signed_on 2024-05-01"
        );
        a.expires_on = None;
        a.notes = Some("\u{1b}[8m".into());
        assert_eq!(
            speaking(Lang::Nl, || a.validate().unwrap_err()),
            "verwerkersovereenkomst a: in de notities staat het stuurteken U+001B"
        );
    }

    #[test]
    fn breach_hours_are_bounded() {
        let mut a = signed("2024-05-01");
        a.breach_notice_hours = Some(0);
        assert!(a.validate().is_err());
        a.breach_notice_hours = Some(24);
        assert!(a.validate().is_ok());
        a.breach_notice_hours = Some(MAX_BREACH_NOTICE_HOURS + 1);
        assert!(a.validate().is_err());
    }

    #[test]
    fn an_id_is_the_supplier_and_the_year_signed() {
        assert_eq!(id_base("heutink", Some(d("2024-05-01"))), "heutink-2024");
        assert_eq!(id_base("heutink", None), "heutink");
        // Shortened to 44 characters, without a dangling hyphen, so the year survives.
        let long = format!("{}-{}", "a".repeat(43), "b".repeat(20));
        assert_eq!(
            id_base(&long, Some(d("2026-01-01"))),
            format!("{}-2026", "a".repeat(43))
        );
    }

    #[test]
    fn an_agreement_may_expire_or_end_on_the_day_it_starts() {
        let mut a = signed("2024-05-01");
        a.starts_on = Some(d("2024-06-01"));
        a.expires_on = Some(d("2024-06-01"));
        assert_eq!(a.validate(), Ok(()));
        assert_eq!(a.status(d("2024-06-01"), 0), Status::Expiring);
        assert_eq!(a.status(d("2024-06-02"), 0), Status::Expired);
        let mut b = signed("2024-05-01");
        b.terminated_on = Some(d("2024-05-01"));
        assert_eq!(b.validate(), Ok(()));
        assert_eq!(b.status(d("2024-05-01"), 0), Status::Terminated);
    }

    #[test]
    fn breach_hours_run_from_one_hour_to_a_year_of_366_days() {
        let mut a = signed("2024-05-01");
        a.breach_notice_hours = Some(1);
        assert!(a.validate().is_ok());
        a.breach_notice_hours = Some(8784);
        assert!(a.validate().is_ok());
        a.breach_notice_hours = Some(8785);
        assert!(a.validate().is_err());
    }

    #[test]
    fn at_most_100_products_and_100_countries() {
        let names = |n: usize| (0..n).map(|i| format!("P{i}")).collect::<Vec<_>>();
        for (products, countries, ok) in [(100, 100, true), (101, 0, false), (0, 101, false)] {
            let a = Agreement {
                products: names(products),
                storage_countries: names(countries),
                ..signed("2024-05-01")
            };
            assert_eq!(
                a.validate().is_ok(),
                ok,
                "{products} products, {countries} countries"
            );
        }
    }

    #[test]
    fn a_sub_processor_needs_a_name_on_one_line() {
        let sub = |name: &str| Subprocessor {
            name: name.into(),
            country: "NL".into(),
            purpose: Some("hosting".into()),
            transfer_safeguard: None,
        };
        assert_eq!(sub("Amazon Web Services").validate(), Ok(()));
        assert!(sub("  ").validate().is_err());
        assert!(sub("Amazon\nWeb Services").validate().is_err());
    }

    #[test]
    fn a_successor_starting_the_same_day_or_ending_sooner_or_for_products_does_not_renew() {
        let mut old = signed("2024-01-01");
        old.id = "old".into();
        old.expires_on = Some(d("2026-12-31"));
        let after_end = d("2027-02-01");
        let successor = |starts: &str, expires: Option<&str>, products: &[&str]| Agreement {
            id: "new".into(),
            signed_on: Some(d("2023-12-01")),
            starts_on: Some(d(starts)),
            expires_on: expires.map(d),
            products: products.iter().map(|p| p.to_string()).collect(),
            ..old.clone()
        };
        // Ends later than the old one: renews it.
        let longer = successor("2027-01-01", Some("2029-12-31"), &[]);
        assert_eq!(old.status_among([&longer], after_end, 90), Status::Renewed);
        // Takes effect on the same day as the old one: it runs beside it.
        let same_day = successor("2024-01-01", None, &[]);
        assert_eq!(
            old.status_among([&same_day], after_end, 90),
            Status::Expired
        );
        // For one product, while the old one names none: not the same products.
        let one_product = successor("2027-01-01", None, &["Taal"]);
        assert_eq!(
            old.status_among([&one_product], after_end, 90),
            Status::Expired
        );
    }
}
