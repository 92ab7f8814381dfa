//! ISO 3166-1 alpha-2 country codes and the European Economic Area.

/// The EU member states plus Iceland, Liechtenstein and Norway: no transfer safeguard needed.
const EEA: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS",
    "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// Normalises a country code to upper case, refusing anything that is not ISO 3166-1 alpha-2.
pub fn parse_country(code: &str) -> Result<String, String> {
    let upper = code.trim().to_ascii_uppercase();
    match isocountry::CountryCode::for_alpha2(&upper) {
        Ok(_) => Ok(upper),
        Err(_) => Err(format!(
            "'{code}' is not an ISO 3166-1 alpha-2 country code (e.g. NL, DE, US)"
        )),
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
    fn eea_is_eu_plus_three() {
        assert_eq!(EEA.len(), 30);
        for code in EEA {
            assert!(parse_country(code).is_ok(), "{code}");
        }
        assert!(in_eea("NL") && in_eea("NO") && in_eea("IS") && in_eea("LI"));
        assert!(!in_eea("US") && !in_eea("GB") && !in_eea("CH"));
    }
}
