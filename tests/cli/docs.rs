//! The documentation as a reader follows it: README.md, GUIDE.md, FAQ.md and docs/*.md link to
//! files and headings that exist, and docs/commands.md lists every command.

use std::path::{Path, PathBuf};

/// The pages, from the root of the repository.
fn pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = ["README.md", "GUIDE.md", "FAQ.md"]
        .iter()
        .map(PathBuf::from)
        .collect();
    let mut docs: Vec<PathBuf> = std::fs::read_dir("docs")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    pages.extend(docs);
    pages
}

/// A page's text outside code: fenced blocks and inline code spans left out.
fn prose(text: &str) -> String {
    let mut out = String::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        let mut in_code = false;
        for c in line.chars() {
            if c == '`' {
                in_code = !in_code;
            } else if !in_code {
                out.push(c);
            }
        }
        out.push('\n');
    }
    out
}

/// The anchors of a page's headings, as GitHub makes them.
fn anchors(text: &str) -> Vec<String> {
    let mut fenced = false;
    let mut anchors = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        let Some(heading) = line.strip_prefix('#') else {
            continue;
        };
        if fenced {
            continue;
        }
        let heading = heading.trim_start_matches('#').trim().to_lowercase();
        anchors.push(
            heading
                .chars()
                .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))
                .map(|c| if c == ' ' { '-' } else { c })
                .collect(),
        );
    }
    anchors
}

/// The targets of a page's links and images: `[text](target)`.
fn links(text: &str) -> Vec<String> {
    let prose = prose(text);
    let mut links = Vec::new();
    let mut rest = prose.as_str();
    while let Some(at) = rest.find("](") {
        rest = &rest[at + 2..];
        let end = rest
            .find(')')
            .expect("a link without its closing parenthesis");
        links.push(rest[..end].to_string());
        rest = &rest[end..];
    }
    links
}

#[test]
fn every_relative_link_points_at_a_file_and_heading_that_exist() {
    let mut broken = Vec::new();
    let mut seen = 0;
    for page in pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        let dir = page.parent().unwrap_or(Path::new(""));
        for link in links(&text) {
            if link.contains("://") || link.starts_with("mailto:") {
                continue;
            }
            seen += 1;
            let (file, anchor) = link.split_once('#').unwrap_or((&link, ""));
            let target = if file.is_empty() {
                page.clone()
            } else {
                dir.join(file)
            };
            if !target.exists() {
                broken.push(format!("{}: {link}: no such file", page.display()));
                continue;
            }
            if !anchor.is_empty() {
                let target_text = std::fs::read_to_string(&target).unwrap_or_default();
                if !anchors(&target_text).iter().any(|a| a == anchor) {
                    broken.push(format!("{}: {link}: no such heading", page.display()));
                }
            }
        }
    }
    assert!(seen > 50, "only {seen} links found: is the scan broken?");
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[test]
fn the_command_table_lists_every_command() {
    let page = std::fs::read_to_string("docs/commands.md").unwrap();
    // The commands in the first cell of each row of the table (`supplier add\|list`, `log
    // [--since D]`), each as its words: the noun first.
    let commands: Vec<Vec<&str>> = page
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .flat_map(|l| {
            let cell = l.split(" | ").next().unwrap();
            // The spans between backticks; the cell starts inside the first.
            cell.split('`').step_by(2).collect::<Vec<_>>()
        })
        .map(|span| {
            span.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .filter(|w| !w.is_empty())
                .collect::<Vec<&str>>()
        })
        .filter(|words| !words.is_empty())
        .collect();
    let mut missing = Vec::new();
    for cmd in verwerkersregister::cli::command()
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
    {
        let name = cmd.get_name();
        let own: Vec<&Vec<&str>> = commands.iter().filter(|c| c[0] == name).collect();
        if own.is_empty() {
            missing.push(name.to_string());
        }
        for sub in cmd.get_subcommands().filter(|c| !c.is_hide_set()) {
            if !own.iter().any(|c| c[1..].contains(&sub.get_name())) {
                missing.push(format!("{name} {}", sub.get_name()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "docs/commands.md does not list: {missing:?}"
    );
}
