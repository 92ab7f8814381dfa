# Reasons a check gives: whether a pupil may be included, whether a party may receive data.
# Apart from the rest of the domain so that `consent check` reads only these.

reason-consent-needs-written = a written (paper) statement
reason-consent-needs-express = an express statement, written or digital
reason-consent-needs-any = any form
reason-consent-no-decision = no decision recorded for { $id }: without a decision there is no consent
reason-consent-granted-not-counting = { $id } was granted on { $on } by { $by } ({ $form }), but this purpose needs { $needed }
reason-party-special-never = basis { $basis } never lifts the prohibition on special categories (AVG art. 9): only explicit consent per pupil, or a law that covers it
reason-party-special-emergency = basis { $basis } lifts the prohibition on special categories (AVG art. 9(2)(c)) only in an emergency where the person cannot consent, case by case, not for an exchange registered ahead: only explicit consent per pupil, or a law that covers it
reason-party-special-needs-law = basis { $basis } covers special categories (AVG art. 9) only where the law that prescribes it does; no law is recorded
reason-party-other-school = { $id } receives data from { $schools } only, and this pupil is at { $school }
reason-party-bsn = the BSN may only go to a party that a law obliges to receive it (UAVG art. 46); { $id } shares on basis { $basis }
reason-party-bsn-no-law = the BSN may only go to a party that a law obliges to receive it (UAVG art. 46); { $id } is on a legal obligation, but no law is recorded
reason-party-no-law = { $id } is on a legal obligation, but no law is recorded: there is no basis to share on until it is (vreg party edit { $id } --law "...")
reason-party-special-refused = { $problem }: { $id } may not receive { $categories }
reason-party-not-allowed = { $id } may not receive { $refused } (allowed: { $allowed })
reason-party-not-allowed-none = { $id } may not receive { $refused } (allowed: nothing)
reason-party-basis = basis { $basis }
reason-party-basis-law = basis { $basis } ({ $law })
reason-party-special-not-explicit = { $categories }: special categories (AVG art. 9), which go to { $id } only on explicit consent, and purpose { $purpose } accepts any form; make it ask for an express statement: vreg consent purpose edit { $purpose } --explicit true
reason-party-consent-needs-pupil = { $id } receives pupil data only with consent: name the pupil with --pupil
reason-party-basis-consent = { $basis }: { $why }
reason-party-categories-allowed = { $basis }; the categories asked are allowed
reason-party-pupil-reason = pupil { $pupil }: { $reason }
reason-consent-standing = { $state ->
        [granted] { $id } granted on { $on } by { $by } ({ $form })
        [disputed] { $id } is disputed: granted by one parent, refused or withdrawn on { $on } by { $by } ({ $form }); there is no consent until they agree
        [disputed-own] { $id } is disputed: granted by one who decides for the pupil (the pupil, a representative or the administration's file), refused or withdrawn on { $on } by { $by } ({ $form }); there is no consent until they agree
        [refused] { $id } refused on { $on } by { $by } ({ $form })
       *[withdrawn] { $id } withdrawn on { $on } by { $by } ({ $form })
    }
reason-consent-unknown = no decision recorded for { $id }
reason-by = { $who }
reason-by-decider = { $who } ({ $decider })
