# De woorden van clap zelf. Het Engels van elke opdracht en elk argument staat in de
# doc-commentaar van de opdrachtregel (src/cli.rs, src/commands/); het Nederlands hieronder.

help-clap-usage = Gebruik:
help-clap-options-placeholder = OPTIES
help-clap-arguments = Argumenten
help-clap-options = Opties
help-clap-global-options = Algemene opties
help-clap-commands = Opdrachten
help-clap-command = OPDRACHT
help-clap-help = Hulp tonen
help-clap-help-short = Hulp tonen (meer met '--help')
help-clap-help-long = Hulp tonen (een samenvatting met '-h')
help-clap-version = Versie tonen
help-clap-help-command = Deze hulp tonen, of die van de gegeven opdracht
help-clap-default = standaard:
help-clap-possible-values = mogelijke waarden:
help-clap-possible-values-heading = Mogelijke waarden:
help-clap-also = ook:
help-clap-examples = Voorbeelden:
help-clap-example = Voorbeeld:
