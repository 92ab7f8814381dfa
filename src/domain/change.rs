//! The change log's vocabulary: what a change event records.

use serde::Serialize;
use serde_json::{Map, Value, json};

/// The fields that differ between two versions of a thing, as `{field: {from, to}}`.
pub fn diff(before: &impl Serialize, after: &impl Serialize) -> anyhow::Result<Value> {
    let (Value::Object(before), Value::Object(after)) =
        (serde_json::to_value(before)?, serde_json::to_value(after)?)
    else {
        return Err(anyhow::anyhow!(crate::tr!("domain-change-not-objects")));
    };
    let changed: Map<String, Value> = after
        .into_iter()
        .filter_map(|(field, to)| {
            let from = before.get(&field).cloned().unwrap_or(Value::Null);
            (from != to).then(|| (field, json!({ "from": from, "to": to })))
        })
        .collect();
    Ok(Value::Object(changed))
}

super::code_enum! {
    /// The kinds of thing the change log records changes to (`vreg log --entity KIND:ID`).
    pub enum EntityKind ("entity kind") {
        Register = "register", "register";
        Organisation = "organisation", "organisatie";
        School = "school", "school";
        Supplier = "supplier", "leverancier";
        Agreement = "agreement", "overeenkomst";
        Party = "party", "partij";
        Purpose = "purpose", "toestemmingsdoel";
        Pupil = "pupil", "leerling";
        Import = "import", "import";
        Finding = "finding", "bevinding";
        ImportProfile = "import-profile", "importprofiel";
        Breach = "breach", "datalek";
        Request = "request", "verzoek";
        Category = "category", "eigen categorie";
        Processing = "processing", "verwerking";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diff_holds_the_fields_that_changed_with_both_values() {
        let before = json!({"name": "Gynzy", "kvk": "12345678", "notes": null});
        let after = json!({"name": "Gynzy B.V.", "kvk": "12345678", "website": "gynzy.nl"});
        assert_eq!(
            diff(&before, &after).unwrap(),
            json!({
                "name": {"from": "Gynzy", "to": "Gynzy B.V."},
                "website": {"from": null, "to": "gynzy.nl"}
            })
        );
        assert_eq!(diff(&after, &after).unwrap(), json!({}));
        assert!(diff(&"text", &after).is_err());
    }
}
