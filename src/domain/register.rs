//! The register as the domain sees it: every entity, checked, as a register file describes it
//! and as the store holds it.

use serde::Serialize;

use crate::domain::agreement::{Agreement, Subprocessor};
use crate::domain::breach::Breach;
use crate::domain::category::ScopeEntry;
use crate::domain::consent::Purpose;
use crate::domain::organisation::{Organisation, School};
use crate::domain::party::Party;
use crate::domain::processing::{OwnCategory, Processing};
use crate::domain::supplier::Supplier;

/// An agreement with everything hanging off it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementFull {
    pub agreement: Agreement,
    pub scope: Vec<ScopeEntry>,
    pub subprocessors: Vec<Subprocessor>,
}

/// The content of a register, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Register {
    pub organisation: Option<Organisation>,
    pub schools: Vec<School>,
    pub suppliers: Vec<(Supplier, Vec<AgreementFull>)>,
    pub parties: Vec<Party>,
    pub purposes: Vec<Purpose>,
    pub breaches: Vec<Breach>,
    pub accepted: Vec<crate::domain::audit::Acceptance>,
    /// The board's own data categories.
    pub categories: Vec<OwnCategory>,
    /// The register of processing activities (AVG art. 30).
    pub processings: Vec<Processing>,
    pub import_profiles: Vec<ImportProfile>,
}

/// A saved column mapping of `vreg pupil import` (`--save-map NAME`, `--profile NAME`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportProfile {
    pub name: String,
    /// `(header, target)` in the order of the `--map` flags.
    pub maps: Vec<(String, String)>,
}

/// A profile's name is an id: `magister`, `somtoday-baken`.
pub fn check_profile_name(name: &str) -> Result<(), String> {
    let ok = name
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(crate::tr!("domain-profile-bad-name", name = name))
    }
}

/// One `HEADER=TARGET` mapping, as `--map` takes it.
pub fn parse_mapping(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((header, target)) if !header.trim().is_empty() && !target.trim().is_empty() => {
            let (header, target) = (header.trim(), target.trim());
            crate::domain::text::check("the header", header, crate::domain::text::Kind::Name)?;
            crate::domain::text::check("the target", target, crate::domain::text::Kind::Name)?;
            Ok((header.to_string(), target.to_string()))
        }
        _ => Err(crate::tr!("domain-mapping-bad", mapping = s)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_name_is_an_id_of_at_most_64_characters() {
        for good in ["magister", "somtoday-baken", "9b", "a", &"a".repeat(64)] {
            assert_eq!(check_profile_name(good), Ok(()), "{good}");
        }
        for bad in ["", "-x", "Magister", "a_b", "a b", "é", &"a".repeat(65)] {
            let refused = check_profile_name(bad).unwrap_err();
            assert!(
                refused.contains("is not a profile name"),
                "{bad}: {refused}"
            );
        }
    }

    #[test]
    fn a_mapping_is_a_header_and_a_target_both_trimmed() {
        assert_eq!(
            parse_mapping(" Foto website = photo-website "),
            Ok(("Foto website".into(), "photo-website".into()))
        );
        assert_eq!(parse_mapping("a=b=c"), Ok(("a".into(), "b=c".into())));
        for bad in ["Locatie", "=school", "Locatie=", " = ", ""] {
            let refused = parse_mapping(bad).unwrap_err();
            assert!(refused.contains("is not HEADER=TARGET"), "{bad}: {refused}");
        }
        assert!(parse_mapping(&format!("{}=school", "x".repeat(301))).is_err());
    }
}
