use super::*;

#[test]
fn a_line_is_said_as_a_shell_takes_it_and_parses_as_a_command() {
    let mut line = Line::new(&["supplier", "add"]);
    line.arg("Gynzy B.V.");
    line.flag("--kvk", "12345678");
    line.flag("--notes", "it's 'quoted'");
    line.flag("--contact", "privacy@gynzy.nl");
    assert_eq!(
        line.shell(),
        r"vreg supplier add 'Gynzy B.V.' --kvk 12345678 --notes 'it'\''s '\''quoted'\''' --contact privacy@gynzy.nl"
    );
    match line.command().unwrap() {
        Command::Supplier(Deferred(SupplierCommand::Add(args))) => {
            assert_eq!(args.name.as_deref(), Some("Gynzy B.V."));
            assert_eq!(args.fields.kvk.as_deref(), Some("12345678"));
            assert_eq!(args.fields.notes.as_deref(), Some("it's 'quoted'"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn words_a_shell_would_split_or_expand_are_quoted() {
    for (word, shown) in [
        ("plain-word_1.0", "plain-word_1.0"),
        ("", "''"),
        ("two words", "'two words'"),
        ("$HOME", "'$HOME'"),
        ("a;b", "'a;b'"),
        ("*", "'*'"),
        ("ë", "'ë'"),
    ] {
        assert_eq!(quoted(word), shown);
    }
}

#[test]
fn a_line_that_does_not_parse_is_an_error_not_a_panic() {
    let mut line = Line::new(&["supplier", "add"]);
    line.flag("--role", "boss");
    assert!(line.command().is_err());
}
