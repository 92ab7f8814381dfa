# Woorden die heel vreg gebruikt: de foutregel, gebruik, suggesties.

word-error-prefix = fout:
word-command-needed = hier hoort een opdracht; `--help` noemt ze
word-usage-error = { $problem } (zie --help)
word-did-you-mean = ; bedoelt u { $names }?
word-or = { " of " }
# Het antwoord van `consent check` en `party check` op een terminal: hier, in het kleine gebied,
# zodat een controle niet de hele catalogus van de opdrachten leest om ja of nee te zeggen.
word-answer-yes = ja: { $reason }
word-answer-no = nee: { $reason }
word-stdout-failed = kan niet naar stdout schrijven: { $error }
