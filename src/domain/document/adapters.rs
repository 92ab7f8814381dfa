//! The values of a register file, each checked where it stands so that an error names its line,
//! and the small text and date helpers the checks and the mapping share.

use std::fmt;
use std::ops::Range;

use chrono::{Datelike, NaiveDate};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use toml::Spanned;

use crate::domain::breach::{self as breach, Instant};
use crate::domain::category::{Category, ScopeEntry};
use crate::domain::{country, date, non_empty, slug, supplier};

/// A rule broken at a place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub span: Option<Range<usize>>,
    pub message: String,
}

pub(super) fn at<T>(span: &Spanned<T>, message: String) -> Located {
    Located {
        span: Some(span.span()),
        message,
    }
}

// ------------------------------------------------------------------ values checked where they stand

/// A date: a TOML date (`2024-03-01`) in the file; a quoted `"2024-03-01"` or `"01-03-2024"` is read too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date(pub NaiveDate);

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let date = toml::value::Date {
            year: u16::try_from(d.year()).map_err(serde::ser::Error::custom)?,
            month: d.month() as u8,
            day: d.day() as u8,
        };
        toml::value::Datetime {
            date: Some(date),
            time: None,
            offset: None,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Input {
            Toml(toml::value::Datetime),
            Text(String),
        }
        match Input::deserialize(d)
            .map_err(|_| de::Error::custom(crate::tr!("domain-doc-expected-date")))?
        {
            Input::Toml(toml::value::Datetime {
                date: Some(day),
                time: None,
                offset: None,
            }) => NaiveDate::from_ymd_opt(day.year.into(), day.month.into(), day.day.into())
                .ok_or_else(|| de::Error::custom(crate::tr!("domain-doc-not-a-real-date")))
                .and_then(|d| date::check_year(d).map_err(de::Error::custom))
                .map(Date),
            Input::Toml(other) => Err(de::Error::custom(crate::tr!(
                "domain-doc-expected-date-not",
                value = other.to_string()
            ))),
            Input::Text(text) => date::parse_date(&text).map(Date).map_err(de::Error::custom),
        }
    }
}

/// A moment: a TOML offset date-time (`2026-10-23T16:00:00+02:00`); a local date-time or a
/// quoted Dutch time (`"2026-10-23 16:00"`) is read as Dutch local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Time(pub Instant);

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        breach::iso(self.0)
            .parse::<toml::value::Datetime>()
            .map_err(serde::ser::Error::custom)?
            .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Input {
            Toml(toml::value::Datetime),
            Text(String),
        }
        let text = match Input::deserialize(d)
            .map_err(|_| de::Error::custom(crate::tr!("domain-doc-expected-time")))?
        {
            Input::Toml(t) => t.to_string(),
            Input::Text(t) => t,
        };
        breach::parse_time(&text)
            .map(Time)
            .map_err(de::Error::custom)
    }
}

/// Text that must pass a check before it is accepted.
macro_rules! checked_text {
    ($(#[$meta:meta])* $name:ident, $check:expr) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                let check: fn(&str) -> Result<String, String> = $check;
                check(&text).map($name).map_err(de::Error::custom)
            }
        }
    };
}

checked_text!(
    /// A slug id.
    Id,
    |s| slug::validate_id(s).map(|()| s.to_string())
);
checked_text!(
    /// A KvK number.
    Kvk,
    |s| supplier::validate_kvk(s.trim()).map(|()| s.trim().to_string())
);
checked_text!(
    /// A breach id: year and number.
    BreachId,
    |s| breach::validate_id(s).map(|()| s.to_string())
);
checked_text!(
    /// A school as a breach names it: BRIN, or BRIN and vestiging.
    SchoolCode,
    breach::parse_school
);
checked_text!(
    /// An ISO 3166-1 alpha-2 country code, upper case.
    Country,
    country::parse_country
);

/// One entry of an agreement's `scope`: a category code, or `{ category, purpose, retention, law }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeItem(pub ScopeEntry);

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ScopeTable {
    category: Category,
    purpose: Option<String>,
    retention: Option<String>,
    law: Option<String>,
}

impl Serialize for ScopeItem {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = &self.0;
        if e.purpose.is_none() && e.retention.is_none() && e.law.is_none() {
            e.category.serialize(s)
        } else {
            ScopeTable {
                category: e.category,
                purpose: e.purpose.clone(),
                retention: e.retention.clone(),
                law: e.law.clone(),
            }
            .serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for ScopeItem {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ItemVisitor;
        impl<'de> Visitor<'de> for ItemVisitor {
            type Value = ScopeItem;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&crate::tr!("domain-doc-expected-scope-item"))
            }
            fn visit_str<E: de::Error>(self, code: &str) -> Result<ScopeItem, E> {
                let category = code.parse::<Category>().map_err(E::custom)?;
                Ok(ScopeItem(ScopeEntry::of(category)))
            }
            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<ScopeItem, M::Error> {
                let t = ScopeTable::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(ScopeItem(ScopeEntry {
                    category: t.category,
                    purpose: non_empty(t.purpose),
                    retention: non_empty(t.retention),
                    law: non_empty(t.law),
                }))
            }
        }
        d.deserialize_any(ItemVisitor)
    }
}

pub(super) fn text(value: &Option<String>) -> Option<String> {
    non_empty(value.clone())
}

/// School codes as given, each once, in the order given.
pub(super) fn school_list(given: &[SchoolCode]) -> Vec<String> {
    crate::domain::once(given.iter().map(|SchoolCode(code)| code.clone()))
}

pub(super) fn dates(d: Option<Date>) -> Option<NaiveDate> {
    d.map(|Date(d)| d)
}
