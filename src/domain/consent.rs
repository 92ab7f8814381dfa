//! Consent purposes (toestemmingsdoelen).

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Purpose {
    pub id: String,
    pub name: String,
    /// Requires written consent: only a `written` grant counts.
    pub explicit: bool,
    /// The external party whose exchange this purpose covers.
    pub party: Option<String>,
}
