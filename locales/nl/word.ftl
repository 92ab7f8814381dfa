# Woorden die heel vreg gebruikt: de foutregel, gebruik, suggesties.

word-error-prefix = fout:
word-command-needed = hier hoort een opdracht; `--help` noemt ze
word-usage-error = { $problem } (zie --help)
word-did-you-mean = ; bedoelt u { $names }?
word-or = { " of " }
