# Guided entry at a terminal: the questions, and what is said around them.

guide-stopped = stopped; nothing was added
guide-the-line = { $count ->
        [one] Without questions, this does the same:
       *[other] Without questions, these do the same:
    }
    { $lines }
guide-supplier-name = Name of the supplier
guide-supplier-kvk = KvK number (8 digits; empty if unknown)
guide-supplier-website = Website (empty if none)
guide-supplier-contact = Privacy contact, e.g. an e-mail address (empty if unknown)
guide-supplier-role = Role under the AVG
guide-supplier-convenant = Standing in the Privacyconvenant Onderwijs (see privacyconvenant.nl)
guide-supplier-version = Convenant version it joined
guide-supplier-offer = Add its processor agreement now?
guide-agreement-no-suppliers = there are no suppliers yet; add one first: vreg supplier add
guide-agreement-supplier = Supplier (type to search)
guide-agreement-signed-on = Date signed (YYYY-MM-DD or DD-MM-YYYY)
guide-agreement-starts-on = Date it takes effect (empty: when signed)
guide-agreement-expires-on = Last day in force (empty: indefinite)
guide-agreement-review-on = Date of the next review (empty if none)
guide-agreement-model = Which text is it based on?
guide-agreement-products = Products or services it covers, separated by commas (empty if none)
guide-agreement-document = Where the signed document is: path, URL or DMS reference (empty if not yet)
guide-agreement-countries = Countries where the data is stored, ISO codes separated by commas, e.g. NL, IE (empty if unknown)
guide-agreement-safeguard = Data leaves the EEA: under which safeguard?
guide-agreement-breach-hours = Hours within which the supplier reports a data breach (empty if not agreed)
guide-agreement-dpia = DPIA reference (empty if none)
guide-agreement-scope = The data it receives (space marks, enter is done)
guide-party-name = Name of the party
guide-party-kind = What kind of organisation
guide-party-basis = Basis of the exchange (AVG art. 6(1))
guide-party-law = The law that prescribes or allows it, e.g. "Leerplichtwet 1969 art. 21a"
guide-party-categories = The data it may receive (space marks, enter is done)
guide-party-in-regulation = Is it listed in the board's privacyreglement?
guide-breach-title = What happened, in a few words (no names or numbers of pupils)
guide-breach-discovered = When the board became aware of it, e.g. 2026-10-23 16:00 (the 72 hours run from here)
guide-breach-no-supplier = (not at a supplier)
guide-breach-supplier = At which supplier (type to search)
guide-breach-categories = The data affected (space marks, enter is done)
guide-breach-subjects = How many people are affected (a number; empty if not yet known)
guide-breach-kinds = What it did to the data (space marks, enter is done)
guide-breach-description = What happened (no names or numbers of pupils; empty to add later)
guide-breach-consequences = The consequences for the people affected (empty to add later)
guide-no-pupils = there are no pupils yet; import them first: vreg pupil import FILE.csv
guide-pupil = Pupil (type a number or a name)
guide-consent-purpose = For which purpose
guide-consent-decision = The decision
guide-consent-by = Who decided
guide-consent-who = Which parent, when both have authority, e.g. "ouder 2" (empty if one)
guide-consent-form = How it was given
guide-consent-evidence = The proof: the form, the e-mail, a document reference (empty if none)
guide-consent-on = Date of the decision (empty: today)
guide-needs-answer = an answer is needed here
guide-request-kind = Which right the request is about
guide-request-by = Who made the request
guide-request-received = The day the school received it (empty: today)
guide-request-via = How it came in: a letter, an e-mail to the director, the parent app (empty if not said)
guide-request-notes = Notes, without names (empty if none)
