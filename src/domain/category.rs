//! The fixed catalogue of pupil data categories.

use serde::Serialize;

use super::code_enum;
use super::text::{Kind, check_opt};

code_enum! {
    /// A kind of pupil data an agreement or external party may receive.
    pub enum Category ("data category") {
        EckId = "eck-id", "ECK iD";
        PupilNumber = "pupil-number", "leerlingnummer";
        Name = "name", "naam";
        BirthDate = "birth-date", "geboortedatum";
        Gender = "gender", "geslacht";
        Group = "group", "groep/klas";
        School = "school", "school/vestiging";
        Contact = "contact", "contactgegevens leerling/ouders (adres, telefoon, e-mail)";
        Parents = "parents", "ouders/voogd";
        Account = "account", "inlog/e-mailaccount";
        Results = "results", "leer- en toetsresultaten";
        Progress = "progress", "ontwikkeling, observaties, OPP";
        Attendance = "attendance", "verzuim";
        Support = "support", "zorg- en begeleidingsgegevens";
        Photo = "photo", "beeldmateriaal";
        Usage = "usage", "gebruiks- en loggegevens, IP";
        Finance = "finance", "financiële gegevens";
        Nationality = "nationality", "nationaliteit, geboorteplaats";
        Employment = "employment", "dienstverband (functie, aanstelling, contract)";
        PersonnelFile = "personnel-file", "personeelsdossier";
        Salary = "salary", "salaris- en betaalgegevens";
        Absence = "absence", "ziekteverzuim medewerkers";
        Assessment = "assessment", "functionering en beoordeling";
        Health = "health", "medische gegevens";
        Religion = "religion", "godsdienst/levensovertuiging";
        Ethnicity = "ethnicity", "etnische afkomst";
        Bsn = "bsn", "BSN/onderwijsnummer";
    }
}

impl Category {
    /// A special category of personal data (AVG art. 9). Sick leave of staff is data about
    /// their health.
    pub fn special(self) -> bool {
        matches!(
            self,
            Category::Absence | Category::Health | Category::Religion | Category::Ethnicity
        )
    }

    /// Data about staff (employment, personnel file, salary, sick leave, assessment), never
    /// about a pupil: an access answer for a pupil leaves it out.
    pub fn about_staff(self) -> bool {
        matches!(
            self,
            Category::Employment
                | Category::PersonnelFile
                | Category::Salary
                | Category::Absence
                | Category::Assessment
        )
    }

    /// Data about pupils alone (their ECK iD, number, group, parents, results, progress,
    /// attendance, support): a data set with any of it is about pupils, whatever else it holds.
    pub fn about_pupils(self) -> bool {
        matches!(
            self,
            Category::EckId
                | Category::PupilNumber
                | Category::Group
                | Category::Parents
                | Category::Results
                | Category::Progress
                | Category::Attendance
                | Category::Support
        )
    }

    /// A national identification number (UAVG art. 46): only where a law prescribes it.
    pub fn national_id(self) -> bool {
        self == Category::Bsn
    }
}

/// One line of `scope categories`.
#[derive(Debug, Clone, Serialize)]
pub struct CatalogueEntry {
    pub code: Category,
    pub label: &'static str,
    pub special: bool,
    pub national_id: bool,
}

pub fn catalogue() -> Vec<CatalogueEntry> {
    Category::ALL
        .iter()
        .map(|&c| CatalogueEntry {
            code: c,
            label: c.label(),
            special: c.special(),
            national_id: c.national_id(),
        })
        .collect()
}

/// What an agreement says about one category it receives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScopeEntry {
    pub category: Category,
    pub purpose: Option<String>,
    pub retention: Option<String>,
    /// The law that prescribes this processing, where one is needed (the BSN).
    pub law: Option<String>,
}

/// The codes of the special categories (AVG art. 9) among `categories`: what an agreement needs
/// a DPIA for, and what a party receives only where the prohibition is lifted.
/// Category codes as a message says them: the codes in English, the Dutch labels in Dutch.
pub fn said(codes: &[&'static str]) -> crate::i18n::Arg {
    crate::i18n::Arg::Words(
        codes
            .iter()
            .map(|code| (*code, Category::label_of(code).unwrap_or(code)))
            .collect(),
    )
}

pub fn special_codes<'a>(categories: impl IntoIterator<Item = &'a Category>) -> Vec<&'static str> {
    categories
        .into_iter()
        .filter(|c| c.special())
        .map(|c| c.code())
        .collect()
}

/// Whether a scope has the BSN on a line that names no law (UAVG art. 46): the audit's
/// `bsn-shared`, and `scope add`'s warning. The pupil administration names the law.
pub fn bsn_without_law(scope: &[ScopeEntry]) -> bool {
    scope
        .iter()
        .any(|e| e.category == Category::Bsn && e.law.is_none())
}

impl ScopeEntry {
    /// A category alone: no purpose, retention or law.
    pub fn of(category: Category) -> ScopeEntry {
        ScopeEntry {
            category,
            purpose: None,
            retention: None,
            law: None,
        }
    }

    pub fn validate(&self) -> Result<(), String> {
        check_opt("the law", self.law.as_deref(), Kind::Line)?;
        check_opt("the purpose", self.purpose.as_deref(), Kind::Line)?;
        check_opt("the retention", self.retention.as_deref(), Kind::Line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_data_and_pupil_data_are_told_apart() {
        for c in Category::ALL {
            assert!(!(c.about_staff() && c.about_pupils()), "{c} is both");
        }
        assert!(Category::Salary.about_staff() && Category::Absence.about_staff());
        assert!(Category::Results.about_pupils() && Category::EckId.about_pupils());
        // What both have says neither.
        assert!(!Category::Name.about_staff() && !Category::Name.about_pupils());
    }

    #[test]
    fn flags_follow_the_avg() {
        let special: Vec<_> = Category::ALL.iter().filter(|c| c.special()).collect();
        assert_eq!(
            special,
            [
                &Category::Absence,
                &Category::Health,
                &Category::Religion,
                &Category::Ethnicity
            ]
        );
        assert!(Category::Bsn.national_id());
        let mut entry = ScopeEntry::of(Category::Name);
        assert!(entry.validate().is_ok());
        entry.purpose = Some("inloggen\nen meer".into());
        assert!(entry.validate().unwrap_err().contains("purpose"));
        entry.purpose = None;
        entry.retention = Some("1 jaar\n".into());
        assert!(entry.validate().unwrap_err().contains("retention"));
        entry.retention = None;
        entry.law = Some("x".repeat(10_001));
        assert!(entry.validate().unwrap_err().contains("law"));
        assert!(!Category::EckId.national_id());
        assert_eq!(catalogue().len(), 27);
    }

    #[test]
    fn unknown_category_names_the_catalogue() {
        let err = "medical".parse::<Category>().unwrap_err().to_string();
        assert!(err.starts_with("unknown data category 'medical' (expected one of: eck-id, "));
    }
}
