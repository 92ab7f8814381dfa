//! Suppliers (leveranciers) and their Privacyconvenant status.

use chrono::NaiveDate;
use serde::Serialize;

use super::code_enum;
use super::text::{Kind, check, check_opt};

code_enum! {
    /// The supplier's role towards the school board under the AVG.
    pub enum Role ("role") {
        Processor = "processor", "verwerker" | "verwerker";
        Controller = "controller", "verwerkingsverantwoordelijke" | "verwerkingsverantwoordelijke";
        JointController = "joint-controller", "gezamenlijk verwerkingsverantwoordelijke";
    }
}

code_enum! {
    /// Standing under the Convenant Digitale Onderwijsmiddelen en Privacy.
    pub enum Convenant ("convenant status") {
        Participant = "participant", "deelnemer" | "deelnemer";
        Supporter = "supporter", "medestander" | "medestander";
        None = "none", "geen" | "geen";
        Unknown = "unknown", "onbekend" | "onbekend";
    }
}

code_enum! {
    /// The version of the Privacyconvenant a supplier joined.
    pub enum ConvenantVersion ("convenant version") {
        V2 = "2.0", "2.0" | "2";
        V3 = "3.0", "3.0" | "3";
        V4 = "4.0", "4.0" | "4";
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Supplier {
    pub id: String,
    pub name: String,
    pub kvk: Option<String>,
    pub website: Option<String>,
    pub contact: Option<String>,
    pub role: Role,
    pub convenant: Convenant,
    pub convenant_version: Option<ConvenantVersion>,
    pub convenant_checked_on: Option<NaiveDate>,
    pub notes: Option<String>,
    /// No longer a supplier from this day: kept, with its agreements, as evidence.
    pub retired_on: Option<NaiveDate>,
    pub retired_reason: Option<String>,
}

impl Supplier {
    /// A new supplier with nothing known but its name.
    pub fn new(id: String, name: String) -> Self {
        Supplier {
            id,
            name,
            kvk: None,
            website: None,
            contact: None,
            role: Role::Processor,
            convenant: Convenant::Unknown,
            convenant_version: None,
            convenant_checked_on: None,
            notes: None,
            retired_on: None,
            retired_reason: None,
        }
    }

    /// No longer a supplier on `day`.
    pub fn retired_by(&self, day: NaiveDate) -> bool {
        self.retired_on.is_some_and(|r| r <= day)
    }

    /// The rules a supplier must satisfy before it is stored.
    pub fn validate(&self) -> Result<(), String> {
        if self.name.trim().is_empty() {
            return Err(crate::tr!("domain-supplier-needs-name"));
        }
        if let Some(kvk) = &self.kvk {
            validate_kvk(kvk)?;
        }
        check("the name", &self.name, Kind::Name)?;
        check_opt("the website", self.website.as_deref(), Kind::Name)?;
        check_opt("the contact", self.contact.as_deref(), Kind::Name)?;
        check_opt("the notes", self.notes.as_deref(), Kind::Notes)?;
        check_opt("the reason", self.retired_reason.as_deref(), Kind::Notes)?;
        if self.retired_reason.is_some() && self.retired_on.is_none() {
            return Err(crate::tr!(
                "domain-supplier-reason-needs-day",
                id = &self.id
            ));
        }
        // Only a deelnemer or medestander joined a version of the convenant.
        if let Some(version) = self.convenant_version
            && !matches!(
                self.convenant,
                Convenant::Participant | Convenant::Supporter
            )
        {
            return Err(crate::tr!(
                "domain-supplier-version-without-status",
                id = &self.id,
                version = version.code(),
                status = self.convenant.code()
            ));
        }
        Ok(())
    }

    /// [`Supplier::validate`], and the rules that depend on the day: a convenant check is
    /// recorded once it is done, never ahead.
    pub fn validate_on(&self, today: NaiveDate) -> Result<(), String> {
        self.validate()?;
        if let Some(checked) = self.convenant_checked_on.filter(|d| *d > today) {
            return Err(crate::tr!(
                "domain-supplier-checked-after-today",
                id = &self.id,
                checked = checked,
                today = today
            ));
        }
        Ok(())
    }
}

/// A supplier's name as people compare them: without case, punctuation, accents or the legal
/// form (B.V., BV, N.V., V.O.F., ...), and with letters of other scripts written in Latin ones
/// as ids are made (a Cyrillic е is an e), so that "Gynzy B.V.", "gynzy bv" and "Gýnzy" are
/// one supplier, and so are two names that give one id.
pub fn comparable_name(name: &str) -> String {
    const LEGAL_FORMS: &[&str] = &["bv", "nv", "vof", "cv", "ltd", "inc", "gmbh", "llc", "sa"];
    let latin = deunicode::deunicode(name);
    let words: Vec<String> = latin
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let mut words: Vec<&str> = words.iter().map(String::as_str).collect();
    while words.len() > 1 && words.last().is_some_and(|w| LEGAL_FORMS.contains(w)) {
        words.pop();
    }
    words.concat()
}

/// The supplier among `others` (another id) that `new` looks like: the same name as people
/// compare them ([`comparable_name`]), or the same KvK number. `supplier add` refuses it,
/// `import` warns.
pub fn namesake<'a>(
    others: impl IntoIterator<Item = &'a Supplier>,
    new: &Supplier,
) -> Option<&'a Supplier> {
    let name = comparable_name(&new.name);
    others.into_iter().find(|s| {
        s.id != new.id
            && (comparable_name(&s.name) == name || (new.kvk.is_some() && s.kvk == new.kvk))
    })
}

/// A KvK number is exactly 8 digits.
pub fn validate_kvk(kvk: &str) -> Result<(), String> {
    if kvk.len() == 8 && kvk.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(crate::tr!("domain-supplier-bad-kvk", kvk = kvk))
    }
}

/// Whole days from `checked_on` to `as_of` (negative when checked "in the future").
pub fn days_since(checked_on: Option<NaiveDate>, as_of: NaiveDate) -> Option<i64> {
    checked_on.map(|d| (as_of - d).num_days())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_case_punctuation_or_legal_form() {
        let same = comparable_name("Gynzy B.V.");
        // An accent, a zero-width space: the same name to a reader.
        for other in [
            "gynzy bv",
            "GYNZY",
            "Gynzy, B.V.",
            "Gynzy BV.",
            "Gýnzy",
            "Gyn\u{200b}zy",
        ] {
            assert_eq!(comparable_name(other), same, "{other}");
        }
        // A Cyrillic е where a Latin e belongs gave the id `cloudwerk-inc`, and passed.
        assert_eq!(
            comparable_name("Cloudw\u{435}rk Inc."),
            comparable_name("Cloudwerk Inc.")
        );
        assert_eq!(
            comparable_name("Van Dijk N.V."),
            comparable_name("van dijk")
        );
        assert_eq!(
            comparable_name("Fotografie Zonnestraal V.O.F."),
            comparable_name("Fotografie Zonnestraal")
        );
        assert_ne!(comparable_name("Gynzy"), comparable_name("Gynzy Plus"));
        // A name that is only a legal form stays itself.
        assert_eq!(comparable_name("B.V."), "bv");
    }

    #[test]
    fn kvk_must_be_eight_digits() {
        assert!(validate_kvk("12345678").is_ok());
        assert!(validate_kvk("1234567").is_err());
        assert!(validate_kvk("123456789").is_err());
        assert!(validate_kvk("1234567a").is_err());
        assert!(validate_kvk("").is_err());
    }

    #[test]
    fn dutch_words_are_accepted_for_convenant_status() {
        assert_eq!("deelnemer".parse(), Ok(Convenant::Participant));
        assert_eq!("Medestander".parse(), Ok(Convenant::Supporter));
        assert_eq!("supporter".parse(), Ok(Convenant::Supporter));
        let err = "member".parse::<Convenant>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown convenant status 'member' (expected one of: participant, supporter, none, unknown)"
        );
    }

    #[test]
    fn a_version_belongs_to_members_and_a_check_to_the_past() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let mut s = Supplier::new("x".into(), "X".into());
        s.convenant_version = Some(ConvenantVersion::V4);
        for status in [Convenant::None, Convenant::Unknown] {
            s.convenant = status;
            assert!(s.validate().unwrap_err().contains("version 4.0"));
        }
        for status in [Convenant::Participant, Convenant::Supporter] {
            s.convenant = status;
            assert_eq!(s.validate_on(today), Ok(()));
        }
        s.convenant_checked_on = today.succ_opt();
        assert!(s.validate_on(today).unwrap_err().contains("after today"));
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn days_since_check_counts_whole_days() {
        let as_of = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let checked = NaiveDate::from_ymd_opt(2025, 11, 28).unwrap();
        assert_eq!(days_since(Some(checked), as_of), Some(365));
        assert_eq!(days_since(None, as_of), None);
    }

    #[test]
    fn a_supplier_retired_on_a_day_is_retired_from_that_day() {
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        let mut s = Supplier::new("x".into(), "X".into());
        assert!(!s.retired_by(day("2026-11-28")));
        s.retired_on = Some(day("2026-11-28"));
        assert!(!s.retired_by(day("2026-11-27")));
        assert!(s.retired_by(day("2026-11-28")));
        // Checked today is no check in the future.
        s.convenant_checked_on = Some(day("2026-11-28"));
        assert_eq!(s.validate_on(day("2026-11-28")), Ok(()));
    }
}
