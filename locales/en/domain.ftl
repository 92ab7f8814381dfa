# domain: the rules of the register, in words (validation errors, reasons, descriptions).
# English is the text vreg always printed; keep it exactly so.

## Stored text (domain/text.rs)

domain-text-too-long = { $what } is { $count } characters long; at most { $max } are kept
domain-text-control = { $what } contains the control character { $code }
domain-text-line-break = { $what } contains the control character { $code }; it must be on one line
domain-text-empty = { $what } cannot be empty

## The values a text check names

domain-field-product-name = a product name
domain-field-a-purpose = a purpose
domain-field-subjects-notice = how the people were told
domain-field-actor = the actor
domain-field-address = the address
domain-field-ap-reference = the AP report number
domain-field-consequences = the consequences
domain-field-contact = the contact
domain-field-description = the description
domain-field-document = the document reference
domain-field-dpia = the DPIA reference
domain-field-file-name = the file's name
domain-field-header = the header
domain-field-inspectie-reference = the Inspectie reference
domain-field-law = the law
domain-field-law-reference = the law reference
domain-field-measures = the measures
domain-field-ap-delay-reason = the reasons for the delay
domain-field-name = the name
domain-field-notes = the notes
domain-field-organisation-name = the organisation's name
domain-field-owner = the owner
domain-field-privacy-leaflet = the privacy leaflet
domain-field-privacy-officer = the privacy officer
domain-field-purpose = the purpose
domain-field-purpose-name = the purpose's name
domain-field-reason = the reason
domain-field-retention = the retention
domain-field-school-name = the school's name
domain-field-security = the security reference
domain-field-subprocessor-name = the sub-processor's name
domain-field-subject-id = the subject id
domain-field-target = the target
domain-field-title = the title
domain-field-value = the value
domain-field-website = the website
domain-field-category-label = the label of category { $code }

## Enumerations (domain/mod.rs)

domain-unknown-code = unknown { $what } '{ $given }' (expected one of: { $expected })
domain-enum-entity-kind = entity kind
domain-enum-party-kind = party kind
domain-enum-legal-basis = legal basis
domain-enum-risk = risk
domain-enum-breach-kind = breach kind
domain-enum-recipient = recipient
domain-enum-clock = clock
domain-enum-clock-status = clock status
domain-enum-subject = data subject category
domain-enum-severity = severity
domain-enum-fail-on = --fail-on level
domain-enum-deadline-kind = deadline kind
domain-enum-deadline-status = deadline status
domain-enum-role = role
domain-enum-convenant = convenant status
domain-enum-convenant-version = convenant version
domain-enum-category = data category
domain-enum-renewal = renewal
domain-enum-applies-to = applies to
domain-enum-decision = decision
domain-enum-given-by = given by
domain-enum-form = form
domain-enum-consent-state = consent state
domain-enum-request-kind = request kind
domain-enum-requester = requester
domain-enum-outcome = outcome
domain-enum-model = agreement model
domain-enum-safeguard = transfer safeguard
domain-enum-agreement-status = agreement status

## Dates (domain/date.rs)

domain-date-outside = { $date } is not a date between { $first } and { $last }
domain-date-not-a-date = '{ $text }' is not a date (use YYYY-MM-DD or DD-MM-YYYY)

## Consent (domain/consent)

domain-purpose-needs-name = purpose { $id } needs a name
domain-purpose-party-id = purpose { $id } is about party { $party }, so its id must be party-{ $party }
domain-purpose-no-party = purpose ids starting with party- belong to external parties on consent; { $id } names no party
domain-consent-not-an-answer = '{ $cell }' is not a consent answer (ja/nee, yes/no, 1/0, toestemming/geen toestemming, or empty)
domain-consent-after-today = a decision cannot be dated after today ({ $today }); record it when it is taken
domain-consent-before-birth = { $on } is before the pupil was born ({ $born })
domain-consent-birth-unknown = the pupil's birth date is not known, so it cannot be shown that they are { $age } or older; the decision must come from a parent or guardian
domain-consent-too-young = the pupil is younger than { $age } on { $on }: a parent or guardian decides (--by parent)
domain-consent-decides-alone = the pupil is { $age } or older on { $on } and decides alone: record it with --by pupil (or --by representative for a curator or mentor)
domain-consent-representative-too-young = a representative (curator or mentor) acts for a pupil of { $age } or older; for a younger pupil the parents decide (--by parent)

## External parties (domain/party/)

domain-party-id-too-long = party id '{ $id }' is longer than 58 characters
domain-party-needs-name = party { $id }: a party needs a name

## Breaches (domain/breach)

domain-breach-bad-id = '{ $id }' is not a breach id (a year and a number, e.g. 2026-001)
domain-breach-needs-title = a breach needs a title
domain-breach-before-discovery = { $what } ({ $at }) cannot be before the breach was discovered ({ $discovered })
domain-breach-started-after-discovery = the breach cannot start ({ $started }) after it was discovered ({ $discovered })
domain-breach-ended-before-start = the breach cannot end ({ $ended }) before it started ({ $started })
domain-breach-assessment-needs-reason = an assessment needs its reason
domain-breach-report-needs-ref = a report to the AP needs its report number (--ref)
domain-breach-delay-needs-report = the reasons for a delay go with a report to the AP (notify ap --at TIME --ref REF)
domain-breach-delay-in-time = the report of { $at } was within the 72 hours (due { $due }): there is no delay to give reasons for
domain-breach-notice-needs-how = telling the people affected needs how it was done (--how)
domain-breach-close-needs-measures = closing a breach needs the measures taken (--measures)
domain-breach-in-the-future = { $what }: { $at } is in the future (now it is { $now })
domain-breach-step-discovered = discovered
domain-breach-step-started = started
domain-breach-step-ended = ended
domain-breach-step-supplier-report = the supplier's report
domain-breach-step-supplier-aware = the moment the supplier became aware
domain-breach-aware-needs-supplier = when the supplier became aware needs the supplier (--supplier)
domain-breach-aware-after-report = the supplier became aware at { $aware }, after it reported at { $reported }
domain-breach-aware-before-start = the supplier cannot have known at { $aware }, before the breach started at { $started }
domain-breach-step-assessment = the assessment
domain-breach-step-ap-report = the report to the AP
domain-breach-step-subjects = telling the people affected
domain-breach-step-inspectie = telling the Inspectie
domain-breach-step-closing = closing
domain-time-outside = '{ $text }' is not a time between { $first } and { $last }
domain-time-not-a-time = '{ $text }' is not a time (use "YYYY-MM-DD HH:MM" or "DD-MM-YYYY HH:MM", Dutch time)
domain-time-twice = '{ $text }' happened twice when the clocks went back; add the offset: { $summer } (summer time) or { $winter } (winter time)
domain-time-skipped = '{ $text }' does not exist in Dutch time: the clocks moved forward an hour then

## Breach clocks (Clock::describe; the deadline itself is in Dutch in both languages)

domain-clock-due-by = due { $time }
domain-clock-undue-delay = without undue delay
domain-clock-done = done { $time }
domain-clock-kind-ap = AP
domain-clock-kind-processor = processor
domain-clock-kind-subjects = people affected
domain-clock-running = { $name }: { $due } ({ $left } left)
domain-clock-overdue = { $name }: { $due } ({ $late } late)
domain-clock-not-told = { $name }: { $due } (not yet told)
domain-clock-not-told-passed = { $name }: { $due } (not yet told, overdue)
domain-clock-met = { $name }: { $due } ({ $done }, on time)
domain-clock-late = { $name }: { $due } ({ $done }, { $late } late)
domain-clock-late-undue = { $name }: { $due } ({ $done }, late)
domain-clock-stopped = { $name }: stopped, assessed as no risk
domain-span-minutes = { $minutes } min
domain-span-hours = { $hours } h

## Agreements and suppliers (domain/agreement.rs, domain/supplier.rs)

domain-agreement-expires-before-signed = agreement { $id }: expires_on { $expires } is before signed_on { $signed }
domain-agreement-expires-before-starts = agreement { $id }: expires_on { $expires } is before starts_on { $starts }
domain-agreement-terminated-before-signed = agreement { $id }: terminated_on { $ended } is before signed_on { $signed }
domain-agreement-notice-hours = agreement { $id }: breach_notice_hours { $hours } is not between 1 and { $max }
domain-agreement-empty-product = agreement { $id }: a product name is empty
domain-agreement-problem = agreement { $id }: { $problem }
domain-agreement-too-many = agreement { $id }: more than 100 products or countries
domain-subprocessor-needs-name = a sub-processor needs a name
domain-subprocessor-one-line = a sub-processor's name is one line
domain-supplier-needs-name = a supplier needs a name
domain-supplier-reason-needs-day = supplier { $id }: a reason for retiring needs the day it was retired (retired_on)
domain-supplier-version-without-status = supplier { $id }: convenant version { $version } with status { $status }: only a participant or supporter has a version
domain-supplier-checked-after-today = supplier { $id }: convenant_checked_on { $checked } is after today ({ $today }): record a check once it is done
domain-supplier-bad-kvk = KvK number '{ $kvk }' is not 8 digits

## Schools, countries, ids (domain/organisation.rs, country.rs, slug.rs, register.rs)

domain-school-bad-brin = BRIN '{ $brin }' is not 4 digits or capitals (e.g. 12AB)
domain-school-bad-vestiging = vestiging '{ $vestiging }' is not 2 digits (e.g. 00)
domain-school-needs-name = school { $school } needs a name
domain-country-unknown = '{ $code }' is not an ISO 3166-1 alpha-2 country code (e.g. NL, DE, US)
domain-id-invalid = '{ $id }' is not a valid id (lowercase letters, digits and '-', starting with a letter or digit, at most 64)
domain-profile-bad-name = '{ $name }' is not a profile name: lower-case letters, digits and '-'
domain-mapping-bad = '{ $mapping }' is not HEADER=TARGET, e.g. "Foto website=photo-website"

## Pupils (domain/pupil.rs)

domain-pupil-bad-number = leerlingnummer '{ $number }' is not a number of at most { $max } digits
domain-pupil-bad-school = '{ $school }' is not a BRIN (12AB) or BRIN with vestiging (12AB00)
domain-pupil-school-name-twice = '{ $school }' is the name of more than one school ({ $schools }): give the BRIN with vestiging
domain-pupil-unknown-school = school '{ $school }' is not one of the register's schools: { $schools }

## Requests (domain/request.rs)

domain-request-told-before-received = the requester cannot have been told on { $notified }, before the request was received ({ $received })
domain-request-told-late = the requester was told on { $notified }, after the first month ended on { $ends }: an extension must be announced, with reasons, within the first month (art. 12(3) AVG)
domain-request-birth-unknown = the pupil's birth date is not known, so it cannot be shown that they are { $sixteen } or older on { $received }; under { $sixteen } the parents act (--by parent)
domain-request-pupil-too-young = the pupil is { $age } on { $received }: under { $sixteen } the pupil cannot make the request, the parents act (--by parent)
domain-request-representative-too-young = the pupil is { $age } on { $received }: under { $sixteen } a representative (curator or mentor) cannot make the request, the parents act (--by parent)
domain-request-pupil-decides = the pupil is { $sixteen } or older on { $received } and decides on their own data: check that the pupil agrees with this request by a parent, or ask the pupil to make it
domain-request-received-after-today = --received { $received } is after today ({ $today }): record a request once it has come in
domain-request-after-today = { $flag } { $day } is after today ({ $today })
domain-request-extended-after-answer = the extension was announced on { $told }, after the request was answered on { $closed }: an extension is announced while the answer is still owed
domain-request-closed-before-received = --on { $closed } is before the request was received ({ $received })

## The year report (domain/year_report)

domain-year-out-of-range = { $year } is not a year between { $first } and { $last }
domain-year-not-a-year = '{ $text }' is not a year (write it as 2026)
domain-year-not-begun = { $year } has not begun (today is { $today }): a report covers a year that has begun

## Processing activities and the art. 30 register (domain/processing)

domain-category-in-catalogue = category '{ $code }' is in the fixed catalogue already; a board's own category needs a code of its own
domain-category-unknown = unknown data category '{ $typed }' (see `vreg processing categories`; a board adds its own as [[category]] in the register file)
domain-art30-no-organisation = the art. 30 register names the controller: the register has no [organisation]; add name, contact, address and privacy_officer to it in the register file and `vreg import` it
domain-art30-organisation-lacks = the art. 30 register names the controller and the FG: [organisation] lacks { $missing }; add it to the register file and `vreg import` it
domain-art30-no-processing = the register holds no processing activities; add them with `vreg processing add` (or [[processing]] in the register file)

## Pupil files and their columns (domain/pupil_file.rs, domain/columns.rs)

domain-columns-mapped-twice = --map { $header }=...: the column is mapped to { $first } and to { $second }; give one
domain-columns-no-such-column = --map { $header }=...: the file has no column '{ $header }'
domain-columns-two-purposes = column '{ $header }' could be purpose { $first } or { $second }; name it with --map '{ $header }=PURPOSE'
domain-columns-twice = column '{ $header }' holds { $holds } again; map one of them with --map '{ $header }=ignore'
domain-columns-no-number = no leerlingnummer column among { $headers }; name it with --map HEADER=leerlingnummer
domain-columns-bad-target = --map ...={ $target }: not a field ({ $fields }) nor a consent purpose id (see `vreg consent purposes`)
domain-columns-answers = the answers for purpose { $purpose }
domain-columns-field = the { $field }
domain-file-empty = { $source }: the file is empty; it needs a header row
domain-file-problem = { $source }: { $problem }
domain-file-column = column { $column } ({ $header })
domain-file-cell-problem = { $source } line { $line }, column { $column } ({ $header }): { $problem }
domain-file-line-problem = { $source } line { $line }: { $problem }
domain-file-field-count = { $fields } fields where the header has { $headers }
domain-file-open-quote = a quote is left open or a value holds a line break; every row must be one line
domain-file-no-name = pupil { $number } has no name
domain-file-not-encoded = { $source } line { $line }: bytes that are not { $encoding } (part of the file was saved in another encoding); save the whole file again as UTF-8 (CSV UTF-8 in Excel)
domain-file-cannot-read = cannot read { $source }: { $problem }
domain-file-not-csv = { $source } line { $line }: not readable as CSV: { $problem }

## The register file (domain/document)

domain-doc-id-twice = { $kind } id '{ $id }' appears twice
domain-doc-no-id = cannot derive a { $kind } id from '{ $name }'; add id = "..."
domain-doc-school-twice = school { $school } appears twice
domain-doc-supplier-problem = supplier { $id }: { $problem }
domain-doc-purpose-namesake = purpose { $id } has the same name as purpose { $other }
domain-doc-breach-twice = breach id '{ $id }' appears twice
domain-doc-breach-year = breach { $id }: its id's year is not the year it was discovered ({ $year })
domain-doc-breach-needs-supplier = breach { $id }: name the supplier of its agreement too
domain-doc-breach-problem = breach { $id }: { $problem }
domain-doc-accepted-twice = { $code } of { $subject } is accepted twice
domain-doc-category-twice = category '{ $code }' appears twice
domain-doc-processing-problem = processing { $id }: { $problem }
domain-doc-profile-twice = import profile { $name } appears twice
domain-doc-scope-problem = agreement { $id }: scope { $category }: { $problem }
domain-doc-scope-twice = agreement { $id }: scope names '{ $category }' twice, with different purpose, retention or law
domain-doc-subprocessor-twice = agreement { $id }: sub-processor '{ $name }' appears twice
domain-doc-expected-date = expected a date like 2024-03-01
domain-doc-not-a-real-date = not a real date
domain-doc-expected-date-not = expected a date like 2024-03-01, not { $value }
domain-doc-expected-time = expected a time like 2026-10-23T16:00:00+02:00
domain-doc-expected-scope-item = a category code or { "{" } category = "...", purpose = "...", retention = "...", law = "..." { "}" }

## What serde and the TOML parser say of a value out of place (domain/document/said.rs).
## English is never put in these words: it keeps serde's own.

domain-serde-missing-field = missing field `{ $field }`
domain-serde-duplicate-field = duplicate field `{ $field }`
domain-serde-duplicate-key = duplicate key
domain-serde-unknown-one-of = unknown { $what } `{ $name }`, expected one of { $expected }
domain-serde-unknown-expected = unknown { $what } `{ $name }`, expected { $expected }
domain-serde-unknown-none = unknown { $what } `{ $name }`, there are no { $what }s
domain-serde-invalid-type = invalid type: { $unexpected }, expected { $expected }
domain-serde-invalid-value = invalid value: { $unexpected }, expected { $expected }
domain-serde-invalid-length = invalid length { $length }, expected { $expected }
domain-serde-bad-month = invalid date, expected month between { $first } and { $last }
domain-serde-bad-day = invalid date, expected day between { $first } and { $last }
domain-serde-found-number = number `{ $value }`
domain-serde-found-boolean = boolean `{ $value }`
domain-serde-found-text = string "{ $value }"
domain-serde-found-list = sequence
domain-serde-found-table = map
domain-serde-expected-text = a string
domain-serde-expected-list = a sequence
domain-serde-expected-boolean = a boolean
domain-serde-expected-table = a map
domain-serde-expected-unsigned = a whole number of 0 or more
domain-serde-expected-whole = a whole number

## Merging registers (domain/merge)

domain-merge-bad-suffix = --id-suffix '{ $suffix }': use lower-case letters, digits and '-'
domain-merge-ids = ids used here for something else: { $list } (--id-suffix S renames the incoming ones)
domain-merge-numbers = pupil numbers taken at their school: { $list } (--renumber gives the incoming pupils free numbers)
domain-merge-fixed = differences no flag resolves: { $list } (make them agree in one of the registers first)
domain-merge-refused = the other register clashes with this one; { $parts }; nothing was changed
domain-merge-item = { $kind ->
    [accepted_finding] accepted finding
   *[other] { $kind }
  } { $id }
domain-merge-same-one-changed = { $kind } { $id } (the same one in both registers, changed in one of them)
domain-merge-pupil-more-there = pupil { $pupil } (the other register knows more of them: { $keys }; bring this one up to date first, e.g. with the later export or `vreg pupil leave`)
domain-merge-new-id-taken = { $kind } { $id } (its new id { $new } is taken or not an id)
domain-merge-purpose-namesake = purpose { $id } (its name is that of purpose { $other })
domain-merge-number-at = { $number } at { $school }
domain-merge-number-no-school = { $number } at no school

## The change log (domain/change.rs)

domain-change-not-objects = diff of values that are not objects

# deadlines: what is to be done (JSON and CSV say it in English)
domain-deadline-convenant-check = re-check the convenant status of { $supplier }
domain-deadline-convenant-never-checked = re-check the convenant status of { $supplier } (never checked)
domain-deadline-agreement-end = processor agreement { $id } with { $supplier } ends
domain-deadline-agreement-review = review processor agreement { $id } with { $supplier }
domain-deadline-agreement-terminated = processor agreement { $id } with { $supplier } is terminated from { $on }: register its successor, or retire the supplier
domain-deadline-processing-review = review processing activity { $id } ({ $name })
domain-deadline-request-answer = answer request { $id } ({ $kind })
domain-deadline-pupil-purge = delete the data of { $count ->
        [one] 1 pupil
       *[other] { $count } pupils
    } who left on { $left_on }
domain-deadline-breach-ap = report breach { $id } to the AP (72 hours)
domain-deadline-breach-processor = breach { $id }: the report of processor { $supplier }
domain-deadline-breach-subjects = breach { $id }: tell the people affected without undue delay
# deadlines: the command that settles a duty (JSON and CSV say it in English)
domain-deadline-command-convenant = vreg convenant set { $id } STATUS --checked-on DATE
domain-deadline-command-agreement-end = vreg agreement add { $supplier }, or vreg agreement end { $id } --on DATE
domain-deadline-command-agreement-gap = vreg agreement edit { $next } --starts-on DATE (its successor takes effect only later)
domain-deadline-command-agreement-terminated = vreg agreement add { $supplier }, or vreg supplier retire { $supplier } --on { $on }
domain-deadline-command-agreement-review = vreg agreement edit { $id } --review-on DATE
domain-deadline-command-processing-review = vreg processing edit { $id } --review-on DATE
domain-deadline-command-request-answer = vreg request close { $id } --on DATE --outcome OUTCOME
domain-deadline-command-pupil-purge = vreg pupil purge --left-before { $before } --yes
domain-deadline-command-breach-ap = vreg breach notify { $id } ap --at TIME --ref REF
domain-deadline-command-breach-processor = vreg breach supplier-reported { $id } --at TIME
domain-deadline-command-breach-subjects = vreg breach notify { $id } subjects --at TIME --how TEXT
domain-deadline-calendar-overdue = OVERDUE: { $what }
domain-deadline-calendar-settle = Settle with: { $command }
domain-subprocessor-exists = agreement { $id } already names sub-processor '{ $name }'
