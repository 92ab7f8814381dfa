//! Stable ids (`[a-z0-9][a-z0-9-]*`) for everything a person or script refers to.

/// Derives an id from a name: `"Gynzy B.V."` → `gynzy-bv`, `"Café Één"` → `cafe-een`.
/// Dots and apostrophes vanish (so abbreviations stay whole); other punctuation separates words.
pub fn slugify(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_lowercase();
    let mut slug = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if matches!(c, '.' | '\'' | '`') {
            continue;
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    // Long enough to tell suppliers apart, short enough that derived ids (`<supplier>-<year>`,
    // `party-<party>`) stay within the 64 characters an id may have.
    slug.truncate(MAX_DERIVED);
    slug.trim_end_matches('-').to_string()
}

/// The longest id derived from a name.
pub const MAX_DERIVED: usize = 50;

/// The first of `base`, `base-2`, `base-3`, ... that is not `taken`.
pub fn unique<E>(base: &str, mut taken: impl FnMut(&str) -> Result<bool, E>) -> Result<String, E> {
    if !taken(base)? {
        return Ok(base.to_string());
    }
    let mut n = 2u64;
    loop {
        let candidate = format!("{base}-{n}");
        if !taken(&candidate)? {
            return Ok(candidate);
        }
        n += 1;
    }
}

/// Why an id could not be claimed.
#[derive(Debug, PartialEq, Eq)]
pub enum Unclaimed<E> {
    /// The id given is not an id.
    Invalid(String),
    /// The id given is in use.
    Taken(String),
    /// No id given, and the name has nothing to make one of.
    Underivable,
    /// Looking up what is taken failed.
    Lookup(E),
}

/// The id of a new thing: the one given, when it is an id and free, or one derived from its name
/// (`base`, `base-2`, ... on a clash). Every path that adds things (flags, prompts, a register
/// file) claims its ids here; each says in its own words why a claim failed.
pub fn claim<E>(
    given: Option<&str>,
    name: &str,
    mut taken: impl FnMut(&str) -> Result<bool, E>,
) -> Result<String, Unclaimed<E>> {
    match given {
        Some(id) => {
            validate_id(id).map_err(Unclaimed::Invalid)?;
            if taken(id).map_err(Unclaimed::Lookup)? {
                return Err(Unclaimed::Taken(id.to_string()));
            }
            Ok(id.to_string())
        }
        None => {
            let base = slugify(name);
            if base.is_empty() {
                return Err(Unclaimed::Underivable);
            }
            unique(&base, taken).map_err(Unclaimed::Lookup)
        }
    }
}

/// Checks an id given by the user.
pub fn validate_id(id: &str) -> Result<(), String> {
    let mut bytes = id.bytes();
    let first_ok = bytes
        .next()
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    if first_ok
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && id.len() <= 64
    {
        Ok(())
    } else {
        Err(crate::tr!("domain-id-invalid", id = id))
    }
}

/// Whether `name` matches `pattern`, where `*` stands for any run of characters and `?` for one.
pub fn wildcard_matches(pattern: &str, name: &str) -> bool {
    let (p, n): (Vec<char>, Vec<char>) = (pattern.chars().collect(), name.chars().collect());
    // The classic two-pointer match with backtracking to the last `*`.
    let (mut i, mut j, mut star, mut mark) = (0, 0, None, 0);
    while j < n.len() {
        // A `*` of the pattern is always a wildcard, also where the name has a `*` itself.
        if i < p.len() && p[i] == '*' {
            star = Some(i);
            mark = j;
            i += 1;
        } else if i < p.len() && (p[i] == '?' || p[i] == n[j]) {
            i += 1;
            j += 1;
        } else if let Some(s) = star {
            i = s + 1;
            mark += 1;
            j = mark;
        } else {
            return false;
        }
    }
    p[i..].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_takes_the_id_given_or_derives_a_free_one() {
        let taken = |c: &str| Ok::<_, ()>(["gynzy-bv", "gynzy-bv-2"].contains(&c));
        assert_eq!(
            claim(Some("eigen-id"), "Gynzy B.V.", taken),
            Ok("eigen-id".into())
        );
        assert_eq!(claim(None, "Gynzy B.V.", taken), Ok("gynzy-bv-3".into()));
        assert_eq!(claim(None, "Heutink", taken), Ok("heutink".into()));
        assert_eq!(
            claim(Some("gynzy-bv"), "Gynzy B.V.", taken),
            Err(Unclaimed::Taken("gynzy-bv".into()))
        );
        assert!(matches!(
            claim(Some("Gynzy"), "x", taken),
            Err(Unclaimed::Invalid(_))
        ));
        assert_eq!(claim(None, "!!!", taken), Err(Unclaimed::Underivable));
        assert_eq!(
            claim(None, "x", |_: &str| Err::<bool, _>("locked")),
            Err(Unclaimed::Lookup("locked"))
        );
    }

    #[test]
    fn wildcards_match_as_a_shell_does() {
        assert!(wildcard_matches("*.sqlite", "b1.sqlite"));
        assert!(wildcard_matches("b?.sqlite", "b1.sqlite"));
        assert!(!wildcard_matches("b?.sqlite", "b10.sqlite"));
        assert!(wildcard_matches("b*1*.sqlite", "bestuur-1-2026.sqlite"));
        assert!(!wildcard_matches("*.sqlite", "b1.sqlite-journal"));
        assert!(wildcard_matches("*", ""));
        assert!(!wildcard_matches("a", ""));
        assert!(wildcard_matches("*b", "*xb"));
        assert!(wildcard_matches("a*?", "a*"));
        assert!(!wildcard_matches("a*?", "a"));
    }

    #[test]
    fn names_become_slugs() {
        assert_eq!(slugify("Gynzy B.V."), "gynzy-bv");
        assert_eq!(slugify("  Heutink ICT  "), "heutink-ict");
        assert_eq!(slugify("Café Één & Co"), "cafe-een-co");
        assert_eq!(slugify("Malmberg's Uitgeverij"), "malmbergs-uitgeverij");
        assert_eq!(slugify("---"), "");
        assert_eq!(slugify("GGD Hollands-Midden"), "ggd-hollands-midden");
        let long = slugify(&"Stichting Voor Zeer Lange Namen ".repeat(4));
        assert_eq!(long, "stichting-voor-zeer-lange-namen-stichting-voor-zee");
        assert!(validate_id(&format!("party-{long}-99")).is_ok());
    }

    #[test]
    fn clashes_get_a_number() {
        let taken = ["gynzy-bv", "gynzy-bv-2"];
        let is_taken = |c: &str| Ok::<_, ()>(taken.contains(&c));
        assert_eq!(unique("gynzy-bv", is_taken), Ok("gynzy-bv-3".to_string()));
        assert_eq!(unique("other", is_taken), Ok("other".to_string()));
    }

    #[test]
    fn ids_are_checked() {
        assert!(validate_id("gynzy-bv").is_ok());
        assert!(validate_id("3d-leren").is_ok());
        assert!(validate_id("-x").is_err());
        assert!(validate_id("Gynzy").is_err());
        assert!(validate_id("a b").is_err());
        assert!(validate_id("").is_err());
        assert!(validate_id(&"a".repeat(65)).is_err());
    }
}
