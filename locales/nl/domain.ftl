# domain: de regels van het register, in woorden (foutmeldingen bij controles, redenen,
# beschrijvingen).

## Opgeslagen tekst (domain/text.rs)

domain-text-too-long = in { $what } staan { $count } tekens; er worden er hoogstens { $max } bewaard
domain-text-control = in { $what } staat het stuurteken { $code }
domain-text-line-break = in { $what } staat het stuurteken { $code }; het moet op één regel staan
domain-text-empty = { $what } mag niet leeg zijn

## De waarden die een tekstcontrole noemt

domain-field-product-name = een productnaam
domain-field-a-purpose = een doel
domain-field-subjects-notice = de manier waarop de betrokkenen zijn geïnformeerd
domain-field-actor = de naam van wie het vastlegt (--actor)
domain-field-address = het adres
domain-field-ap-reference = het meldnummer van de AP
domain-field-consequences = de gevolgen
domain-field-contact = de contactpersoon
domain-field-description = de beschrijving
domain-field-document = de verwijzing naar het document
domain-field-dpia = de verwijzing naar de DPIA
domain-field-file-name = de bestandsnaam
domain-field-header = de kolomkop
domain-field-inspectie-reference = het kenmerk van de Inspectie
domain-field-law = de wet
domain-field-law-reference = de wetsverwijzing
domain-field-measures = de maatregelen
domain-field-ap-delay-reason = de redenen voor de vertraging
domain-field-name = de naam
domain-field-notes = de notities
domain-field-organisation-name = de naam van de organisatie
domain-field-owner = de eigenaar
domain-field-privacy-leaflet = de privacybijsluiter
domain-field-privacy-officer = de functionaris gegevensbescherming
domain-field-purpose = het doel
domain-field-purpose-name = de naam van het toestemmingsdoel
domain-field-reason = de reden
domain-field-retention = de bewaartermijn
domain-field-school-name = de naam van de school
domain-field-security = de verwijzing naar de beveiligingsmaatregelen
domain-field-subprocessor-name = de naam van de subverwerker
domain-field-subject-id = de id van het onderwerp
domain-field-target = het veld of doel
domain-field-title = de titel
domain-field-value = de waarde
domain-field-website = de website
domain-field-category-label = de omschrijving van categorie { $code }

## Opsommingen (domain/mod.rs)

domain-unknown-code = { $what } '{ $given }' is onbekend (kies uit: { $expected })
domain-enum-entity-kind = soort
domain-enum-party-kind = soort externe partij
domain-enum-legal-basis = grondslag
domain-enum-risk = risico
domain-enum-breach-kind = soort datalek
domain-enum-recipient = ontvanger
domain-enum-clock = termijn
domain-enum-clock-status = stand van de termijn
domain-enum-subject = categorie betrokkenen
domain-enum-severity = ernst
domain-enum-fail-on = niveau van --fail-on
domain-enum-deadline-kind = soort termijn
domain-enum-deadline-status = stand van de termijn
domain-enum-role = rol
domain-enum-convenant = convenantstatus
domain-enum-convenant-version = convenantversie
domain-enum-category = gegevenscategorie
domain-enum-renewal = vernieuwing
domain-enum-applies-to = geldt voor
domain-enum-decision = beslissing
domain-enum-given-by = gegeven door
domain-enum-form = vorm
domain-enum-consent-state = stand van de toestemming
domain-enum-request-kind = soort verzoek
domain-enum-requester = verzoeker
domain-enum-outcome = uitkomst
domain-enum-model = model van de verwerkersovereenkomst
domain-enum-safeguard = doorgiftewaarborg
domain-enum-agreement-status = status van de verwerkersovereenkomst

## Datums (domain/date.rs)

domain-date-outside = { $date } is geen datum tussen { $first } en { $last }
domain-date-not-a-date = '{ $text }' is geen datum (gebruik YYYY-MM-DD of DD-MM-YYYY)

## Toestemming (domain/consent)

domain-purpose-needs-name = toestemmingsdoel { $id } heeft een naam nodig
domain-purpose-party-id = toestemmingsdoel { $id } hoort bij externe partij { $party }, dus de id moet party-{ $party } zijn
domain-purpose-no-party = ids die met party- beginnen zijn van externe partijen op grond van toestemming; { $id } noemt geen externe partij
domain-consent-not-an-answer = '{ $cell }' is geen antwoord op een toestemmingsvraag (ja/nee, yes/no, 1/0, toestemming/geen toestemming, of leeg)
domain-consent-after-today = een beslissing kan niet na vandaag ({ $today }) gedateerd zijn; leg haar vast wanneer zij genomen is
domain-consent-before-birth = { $on } ligt vóór de geboorte van de leerling ({ $born })
domain-consent-birth-unknown = de geboortedatum van de leerling is niet bekend, dus er is niet aan te tonen dat de leerling { $age } jaar of ouder is; de beslissing moet van een ouder of voogd komen
domain-consent-too-young = de leerling is op { $on } jonger dan { $age } jaar: een ouder of voogd beslist (--by parent)
domain-consent-decides-alone = de leerling is op { $on } { $age } jaar of ouder en beslist zelf: leg het vast met --by pupil (of --by representative voor een curator of mentor)
domain-consent-representative-too-young = een vertegenwoordiger (curator of mentor) treedt op voor een leerling van { $age } jaar of ouder; voor een jongere leerling beslissen de ouders (--by parent)

## Externe partijen (domain/party/)

domain-party-id-too-long = id '{ $id }' van de externe partij is langer dan 58 tekens
domain-party-needs-name = externe partij { $id }: een externe partij heeft een naam nodig

## Datalekken (domain/breach)

domain-breach-bad-id = '{ $id }' is geen id van een datalek (een jaar en een nummer, bijv. 2026-001)
domain-breach-needs-title = een datalek heeft een titel nodig
domain-breach-before-discovery = { $what } ({ $at }) kan niet liggen voor de ontdekking van het datalek ({ $discovered })
domain-breach-started-after-discovery = het datalek kan niet beginnen ({ $started }) na de ontdekking ervan ({ $discovered })
domain-breach-ended-before-start = het datalek kan niet eindigen ({ $ended }) voordat het begon ({ $started })
domain-breach-assessment-needs-reason = een beoordeling heeft een reden nodig
domain-breach-report-needs-ref = een melding bij de AP heeft het meldnummer nodig (--ref)
domain-breach-delay-needs-report = de redenen voor een vertraging horen bij een melding aan de AP (notify ap --at TIJD --ref NUMMER)
domain-breach-delay-in-time = de melding van { $at } was binnen de 72 uur (uiterlijk { $due }): er is geen vertraging om redenen voor te geven
domain-breach-notice-needs-how = het informeren van de betrokkenen vraagt hoe dat is gebeurd (--how)
domain-breach-close-needs-measures = het afsluiten van een datalek vraagt de genomen maatregelen (--measures)
domain-breach-in-the-future = { $what }: { $at } ligt in de toekomst (het is nu { $now })
domain-breach-step-discovered = ontdekt
domain-breach-step-started = begonnen
domain-breach-step-ended = geëindigd
domain-breach-step-supplier-report = de melding van de leverancier
domain-breach-step-supplier-aware = het moment waarop de leverancier het wist
domain-breach-aware-needs-supplier = wanneer de leverancier het wist, vraagt om de leverancier (--supplier)
domain-breach-aware-after-report = de leverancier wist het op { $aware }, na haar melding op { $reported }
domain-breach-aware-before-start = de leverancier kan het niet op { $aware } geweten hebben, vóór het datalek begon op { $started }
domain-breach-step-assessment = de beoordeling
domain-breach-step-ap-report = de melding bij de AP
domain-breach-step-subjects = het informeren van de betrokkenen
domain-breach-step-inspectie = het informeren van de Inspectie
domain-breach-step-closing = het afsluiten
domain-time-outside = '{ $text }' is geen tijdstip tussen { $first } en { $last }
domain-time-not-a-time = '{ $text }' is geen tijdstip (gebruik "YYYY-MM-DD HH:MM" of "DD-MM-YYYY HH:MM", Nederlandse tijd)
domain-time-twice = '{ $text }' kwam twee keer voor toen de klok werd teruggezet; vermeld de tijdzone: { $summer } (zomertijd) of { $winter } (wintertijd)
domain-time-skipped = '{ $text }' bestaat niet in Nederlandse tijd: de klok werd toen een uur vooruitgezet

## Termijnen van een datalek (Clock::describe)

domain-clock-due-by = uiterlijk { $time }
domain-clock-undue-delay = zonder onnodige vertraging
domain-clock-done = gedaan op { $time }
domain-clock-kind-ap = AP
domain-clock-kind-processor = Verwerker
domain-clock-kind-subjects = Betrokkenen
domain-clock-running = { $name }: { $due } (nog { $left })
domain-clock-overdue = { $name }: { $due } ({ $late } te laat)
domain-clock-not-told = { $name }: { $due } (nog niet gemeld)
domain-clock-not-told-passed = { $name }: { $due } (nog niet gemeld, te laat)
domain-clock-met = { $name }: { $due } ({ $done }, op tijd)
domain-clock-late = { $name }: { $due } ({ $done }, { $late } te laat)
domain-clock-late-undue = { $name }: { $due } ({ $done }, te laat)
domain-clock-stopped = { $name }: gestopt, beoordeeld als zonder risico
domain-span-minutes = { $minutes } min
domain-span-hours = { $hours } uur

## Verwerkersovereenkomsten en leveranciers (domain/agreement.rs, domain/supplier.rs)

domain-agreement-expires-before-signed = verwerkersovereenkomst { $id }: expires_on { $expires } ligt vóór signed_on { $signed }
domain-agreement-expires-before-starts = verwerkersovereenkomst { $id }: expires_on { $expires } ligt vóór starts_on { $starts }
domain-agreement-terminated-before-signed = verwerkersovereenkomst { $id }: terminated_on { $ended } ligt vóór signed_on { $signed }
domain-agreement-notice-hours = verwerkersovereenkomst { $id }: breach_notice_hours { $hours } ligt niet tussen 1 en { $max }
domain-agreement-empty-product = verwerkersovereenkomst { $id }: een productnaam is leeg
domain-agreement-problem = verwerkersovereenkomst { $id }: { $problem }
domain-agreement-too-many = verwerkersovereenkomst { $id }: meer dan 100 producten of landen
domain-subprocessor-needs-name = een subverwerker heeft een naam nodig
domain-subprocessor-one-line = de naam van een subverwerker staat op één regel
domain-supplier-needs-name = een leverancier heeft een naam nodig
domain-supplier-reason-needs-day = leverancier { $id }: een reden van beëindiging vraagt ook de dag van beëindiging (retired_on)
domain-supplier-version-without-status = leverancier { $id }: convenantversie { $version } bij status { $status }: alleen een deelnemer of medestander heeft een versie
domain-supplier-checked-after-today = leverancier { $id }: convenant_checked_on { $checked } ligt na vandaag ({ $today }): leg een controle vast zodra die gedaan is
domain-supplier-bad-kvk = KvK-nummer '{ $kvk }' is geen 8 cijfers

## Scholen, landen, ids (domain/organisation.rs, country.rs, slug.rs, register.rs)

domain-school-bad-brin = BRIN '{ $brin }' is geen 4 cijfers of hoofdletters (bijv. 12AB)
domain-school-bad-vestiging = vestiging '{ $vestiging }' is geen 2 cijfers (bijv. 00)
domain-school-needs-name = school { $school } heeft een naam nodig
domain-country-unknown = '{ $code }' is geen landcode volgens ISO 3166-1 alpha-2 (bijv. NL, DE, US)
domain-id-invalid = '{ $id }' is geen geldige id (kleine letters, cijfers en '-', beginnend met een letter of cijfer, hoogstens 64 tekens)
domain-profile-bad-name = '{ $name }' is geen profielnaam: kleine letters, cijfers en '-'
domain-mapping-bad = '{ $mapping }' is geen HEADER=TARGET (kolomkop=veld of doel), bijv. "Foto website=photo-website"

## Leerlingen (domain/pupil.rs)

domain-pupil-bad-number = leerlingnummer '{ $number }' is geen getal van hoogstens { $max } cijfers
domain-pupil-bad-school = '{ $school }' is geen BRIN (12AB) of BRIN met vestiging (12AB00)
domain-pupil-school-name-twice = '{ $school }' is de naam van meer dan één school ({ $schools }): geef de BRIN met vestiging
domain-pupil-unknown-school = school '{ $school }' is geen van de scholen in het register: { $schools }

## Verzoeken (domain/request.rs)

domain-request-told-before-received = de verzoeker kan niet op { $notified } zijn geïnformeerd, voordat het verzoek binnenkwam ({ $received })
domain-request-told-late = de verzoeker is op { $notified } geïnformeerd, nadat de eerste maand op { $ends } was verstreken: een verlenging moet binnen de eerste maand worden gemeld, met redenen (art. 12 lid 3 AVG)
domain-request-birth-unknown = de geboortedatum van de leerling is niet bekend, dus er is niet aan te tonen dat de leerling op { $received } { $sixteen } jaar of ouder is; onder de { $sixteen } treden de ouders op (--by parent)
domain-request-pupil-too-young = de leerling is op { $received } { $age } jaar: onder de { $sixteen } kan de leerling het verzoek niet zelf doen, de ouders treden op (--by parent)
domain-request-representative-too-young = de leerling is op { $received } { $age } jaar: onder de { $sixteen } kan een vertegenwoordiger (curator of mentor) het verzoek niet doen, de ouders treden op (--by parent)
domain-request-pupil-decides = de leerling is op { $received } { $sixteen } jaar of ouder en beslist zelf over de eigen gegevens: ga na of de leerling instemt met dit verzoek van een ouder, of vraag de leerling het zelf te doen
domain-request-received-after-today = --received { $received } ligt na vandaag ({ $today }): leg een verzoek vast zodra het binnen is
domain-request-after-today = { $flag } { $day } ligt na vandaag ({ $today })
domain-request-extended-after-answer = de verlenging is gemeld op { $told }, nadat het verzoek op { $closed } is beantwoord: een verlenging wordt gemeld zolang het antwoord nog open staat
domain-request-closed-before-received = --on { $closed } ligt vóór de dag waarop het verzoek binnenkwam ({ $received })

## Het jaarverslag (domain/year_report)

domain-year-out-of-range = { $year } is geen jaar tussen { $first } en { $last }
domain-year-not-a-year = '{ $text }' is geen jaartal (schrijf het als 2026)
domain-year-not-begun = { $year } is nog niet begonnen (het is vandaag { $today }): een verslag gaat over een jaar dat begonnen is

## Verwerkingen en het register van art. 30 (domain/processing)

domain-category-in-catalogue = categorie '{ $code }' staat al in de vaste lijst; een eigen categorie van het bestuur heeft een eigen code nodig
domain-category-unknown = onbekende gegevenscategorie '{ $typed }' (zie `vreg processing categories`; een bestuur voegt eigen categorieën toe als [[category]] in het registerbestand)
domain-art30-no-organisation = het register van art. 30 noemt de verwerkingsverantwoordelijke: het register heeft geen [organisation]; zet die met name, contact, address en privacy_officer in het registerbestand en lees het in met `vreg import`
domain-art30-organisation-lacks = het register van art. 30 noemt de verwerkingsverantwoordelijke en de FG: in [organisation] ontbreekt { $missing }; vul het aan in het registerbestand en lees het in met `vreg import`
domain-art30-no-processing = het register bevat geen verwerkingen; voeg ze toe met `vreg processing add` (of [[processing]] in het registerbestand)

## Leerlingbestanden en hun kolommen (domain/pupil_file.rs, domain/columns.rs)

domain-columns-mapped-twice = --map { $header }=...: de kolom is gekoppeld aan { $first } en aan { $second }; geef er één
domain-columns-no-such-column = --map { $header }=...: het bestand heeft geen kolom '{ $header }'
domain-columns-two-purposes = kolom '{ $header }' kan toestemmingsdoel { $first } of { $second } zijn; wijs het aan met --map '{ $header }=PURPOSE'
domain-columns-twice = kolom '{ $header }' bevat opnieuw { $holds }; sla er een over met --map '{ $header }=ignore'
domain-columns-no-number = geen kolom met het leerlingnummer onder { $headers }; wijs die aan met --map KOLOMKOP=leerlingnummer
domain-columns-bad-target = --map ...={ $target }: geen veld ({ $fields }) en geen id van een toestemmingsdoel (zie `vreg consent purposes`)
domain-columns-answers = de antwoorden voor toestemmingsdoel { $purpose }
domain-columns-field = het veld { $field }
domain-file-empty = { $source }: het bestand is leeg; het heeft een rij met kolomkoppen nodig
domain-file-problem = { $source }: { $problem }
domain-file-column = kolom { $column } ({ $header })
domain-file-cell-problem = { $source } regel { $line }, kolom { $column } ({ $header }): { $problem }
domain-file-line-problem = { $source } regel { $line }: { $problem }
domain-file-field-count = { $fields ->
    [one] 1 veld
   *[other] { $fields } velden
  } waar de kopregel er { $headers } heeft
domain-file-open-quote = er staat een aanhalingsteken open of een waarde bevat een regeleinde; elke rij moet op één regel staan
domain-file-no-name = leerling { $number } heeft geen naam
domain-file-not-encoded = { $source } regel { $line }: bytes die geen { $encoding } zijn (een deel van het bestand is in een andere codering opgeslagen); sla het hele bestand opnieuw op als UTF-8 (CSV UTF-8 in Excel)
domain-file-cannot-read = kan { $source } niet lezen: { $problem }
domain-file-not-csv = { $source } regel { $line }: niet te lezen als CSV: { $problem }

## Het registerbestand (domain/document)

domain-doc-id-twice = { $kind ->
    [supplier] leverancier
    [agreement] verwerkersovereenkomst
    [party] externe partij
    [purpose] toestemmingsdoel
    [processing] verwerking
   *[other] { $kind }
  } met id '{ $id }' komt twee keer voor
domain-doc-no-id = kan geen id voor { $kind ->
    [supplier] de leverancier
    [agreement] de verwerkersovereenkomst
    [party] de externe partij
    [purpose] het toestemmingsdoel
    [processing] de verwerking
   *[other] { $kind }
  } afleiden uit '{ $name }'; voeg id = "..." toe
domain-doc-school-twice = school { $school } komt twee keer voor
domain-doc-supplier-problem = leverancier { $id }: { $problem }
domain-doc-purpose-namesake = toestemmingsdoel { $id } heeft dezelfde naam als toestemmingsdoel { $other }
domain-doc-breach-twice = datalek met id '{ $id }' komt twee keer voor
domain-doc-breach-year = datalek { $id }: het jaar in de id is niet het jaar waarin het is ontdekt ({ $year })
domain-doc-breach-needs-supplier = datalek { $id }: noem ook de leverancier van de verwerkersovereenkomst
domain-doc-breach-problem = datalek { $id }: { $problem }
domain-doc-accepted-twice = { $code } van { $subject } is twee keer geaccepteerd
domain-doc-category-twice = categorie '{ $code }' komt twee keer voor
domain-doc-processing-problem = verwerking { $id }: { $problem }
domain-doc-profile-twice = importprofiel { $name } komt twee keer voor
domain-doc-scope-problem = verwerkersovereenkomst { $id }: gegevens { $category }: { $problem }
domain-doc-scope-twice = verwerkersovereenkomst { $id }: de gegevens noemen '{ $category }' twee keer, met een ander doel, een andere bewaartermijn of een andere wet
domain-doc-subprocessor-twice = verwerkersovereenkomst { $id }: subverwerker '{ $name }' komt twee keer voor
domain-doc-expected-date = verwacht een datum zoals 2024-03-01
domain-doc-not-a-real-date = geen bestaande datum
domain-doc-expected-date-not = verwacht een datum zoals 2024-03-01, niet { $value }
domain-doc-expected-time = verwacht een tijdstip zoals 2026-10-23T16:00:00+02:00
domain-doc-expected-scope-item = een categoriecode of { "{" } category = "...", purpose = "...", retention = "...", law = "..." { "}" }

## Wat serde en de TOML-lezer zeggen van een waarde die niet klopt (domain/document/said.rs)

domain-serde-missing-field = de sleutel `{ $field }` ontbreekt
domain-serde-duplicate-field = de sleutel `{ $field }` staat er twee keer in
domain-serde-duplicate-key = deze sleutel staat er al eerder in
domain-serde-unknown-one-of = { $what ->
        [field] onbekende sleutel `{ $name }`; mogelijk zijn: { $expected }
       *[variant] onbekende waarde `{ $name }`; mogelijk zijn: { $expected }
    }
domain-serde-unknown-expected = { $what ->
        [field] onbekende sleutel `{ $name }`; verwacht { $expected }
       *[variant] onbekende waarde `{ $name }`; verwacht { $expected }
    }
domain-serde-unknown-none = { $what ->
        [field] onbekende sleutel `{ $name }`; hier horen geen sleutels
       *[variant] onbekende waarde `{ $name }`; hier horen geen waarden
    }
domain-serde-invalid-type = verkeerd soort waarde: { $unexpected }, verwacht { $expected }
domain-serde-invalid-value = ongeldige waarde: { $unexpected }, verwacht { $expected }
domain-serde-invalid-length = verkeerde lengte { $length }, verwacht { $expected }
domain-serde-bad-month = ongeldige datum: de maand ligt tussen { $first } en { $last }
domain-serde-bad-day = ongeldige datum: de dag ligt tussen { $first } en { $last }
domain-serde-found-number = het getal { $value }
domain-serde-found-boolean = de waarde { $value }
domain-serde-found-text = de tekst "{ $value }"
domain-serde-found-list = een lijst
domain-serde-found-table = een tabel
domain-serde-expected-text = een tekst
domain-serde-expected-list = een lijst
domain-serde-expected-boolean = true of false
domain-serde-expected-table = een tabel
domain-serde-expected-unsigned = een geheel getal van 0 of meer
domain-serde-expected-whole = een geheel getal

## Registers samenvoegen (domain/merge)

domain-merge-bad-suffix = --id-suffix '{ $suffix }': gebruik kleine letters, cijfers en '-'
domain-merge-ids = ids die hier al voor iets anders gebruikt worden: { $list } (--id-suffix S geeft de binnenkomende een nieuwe id)
domain-merge-numbers = leerlingnummers die op hun school al bezet zijn: { $list } (--renumber geeft de binnenkomende leerlingen vrije nummers)
domain-merge-fixed = verschillen die geen optie oplost: { $list } (maak ze eerst in een van de registers gelijk)
domain-merge-refused = het andere register botst met dit register; { $parts }; er is niets gewijzigd
domain-merge-item = { $kind ->
    [school] school
    [category] categorie
    [supplier] leverancier
    [agreement] verwerkersovereenkomst
    [party] externe partij
    [purpose] toestemmingsdoel
    [breach] datalek
    [request] verzoek
    [processing] verwerking
    [accepted_finding] geaccepteerde bevinding
   *[other] { $kind }
  } { $id }
domain-merge-same-one-changed = { $kind ->
    [breach] datalek
    [request] verzoek
   *[other] { $kind }
  } { $id } (hetzelfde in beide registers, in een ervan gewijzigd)
domain-merge-pupil-more-there = leerling { $pupil } (het andere register weet meer van de leerling: { $keys }; werk dit register eerst bij, bijvoorbeeld met de latere export of `vreg pupil leave`)
domain-merge-new-id-taken = { $kind ->
    [supplier] leverancier
    [agreement] verwerkersovereenkomst
    [party] externe partij
    [purpose] toestemmingsdoel
    [breach] datalek
    [request] verzoek
    [processing] verwerking
   *[other] { $kind }
  } { $id } (de nieuwe id { $new } is al bezet of geen geldige id)
domain-merge-purpose-namesake = toestemmingsdoel { $id } (de naam is die van toestemmingsdoel { $other })
domain-merge-number-at = { $number } op { $school }
domain-merge-number-no-school = { $number } zonder school

## Het logboek (domain/change.rs)

domain-change-not-objects = verschil van waarden die geen objecten zijn

# deadlines: wat er te doen is
domain-deadline-convenant-check = Convenantstatus van { $supplier } opnieuw nagaan
domain-deadline-convenant-never-checked = Convenantstatus van { $supplier } opnieuw nagaan (nooit nagegaan)
domain-deadline-agreement-end = Verwerkersovereenkomst { $id } met { $supplier } loopt af
domain-deadline-agreement-review = Verwerkersovereenkomst { $id } met { $supplier } evalueren
domain-deadline-agreement-terminated = Verwerkersovereenkomst { $id } met { $supplier } is beëindigd per { $on }: registreer de opvolger, of fase de leverancier uit
domain-deadline-processing-review = Verwerking { $id } ({ $name }) evalueren
domain-deadline-request-answer = Verzoek { $id } ({ $kind }) beantwoorden
domain-deadline-pupil-purge = Gegevens verwijderen van { $count ->
        [one] 1 leerling
       *[other] { $count } leerlingen
    } vertrokken op { $left_on }
domain-deadline-breach-ap = Datalek { $id } melden bij de AP (72 uur)
domain-deadline-breach-processor = Datalek { $id }: melding van de verwerker { $supplier }
domain-deadline-breach-subjects = Datalek { $id }: betrokkenen informeren zonder onnodige vertraging
# termijnen: de opdracht die een termijn afhandelt (JSON en CSV zeggen het in het Engels)
domain-deadline-command-convenant = vreg convenant set { $id } STATUS --checked-on DATUM
domain-deadline-command-agreement-end = vreg agreement add { $supplier }, of vreg agreement end { $id } --on DATUM
domain-deadline-command-agreement-gap = vreg agreement edit { $next } --starts-on DATUM (de opvolger gaat pas later in)
domain-deadline-command-agreement-terminated = vreg agreement add { $supplier }, of vreg supplier retire { $supplier } --on { $on }
domain-deadline-command-agreement-review = vreg agreement edit { $id } --review-on DATUM
domain-deadline-command-processing-review = vreg processing edit { $id } --review-on DATUM
domain-deadline-command-request-answer = vreg request close { $id } --on DATUM --outcome UITKOMST
domain-deadline-command-pupil-purge = vreg pupil purge --left-before { $before } --yes
domain-deadline-command-breach-ap = vreg breach notify { $id } ap --at TIJD --ref MELDNUMMER
domain-deadline-command-breach-processor = vreg breach supplier-reported { $id } --at TIJD
domain-deadline-command-breach-subjects = vreg breach notify { $id } subjects --at TIJD --how TEKST
domain-deadline-calendar-overdue = VERLOPEN: { $what }
domain-deadline-calendar-settle = Afhandelen met: { $command }
domain-subprocessor-exists = verwerkersovereenkomst { $id } noemt subverwerker '{ $name }' al
