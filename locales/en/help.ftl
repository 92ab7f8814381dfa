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
