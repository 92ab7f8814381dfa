//! ISO 3166-1 alpha-2 country codes and the European Economic Area.

/// The EU member states plus Iceland, Liechtenstein and Norway: no transfer safeguard needed.
/// EU territory with a code of its own counts too: the outermost regions (French Guiana,
/// Guadeloupe, Martinique, Mayotte, Réunion, Saint-Martin; TFEU art. 349 and 355(1)) and the
/// Åland Islands (art. 355(4)). The overseas countries and territories (Greenland, New
/// Caledonia, Aruba, ...) are not EU territory, nor are the Faroe Islands.
const EEA: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS",
    "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
    // Outermost regions and Åland.
    "GF", "GP", "MQ", "YT", "RE", "MF", "AX",
];

/// Countries with an adequacy decision of the European Commission (art. 45 AVG), as listed on
/// the day below. The list changes: keep it here, and only here. Canada's decision covers
/// commercial organisations; the United States' is the Data Privacy Framework (safeguard `dpf`),
/// not a general adequacy decision, so the US is not on this list.
pub const ADEQUACY: &[&str] = &[
    "AD", "AR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JP", "JE", "KR", "NZ", "UY",
];

/// The day the adequacy list above was last checked against the Commission's list.
pub const ADEQUACY_CHECKED_ON: &str = "2026-11-28";

/// Whether the Commission decided this country protects personal data adequately.
pub fn has_adequacy(code: &str) -> bool {
    ADEQUACY.contains(&code)
}

/// Normalises a country code to upper case, refusing anything that is not ISO 3166-1 alpha-2.
pub fn parse_country(code: &str) -> Result<String, String> {
    let upper = code.trim().to_ascii_uppercase();
    match isocountry::CountryCode::for_alpha2(&upper) {
        Ok(_) => Ok(upper),
        Err(_) => Err(crate::tr!("domain-country-unknown", code = code)),
    }
}

/// Whether data stored in this country stays inside the EEA.
pub fn in_eea(code: &str) -> bool {
    EEA.contains(&code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_checked_and_upper_cased() {
        assert_eq!(parse_country("nl"), Ok("NL".to_string()));
        assert_eq!(parse_country("US"), Ok("US".to_string()));
        assert!(parse_country("XX").is_err());
        assert!(parse_country("NLD").is_err());
        assert!(parse_country("").is_err());
    }

    #[test]
    fn the_adequacy_list_is_valid_outside_the_eea() {
        for code in ADEQUACY {
            assert!(parse_country(code).is_ok(), "{code}");
            assert!(!in_eea(code), "{code}");
        }
        assert!(has_adequacy("GB") && has_adequacy("JP") && has_adequacy("CH"));
        assert!(!has_adequacy("US") && !has_adequacy("IN") && !has_adequacy("CN"));
        assert!(ADEQUACY_CHECKED_ON.parse::<chrono::NaiveDate>().is_ok());
    }

    #[test]
    fn eea_is_eu_plus_three() {
        assert_eq!(EEA.len(), 30 + 7);
        for code in EEA {
            assert!(parse_country(code).is_ok(), "{code}");
        }
        assert!(in_eea("NL") && in_eea("NO") && in_eea("IS") && in_eea("LI"));
        assert!(!in_eea("US") && !in_eea("GB") && !in_eea("CH"));
        // EU territory with a code of its own, and what is not EU territory.
        assert!(in_eea("RE") && in_eea("GF") && in_eea("AX") && in_eea("MF"));
        assert!(!in_eea("GL") && !in_eea("AW") && !in_eea("NC") && !in_eea("FO"));
    }
}
