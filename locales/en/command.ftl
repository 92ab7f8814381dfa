# What the commands say: notes, errors, prompts, reports. English as vreg has always said it.

## The errors every command may give (src/error.rs)

command-register-missing = no register at { $path }; create it with `vreg init` (or point --db / VREG_DB at one)
command-register-exists = { $path } already exists; `vreg init` makes a register in a new file
command-register-newer = { $path } was written by a newer vreg (schema version { $found }, this vreg knows up to { $known }); upgrade vreg, nothing was changed
command-register-damaged = the register { $path } is damaged: SQLite cannot read its header; `vreg check` says what it finds, and a backup restores it
command-register-version-lost = the register { $path } has vreg's tables but no schema version (another tool set it to 0); `vreg check` says what it finds, and a backup restores it
command-register-foreign = { $path } is not a vreg register (create one with `vreg init` in a new file)
# $kind is the noun's command (supplier, agreement, party, processing, pupil, request, breach).
command-not-found = no { $kind } '{ $id }' (see `vreg { $kind } list`)

## Questions at the terminal (src/prompt.rs)

command-prompt-missing = missing { $flag }
command-prompt-unreadable = could not read the answer
command-prompt-refused = { $question }: refused without a terminal; pass --yes
# A yes/no question as a list of two answers (Dutch; English asks y/n)
command-prompt-yes = yes
command-prompt-no = no

## Every command (src/commands/mod.rs)

command-db-several = --db is given { $count } times; only `audit`, `deadlines`, `export gmr` and `report year` run over several registers
command-db-no-match = --db { $path }: no register matches
command-format-deadlines = `vreg deadlines` takes --format table, json, csv or ics
command-format-document = --format md and html are for `vreg pupil report` and `vreg report year` (html also for `vreg export art30` and `vreg export gmr`); lists and details take table, json or csv
command-format-ics = --format ics is for `vreg deadlines`; lists and details take table, json or csv
command-written-not-read = the reader of standard output closed it before { $command } could print what it wrote; nothing was changed
command-unreadable-value = the register holds a value vreg cannot read ({ $detail }), written there by another tool or by a fault; `vreg check` looks for such dates and codes
command-register-orphans = the register is damaged: rows point at what is not in it ({ $rows }), written by another tool or by a fault, and vreg does not leave them out without a word; restore a backup, or add what is missing again with that id (`vreg supplier add NAME --id ID`)
command-backup-purge-unfinished = a purge or erasure is not finished: the file could not be rebuilt (read-only, or no room for a copy), so it still holds what was removed, and a backup would carry it; make the register writable or free space, then try again
command-written-no-csv = `{ $command }` cannot print what it wrote as one CSV row; use --format json
# $kind: supplier, agreement, party, processing, purpose.
command-id-taken = { $kind ->
        [agreement] an agreement
       *[other] a { $kind }
    } with id '{ $id }' already exists
command-id-underivable = cannot derive an id from '{ $name }'; pass --id
command-empty = { $what } cannot be empty
command-label-actor = the actor
command-label-subprocessor-name = the sub-processor's name
command-label-title = the title
command-label-reason = the reason
command-label-measures = the measures
command-label-purpose-name = the purpose's name
command-label-supplier-name = the supplier's name
command-label-name = the name
command-label-party-name = the party's name

## Suppliers (src/commands/supplier/)

command-supplier-duplicate-kvk = supplier { $id } ({ $name }, KvK { $kvk }) looks like the same supplier; use it, or add this one anyway with --force
command-supplier-duplicate = supplier { $id } ({ $name }) looks like the same supplier; use it, or add this one anyway with --force
command-supplier-missing-name = NAME (the supplier's name)
command-supplier-added = added supplier { $id } ({ $name })
command-supplier-unchanged = supplier { $id } unchanged
command-supplier-updated = updated supplier { $id }
command-supplier-has-agreements =
    supplier { $id } has { $count ->
        [one] 1 agreement
       *[other] { $count } agreements
    } ({ $agreements }), kept as evidence even when ended; a former supplier is retired (`vreg supplier retire { $id } --on DATE`), and only one entered by mistake is removed with its agreements (--cascade)
command-supplier-in-breaches =
    supplier { $id } is named in { $count ->
        [one] breach
       *[other] breaches
    } { $breaches }, which stay in the breach register; the supplier stays too
command-supplier-remove-ask = Remove supplier { $id } ({ $name })?
command-supplier-remove-ask-cascade =
    Remove supplier { $id } ({ $name }) and its { $count ->
        [one] agreement
       *[other] { $count } agreements
    }?
command-nothing-removed = nothing removed
command-supplier-removed = removed supplier { $id }
command-processing-unlinked = processing activity { $id } no longer lists { $links } as a recipient (the change log keeps it){ $left ->
        [0] ; it lists no recipient now
       *[other] {""}
    }; link what replaces it: vreg processing edit { $id } { $flag } ID (the flag replaces the list: name those it keeps too)
command-supplier-retire-in-force = agreement { $agreement } of { $id } is in force on { $on }; end it first: vreg agreement end { $agreement } --on DATE
command-supplier-unretired = supplier { $id } is a current supplier again
command-supplier-retired = retired supplier { $id } from { $on }; it and its agreements stay as evidence (`vreg supplier list --all`)
command-supplier-show-no-agreements = no agreements
command-supplier-show-agreement = agreement { $id }
command-supplier-none = no suppliers

## Agreements and sub-processors (src/commands/agreement/)

command-agreement-missing-supplier = SUPPLIER (the supplier's id)
command-agreement-duplicate = agreement { $id } of { $supplier } was signed on { $signed_on } with the same document; it is the same agreement, or add this one anyway with --force
command-agreement-added = added agreement { $id } of { $supplier }; register its data with `vreg scope set { $id } CATEGORY...`
command-agreement-unchanged = agreement { $id } unchanged
command-agreement-updated = updated agreement { $id }
command-agreement-already-ended = agreement { $id } is already terminated on { $ended }; change the date with `vreg agreement edit`
command-agreement-ended = agreement { $id } terminated on { $on }
command-agreement-ending = agreement { $id } ends on { $on }: in force until { $last }
command-agreement-already-ending = agreement { $id } already ends on { $ended }; change the date with `vreg agreement edit`
command-agreement-none = no agreements
command-subprocessor-added = agreement { $id } names sub-processor { $name }
command-subprocessor-missing = agreement { $id } names no sub-processor '{ $name }' (see `vreg agreement subprocessor list { $id }`)
command-subprocessor-removed = removed sub-processor { $name } from agreement { $id }
command-subprocessor-none = no sub-processors

## Data sets and the convenant (src/commands/scope/, src/commands/convenant/)

command-scope-none = no agreement receives that
command-scope-not-received = agreement { $agreement } does not receive '{ $category }' (see `vreg agreement show { $agreement }`)
command-scope-warn-bsn = warning: a supplier may receive the BSN only where a law prescribes it (UAVG art. 46), as for the pupil administration; name the law (`vreg scope add { $agreement } bsn --law TEXT`), or `vreg audit` reports this as an error
command-scope-warn-special = warning: special categories (AVG art. 9) need a DPIA reference on the agreement (`vreg agreement edit { $agreement } --dpia REF`)
command-party-warn-no-law = { $id } is on a legal obligation, but its law is not recorded: `vreg party check` says no and `vreg audit` reports party-no-basis until the law is recorded (`vreg party edit { $id } --law TEXT`)
command-scope-unchanged = agreement { $agreement }: data set unchanged
command-scope-now-nothing = agreement { $agreement } now receives no data categories
command-scope-now = agreement { $agreement } now receives: { $categories }
command-convenant-set = supplier { $id }: convenant { $convenant } ({ $label }), checked on { $checked_on }

## Parties and processing activities (src/commands/party/, src/commands/processing/)

command-party-added = added party { $id } ({ $name })
command-party-unchanged = party { $id } unchanged
command-party-updated = updated party { $id }
command-party-none = no external parties
command-party-remove-ask = Remove party { $id } ({ $name })?
command-party-remove-ask-consent =
    Remove party { $id } ({ $name }), its consent purpose and the { $count ->
        [one] consent decision
       *[other] { $count } consent decisions
    } recorded for it?
command-party-removed = removed party { $id }
command-processing-needs = a processing activity needs { $missing } (AVG art. 30(1)); an empty value is none
command-processing-added = added processing activity { $id } ({ $name })
command-processing-unchanged = processing activity { $id } unchanged
command-processing-updated = updated processing activity { $id }
command-processing-lacks = note: processing activity { $id } lacks { $missing } (the audit reports art30-incomplete)
command-processing-no-categories = no categories
command-processing-none = no processing activities
command-processing-remove-ask = Remove processing activity { $id } ({ $name }) from the register of processing?
command-processing-removed = removed processing activity { $id }
command-processing-no-recipients = recipients: none (link agreements and parties)
command-processing-transfer = outside the EEA: { $recipient } in { $country }, safeguard { $safeguard }
command-processing-transfer-via = outside the EEA: { $recipient } (sub-processor of { $via }) in { $country }, safeguard { $safeguard }
command-processing-safeguard-invalid = { $safeguard }, which does not hold for { $country }

## Register documents, parties' purposes, schools (src/ops/)

command-kind = { $kind }
command-document-key-merged = key `{ $key }` (with the register's values): { $message }
command-document-too-big = { $path } is { $size } bytes; a register file of more than 64 MiB is refused
command-document-not-utf8 = { $path } is not UTF-8 text
command-document-at-key = { $source }:{ $line }: key `{ $key }`: { $message }
command-import-unreadable = could not read the register as TOML: { $error }
command-import-unpatchable = could not lay the file over the register: { $error }
command-document-accepted-ended = accepted finding { $key }: `until` { $until } is before today ({ $today }): the acceptance would have ended already
command-import-breach-undone = breach { $id }: the file takes back what the register recorded ({ $keys }); a recorded step is changed with its own command (breach assess --correct, breach notify --correct, breach supplier-reported, breach edit), and a file exported before it was recorded is out of date: export the register again
command-import-breach-no-organisation = { $source } carries breaches but does not say it is this board's file: a breach is one board's record, numbered per board; leave the breaches out of a file shared between boards, or give the file this board's [organisation] with its kvk (--force imports another board's breaches anyway)
command-import-other-board = { $source } is for KvK { $file_kvk } ({ $file_name }), this register is KvK { $own_kvk } ({ $own_name })
command-import-other-board-refused = { $message }; nothing was imported (give --force to import it into this register)
command-import-other-board-forced = warning: { $message }; imported because of --force
command-document-purpose-namesake = purpose { $id } has the same name as purpose { $other } in the register
command-document-agreement-owner = agreement { $id } belongs to supplier { $owner }, not { $supplier }; agreement ids are unique across suppliers
command-document-breach-supplier = breach { $id } names supplier '{ $supplier }', which is neither in the file nor in the register
command-document-breach-agreement = breach { $id } names agreement '{ $agreement }', which is neither in the file nor in the register
command-document-breach-agreement-owner = breach { $id }: agreement { $agreement } belongs to supplier { $owner }
command-document-unknown-school = school { $schools } is not a school of this board (add it as [[school]])
command-document-purpose-party = purpose names party '{ $party }', which is neither in the file nor in the register
command-document-processing-category = processing { $id } names category '{ $category }', which is neither in the catalogue nor a [[category]] of the file or the register
command-document-processing-agreement = processing { $id } names agreement '{ $agreement }', which is neither in the file nor in the register
command-document-processing-party = processing { $id } names party '{ $party }', which is neither in the file nor in the register
command-party-purpose-taken = consent purpose { $purpose } exists but is not about party { $party }; rename it first (`vreg consent purpose edit`) or give the party another --id
command-party-purpose-namesake = consent purpose { $purpose } is already named '{ $name }'; rename it first (`vreg consent purpose edit { $purpose } --name ...`)
command-party-purpose-made = consent purpose { $purpose } ({ $name }) is what parents consent to before data goes to { $party }
command-request-answered = request { $id } was answered on { $closed } ({ $outcome })
command-school-unknown = --school { $schools }: not a school of this board (known: { $known })
command-school-unknown-none = --school { $schools }: not a school of this board (known: none; add them as [[school]] in the register file)

## Import and merge (src/commands/import.rs, src/commands/merge.rs)

command-import-no-register = no register at { $path }; `vreg import --create` makes one from { $source }, or create it with `vreg init` first
command-created-register = created register at { $path }
command-import-would-add = would add { $kind } { $id }
command-import-added = added { $kind } { $id }
command-import-would-change = would change { $kind } { $id } ({ $fields })
command-import-changed = changed { $kind } { $id } ({ $fields })
command-import-change = { "  " }{ $kind } { $id }: { $field }: { $from } -> { $to }
command-import-skipped = skipped { $kind } { $id }: not in the register (--only-existing)
command-import-summary = { $added } added, { $changed } changed, { $unchanged } unchanged
command-import-summary-skipped = { $summary }, { $skipped } skipped
command-import-none = (none)
command-dry-run = dry run, nothing written: { $summary }
command-merge-itself = { $path } is this register itself; merge another board's register
command-cannot-read = cannot read { $path }
command-merge-consent-moved = the merge would change the consent of pupil { $pupil }; nothing was changed
command-merge-renumbered = pupil { $from } at { $school } -> { $to }
command-merge-renumbered-no-school = pupil { $from } at no school -> { $to }
command-merge-count =
    { $count } { $table ->
        [school] { $count ->
            [one] school
           *[other] schools
        }
        [category] { $count ->
            [one] own category
           *[other] own categories
        }
        [supplier] { $count ->
            [one] supplier
           *[other] suppliers
        }
        [agreement] { $count ->
            [one] agreement
           *[other] agreements
        }
        [subprocessor] { $count ->
            [one] sub-processor
           *[other] sub-processors
        }
        [scope] { $count ->
            [one] data category of an agreement
           *[other] data categories of agreements
        }
        [party] { $count ->
            [one] party
           *[other] parties
        }
        [purpose] { $count ->
            [one] consent purpose
           *[other] consent purposes
        }
        [pupil] { $count ->
            [one] pupil
           *[other] pupils
        }
        [consent_event] { $count ->
            [one] consent decision
           *[other] consent decisions
        }
        [import_cell] { $count ->
            [one] import cell
           *[other] import cells
        }
        [breach] { $count ->
            [one] breach
           *[other] breaches
        }
        [request] { $count ->
            [one] request
           *[other] requests
        }
        [processing] { $count ->
            [one] processing activity
           *[other] processing activities
        }
        [processing_agreement] { $count ->
            [one] link of an activity and an agreement
           *[other] links of activities and agreements
        }
        [processing_party] { $count ->
            [one] link of an activity and a party
           *[other] links of activities and parties
        }
        [accepted_finding] { $count ->
            [one] accepted finding
           *[other] accepted findings
        }
        [change_event] { $count ->
            [one] log entry
           *[other] log entries
        }
        [import_profile] { $count ->
            [one] saved column mapping
           *[other] saved column mappings
        }
       *[other] { $table }
    }
command-merge-namesake = supplier { $id } ({ $name }) looks like supplier { $other } ({ $other_name }): the same name or KvK number; the merge added it as a second supplier, since its id was taken here
command-merge-not-added-again = { $count ->
        [one] 1 pupil of the other register was
       *[other] { $count } pupils of the other register were
    } not added: not here, of a school whose pupils were erased or purged here on or after the day of the last export that listed them there
command-merge-renamed = { $kind ->
        [import_profile] column mapping
       *[other] { $kind }
    } { $from } -> { $to }
command-merge-nothing = nothing
command-merge-would-add = would add { $added }; identical here already: { $identical }
command-merge-added = added { $added }; identical here already: { $identical }

## The pupil import (src/ops/pupil_import/)

command-pupil-import-same-file = { $source } is, byte for byte, the export of { $earlier } imported before: read as that export, not as today's (give --on with the day it was exported to date it otherwise)
command-pupil-import-school-column = { $source } has a school column; --school is for a file without one
command-pupil-import-which-school = --complete: { $source } has no school column, and the register has { $count } schools; say which school the file is with --school
command-pupil-import-retired-purpose = { $source }: the file has a column for consent purpose { $purpose }, which was retired; leave the column out (--map "HEADER=ignore")
command-pupil-import-line-column = { $source } line { $line }, { $column }: { $error }
command-pupil-import-lost-letters = { $source } line { $line }: the name of pupil { $pupil } holds '?' where a letter belongs (a character the export could not save); correct it in the administration and export as UTF-8
command-pupil-import-older-pupils = { $source }: { $count ->
        [one] 1 pupil was
       *[other] { $count } pupils were
    } imported before from an export later than { $on }, and kept as that export gave them
command-pupil-import-not-added-again = { $source }: { $count ->
        [one] 1 pupil the register does not hold was
       *[other] { $count } pupils the register does not hold were
    } not added: pupils were removed (erased or purged) on { $removed }, and an export of { $on } still lists them; an export made after { $removed } adds newcomers
command-pupil-import-not-added-again-school = { $source }: { $count ->
        [one] 1 pupil of { $school } the register does not hold was
       *[other] { $count } pupils of { $school } the register does not hold were
    } not added: pupils of that school were removed (erased or purged) on { $removed }, and an export of { $on } still lists them; an export made after { $removed } adds newcomers
command-pupil-import-added-left = { $source }: { $count ->
        [one] 1 pupil new to the register was
       *[other] { $count } pupils new to the register were
    } added as left: a complete export of a day after { $on }, imported before, did not list them
command-pupil-import-before-sixteen = { $source } line { $line }: with the birth date { $born }, { $count ->
        [one] 1 decision on pupil { $pupil }'s own side (of { $first }) falls
       *[other] { $count } decisions on pupil { $pupil }'s own side (the first of { $first }) fall
    } before the 16th birthday: they no longer count, and the parents' decisions stand again (`vreg consent show { $pupil }`)
command-pupil-import-request-under-sixteen = { $source } line { $line }: with the birth date { $born }, pupil { $pupil } was under 16 when request { $request } came in ({ $received }), which the register says the pupil made; under 16 the parents act for them (`vreg request show { $request }`)
command-pupil-import-several-schools = { $source } line { $line }: leerlingnummer { $pupil } is a pupil at { $count } schools: { $schools }; give the file a school column, or say which school it is with --school
command-pupil-import-twice = { $source } line { $line }, { $column }: leerlingnummer { $pupil } appears twice in the file
command-pupil-import-unknown-unnamed = { $source } line { $line }: pupil { $pupil } is not in the register, and the file has no name column: a file of numbers only updates known pupils
command-pupil-import-other-child = { $source } line { $line }: leerlingnummer { $pupil } was { $was } ({ $was_born }), now { $now } ({ $now_born }); a number that changes person would keep the other child's consent. If the administration gave the number to another pupil, let the first leave and purge or erase them before this import
command-pupil-import-born-in-future = { $source } line { $line }{ $column }: pupil { $pupil } has a birth date in the future ({ $born })
command-pupil-import-born-after = { $source } line { $line }{ $column }: pupil { $pupil } was born after the decisions' date { $on }
command-pupil-import-given-by = { $source } line { $line }: pupil { $pupil }: --by { $given_by }: { $error }
command-pupil-import-cell-kept = the file says { $answer }, but { $reason }
command-pupil-import-cell-older = the file says { $answer } on { $on }, but an export of { $last } was imported before: an older export changes nothing, and { $reason }
command-pupil-import-cell-recorded = { $decision } on { $on } by { $given_by } ({ $form })
command-pupil-import-cell-recorded-but = { $decision } on { $on } by { $given_by } ({ $form }); { $reason }
command-pupil-import-utf16 = { $path }: the file looks like UTF-16 without a byte-order mark, which cannot be told apart from other encodings; save it as UTF-8 (CSV UTF-8 in Excel)

## The pupil import's report (src/commands/pupil/import.rs)

command-label-file-name = the file's name
command-import-namesake = supplier { $id } ({ $name }) looks like supplier { $other } ({ $other_name }): the same name or KvK number; the file adds it as a second supplier (if they are one, give the file that id)
command-warning = warning: { $warning }
command-pupil-import-no-profiles = --profile { $name }: no such saved mapping (none is saved); save one with --map ... --save-map { $name }
command-pupil-import-no-profile = --profile { $name }: no such saved mapping (saved: { $saved }); save one with --map ... --save-map { $name }
command-pupil-import-would-leave = leave { $pupil }: not in the complete file, left on { $on }
command-pupil-import-left = left { $pupil }: not in the complete file, left on { $on }
command-pupil-import-listed-after-leaving = pupil { $pupil } left on { $left }, yet the export of { $on } lists them: still left; if they are back at school, import the school's complete export (--complete), which brings them back
command-pupil-import-would-return = back { $pupil }: left on { $left }, listed again by the export of { $on }
command-pupil-import-returned = back { $pupil }: left on { $left }, listed again by the export of { $on }, at school from that day
command-pupil-import-kept = kept { $pupil } { $purpose } (line { $line }): { $reason }
command-pupil-import-reconfirm = re-confirm { $pupil } { $purpose } (line { $line }): { $reason }
command-pupil-import-record = record { $pupil } { $purpose } (line { $line }): { $reason }
command-pupil-import-ignored = ignored columns: { $columns }
command-pupil-import-no-purpose = no column of the file is a consent purpose, so no decision is read (ignored: { $columns }); name a consent column with --map 'HEADER=PURPOSE' (see `vreg consent purposes`)
command-pupil-import-pupils =
    { $added ->
        [one] 1 pupil
       *[other] { $added } pupils
    } added, { $changed } changed, { $unchanged } unchanged
command-pupil-import-pupils-left = { $summary }, { $left } left
command-pupil-import-decisions = { $recorded } consent decisions recorded
command-pupil-import-decisions-reconfirmed = { $decisions }, { $reconfirmed } re-confirmed
command-pupil-import-summary = { $pupils }; { $decisions }, { $kept } kept because a later decision or export stands
command-pupil-import-saved-map = saved the column mapping as profile { $name }: next time `--profile { $name }`

## Pupils (src/commands/pupil/)

command-erase-not-erasure = request { $request } is a request for { $kind }, not for erasure; record an erasure request with `vreg request add erasure --pupil { $pupil } ...`
command-erase-other-pupil = request { $request } is not about pupil { $pupil }
command-erase-answered = request { $request } was answered on { $closed }; a new erasure needs a new request
command-erase-ask = Erase pupil { $pupil } ({ $name }) with their consent history from the register, and close request { $request } as granted?
command-nothing-erased = nothing erased
command-erase-failed = pupil { $pupil } could not be erased
command-erased = erased pupil { $pupil } and closed request { $request } (granted, { $today }); the request stays without the pupil. Ask the school administration and the suppliers to erase the pupil too.
command-leave-nothing-to-undo = pupil { $pupil } has no leaving date to undo
command-leave-undone = pupil { $pupil } is at school again (the leaving date { $left } is undone)
command-leave-before-birth = --on { $on } is before pupil { $pupil } was born ({ $born })
command-leave-already = pupil { $pupil } already left on { $on }
command-leave-already-other = pupil { $pupil } already left on { $left }; change the date with --correct, or take it back with --undo
command-leave-nothing-to-correct = pupil { $pupil } has no leaving date to correct; leave out --correct
command-leave-corrected = pupil { $pupil } left on { $on } (corrected from { $left })
command-leave-left = pupil { $pupil } left on { $on }
command-pupil-none = no pupils
command-purge-future = --left-before { $left_before } is after today ({ $today }): only pupils who have left can be purged
command-purge-held = { $count ->
    [one] kept 1 pupil an open request is about
   *[other] kept { $count } pupils open requests are about
    }: { $pupils }; purge again once the request is answered (`vreg request close`)
command-purge-none = no pupils left before { $left_before }
command-purge-ask =
    Remove { $count ->
        [one] 1 pupil
       *[other] { $count } pupils
    } who left before { $left_before }, with their consent history?
command-purged =
    removed { $count ->
        [one] 1 pupil
       *[other] { $count } pupils
    } who left before { $left_before }
command-access-format = the access report is a document: --format md, html or json
command-access-not-allowed = warning: the answer names an exchange the law does not allow, as it says ({ $party }: { $why }); correct the register (see `vreg audit`) before you send it
command-access-written = wrote the access report of pupil { $pupil } as of { $as_of } to { $path } (mode 0600: it holds pupil data)

## Consent (src/commands/consent/)

command-matrix-yes = yes
command-matrix-no = NO
command-matrix-unknown = ?
command-matrix-disputed = DISP
command-matrix-legend =
    yes: consent that counts; NO: refused, withdrawn or not in a form that counts;
    ?: no decision; DISP: the parents disagree
command-purpose-special-not-explicit = { $id } accepts any form now, so party { $party } receives no { $categories } on it (special categories, art. 9, go only on explicit consent); `vreg audit` reports it
command-purpose-forms-changed = warning: the forms of consent that count for { $id } changed; every grant is judged by the purpose as it is now, also in answers for an earlier day (--as-of): a grant that counted then may not now, or the other way round
command-purpose-none = no consent purposes
command-purpose-added = added consent purpose { $id }
command-purpose-unchanged = purpose { $id } unchanged
command-purpose-updated = updated consent purpose { $id }
command-purpose-of-party = { $id } is the consent purpose of party { $party }; it goes when the party changes its basis or is removed (`vreg party edit` / `vreg party remove`)
command-purpose-unretired = consent purpose { $id } is in use again
command-purpose-retired = retired consent purpose { $id }; its decisions stay in the history
command-consent-by-file = --by file is what an import records when its export does not say who decided; name who decided (parent, guardian, pupil, representative)
command-consent-given-by = --by { $given_by }: pupil { $pupil }: { $error }
command-consent-recorded = recorded: { $decision } { $purpose } for { $pupil } on { $on } by { $by }
command-consent-pupil-left = note: pupil { $pupil } left school on { $left }; the decision is recorded all the same
command-consent-pupil-gone = note: pupil { $pupil } left school on { $left }; lists and counts of that day leave the pupil out
command-consent-later-stands = note: a later-dated decision stands; this one is kept as history
command-consent-form-does-not-count = warning: { $purpose } needs { $needed }; this { $form } grant does not count
command-consent-counting-grant-stands = note: { $purpose } needs { $needed }; this { $form } grant does not count, and the { $was } grant of { $on } ({ $by }) still stands
command-consent-disputed = warning: the parents now disagree on { $purpose }: there is no consent until they agree
command-consent-decider = { "  " }{ $by }: { $decision } on { $date } ({ $form })
command-consent-no-history = no decisions recorded
command-consent-history = history:

## Breaches (src/commands/breach/)

command-breach-added-agreement = added breach { $id } at supplier { $supplier } (agreement { $agreement }); the AP deadline is { $due }; record the decision with `vreg breach assess { $id } --risk none|risk|high --reason TEXT`
command-breach-added-supplier = added breach { $id } at supplier { $supplier } (no agreement in force that day); the AP deadline is { $due }; record the decision with `vreg breach assess { $id } --risk none|risk|high --reason TEXT`
command-breach-added = added breach { $id }; the AP deadline is { $due }; record the decision with `vreg breach assess { $id } --risk none|risk|high --reason TEXT`
command-breach-assessed-none = breach { $id }: no risk; the AP clock is stopped
command-breach-assessed-risk = breach { $id }: reportable
command-breach-assessed-high = breach { $id }: high risk
command-breach-duties = { $head }; { $duties }
command-breach-duties-done = { $head }; what the law asks at this risk is recorded
command-breach-duty-ap = report it to the AP by { $due }: vreg breach notify { $id } ap --at TIME --ref MELDNUMMER
command-breach-duty-subjects = tell the people affected without undue delay: vreg breach notify { $id } subjects --at TIME --how TEXT
command-breach-duty-inspectie = tell the Inspectie van het Onderwijs about the leaked results: vreg breach notify { $id } inspectie --at TIME --ref REF
command-breach-no-deadlines = no open breach deadlines
command-breach-already-closed = breach { $id } was closed on { $closed }; change it with `vreg breach edit { $id } --measures .. --closed ..`
command-breach-closed-unassessed = closed breach { $id }; it was never assessed: record the decision with `vreg breach assess { $id }`
command-breach-closed = closed breach { $id } on { $at }
command-breach-closed-duties = closed breach { $id } on { $at }; still to do (`vreg deadlines` keeps it): { $duties }
command-breach-other-year = breach { $id } is numbered in { $year }; a discovery in { $other } is another breach (add it anew)
command-breach-unchanged = breach { $id } unchanged
command-breach-updated = updated breach { $id }
command-breach-none = no breaches
command-breach-agreement-owner = agreement { $agreement } belongs to supplier { $owner }, not { $supplier }
command-breach-notify-needs-ref = a report to the AP needs the report number it gave: --ref MELDNUMMER
command-breach-notify-needs-how = say how the people affected were told: --how TEXT
command-breach-notify-how-only = --how is for `notify subjects`
command-breach-assess-nothing-to-correct = breach { $id } has no assessment as { $risk } to correct; leave out --correct
command-breach-assess-same-risk = breach { $id } was assessed as { $risk } on { $was } already: that moment stays with a new reason; to change the recorded moment, add --correct
command-breach-notify-already = breach { $id }: { $to } was told on { $at } already, and the register keeps when (the same --at adds to that notice); to change the recorded time, add --correct
command-breach-notify-other-reference = breach { $id }: the notice to { $to } was recorded with "{ $was }"; to change what was recorded, add --correct
command-breach-notify-nothing-to-correct = breach { $id }: { $to } has not been told yet, so there is nothing to correct; leave out --correct
command-breach-notify-delay-only = --delay-reason is for `notify ap`
command-breach-notify-ref-only = --ref is for `notify ap` and `notify inspectie`
command-breach-told = breach { $id }: { $to } told on { $at }
command-breach-told-late = { $told }, after the 72 hours (due { $due }): the report must give the reasons for the delay (record them: --delay-reason TEXT)
command-breach-told-late-explained = { $told }, after the 72 hours (due { $due }), with the reasons for the delay
command-breach-told-in-time = { $told }, within the 72 hours
command-breach-no-supplier = breach { $id } names no supplier; name it first: vreg breach edit { $id } --supplier ID
command-breach-supplier-reported = breach { $id }: the supplier reported it on { $at }
command-breach-supplier-reported-late = { $reported }, later than its agreement's { $hours } hours (due { $due })
command-breach-supplier-reported-in-time = { $reported }, within its agreement's { $hours } hours

## Requests (src/commands/request/)

command-request-added = added { $kind } request { $id }; the answer is due on { $due }
command-note = note: { $note }
command-request-closed-late = closed request { $id } ({ $outcome }), late: it was due on { $due }
command-request-closed = closed request { $id } ({ $outcome }), on time (due { $due })
command-request-extend-answered = request { $id } was answered on { $closed }; an answered request is not extended
command-request-extended-already = request { $id } was extended already (the requester was told on { $told }); the law allows one extension of two months
command-request-extended = extended request { $id }; the answer is now due on { $due }
command-request-not-yet-received = request { $id } was received on { $received }, after { $day }: on that day it was not yet known
command-count-too-large = { $text } is too large (at most { $max })
command-min-count-zero = --min-count is 1 or more: counts below it are written "<N"
command-not-a-count = '{ $text }' is not a whole number of 0 or more
command-request-none = no requests
command-request-pupil-erased = the pupil was erased from the register
command-request-open =
    open: the answer is due on { $due } ({ $days ->
        [one] 1 day
       *[other] { $days } days
    } left)
command-request-overdue =
    overdue: the answer was due on { $due }, { $days ->
        [one] 1 day
       *[other] { $days } days
    } ago
command-request-answered-on-time = answered on { $closed } (on time), due { $due }
command-request-answered-late = answered on { $closed } (late), due { $due }

## Reports, exports, deadlines, the log (src/commands/)

command-year-report-several = with several --db, the year report prints md or json and a summary (csv: the summary alone) on stdout; for an html page or --out, run it per register
command-year-report-format = the year report is a document: --format md, html or json
command-year-report-written = wrote the privacy year report { $year } to { $path }
command-portfolio-no-organisation = (no organisation)
command-log-not-an-entity = '{ $value }' is not KIND:ID, e.g. supplier:gynzy-bv
command-log-none = no changes recorded
command-deadlines-several = with several --db, deadlines prints table, json or csv on stdout; for a calendar (--format ics, --out), run it per register
command-deadlines-format = the deadlines are a list: --format table, json, csv or ics
command-deadlines-written =
    wrote { $count ->
        [one] 1 deadline
       *[other] { $count } deadlines
    } to { $path }
command-deadlines-none-within = no deadlines within { $days } days
command-deadlines-none = no deadlines
command-export-toml-format = export toml writes TOML only and takes no --format; for JSON use `vreg export json`
command-export-json-format = export json writes JSON only; for the register as TOML use `vreg export toml`
command-export-pupil-data = note: this export holds pupil data (names, birth dates, consent); keep it private
command-export-art30-format = export art30 writes csv, json or html; not md
command-wrote = wrote { $path }
command-cannot-create = cannot create { $path }
command-export-toml-failed = could not write the register as TOML
command-export-toml-unreadable = could not read back the TOML export
command-gmr-several-needs-dir = with several --db, export gmr writes one folder per register: give --out-dir DIR
command-gmr-several-flags = with several --db, export gmr takes --out-dir, not --out or --school
command-gmr-no-folder-name = { $path } has no file name to name its folder after
command-gmr-same-folder = two registers would write to { $path }; give the register files different names
command-gmr-format = export gmr writes csv (the default) or html; not { $format }
command-gmr-out-dir-not-dir = --out-dir { $path } is a file, not a directory; the five GMR files go into a directory
command-gmr-out-dir-dash = five files cannot go to stdout; leave out --out-dir for the overview on stdout
command-gmr-out-dir-empty = name the directory for the five files
command-gmr-html-out-dir = --out-dir writes the GMR's CSV files; the html document goes to stdout or to --out FILE

## Init, backup and check (src/commands/init.rs, src/commands/backup.rs)

command-backup-stdout = a backup is written to a file and checked there; '-' (stdout) is none: name a file, e.g. `vreg backup register-$(date +%F).sqlite`
command-backup-failed = backup to { $path } failed
command-backed-up = backed up { $from } to { $to } (schema version { $version }, integrity ok)
command-check-integrity = integrity check: { $found }
command-check-missing-schema = missing from the schema: { $objects }
command-check-dates = dates vreg cannot read (written by another tool; correct them as YYYY-MM-DD): { $values }
command-check-enumerations = values outside their enumeration, which vreg cannot read: { $values }
command-check-foreign-keys =
    { $count ->
        [one] 1 row refers
       *[other] { $count } rows refer
    } to something that is not there: { $references }
command-check-foreign-keys-unread =
    { $count ->
        [one] 1 row refers
       *[other] { $count } rows refer
    } to something that is not there (which, vreg could not read in the damaged file)
command-check-consent-decider =
    { $count ->
        [one] 1 row of consent_decider differs
       *[other] { $count } rows of consent_decider differ
    } from the consent history (written by another tool?); where consent stands may be shown wrongly
command-check-schema-version = schema version { $found } where { $expected } was expected
command-check-journal-mode = journal mode { $mode } where vreg keeps the rollback journal (delete); run `sqlite3 { $path } 'PRAGMA journal_mode=DELETE'`
command-check-purge-unfinished = a purge or erasure is not finished: the file still holds what it removed in its free space, and a backup would carry it; the next command that may write rebuilds the file
command-check-file-mode = { $path } has mode { $mode }: others can read pupil consent data; run `chmod 600 { $path }`
command-check-ok = ok
command-check-problems = PROBLEMS
command-check-damaged = damaged
command-check-line = { $verdict }: { $path } (schema version { $version }, integrity { $integrity }, foreign keys { $foreign_keys }, mode { $mode })
command-check-problem = problem: { $problem }

## The store (src/store/)

command-pupil-several-schools = leerlingnummer { $pupil } is a pupil at { $count } schools: { $schools }; say which with --school
command-pupil-at-school = { $pupil } at { $school }
command-no-school = no school
command-purpose-not-found = no consent purpose '{ $id }' (see `vreg consent purposes`)
command-purpose-retired-on = consent purpose { $id } was retired on { $retired }; its history stays in `vreg consent show`
command-purpose-name-taken = consent purpose { $other } already has the name '{ $name }'; give { $id } another name
command-audit-run-not-found = no saved audit run { $id } (see `vreg audit history`)
command-cannot-open-register = cannot open register { $path }
command-merge-older-schema = { $path } is a register of schema version { $version } and this vreg writes version { $current }; open it with vreg once (`vreg --db { $path } check`) to bring it up to date, then merge
command-merge-row-failed = could not merge a row into { $table }
command-merge-binary = a register holds no binary values
command-cannot-lock-directory = cannot lock the directory { $path } while the register is made in it (a network drive without locks?)
command-cannot-create-directory = cannot create directory { $path }
command-migration-commit-failed = could not commit the schema migration
command-reclaim-failed = could not reclaim the freed space of the register
command-commit-failed = could not commit the change
command-cannot-read-register = cannot read register { $path }
command-register-read-only = cannot write the register { $path }: the file or its directory is read-only (SQLite writes a journal next to it); nothing was changed
command-migration-failed = { $path } says it is at schema version { $version }, but its tables are not what that version has: schema migration { $number } failed ({ $reason }); nothing was changed. `vreg check` says more; a backup of before the change is the way back
command-deciders-failed = could not work out where consent stands
command-no-data-directory = cannot find the platform data directory; pass --db PATH or set VREG_DB
command-cannot-open = cannot open { $path }
command-backup-locked = the register stayed locked by another vreg for 30 s; try again
command-backup-unsound = the copy failed its integrity check; nothing was written
command-document-breach-invalid = breach { $id }: { $error }
command-merge-unknown-table = { $table } is not a table a merge writes
command-matrix-group = group { $group }

## The reasons the operating system and SQLite give (error.rs; English is what they say)

command-io-error = { $reason } (os error { $code })
command-io-not-found = No such file or directory
command-io-permission-denied = Permission denied
command-io-already-exists = File exists
command-io-is-a-directory = Is a directory
command-io-not-a-directory = Not a directory
command-io-directory-not-empty = Directory not empty
command-io-read-only = Read-only file system
command-io-storage-full = No space left on device
command-sqlite-error = { $reason } (SQLite error { $code })
command-sqlite-locked = the register is locked: another program or another vreg is writing in it; try again in a moment
command-sqlite-corrupt = database disk image is malformed
command-sqlite-not-a-database = file is not a database
command-sqlite-read-only = attempt to write a readonly database
command-sqlite-cannot-open = unable to open database file
command-matrix-group-at = group { $group }, school { $school }
