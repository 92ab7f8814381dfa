# The audit: its findings' messages and hints, the meaning of each code, the summary.

audit-summary-line = audit of { $as_of }: { $error ->
        [one] 1 error
       *[other] { $error } errors
    }, { $warning ->
        [one] 1 warning
       *[other] { $warning } warnings
    }, { $info } info
audit-summary-accepted = ; { $accepted } accepted
audit-heading-accepted = accepted
audit-saved = audit run saved in { $path }
audit-serves = { " " }(serves { $schools })

## Suppliers and agreements

audit-agreement-missing = processor { $id } ({ $name }) has no agreement in force on { $as_of }
    .hint = register the signed agreement: vreg agreement add { $id } --signed-on DATE
audit-convenant-none = processor { $id } is { $standing ->
        [none] no participant or supporter
       *[unknown] of unknown standing
    } in the Privacyconvenant Onderwijs
    .hint = check privacyconvenant.nl and record it: vreg convenant set { $id } STATUS
audit-convenant-never-checked = the convenant status of { $id } was never checked
    .hint = check privacyconvenant.nl and record it: vreg convenant set { $id } STATUS --checked-on DATE
audit-convenant-checked-long-ago = the convenant status of { $id } was last checked on { $checked_on }, more than a year ago
    .hint = check privacyconvenant.nl and record it: vreg convenant set { $id } STATUS --checked-on DATE
audit-agreement-expired = agreement { $id } of { $supplier } expired on { $expires_on }
    .hint = register the renewed agreement (vreg agreement add { $supplier }), or end this one: vreg agreement end { $id } --on DATE
audit-agreement-expiring-gap = agreement { $id } of { $supplier } ends on { $ends_on }, within { $horizon } days, and its successor { $next } takes effect only on { $takes_effect }: in between { $supplier } has no agreement in force
    .hint = { $next } is registered: let it take effect the day after, vreg agreement edit { $next } --starts-on DATE, or stop the processing in between
audit-agreement-expired-gap = agreement { $id } of { $supplier } expired on { $expires_on }, and its successor { $next } takes effect on { $takes_effect }: until then { $supplier } has no agreement in force
    .hint = { $next } is registered: until { $takes_effect } stop the processing, or let it take effect earlier: vreg agreement edit { $next } --starts-on DATE
audit-agreement-expiring = agreement { $id } of { $supplier } ends on { $ends_on }, within { $horizon } days
    .hint = renew it in time and register the new agreement: vreg agreement add { $supplier }
audit-review-overdue = agreement { $id } was due for review on { $review_on }
    .hint = review it and set the next date: vreg agreement edit { $id } --review-on DATE
audit-scope-missing = agreement { $id } is in force but registers no data categories
    .hint = register what the supplier receives: vreg scope set { $id } CATEGORY...
audit-document-missing = agreement { $id } has no reference to the signed document
    .hint = vreg agreement edit { $id } --document REF
audit-model-signed-late = agreement { $id } uses the Model Verwerkersovereenkomst 3.0 but was signed on or after { $from }
    .hint = agree the Model 4.0 with the supplier and record it: vreg agreement edit { $id } --model model-4.0
audit-model-past-review = agreement { $id } still uses the Model Verwerkersovereenkomst 3.0 after its review date
    .hint = agree the Model 4.0 with the supplier and record it: vreg agreement edit { $id } --model model-4.0
audit-special-category = agreement { $id } receives special categories ({ $categories }) without a DPIA reference
    .hint = carry out a DPIA and record it: vreg agreement edit { $id } --dpia REF
audit-bsn-agreement = agreement { $id } gives supplier { $supplier } the BSN without naming the law that prescribes it (UAVG art. 46)
    .hint = learning material gets the ECK iD instead: vreg scope remove { $id } bsn; for the pupil administration name the law: vreg scope add { $id } bsn --law "WPO art. 178a"
audit-transfer-unsafeguarded = { $recipient ->
        [storage] agreement { $id } stores data in { $country }
       *[sub] sub-processor { $name } of agreement { $id } is in { $country }
    } (outside the EEA) without a transfer safeguard of its own
    .hint = record the safeguard (adequacy, scc, dpf, bcr): { $recipient ->
            [storage] vreg agreement edit { $id } --transfer-safeguard S
           *[sub] vreg agreement subprocessor remove { $id } "{ $name }", then add it again with --transfer-safeguard S
        }
audit-transfer-invalid = { $recipient ->
        [storage] agreement { $id } stores data in { $country }
       *[sub] sub-processor { $name } of agreement { $id } is in { $country }
    } under safeguard { $safeguard }, which does not hold for { $country }: dpf covers the United States only, adequacy only the countries on the Commission's list ({ $adequacy })
    .hint = record a safeguard that holds there (scc or bcr anywhere): { $recipient ->
            [storage] vreg agreement edit { $id } --transfer-safeguard S
           *[sub] vreg agreement subprocessor remove { $id } "{ $name }", then add it again with --transfer-safeguard S
        }

## Parties

audit-party-no-basis = party { $id } has basis legal-obligation but no law reference
    .hint = name the law: vreg party edit { $id } --law "..."
audit-bsn-party = party { $id } may receive the BSN on basis { $basis }; only a legal obligation allows it (UAVG art. 46)
    .hint = remove bsn from its categories: vreg party edit { $id } --category ...
audit-special-category-party-not-explicit = party { $id } may receive { $categories } on consent, and its purpose { $purpose } accepts any form: special categories (art. 9) go only on explicit consent
    .hint = make the purpose ask for an express statement: vreg consent purpose edit { $purpose } --explicit true
audit-special-category-party = party { $id } may receive { $categories }: { $problem ->
        [never] basis { $basis } never lifts the prohibition on special categories (AVG art. 9): only explicit consent per pupil, or a law that covers it
        [case-by-case] basis { $basis } lifts the prohibition on special categories (AVG art. 9(2)(c)) only in an emergency where the person cannot consent, case by case, not for an exchange registered ahead
       *[no-law] basis { $basis } covers special categories (AVG art. 9) only where the law that prescribes it does; no law is recorded
    }
    .hint = { $problem ->
            [never] remove the special categories (vreg party edit { $id } --category ...), or share them only on explicit consent (--basis consent)
            [case-by-case] rest the exchange on explicit consent (vreg party edit { $id } --basis consent) or on the law that covers it, or remove the special categories (--category ...); an emergency needs no entry ahead
           *[no-law] name the law: vreg party edit { $id } --law "...", or remove the categories: vreg party edit { $id } --category ...
        }
audit-party-legitimate-interest = party { $id } receives pupil data on legitimate interest, which does not apply to a school's public task (AVG art. 6(1), last sentence)
    .hint = name the basis that applies (public-task with its law, legal-obligation, consent), or record the reason in its notes: vreg party edit { $id } --basis B
audit-party-not-in-regulation = party { $id } is not listed in the privacyreglement
    .hint = add it to the privacyreglement (with the GMR), then: vreg party edit { $id } --in-privacy-regulation true

## Consent and pupils

audit-consent-unknown = { $count ->
        [one] 1 pupil has
       *[other] { $count } pupils have
    } no decision for { $purpose }; without a decision there is no consent
    .hint = ask the parents (from 16, the pupil), then import or record: vreg consent list --purpose { $purpose } --not-granted
audit-consent-stale = { $count ->
        [one] 1 decision
       *[other] { $count } decisions
    } for { $purpose } date from before this school year (began { $start })
    .hint = ask the parents (from 16, the pupil) again and import the answers as this year's: vreg pupil import FILE.csv --reconfirm
audit-consent-explicit-unwritten = { $count ->
        [one] 1 grant for { $purpose } was
       *[other] { $count } grants for { $purpose } were
    } given in a form this purpose does not accept (a verbal grant never counts where an express statement is needed)
    .hint = ask for the statement the purpose needs and record it: vreg consent set PUPIL { $purpose } granted --form written
audit-consent-not-on-paper = { $count ->
        [one] 1 grant for { $purpose } was
       *[other] { $count } grants for { $purpose } were
    } not given on paper, and this purpose counts only a written statement
    .hint = ask for the signed form and record it: vreg consent set PUPIL { $purpose } granted --form written
audit-consent-disputed = { $count ->
        [one] 1 pupil has
       *[other] { $count } pupils have
    } deciders who disagree on { $purpose } (two parents, or a pupil of 16 or older and the administration's file): one granted, another refused or withdrew; that is no consent
    .hint = talk to those who decide (both parents; from 16, the pupil) and record what they agree on; see who: vreg consent list --purpose { $purpose } --not-granted
audit-consent-turned-16 = pupil { $pupil } is 16 or older and decides alone, but a parent's decision still stands for { $purposes }
    .hint = ask the pupil and record it: vreg consent set { $number } PURPOSE granted|refused --by pupil{ $school_flag }
audit-pupil-retention = { $count ->
        [one] 1 pupil who left
       *[other] { $count } pupils who left
    } before { $limit } (more than 2 years ago) { $count ->
        [one] is
       *[other] are
    } still in the register
    .hint = vreg pupil purge --left-before { $limit } --yes

## Breaches

audit-breach-reported-late = breach { $id } was reported to the AP on { $reported_at }, after the 72 hours (due { $due })
    .hint = keep the reasons for the delay with the report (art. 33(1) AVG)
audit-breach-reported-late-explained = breach { $id } was reported to the AP on { $reported_at }, after the 72 hours (due { $due }), with the reasons for the delay
    .hint = nothing left to do: the reasons went with the report (art. 33(1) AVG)
audit-breach-unassessed-late = breach { $id } is still not assessed, and its 72 hours ended on { $due }
    .hint = decide now and report if needed: vreg breach assess { $id } --risk none|risk|high --reason TEXT
audit-breach-unreported = breach { $id } is reportable and was not reported to the AP by { $due }
    .hint = report it now, with the reasons for the delay: vreg breach notify { $id } ap --at TIME --ref MELDNUMMER
audit-breach-undecided = breach { $id } is not assessed; the AP deadline is { $due }
    .hint = vreg breach assess { $id } --risk none|risk|high --reason TEXT
audit-breach-subjects-unnotified = breach { $id } has a high risk and the people affected were not told
    .hint = tell them without undue delay, then: vreg breach notify { $id } subjects --at TIME --how TEXT
audit-breach-subjects-late = breach { $id } has a high risk, and the people affected were told only on { $told_at }, after { $due } (72 hours after the high risk was established)
    .hint = keep why it took longer in the record (vreg breach edit { $id } --description TEXT): "without undue delay" (art. 34 AVG) has no hour in the law; vreg gives it the 72 hours of a report to the AP
audit-breach-processor-late = supplier { $supplier } reported breach { $id } on { $reported_at }, later than the { $hours } hours of agreement { $agreement } (due { $due })
    .hint = hold the supplier to its agreement and note it at the next review
audit-breach-processor-silent = supplier { $supplier } has not reported breach { $id }, due by the { $hours } hours of agreement { $agreement } on { $due }
    .hint = ask the supplier for its report and record it: vreg breach supplier-reported { $id } --at TIME
audit-breach-inspectie-unnotified = breach { $id } concerns test or exam results and is a risk, and the Inspectie van het Onderwijs was not told
    .hint = tell the Inspectie and record it: vreg breach notify { $id } inspectie --at TIME --ref REF
audit-breach-open = breach { $id } ({ $title }) is open
    .hint = close it when handled: vreg breach close { $id } --measures TEXT

## Requests

audit-request-overdue = { $kind } request { $id } received on { $received_on } was due on { $due } and is not answered
    .hint = answer it, then: vreg request close { $id } --on DATE --outcome granted|partly|refused (art. 12(3) AVG: within one month, or three when extended in time)
audit-request-due-soon = { $kind } request { $id } is due on { $due }, { $days ->
        [0] today
        [one] in 1 day
       *[other] in { $days } days
    } (within { $within })
    .hint = answer it, then: vreg request close { $id } --on DATE --outcome granted|partly|refused{ $extended ->
            [yes] {""}
           *[no] ; or, for a complex request, tell the requester with reasons and record it: vreg request extend { $id } --reason TEXT --notified-on DATE
        }

## Processing activities

audit-art30-incomplete = processing { $id } lacks { $missing } (AVG art. 30(1))
    .hint = fill it in: vreg processing edit { $id } --purpose TEXT --subjects S --category C --basis B
audit-processing-special = processing { $id } holds special categories ({ $categories }) { $problem ->
        [never] on basis { $basis }, which never lifts the prohibition of AVG art. 9, whatever law is named beside it: only explicit consent, or a legal obligation or public task whose law covers them
        [no-law] on basis { $basis }, which covers them (AVG art. 9) only where the law it rests on does; no law is recorded
        [case-by-case] on basis { $basis }, which lifts the prohibition of AVG art. 9 (2)(c) only in an emergency where the person cannot consent, case by case, not for an activity registered ahead
       *[no-basis] without a basis; nothing lifts the prohibition of AVG art. 9
    }
    .hint = { $problem ->
            [never] rest it on explicit consent (vreg processing edit { $id } --basis consent) or on the task or obligation whose law covers them (--basis public-task --law "...", e.g. UAVG art. 30 for support because of health), or remove them: vreg processing edit { $id } --category ...
            [no-law] name the law (e.g. UAVG art. 30 for support because of health): vreg processing edit { $id } --law "...", or rest it on explicit consent (--basis consent)
            [case-by-case] rest it on explicit consent (vreg processing edit { $id } --basis consent) or on the task or obligation whose law covers them (--basis public-task --law "..."), or remove them: vreg processing edit { $id } --category ...
           *[no-basis] name the basis and, for special categories, the law that covers them: vreg processing edit { $id } --basis B --law "..."
        }
audit-processing-bsn = processing { $id } holds { $categories } { $problem ->
        [never] on basis { $basis }; a national identifier may only be used where a law prescribes it: a legal obligation with its law (UAVG art. 46)
        [no-law] on a legal obligation whose law is not recorded; a national identifier may only be used where a law prescribes it (UAVG art. 46)
       *[no-basis] without a basis; a national identifier may only be used where a law prescribes it (UAVG art. 46)
    }
    .hint = { $problem ->
            [no-law] name the law: vreg processing edit { $id } --law "..."
           *[other] rest it on the legal obligation that prescribes it, with its law (vreg processing edit { $id } --basis legal-obligation --law "..."), or remove it: vreg processing edit { $id } --category ...
        }
audit-processing-legitimate-interest = processing { $id } rests on legitimate interest, which does not apply to a school's public task (AVG art. 6(1), last sentence) and never covers special categories or the BSN
    .hint = name the basis that applies (public-task with its law, legal-obligation, contract, consent): vreg processing edit { $id } --basis B; where the board acts outside its public task, record the reason: vreg audit accept processing-legitimate-interest processing:{ $id } --reason TEXT --until DATE
audit-processing-categories-unlisted = processing { $id } does not list { $categories }, which { $kind ->
        [party] party { $recipient } may receive
       *[supplier] { $recipient } receives under agreement { $agreement }
    }; no other activity linked to it lists them either, so the record does not say them (AVG art. 30(1)(c))
    .hint = add them to the activity's categories (vreg processing edit { $id } --category ..., with those it has), or { $kind ->
            [party] take them out of what the party may receive: vreg party edit { $recipient_id } --category ...
           *[supplier] take them out of the agreement: vreg scope remove { $agreement } CATEGORY
        }
audit-processing-review-overdue = processing { $id } was due for review on { $review_on }
    .hint = review it with its owner, then: vreg processing edit { $id } --review-on DATE
audit-agreement-unlinked = agreement { $id } is in force but no processing activity uses it
    .hint = link it to the activity it serves: vreg processing edit ID --agreement { $id } (with the agreements the activity already has)

## What each code means (`vreg audit codes`)

audit-meaning-agreement-missing = a processor without an agreement in force (and none that lapsed: that is agreement-expired)
audit-meaning-agreement-expired = an agreement past its end, not renewed, and no later agreement of the supplier in force
audit-meaning-scope-missing = an agreement in force with no data categories
audit-meaning-bsn-shared = an agreement receives the BSN without naming the law on its scope line, or a party not on a legal obligation may receive it
audit-meaning-transfer-unsafeguarded = storage or a sub-processor outside the EEA without a safeguard of its own
audit-meaning-transfer-safeguard-invalid = a safeguard that does not hold for the country: dpf outside the United States, adequacy for a country not on the Commission's list
audit-meaning-party-no-basis = a party on legal-obligation without the law that prescribes it
audit-meaning-special-category-party = a party that may receive special categories (art. 9) on contract or legitimate interest, on a legal obligation or public task without its law, or on consent through a purpose that accepts any form
audit-meaning-breach-ap-late = a reportable breach reported to the AP after 72 hours without the reasons for the delay, or undecided past them
audit-meaning-breach-ap-late-explained = a breach reported to the AP after 72 hours, with the reasons for the delay
audit-meaning-breach-subjects-unnotified = a high-risk breach and the people affected not told
audit-meaning-breach-subjects-late = a high-risk breach whose people affected were told after the day the risk was established
audit-meaning-request-overdue = a request of a parent or pupil past its due date and not answered
audit-meaning-art30-incomplete = a processing activity without a purpose, data subjects, data categories or a legal basis (AVG art. 30(1))
audit-meaning-processing-special-no-exception = a processing activity with special categories (art. 9) on a basis that does not lift the prohibition: contract or legitimate interest (whatever law is named), a legal obligation or public task without its law, or no basis
audit-meaning-processing-bsn-no-law = a processing activity with the BSN (or another national identifier) on anything but a legal obligation with its law (UAVG art. 46)
audit-meaning-agreement-expiring = an agreement that ends within the horizon and has no successor
audit-meaning-review-overdue = an agreement in force past its review date
audit-meaning-document-missing = an agreement in force without a reference to the signed document
audit-meaning-model-outdated = an agreement on Model 3.0 signed on or after 2022-08-01, or in force after its review date
audit-meaning-special-category = an agreement receives special categories without a DPIA reference
audit-meaning-convenant-none = a processor that is neither participant nor supporter of the Privacyconvenant, or of unknown standing
audit-meaning-party-not-in-regulation = a party not listed in the privacyreglement
audit-meaning-party-legitimate-interest = a party on legitimate interest, which does not apply to a school's public task
audit-meaning-consent-stale = decisions for a purpose asked yearly that date from before this school year (1 August)
audit-meaning-consent-explicit-unwritten = grants in a form the purpose does not accept (verbal where an express statement is needed, not on paper where paper is)
audit-meaning-consent-disputed = pupils whose deciders disagree (two parents, or the pupil and the administration's file): one granted, another refused or withdrew
audit-meaning-pupil-retention = pupils who left more than 2 years ago still in the register
audit-meaning-breach-inspectie-unnotified = a breach of test or exam results, assessed as a risk, and the Inspectie van het Onderwijs not told
audit-meaning-breach-processor-late = a supplier reported a breach later than its agreement's hours, or has not reported an open breach and those hours passed
audit-meaning-breach-undecided = an open breach not yet assessed
audit-meaning-request-due-soon = an open request due within 7 days
audit-meaning-processing-review-overdue = a processing activity past its review date
audit-meaning-processing-legitimate-interest = a processing activity on legitimate interest, which does not apply to a school's public task
audit-meaning-processing-categories-unlisted = a processing activity whose linked agreement or party receives data categories that neither it nor another activity linked to that recipient lists
audit-meaning-convenant-unchecked = a processor's convenant standing never checked, or more than a year ago
audit-meaning-consent-unknown = pupils without any decision for a purpose every pupil is asked
audit-meaning-consent-turned-16 = a pupil of 16 or older for whom a parent's decision still stands
audit-meaning-breach-open = a breach that is not closed
audit-meaning-agreement-unlinked = an agreement in force that no processing activity uses, once the register holds activities

## The audit's table

audit-saved-see-history = audit run saved (see `vreg audit history`)
audit-subject = { $kind }

## Saved runs and accepted findings

audit-no-saved-runs = no saved audit runs (use `vreg audit --save`)
audit-no-findings = no findings
audit-no-findings-in-either = no findings in either run
audit-nothing-to-compare = no saved audit run to compare with (use `vreg audit --save`)
audit-saved-run-line = audit { $id } of { $as_of } (run at { $at }): { $error ->
        [one] 1 error
       *[other] { $error } errors
    }, { $warning ->
        [one] 1 warning
       *[other] { $warning } warnings
    }, { $info } info
audit-no-accepted = no accepted findings
audit-accept-not-kind-id = '{ $subject }' is not KIND:ID, e.g. supplier:camping-de-berk
audit-accept-not-accepted = { $key } is not accepted (see `vreg audit accepted`)
audit-accept-revoked = { $key } counts again from now
audit-accept-until-past = --until { $until } is before today ({ $today }): the acceptance would have ended already
audit-accept-accepted = accepted { $key } until { $until }; the audit shows it apart and does not fail on it
audit-accept-unknown-code = '{ $code }' is not a finding code (see `vreg audit codes`)
audit-accept-unknown-kind = '{ $kind }' is not a kind of subject (expected one of: { $expected })
audit-accept-wrong-kind = { $code } findings are never about { $kind }, only about { $expected }: give KIND:ID as `vreg audit` shows it
audit-accept-no-id = the subject needs an id, as KIND:ID
audit-accept-no-reason = accepting { $code } needs the reason (--reason): it is the record of the decision
