//! Which column of a school administration's export holds what: headers matched by their Dutch
//! and English names, or as the user maps them (`--map HEADER=field|purpose`).

use super::consent::Purpose;

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    Number,
    Name,
    FirstName,
    Prefix,
    LastName,
    Group,
    School,
    BirthDate,
    /// The consent answers for a purpose, by its id.
    Purpose(String),
    Ignored,
}

/// The fields `--map` may name, with the header names they are known by.
const FIELDS: &[(&str, Column, &[&str])] = &[
    (
        "leerlingnummer",
        Column::Number,
        &[
            "leerlingnummer",
            "leerlingnr",
            "leerlingnum",
            "llnr",
            "llnummer",
            "stamnr",
            "stamnummer",
            "leerlingid",
            "pupilnumber",
            "studentnumber",
            "studentnummer",
            "nummer",
        ],
    ),
    (
        "name",
        Column::Name,
        &[
            "naam",
            "name",
            "volledigenaam",
            "leerlingnaam",
            "displayname",
            "fullname",
            "weergavenaam",
        ],
    ),
    (
        "first_name",
        Column::FirstName,
        &[
            "roepnaam",
            "voornaam",
            "firstname",
            "givenname",
            "roepnaamleerling",
        ],
    ),
    (
        "prefix",
        Column::Prefix,
        &[
            "tussenvoegsel",
            "tussenvoegsels",
            "tussenv",
            "voorvoegsel",
            "voorvoegsels",
            "voorv",
            "prefix",
        ],
    ),
    (
        "last_name",
        Column::LastName,
        &[
            "achternaam",
            "lastname",
            "surname",
            "familienaam",
            "geslachtsnaam",
        ],
    ),
    (
        "group",
        Column::Group,
        &[
            "groep",
            "klas",
            "group",
            "class",
            "stamgroep",
            "groepsnaam",
            "klasnaam",
            "basisgroep",
            "stamklas",
        ],
    ),
    (
        "school",
        Column::School,
        &[
            "school",
            "brin",
            "brinnummer",
            "brincode",
            "vestiging",
            "vestigingsnaam",
            "schoolcode",
            "schoolnaam",
            "locatie",
        ],
    ),
    (
        "birth_date",
        Column::BirthDate,
        &[
            "geboortedatum",
            "gebdatum",
            "gebdat",
            "geboortedat",
            "birthdate",
            "dateofbirth",
        ],
    ),
    ("ignore", Column::Ignored, &[]),
];

/// Headers compare without case, spaces or punctuation: "Leerling nummer" = "leerlingnummer".
fn normal(header: &str) -> String {
    header
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether two headers name one column, by the loose match the headers of a file get.
pub fn same_header(a: &str, b: &str) -> bool {
    normal(a) == normal(b)
}

/// Mappings given together (the `--map` flags of one command) that send one column two ways:
/// which one the officer meant is not known, so neither is taken.
pub fn one_target_per_column(maps: &[(String, String)]) -> Result<(), String> {
    for (i, (header, target)) in maps.iter().enumerate() {
        if let Some((_, other)) = maps[..i]
            .iter()
            .find(|(h, t)| same_header(h, header) && t != target)
        {
            return Err(crate::tr!(
                "domain-columns-mapped-twice",
                header = header,
                first = other,
                second = target
            ));
        }
    }
    Ok(())
}

/// The field names `--map` accepts.
pub fn field_names() -> Vec<&'static str> {
    FIELDS.iter().map(|(name, _, _)| *name).collect()
}

/// What each header holds. Unknown headers are ignored; the plan needs a leerlingnummer column
/// (a file without names updates known pupils only); a field may appear once.
pub fn plan(
    headers: &[String],
    purposes: &[Purpose],
    maps: &[(String, String)],
) -> Result<Vec<Column>, String> {
    // Every mapping an import is given passes here too: a profile saved before the rule.
    one_target_per_column(maps)?;
    // A map to `ignore` asks for nothing the file must have: a saved profile that leaves out a
    // column some exports have (a remarks column) fits the exports without it too.
    for (header, _) in maps.iter().filter(|(_, target)| target != "ignore") {
        if !headers.iter().any(|h| normal(h) == normal(header)) {
            return Err(crate::tr!("domain-columns-no-such-column", header = header));
        }
    }
    let columns: Vec<Column> = headers
        .iter()
        .map(|header| {
            let key = normal(header);
            // A map names its column exactly, or else by the same loose match as the headers.
            let exact = maps.iter().find(|(h, _)| h == header);
            let loose = || {
                maps.iter()
                    .find(|(h, _)| !headers.contains(h) && normal(h) == key)
            };
            if let Some((_, target)) = exact.or_else(loose) {
                return mapped(target, purposes);
            }
            let known = FIELDS
                .iter()
                .find(|(_, _, names)| names.contains(&key.as_str()))
                .map(|(_, column, _)| column.clone());
            let matching: Vec<&Purpose> = purposes
                .iter()
                .filter(|p| normal(&p.id) == key || normal(&p.name) == key)
                .collect();
            if let [first, second, ..] = matching.as_slice() {
                return Err(crate::tr!(
                    "domain-columns-two-purposes",
                    header = header,
                    first = &first.id,
                    second = &second.id
                ));
            }
            let purpose = matching.first().map(|p| Column::Purpose(p.id.clone()));
            Ok(known.or(purpose).unwrap_or(Column::Ignored))
        })
        .collect::<Result<_, _>>()?;
    for (i, column) in columns.iter().enumerate() {
        if *column != Column::Ignored && columns[..i].contains(column) {
            return Err(crate::tr!(
                "domain-columns-twice",
                header = &headers[i],
                holds = describe(column)
            ));
        }
    }
    if !columns.contains(&Column::Number) {
        return Err(crate::tr!(
            "domain-columns-no-number",
            headers = list(headers)
        ));
    }
    Ok(columns)
}

fn mapped(target: &str, purposes: &[Purpose]) -> Result<Column, String> {
    if let Some((_, column, _)) = FIELDS.iter().find(|(name, _, _)| *name == target) {
        return Ok(column.clone());
    }
    if purposes.iter().any(|p| p.id == target) {
        return Ok(Column::Purpose(target.to_string()));
    }
    Err(crate::tr!(
        "domain-columns-bad-target",
        target = target,
        fields = field_names().join(", ")
    ))
}

/// What a column holds, in words: "the answers for purpose photo-website", "the group".
fn describe(column: &Column) -> String {
    match column {
        Column::Purpose(id) => crate::tr!("domain-columns-answers", purpose = id),
        other => {
            let name = FIELDS
                .iter()
                .find(|(_, c, _)| c == other)
                .map_or("?", |(name, _, _)| *name);
            crate::tr!("domain-columns-field", field = name)
        }
    }
}

fn list(headers: &[String]) -> String {
    headers
        .iter()
        .map(|h| format!("'{h}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `--map Foto=photo-website --map Foto=photo-internal` recorded under the last, silently.
    #[test]
    fn a_column_mapped_two_ways_is_refused() {
        let map = |h: &str, t: &str| (h.to_string(), t.to_string());
        assert_eq!(
            one_target_per_column(&[map("Foto", "photo-website"), map("foto", "photo-internal")]),
            Err(
                "--map foto=...: the column is mapped to photo-website and to photo-internal; \
                 give one"
                    .into()
            )
        );
        assert!(
            one_target_per_column(&[map("Foto", "photo-website"), map("Foto", "photo-website")])
                .is_ok()
        );
        assert!(
            one_target_per_column(&[map("Foto", "photo-website"), map("Klas", "group")]).is_ok()
        );
    }

    #[test]
    fn map_takes_these_field_names() {
        assert_eq!(
            field_names(),
            [
                "leerlingnummer",
                "name",
                "first_name",
                "prefix",
                "last_name",
                "group",
                "school",
                "birth_date",
                "ignore"
            ]
        );
    }

    fn purposes() -> Vec<Purpose> {
        vec![
            Purpose {
                explicit: true,
                ..Purpose::new("photo-website", "Beeldmateriaal op de website")
            },
            Purpose {
                explicit: false,
                ..Purpose::new("contact-sharing", "Contactgegevens delen")
            },
        ]
    }

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn dutch_headers_and_purpose_names_are_recognised() {
        let h = headers(&[
            "Leerlingnummer",
            "Roepnaam",
            "Tussenvoegsel",
            "Achternaam",
            "Groep",
            "BRIN",
            "Geboortedatum",
            "Beeldmateriaal op de website",
            "contact-sharing",
            "Adres",
        ]);
        let plan = plan(&h, &purposes(), &[]).unwrap();
        assert_eq!(
            plan,
            [
                Column::Number,
                Column::FirstName,
                Column::Prefix,
                Column::LastName,
                Column::Group,
                Column::School,
                Column::BirthDate,
                Column::Purpose("photo-website".into()),
                Column::Purpose("contact-sharing".into()),
                Column::Ignored,
            ]
        );
    }

    #[test]
    fn magister_and_somtoday_headers_are_known() {
        let h = headers(&[
            "Stamnr",
            "Roepnaam",
            "Tussenv.",
            "Achternaam",
            "Klas",
            "Locatie",
            "Geb. datum",
        ]);
        assert_eq!(
            plan(&h, &[], &[]).unwrap(),
            [
                Column::Number,
                Column::FirstName,
                Column::Prefix,
                Column::LastName,
                Column::Group,
                Column::School,
                Column::BirthDate,
            ]
        );
        let h = headers(&["Leerlingnummer", "Voorvoegsel", "Stamgroep", "Vestiging"]);
        assert_eq!(
            plan(&h, &[], &[]).unwrap(),
            [
                Column::Number,
                Column::Prefix,
                Column::Group,
                Column::School
            ]
        );
    }

    #[test]
    fn maps_override_and_must_name_real_columns_and_targets() {
        let h = headers(&["Nr", "Naam", "Foto web"]);
        let maps = vec![
            ("nr".to_string(), "leerlingnummer".to_string()),
            ("Foto web".to_string(), "photo-website".to_string()),
        ];
        assert_eq!(
            plan(&h, &purposes(), &maps).unwrap(),
            [
                Column::Number,
                Column::Name,
                Column::Purpose("photo-website".into()),
            ]
        );
        let bad = vec![("Nr".to_string(), "nummer".to_string())];
        assert!(
            plan(&h, &purposes(), &bad)
                .unwrap_err()
                .contains("not a field")
        );
        let missing = vec![("Klas".to_string(), "group".to_string())];
        assert!(
            plan(&h, &purposes(), &missing)
                .unwrap_err()
                .contains("the file has no column 'Klas'")
        );
        // A column to leave out may be missing: a saved profile fits exports without it.
        let ignored = vec![
            ("Nr".to_string(), "leerlingnummer".to_string()),
            ("Opmerking".to_string(), "ignore".to_string()),
        ];
        assert!(plan(&h, &purposes(), &ignored).is_ok());
    }

    #[test]
    fn a_number_and_a_name_are_required_once() {
        assert!(
            plan(&headers(&["Naam"]), &[], &[])
                .unwrap_err()
                .contains("no leerlingnummer column")
        );
        assert!(plan(&headers(&["Leerlingnummer", "Groep"]), &[], &[]).is_ok());
        let twice = plan(
            &headers(&["Leerlingnummer", "Naam", "Klas", "Groep"]),
            &[],
            &[],
        )
        .unwrap_err();
        assert!(
            twice.contains("column 'Groep' holds the group again"),
            "{twice}"
        );
    }
}
