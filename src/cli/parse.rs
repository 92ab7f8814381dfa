//! The value parsers flags share: counts, clearable `edit` values and the domain's codes.

/// A school as a flag gives it: a BRIN, a BRIN with vestiging or a name, trimmed. Which school
/// it is, and whether the board has it, `ops::school::board_schools` decides.
pub(crate) fn school_as_given(text: &str) -> Result<String, String> {
    Ok(text.trim().to_string())
}

/// A whole number of 0 or more (hours, days, people), spaces around allowed. The flags that take
/// one also allow a leading `-`, so that `--subjects -5` is refused for what it is rather than
/// taken for an unknown flag.
pub(crate) fn parse_count(text: &str) -> Result<u32, String> {
    let t = text.trim();
    t.parse::<u32>().map_err(|e| match e.kind() {
        std::num::IntErrorKind::PosOverflow => {
            crate::tr!(
                "command-count-too-large",
                text = t,
                max = u32::MAX.to_string()
            )
        }
        _ => crate::tr!("command-not-a-count", text = t),
    })
}

/// `--min-count`: counts from 1 to below it are written "<N", so it is 1 or more.
pub(crate) fn parse_min_count(text: &str) -> Result<u64, String> {
    match parse_count(text)? {
        0 => Err(crate::tr!("command-min-count-zero")),
        n => Ok(u64::from(n)),
    }
}

/// The number of a saved audit run (`vreg audit history`).
pub(crate) fn parse_run(text: &str) -> Result<i64, String> {
    parse_count(text).map(i64::from)
}

/// A flag value of `edit` where an empty value clears the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clear<T>(pub Option<T>);

pub(crate) fn clearable<T>(
    parse: impl Fn(&str) -> Result<T, String> + Clone + Send + Sync + 'static,
) -> impl Fn(&str) -> Result<Clear<T>, String> + Clone + Send + Sync + 'static {
    move |s: &str| {
        if s.trim().is_empty() {
            Ok(Clear(None))
        } else {
            parse(s).map(|v| Clear(Some(v)))
        }
    }
}

/// The parser of a domain enumeration: its codes go into help and shell completion, and a value
/// is read as the domain reads it (any letter case, Dutch spellings), so that a flag takes what a
/// register file takes.
pub(crate) fn code<T>(
    spellings: &'static [(&'static str, &'static [&'static str])],
) -> impl clap::builder::TypedValueParser<Value = T>
where
    T: std::str::FromStr + Clone + Send + Sync + 'static,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    DomainCode(
        PossibleValuesParser::new(
            spellings
                .iter()
                .map(|(code, aliases)| PossibleValue::new(*code).aliases(aliases.iter().copied())),
        )
        .try_map(|text: String| text.parse::<T>()),
    )
}

/// Reads a value with the domain's `FromStr`; what it does not know gets clap's error, which
/// lists the codes.
#[derive(Clone)]
struct DomainCode<P>(P);

impl<P> clap::builder::TypedValueParser for DomainCode<P>
where
    P: clap::builder::TypedValueParser,
    P::Value: std::str::FromStr,
{
    type Value = P::Value;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Self::Value, clap::Error> {
        match value.to_str().map(str::parse::<P::Value>) {
            Some(Ok(parsed)) => Ok(parsed),
            _ => self.0.parse_ref(cmd, arg, value),
        }
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        self.0.possible_values()
    }
}
