//! The README's tours, in English and in Dutch, run as written: each command line of their
//! `sh` blocks, in order, on a register with the example board and a pupil export beside it.

use std::process::Command;

use assert_cmd::cargo::cargo_bin;

use crate::common::{TODAY, TestEnv, write};

/// The command lines of the `sh` block under a README heading, comments taken off.
fn tour(heading: &str) -> Vec<String> {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let section = readme
        .split(&format!("## {heading}\n"))
        .nth(1)
        .unwrap_or_else(|| panic!("no section {heading}"));
    let block = section
        .split("```sh\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    block
        .lines()
        .map(|l| l.split("  #").next().unwrap().trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn run_tour(heading: &str) {
    let env = TestEnv::empty();
    env.ok(&["init", "--example"]);
    write(
        &env.path("leerlingen.csv"),
        "leerlingnummer;naam;groep;photo-internal;photo-website\n1001;Sanne;5B;ja;nee\n1002;Daan;5B;nee;nee\n",
    );
    let bin = env.path("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::os::unix::fs::symlink(cargo_bin!("vreg"), bin.join("vreg")).unwrap();
    let lines = tour(heading);
    assert!(lines.len() >= 10, "{lines:?}");
    for line in lines {
        assert!(line.starts_with("vreg "), "{line}");
        let out = Command::new("sh")
            .arg("-c")
            .arg(&line)
            .env_clear()
            .env("HOME", env.dir.path())
            .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
            .env("VREG_DB", &env.db)
            .env("VREG_ACTOR", "tester")
            .env("VREG_TODAY", TODAY)
            .current_dir(env.dir.path())
            .output()
            .unwrap();
        // An answer is 0 or 1 (a check that says no, an audit with findings); 2 is an error.
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{line}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn the_english_tour_runs_as_written() {
    run_tour("A short tour");
}

#[test]
fn the_dutch_tour_runs_as_written() {
    run_tour("Korte rondleiding");
}
