//! A new supplier: its details, its role, its standing in the convenant; then its agreement.

use super::{Asked, Line, choices, optional_text, required};
use crate::commands::supplier::add::SupplierAddArgs;
use crate::commands::{Ctx, new_id};
use crate::domain::supplier::{Convenant, ConvenantVersion, Role, validate_kvk};
use crate::{prompt, tr};

pub(super) fn ask(ctx: &Ctx, given: SupplierAddArgs) -> anyhow::Result<Asked> {
    let mut line = Line::new(&["supplier", "add"]);
    let name = match given.name {
        Some(name) => name,
        None => required(&tr!("guide-supplier-name"), |_| Ok(()))?,
    };
    line.arg(&name);
    line.flag_opt("--id", given.id.clone());
    if given.force {
        line.switch("--force");
    }
    let fields = given.fields;
    let kvk = match fields.kvk {
        Some(kvk) => Some(kvk),
        None => prompt::text(&tr!("guide-supplier-kvk"), true, validate_kvk)?,
    };
    line.flag_opt("--kvk", kvk);
    let website = match fields.website {
        Some(w) => Some(w),
        None => optional_text(&tr!("guide-supplier-website"))?,
    };
    line.flag_opt("--website", website);
    let contact = match fields.contact {
        Some(c) => Some(c),
        None => optional_text(&tr!("guide-supplier-contact"))?,
    };
    line.flag_opt("--contact", contact);
    let role = match fields.role {
        Some(role) => role,
        None => {
            let items = choices(Role::ALL, Role::code, Role::label);
            Role::ALL[prompt::choose(&tr!("guide-supplier-role"), &items, 0)?]
        }
    };
    line.flag("--role", role.code());
    line.flag_opt("--notes", fields.notes);
    // The id it will get: the same rule `supplier add` claims it by.
    let store = ctx.store()?;
    let tx = store.read()?;
    let id = new_id(given.id.as_deref(), &name, "supplier", |c| {
        tx.supplier_exists(c)
    })?;
    drop(tx);
    let mut lines = vec![line];
    let standing = [
        Convenant::Participant,
        Convenant::Supporter,
        Convenant::None,
        Convenant::Unknown,
    ];
    let items = choices(&standing, Convenant::code, Convenant::label);
    let convenant = standing[prompt::choose(&tr!("guide-supplier-convenant"), &items, 3)?];
    if convenant != Convenant::Unknown {
        let mut set = Line::new(&["convenant", "set"]);
        set.arg(&id);
        set.arg(convenant.code());
        if matches!(convenant, Convenant::Participant | Convenant::Supporter) {
            let versions = [
                ConvenantVersion::V4,
                ConvenantVersion::V3,
                ConvenantVersion::V2,
            ];
            let items = choices(&versions, ConvenantVersion::code, ConvenantVersion::label);
            let version = versions[prompt::choose(&tr!("guide-supplier-version"), &items, 0)?];
            set.flag("--version", version.code());
        }
        lines.push(set);
    }
    let mut agreement = Line::new(&["agreement", "add"]);
    agreement.arg(&id);
    Ok(Asked {
        lines,
        offer: Some((tr!("guide-supplier-offer"), agreement.command()?)),
    })
}
