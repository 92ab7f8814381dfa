//! Guided entry at a terminal, as an officer types it: the questions, the lists, the checks as
//! they are typed, the command line said at the end, and what was written.

use std::time::Duration;

use rexpect::session::PtySession;

use crate::common::TestEnv;
use crate::shell::on_terminal;

const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";

/// Waits for a question that reads a key at a time, and a moment for the terminal to be in raw
/// mode (a key sent before would be lost), then sends `keys`.
fn keys(p: &mut PtySession, question: &str, keys: &[&str]) {
    p.exp_string(question).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    for key in keys {
        p.send(key).unwrap();
        p.flush().unwrap();
        std::thread::sleep(Duration::from_millis(30));
    }
}

/// Answers a question in text and ends it with enter.
fn say(p: &mut PtySession, question: &str, answer: &str) {
    p.exp_string(question).unwrap();
    std::thread::sleep(Duration::from_millis(100));
    p.send(answer).unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
}

/// Takes what a list offers first, or moves `moves` and takes that.
fn pick(p: &mut PtySession, question: &str, moves: &[&str]) {
    let mut all = moves.to_vec();
    all.push("\r");
    keys(p, question, &all);
}

#[test]
fn a_new_supplier_walks_through_its_details_convenant_and_agreement() {
    let env = TestEnv::new();
    let mut p = on_terminal(&env, &["supplier", "add"]);
    say(&mut p, "Name of the supplier", "Gynzy B.V.");
    say(&mut p, "KvK number", "1234");
    // Checked as it is typed: asked again.
    p.exp_string("is not 8 digits").unwrap();
    say(&mut p, "KvK number", "12345678");
    say(&mut p, "Website", "");
    say(&mut p, "Privacy contact", "privacy@gynzy.nl");
    pick(&mut p, "Role under the AVG", &[]);
    pick(&mut p, "Standing in the Privacyconvenant", &[UP, UP, UP]);
    pick(&mut p, "Convenant version", &[]);
    p.exp_string("Without questions, these do the same:")
        .unwrap();
    p.exp_string(
        "vreg supplier add 'Gynzy B.V.' --kvk 12345678 --contact privacy@gynzy.nl --role processor",
    )
    .unwrap();
    p.exp_string("vreg convenant set gynzy-bv participant --version 4.0")
        .unwrap();
    keys(&mut p, "Add its processor agreement now?", &["y"]);
    say(&mut p, "Date signed", "31-02-2024");
    p.exp_string("not a date").unwrap();
    say(&mut p, "Date signed", "01-03-2024");
    say(&mut p, "Date it takes effect", "");
    // A date before the signing is refused at its own question, not after all of them.
    say(&mut p, "Last day in force", "2020-07-31");
    p.exp_string("is before signed_on 2024-03-01").unwrap();
    say(&mut p, "Last day in force", "2027-07-31");
    say(&mut p, "Date of the next review", "");
    pick(&mut p, "Which text is it based on?", &[]);
    say(&mut p, "Products or services", "Gynzy, Gynzy Rekenen");
    say(&mut p, "Where the signed document is", "DMS-2024-17");
    say(&mut p, "Countries where the data is stored", "NL, US");
    // Only what holds for the United States is offered: scc, dpf, bcr, none.
    pick(&mut p, "Data leaves the EEA", &[DOWN]);
    say(&mut p, "Hours within which", "24");
    say(&mut p, "DPIA reference", "");
    keys(
        &mut p,
        "The data it receives",
        &[" ", DOWN, " ", DOWN, DOWN, " ", "\r"],
    );
    p.exp_string("Without questions, these do the same:")
        .unwrap();
    p.exp_string("vreg agreement add gynzy-bv --signed-on 2024-03-01 --expires-on 2027-07-31 --model model-4.0 --product Gynzy --product 'Gynzy Rekenen' --document DMS-2024-17 --storage-country NL --storage-country US --transfer-safeguard dpf --breach-notice-hours 24").unwrap();
    p.exp_string("vreg scope set gynzy-bv-2024 eck-id pupil-number birth-date")
        .unwrap();
    p.exp_eof().unwrap();
    let supplier = env.json(&["supplier", "show", "gynzy-bv"]);
    assert_eq!(supplier["kvk"], "12345678");
    assert_eq!(supplier["convenant"], "participant");
    assert_eq!(supplier["convenant_version"], "4.0");
    let agreement = &supplier["agreements"][0];
    assert_eq!(agreement["id"], "gynzy-bv-2024");
    assert_eq!(agreement["transfer_safeguard"], "dpf");
    assert_eq!(agreement["breach_notice_hours"], 24);
    let scope: Vec<&str> = agreement["scope"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["category"].as_str().unwrap())
        .collect();
    assert_eq!(scope, ["eck-id", "pupil-number", "birth-date"]);
}

/// The guide speaks Dutch to a Dutch terminal, finds a pupil by name, and writes what the
/// command line it says writes.
#[test]
fn consent_is_recorded_in_dutch_with_the_pupil_found_by_name() {
    let env = TestEnv::new();
    env.with_pupils("leerlingnummer;naam;groep\n1001;Anna de Vries;5\n1002;Bram Jansen;6\n");
    let mut cmd = env.bare_cmd();
    cmd.args(["consent", "set"])
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("LANG", "nl_NL.UTF-8");
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    keys(
        &mut p,
        "Leerling (typ een nummer of een naam)",
        &["Bram", "\r"],
    );
    pick(&mut p, "Voor welk doel", &[DOWN]);
    pick(&mut p, "Het besluit", &[DOWN]);
    // An answer it cannot take is said in Dutch, and asked again.
    say(&mut p, "Datum van het besluit", "morgen");
    p.exp_string("fout: ").unwrap();
    say(&mut p, "Datum van het besluit", "");
    pick(&mut p, "Wie besliste", &[]);
    say(&mut p, "Welke ouder", "ouder 2");
    pick(&mut p, "Hoe het besluit is gegeven", &[UP]);
    say(&mut p, "Het bewijs", "mail 2026-11-20");
    p.exp_string("Zonder vragen doet deze opdracht hetzelfde:")
        .unwrap();
    p.exp_string("vreg consent set 1002 photo-internal refused --who 'ouder 2' --form written --evidence 'mail 2026-11-20'").unwrap();
    p.exp_eof().unwrap();
    let history = env.json(&["consent", "show", "1002"])["history"].clone();
    assert_eq!(history[0]["purpose"], "photo-internal");
    assert_eq!(history[0]["decision"], "refused");
    assert_eq!(history[0]["form"], "written");
}

/// Off a terminal nothing is asked: what is missing is an error that names it.
#[test]
fn a_script_gets_an_error_naming_what_is_missing() {
    let env = TestEnv::new();
    for (args, missing) in [
        (&["party", "add", "GGD"][..], "missing --kind"),
        (&["party", "add"][..], "missing NAME"),
        (
            &["breach", "add", "Laptop kwijt"][..],
            "missing --discovered",
        ),
        (&["consent", "set", "1001"][..], "missing PURPOSE"),
        (&["supplier", "add"][..], "missing NAME"),
        (&["agreement", "add", "x"][..], "missing --signed-on"),
        (&["request", "add", "access"][..], "missing --pupil"),
        (
            &["agreement", "subprocessor", "add", "gynzy-bv-2024", "AWS"][..],
            "missing --country",
        ),
        (&["consent", "purpose", "add"][..], "missing NAME"),
        (
            &["processing", "add", "Salaris", "--purpose", "salaris"][..],
            "missing --basis",
        ),
        (
            &["request", "add", "access", "--pupil", "1001"][..],
            "missing --by",
        ),
    ] {
        let err = env.fails(args);
        assert!(err.contains(missing), "{args:?}: {err}");
    }
}

#[test]
fn a_party_and_a_breach_are_guided_too() {
    let env = TestEnv::new();
    let mut p = on_terminal(&env, &["party", "add"]);
    say(&mut p, "Name of the party", "Leerplicht Alkmaar");
    pick(&mut p, "What kind of organisation", &[]);
    pick(&mut p, "Basis of the exchange", &[DOWN, DOWN]);
    say(
        &mut p,
        "The law that prescribes",
        "Leerplichtwet 1969 art. 21a",
    );
    keys(
        &mut p,
        "The data it may receive",
        &[DOWN, " ", DOWN, " ", "\r"],
    );
    keys(&mut p, "privacyreglement", &["y"]);
    p.exp_string("vreg party add 'Leerplicht Alkmaar' --kind government --basis legal-obligation --law 'Leerplichtwet 1969 art. 21a' --category pupil-number --category name --in-privacy-regulation").unwrap();
    p.exp_eof().unwrap();
    let party = env.json(&["party", "show", "leerplicht-alkmaar"]);
    assert_eq!(party["basis"], "legal-obligation");

    let mut p = on_terminal(&env, &["breach", "add"]);
    say(&mut p, "What happened", "Laptop kwijt");
    say(&mut p, "When the board became aware", "2026-13-01 09:00");
    p.exp_string("error:").unwrap();
    // A moment still to come is refused at the question.
    say(&mut p, "When the board became aware", "2026-12-25 10:00");
    p.exp_string("is in the future").unwrap();
    say(&mut p, "When the board became aware", "2026-11-02 09:00");
    keys(&mut p, "At which supplier", &["\r"]);
    keys(&mut p, "The data affected", &[DOWN, DOWN, " ", "\r"]);
    say(&mut p, "How many people", "-3");
    p.exp_string("'-3' is not a whole number of 0 or more")
        .unwrap();
    say(&mut p, "How many people", "28");
    keys(&mut p, "Which people are affected", &[" ", "\r"]);
    keys(&mut p, "What it did to the data", &[" ", "\r"]);
    say(&mut p, "What happened (no names", "");
    say(&mut p, "The consequences", "");
    p.exp_string("vreg breach add 'Laptop kwijt' --discovered '2026-11-02 09:00' --category name --subjects 28 --subject-kind pupils --kind confidentiality").unwrap();
    p.exp_eof().unwrap();
    let breaches = env.json(&["breach", "list"]);
    assert_eq!(breaches[0]["subjects"], 28);
}

/// A register with two pupils: Anna, 10, and Cas, 17.
fn anna_and_cas() -> TestEnv {
    let env = TestEnv::new();
    env.with_pupils(
        "leerlingnummer;naam;groep;geboortedatum\n1001;Anna de Vries;5;2016-03-01\n1003;Cas Smit;V5;2009-01-10\n",
    );
    env
}

/// Who may decide depends on the pupil's age on the day of the decision: the guide offered the
/// pupil themselves for a child of 10, and the parents for a pupil of 17, and the command then
/// refused what the list had offered. It asks the day first, offers who may decide on it, and
/// checks a `--by` given against the day typed.
#[test]
fn the_guide_offers_who_may_decide_for_the_pupils_age() {
    let env = anna_and_cas();

    // Cas is 17 today: he or his representative decides.
    let mut p = on_terminal(&env, &["consent", "set", "1003", "photo-website"]);
    pick(&mut p, "The decision", &[]);
    say(&mut p, "Date of the decision", "");
    pick(&mut p, "Who decided", &[]);
    let offered = p.exp_string("How it was given").unwrap();
    assert!(!offered.contains("parent"), "{offered}");
    assert!(!offered.contains("guardian"), "{offered}");
    keys(&mut p, "", &["\r"]);
    say(&mut p, "The proof", "");
    p.exp_string("vreg consent set 1003 photo-website granted --by pupil")
        .unwrap();
    p.exp_eof().unwrap();

    // On 1 June 2024 he was 15: a decision of that day was his parents'.
    let mut p = on_terminal(&env, &["consent", "set", "1003", "photo-website"]);
    pick(&mut p, "The decision", &[DOWN]);
    // A day to come, or before the birth, is refused at the question, as the command does.
    say(&mut p, "Date of the decision", "2027-01-01");
    p.exp_string("after today").unwrap();
    say(&mut p, "Date of the decision", "2024-06-01");
    pick(&mut p, "Who decided", &[]);
    let offered = p.exp_string("Which parent").unwrap();
    assert!(!offered.contains("pupil"), "{offered}");
    assert!(!offered.contains("representative"), "{offered}");
    say(&mut p, "", "");
    pick(&mut p, "How it was given", &[]);
    say(&mut p, "The proof", "");
    p.exp_string("vreg consent set 1003 photo-website refused --on 2024-06-01")
        .unwrap();
    p.exp_eof().unwrap();

    // A `--by` given is kept, and the day is checked against it.
    let mut p = on_terminal(
        &env,
        &["consent", "set", "1003", "photo-website", "--by", "pupil"],
    );
    pick(&mut p, "The decision", &[]);
    say(&mut p, "Date of the decision", "2024-06-01");
    p.exp_string("16").unwrap();
    say(&mut p, "Date of the decision", "2026-11-01");
    pick(&mut p, "How it was given", &[]);
    say(&mut p, "The proof", "");
    p.exp_string("vreg consent set 1003 photo-website granted --on 2026-11-01 --by pupil")
        .unwrap();
    p.exp_eof().unwrap();
    let history = env.json(&["consent", "show", "1003"])["history"].clone();
    let by: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["given_by"].as_str().unwrap())
        .collect();
    assert_eq!(by, ["pupil", "parent", "pupil"]);

    // Anna is 10: her parents decide.
    let mut p = on_terminal(&env, &["consent", "set", "1001", "photo-website"]);
    pick(&mut p, "The decision", &[]);
    say(&mut p, "Date of the decision", "");
    pick(&mut p, "Who decided", &[]);
    let offered = p.exp_string("Which parent").unwrap();
    assert!(!offered.contains("pupil"), "{offered}");
    assert!(!offered.contains("representative"), "{offered}");
    say(&mut p, "", "");
    pick(&mut p, "How it was given", &[]);
    say(&mut p, "The proof", "");
    p.exp_eof().unwrap();
}

/// `request add` asks for what it lacks, like the other `add` commands: the right, the pupil
/// (found by name), the day it came in and who made it (only who may, on that day), each
/// answer checked as it is typed; a pupil the command would not find is refused at once.
#[test]
fn a_request_is_guided_with_who_may_make_it() {
    let env = anna_and_cas();

    // Cas is 17: he, his representative or a parent (with a note) may ask.
    let mut p = on_terminal(&env, &["request", "add"]);
    pick(&mut p, "Which right", &[DOWN]);
    keys(&mut p, "Pupil (type a number or a name)", &["Cas", "\r"]);
    say(&mut p, "The day the school received it", "2026-11-30");
    p.exp_string("after today").unwrap();
    say(&mut p, "The day the school received it", "2026-11-02");
    pick(&mut p, "Who made the request", &[DOWN]);
    say(&mut p, "How it came in", "e-mail");
    // A value that starts with a dash is joined to its flag, or it would be read as one.
    say(&mut p, "Notes", "- zie dossier");
    p.exp_string(
        "vreg request add rectification --pupil 1003 --received 2026-11-02 --by pupil --via e-mail '--notes=- zie dossier'",
    )
    .unwrap();
    p.exp_eof().unwrap();

    // A `--by` given is kept, and the day is checked against it: on 1 June 2024 Cas was 15.
    let mut p = on_terminal(
        &env,
        &[
            "request", "add", "access", "--pupil", "1003", "--by", "pupil",
        ],
    );
    say(&mut p, "The day the school received it", "2024-06-01");
    p.exp_string("16").unwrap();
    say(&mut p, "The day the school received it", "2026-11-03");
    say(&mut p, "How it came in", "");
    say(&mut p, "Notes", "");
    p.exp_eof().unwrap();

    // Anna is 10: only her parents may ask, so who made it is not asked.
    let mut p = on_terminal(&env, &["request", "add", "access", "--pupil", "1001"]);
    let asked = p.exp_string("The day the school received it").unwrap();
    assert!(!asked.contains("Who made the request"), "{asked}");
    say(&mut p, "", "");
    say(&mut p, "How it came in", "");
    say(&mut p, "Notes", "");
    p.exp_string("vreg request add access --pupil 1001 --received 2026-11-28 --by parent")
        .unwrap();
    p.exp_eof().unwrap();

    // An unknown pupil is refused before any question.
    let mut p = on_terminal(&env, &["request", "add", "access", "--pupil", "9999"]);
    p.exp_string("no pupil '9999'").unwrap();
    p.exp_eof().unwrap();

    let requests = env.json(&["request", "list"]);
    let made: Vec<(&str, &str, &str)> = requests
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["kind"].as_str().unwrap(),
                r["requested_by"].as_str().unwrap(),
                r["due_on"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        made,
        [
            ("rectification", "pupil", "2026-12-02"),
            ("access", "pupil", "2026-12-03"),
            ("access", "parent", "2026-12-28")
        ]
    );
}

/// `processing add` asks for an activity's art. 30 items, like the other `add` commands: a
/// purpose or more, the basis, whose data and which (at least one of each), and the agreements
/// through which the data go.
#[test]
fn an_activity_of_the_art_30_register_is_guided() {
    let env = TestEnv::new();
    env.with_agreement();
    assert_eq!(env.json(&["party", "list"]), serde_json::json!([]));
    let mut p = on_terminal(&env, &["processing", "add"]);
    say(&mut p, "Name of the activity", "Salaris");
    say(&mut p, "Why the data are processed", "salarisadministratie");
    say(&mut p, "Another purpose", "jaaropgaaf");
    say(&mut p, "Another purpose", "");
    pick(&mut p, "Its basis", &[DOWN]);
    say(&mut p, "The law it rests on", "");
    // Nothing marked: asked again.
    keys(&mut p, "Whose data", &["\r"]);
    p.exp_string("mark at least one").unwrap();
    keys(&mut p, "Whose data", &[DOWN, DOWN, " ", "\r"]);
    keys(&mut p, "Which data", &[DOWN, DOWN, " ", "\r"]);
    say(&mut p, "How long the data are kept", "7 jaar");
    say(&mut p, "Where the security measures", "");
    say(&mut p, "The DPIA", "");
    say(&mut p, "Who keeps this entry up to date", "HR");
    say(&mut p, "When the entry is next reviewed", "2027-09-01");
    keys(&mut p, "The agreements whose suppliers", &[" ", "\r"]);
    say(&mut p, "Notes", "");
    p.exp_string(
        "vreg processing add Salaris --purpose salarisadministratie --purpose jaaropgaaf --basis contract --subjects staff --category name --retention '7 jaar' --owner HR --review-on 2027-09-01 --agreement gynzy-bv-2024",
    )
    .unwrap();
    p.exp_eof().unwrap();
    let activity = env.json(&["processing", "show", "salaris"]);
    assert_eq!(
        activity["purposes"],
        serde_json::json!(["salarisadministratie", "jaaropgaaf"])
    );
    assert_eq!(activity["subjects"], serde_json::json!(["staff"]));
    assert_eq!(activity["agreements"], serde_json::json!(["gynzy-bv-2024"]));
}

/// `agreement subprocessor add` and `consent purpose add` ask for what they lack too: the
/// sub-processor's agreement from the list, its country checked as typed and only the
/// safeguards that hold for it; the purpose's statement, renewal and who is asked.
#[test]
fn a_subprocessor_and_a_purpose_are_guided() {
    let env = TestEnv::new();
    env.with_agreement();
    let mut p = on_terminal(&env, &["agreement", "subprocessor", "add"]);
    keys(&mut p, "Agreement (type an id or a supplier)", &["\r"]);
    say(&mut p, "Name of the sub-processor", "Amazon Web Services");
    say(&mut p, "Country where it processes the data", "XX");
    p.exp_string("is not an ISO 3166-1 alpha-2 country code")
        .unwrap();
    say(&mut p, "Country where it processes the data", "us");
    say(&mut p, "What it does", "hosting");
    // No adequacy decision for the United States: not offered.
    pick(&mut p, "The safeguard of the transfer", &[DOWN]);
    let offered = p.exp_string("Without questions").unwrap();
    assert!(!offered.contains("adequacy"), "{offered}");
    p.exp_string("vreg agreement subprocessor add gynzy-bv-2024 'Amazon Web Services' --country US --purpose hosting --transfer-safeguard dpf").unwrap();
    p.exp_eof().unwrap();
    let subs = env.json(&["agreement", "subprocessor", "list", "gynzy-bv-2024"]);
    assert_eq!(subs[0]["transfer_safeguard"], "dpf");

    let mut p = on_terminal(&env, &["consent", "purpose", "add"]);
    say(&mut p, "Name of the purpose", "Deelname aan onderzoek");
    pick(&mut p, "Which statement counts", &[DOWN]);
    pick(&mut p, "How often it is asked", &[DOWN]);
    pick(&mut p, "Of whom it is asked", &[DOWN]);
    p.exp_string("vreg consent purpose add 'Deelname aan onderzoek' --explicit --renewal once --applies-to some").unwrap();
    p.exp_eof().unwrap();
    let purposes = env.json(&["consent", "purposes"]);
    let added = purposes
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Deelname aan onderzoek")
        .unwrap();
    assert_eq!(added["explicit"], true);
    assert_eq!(added["renewal"], "once");
    assert_eq!(added["applies_to"], "some");

    // A name the agreement or the purposes already have is refused at its question, not after
    // the last one.
    let mut p = on_terminal(&env, &["agreement", "subprocessor", "add", "gynzy-bv-2024"]);
    say(&mut p, "Name of the sub-processor", "Amazon Web Services");
    p.exp_string("already names sub-processor").unwrap();
    say(&mut p, "Name of the sub-processor", "Twilio");
    say(&mut p, "Country where it processes the data", "NL");
    say(&mut p, "What it does", "");
    p.exp_eof().unwrap();
    let mut p = on_terminal(&env, &["consent", "purpose", "add"]);
    say(&mut p, "Name of the purpose", "deelname AAN onderzoek");
    p.exp_string("already has this name").unwrap();
    say(&mut p, "Name of the purpose", "Onderzoek 2");
    pick(&mut p, "Which statement counts", &[]);
    pick(&mut p, "How often it is asked", &[]);
    pick(&mut p, "Of whom it is asked", &[]);
    p.exp_eof().unwrap();
    assert_eq!(
        env.json(&["agreement", "subprocessor", "list", "gynzy-bv-2024"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}
