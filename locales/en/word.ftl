# Words every part of vreg uses: the error line, usage, suggestions.

word-error-prefix = error:
word-command-needed = a command is needed here; `--help` lists them
word-usage-error = { $problem } (see --help)
word-did-you-mean = ; did you mean { $names }?
word-or = { " or " }
