# Clap's own words. The English of every command and argument is in the doc comments of the
# command line (src/cli.rs, src/commands/); its Dutch is in locales/nl/help.ftl.

help-clap-usage = Usage:
help-clap-options-placeholder = OPTIONS
help-clap-arguments = Arguments
help-clap-options = Options
help-clap-global-options = Global options
help-clap-commands = Commands
help-clap-command = COMMAND
help-clap-help = Print help
help-clap-help-short = Print help (see more with '--help')
help-clap-help-long = Print help (see a summary with '-h')
help-clap-version = Print version
help-clap-help-command = Print this message or the help of the given subcommand(s)
help-clap-default = default:
help-clap-possible-values = possible values:
help-clap-possible-values-heading = Possible values:
help-clap-also = aliases:
help-clap-examples = Examples:
help-clap-example = Example:

# Clap's usage errors, as main.rs says them (the first paragraph of clap's own, on one line).
help-clap-error-unknown-command = unrecognized subcommand '{ $name }'
help-clap-error-unknown-argument = unexpected argument '{ $name }' found
help-clap-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
help-clap-error-value-missing = a value is required for '{ $arg }' but none was supplied
help-clap-error-possible-values = [possible values: { $values }]
help-clap-error-missing-arguments = the following required arguments were not provided: { $args }
help-clap-error-missing-command = '{ $name }' requires a subcommand but one was not provided
help-clap-error-commands = [subcommands: { $names }]
help-clap-error-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
help-clap-error-too-few = { $min } values required by '{ $arg }'; only { $actual ->
        [one] 1 was provided
       *[other] { $actual } were provided
    }
help-clap-error-wrong-number = { $expected } values required for '{ $arg }' but { $actual ->
        [one] 1 was provided
       *[other] { $actual } were provided
    }
help-clap-error-used-twice = the argument '{ $arg }' cannot be used multiple times
help-clap-error-conflict = the argument '{ $arg }' cannot be used with { $other }
help-clap-error-command-conflict = the subcommand '{ $name }' cannot be used with { $other }
help-clap-error-conflict-others = one or more of the other specified arguments
help-clap-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
help-clap-error-utf8 = invalid UTF-8 was detected in one or more arguments
# Why clap refused a number: the standard library's words in English

# What `vreg` alone prints: the commands a new officer starts with.
help-start =
    vreg — the verwerkersregister of a Dutch school board. To start:

      vreg init --example                         a register with an example board, to try things
      vreg supplier add NAME                      register a supplier (leverancier)
      vreg agreement add SUPPLIER --signed-on D   its processor agreement (verwerkersovereenkomst)
      vreg pupil import leerlingen.csv            pupils and consent from the administration's export
      vreg audit                                  what needs doing; exit 1 when something does

    `vreg --help` lists every command; `vreg COMMAND --help` explains one, with examples.
