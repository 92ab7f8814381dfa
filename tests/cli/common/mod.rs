use std::path::{Path, PathBuf};

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin;
use serde_json::Value;
use tempfile::TempDir;

/// The "today" every test runs on.
pub const TODAY: &str = "2026-11-28";

/// A private directory with a register path in it, and vreg pointed at it.
pub struct TestEnv {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl TestEnv {
    /// A directory without a register.
    pub fn empty() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("register.sqlite");
        TestEnv { dir, db }
    }

    /// A new, empty register.
    pub fn new() -> Self {
        let env = Self::empty();
        env.ok(&["init"]);
        env
    }

    /// vreg with the register, actor and date of this environment; stdin is not a terminal.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The same as a plain `std::process::Command`, for spawning.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = self.bare_cmd();
        cmd.stdin(std::process::Stdio::null());
        cmd
    }

    /// vreg in this environment with the standard streams left for the caller to set.
    pub fn bare_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(cargo_bin!("vreg"));
        // Hermetic: nothing of the caller's environment (COLUMNS, NO_COLOR, VREG_*, LANG, ...)
        // reaches vreg; a test sets what it needs.
        cmd.env_clear()
            .env("HOME", self.dir.path())
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("VREG_DB", &self.db)
            .env("VREG_ACTOR", "tester")
            .env("VREG_TODAY", TODAY)
            .env("XDG_DATA_HOME", self.dir.path().join("xdg"))
            .current_dir(self.dir.path());
        cmd
    }

    /// An erasure request for `pupil`, received on `received` from `by`: its id.
    pub fn erasure_request(&self, pupil: &str, by: &str, received: &str) -> String {
        self.ok(&[
            "request",
            "add",
            "erasure",
            "--pupil",
            pupil,
            "--by",
            by,
            "--received",
            received,
        ])
        .trim()
        .to_string()
    }

    /// Carries out an erasure request for `pupil` (`pupil erase`): its id.
    pub fn erase(&self, pupil: &str, by: &str, received: &str) -> String {
        let id = self.erasure_request(pupil, by, received);
        self.ok(&["pupil", "erase", pupil, "--request", &id, "--yes"]);
        id
    }

    /// Runs vreg with the reading end of its stdout closed at once, like `vreg ... | head -0`.
    pub fn with_closed_stdout(&self, args: &[&str]) -> std::process::Output {
        let mut child = self
            .std_cmd()
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn vreg");
        drop(child.stdout.take());
        child.wait_with_output().expect("wait for vreg")
    }

    /// Runs vreg and returns its exit code.
    pub fn code(&self, args: &[&str]) -> Option<i32> {
        self.cmd()
            .args(args)
            .output()
            .expect("run vreg")
            .status
            .code()
    }

    /// Runs vreg; asserts exit 0 and returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run vreg");
        assert!(
            out.status.success(),
            "vreg {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs vreg; asserts exit 2 with one `error:` line and nothing on stdout, and returns it.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run vreg");
        let stderr = String::from_utf8(out.stderr).expect("utf-8 stderr");
        assert_eq!(out.status.code(), Some(2), "vreg {args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "vreg {args:?} printed on stdout");
        // With --format json the one line is a JSON object (see tests/cli/errors.rs).
        assert!(
            stderr.starts_with("error: ") || stderr.starts_with("{\"error\":"),
            "vreg {args:?}: {stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "vreg {args:?}: {stderr}");
        stderr.trim_end().to_string()
    }

    /// Like [`fails`], and checks that the register did not change.
    pub fn refused(&self, args: &[&str]) -> String {
        let before = self.fingerprint();
        let err = self.fails(args);
        assert_eq!(
            before,
            self.fingerprint(),
            "vreg {args:?} changed the register"
        );
        err
    }

    /// Runs vreg with `--format json` and parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        serde_json::from_str(&self.ok(&all)).expect("JSON on stdout")
    }

    /// Runs vreg with `--format json` and a failure: asserts exit 2 and returns the one JSON
    /// error object on stderr.
    pub fn json_error(&self, args: &[&str]) -> Value {
        let out = self
            .cmd()
            .args(["--format", "json"])
            .args(args)
            .output()
            .expect("run vreg");
        assert_eq!(out.status.code(), Some(2), "vreg {args:?}");
        serde_json::from_slice(&out.stderr).expect("one JSON error on stderr")
    }

    /// `vreg check --format json`, which exits 1 on a problem: its exit code and its report.
    pub fn check_report(&self) -> (Option<i32>, Value) {
        let out = self
            .cmd()
            .args(["check", "--format", "json"])
            .output()
            .expect("run vreg");
        let report = serde_json::from_slice(&out.stdout).expect("JSON report on stdout");
        (out.status.code(), report)
    }

    /// Everything in the register, as one comparable dump.
    pub fn fingerprint(&self) -> Vec<u8> {
        std::fs::read(&self.db).unwrap_or_default()
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The pupils of a school administration's file (`;`-separated, with its header row),
    /// imported as of 2026-09-01.
    pub fn with_pupils(&self, csv: &str) -> &Self {
        let file = self.path("leerlingen.csv");
        write(&file, csv);
        self.ok(&[
            "pupil",
            "import",
            file.to_str().unwrap(),
            "--on",
            "2026-09-01",
        ]);
        self
    }

    /// A supplier and one agreement signed 2024-03-01 without end date: `gynzy-bv-2024`.
    pub fn with_agreement(&self) -> &Self {
        self.ok(&["supplier", "add", "Gynzy B.V.", "--kvk", "12345678"]);
        self.ok(&[
            "agreement",
            "add",
            "gynzy-bv",
            "--signed-on",
            "2024-03-01",
            "--product",
            "Gynzy",
        ]);
        self
    }
}

pub fn write(path: &Path, contents: impl AsRef<[u8]>) {
    std::fs::write(path, contents).expect("write file");
}

/// One consent decision of a history: what, by whom (and which of them), in which form, when.
pub type HistoryStep<'a> = (
    verwerkersregister::domain::consent::Decision,
    verwerkersregister::domain::consent::GivenBy,
    Option<&'a str>,
    verwerkersregister::domain::consent::Form,
    chrono::NaiveDate,
);

/// Pupil "1" (born `born`) and the purpose photo-internal as `explicit` and `written_only`,
/// retired on `retired`, with one consent event per step recorded in `tx`: the purpose and the
/// events as the domain reads them, for the reference `consent::standing`.
pub fn record_history(
    tx: &verwerkersregister::store::Tx<'_>,
    born: Option<chrono::NaiveDate>,
    (explicit, written_only, retired): (bool, bool, Option<chrono::NaiveDate>),
    steps: &[HistoryStep<'_>],
) -> (
    verwerkersregister::domain::consent::Purpose,
    Vec<verwerkersregister::domain::consent::Event>,
) {
    use verwerkersregister::domain::consent::{Event, Purpose};
    use verwerkersregister::domain::pupil::Pupil;
    tx.save_pupil(&Pupil {
        key: "1".into(),
        leerlingnummer: "1".into(),
        name: "Anna".into(),
        group: None,
        school: None,
        birth_date: born,
        left_on: None,
        first_listed_on: None,
    })
    .unwrap();
    let purpose = Purpose {
        explicit,
        written_only,
        retired_on: retired,
        ..tx.purpose("photo-internal").unwrap()
    }
    .normalised();
    tx.save_purpose(&purpose).unwrap();
    let events = steps
        .iter()
        .map(|&(decision, given_by, decider, form, date)| {
            tx.add_consent_event(&verwerkersregister::store::NewEvent {
                pupil: "1",
                purpose: "photo-internal",
                decision,
                given_by,
                decider,
                form,
                date,
                evidence: None,
                source: None,
            })
            .unwrap();
            Event {
                pupil: "1".into(),
                purpose: "photo-internal".into(),
                decision,
                given_by,
                decider: decider.map(String::from),
                form,
                date,
                evidence: None,
                source: None,
                recorded_at: String::new(),
                actor: String::new(),
            }
        })
        .collect();
    (purpose, events)
}
