# Words every part of vreg uses: the error line, usage, suggestions.

word-error-prefix = error:
word-command-needed = a command is needed here; `--help` lists them
word-usage-error = { $problem } (see --help)
word-did-you-mean = ; did you mean { $names }?
word-or = { " or " }
# The answer of `consent check` and `party check` on a terminal: here, in the small area every
# run may read, so that a check does not parse the commands' catalogue to say yes or no.
word-answer-yes = yes: { $reason }
word-answer-no = no: { $reason }
word-stdout-failed = cannot write to stdout: { $error }
