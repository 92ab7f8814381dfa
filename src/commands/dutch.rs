//! The Dutch name of every command, as a visible alias beside its English one (`vreg leverancier
//! lijst`): one table, applied to the whole command tree.

/// The command tree with every command's Dutch name added.
pub fn with_dutch_names(cmd: clap::Command) -> clap::Command {
    dutch(cmd, "")
}

/// The Dutch name of every command below the top, by its English name; where one English verb
/// takes another Dutch word under one noun, `noun verb` comes first.
const DUTCH: &[(&str, &[&str])] = &[
    ("pupil report", &["inzage"]),
    ("add", &["toevoegen"]),
    ("list", &["lijst"]),
    ("show", &["tonen"]),
    ("edit", &["wijzigen"]),
    ("remove", &["verwijderen"]),
    ("end", &["beëindigen", "beeindigen"]),
    ("set", &["instellen"]),
    ("check", &["controleren"]),
    ("retire", &["uitfaseren"]),
    ("close", &["afsluiten"]),
    ("categories", &["categorieen"]),
    ("year", &["jaar"]),
    ("supplier-reported", &["leverancier-meldde"]),
    ("purposes", &["doelen"]),
    ("purpose", &["doel"]),
    ("purge", &["opschonen"]),
    ("notify", &["melden"]),
    ("leave", &["vertrek"]),
    ("import", &["importeren"]),
    ("history", &["geschiedenis"]),
    ("extend", &["verlengen"]),
    ("erase", &["wissen"]),
    ("diff", &["verschil"]),
    ("clock", &["klok"]),
    ("assess", &["beoordelen"]),
    ("accepted", &["geaccepteerd"]),
    ("accept", &["accepteren"]),
    ("init", &["aanmaken"]),
    ("merge", &["samenvoegen"]),
    ("export", &["exporteren"]),
    ("log", &["logboek"]),
    ("backup", &["reservekopie"]),
    ("completions", &["aanvulling"]),
    ("man", &["handleiding"]),
];

fn dutch(mut cmd: clap::Command, path: &str) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let full = format!("{path} {name}").trim_start().to_string();
        let aliases = DUTCH
            .iter()
            .find(|(en, _)| *en == full)
            .or_else(|| DUTCH.iter().find(|(en, _)| *en == name))
            .map_or(&[][..], |(_, nl)| *nl);
        cmd = cmd.mut_subcommand(&name, |sub| {
            dutch(sub, &full).visible_aliases(aliases.iter().copied())
        });
    }
    cmd
}
