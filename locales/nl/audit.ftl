# De controle: meldingen en aanwijzingen van de bevindingen, de betekenis van elke code, de samenvatting.

audit-summary-line = controle { $as_of }: { $error ->
        [one] 1 fout
       *[other] { $error } fouten
    }, { $warning ->
        [one] 1 waarschuwing
       *[other] { $warning } waarschuwingen
    }, { $info } ter info
audit-summary-accepted = ; { $accepted } geaccepteerd
audit-heading-accepted = geaccepteerd
audit-saved = controle bewaard in { $path }
audit-serves = { " " }(voor { $schools })

## Leveranciers en verwerkersovereenkomsten

audit-agreement-missing = verwerker { $id } ({ $name }) heeft op { $as_of } geen geldende verwerkersovereenkomst
    .hint = registreer de getekende overeenkomst: vreg agreement add { $id } --signed-on DATUM
audit-convenant-none = verwerker { $id } is { $standing ->
        [none] geen deelnemer of medestander
       *[unknown] met onbekende status
    } van het Privacyconvenant Onderwijs
    .hint = kijk op privacyconvenant.nl en leg het vast: vreg convenant set { $id } STATUS
audit-convenant-never-checked = de convenantstatus van { $id } is nooit nagekeken
    .hint = kijk op privacyconvenant.nl en leg het vast: vreg convenant set { $id } STATUS --checked-on DATUM
audit-convenant-checked-long-ago = de convenantstatus van { $id } is voor het laatst nagekeken op { $checked_on }, meer dan een jaar geleden
    .hint = kijk op privacyconvenant.nl en leg het vast: vreg convenant set { $id } STATUS --checked-on DATUM
audit-agreement-expired = overeenkomst { $id } van { $supplier } is verlopen op { $expires_on }
    .hint = registreer de vernieuwde overeenkomst (vreg agreement add { $supplier }), of beëindig deze: vreg agreement end { $id } --on DATUM
audit-agreement-expiring-gap = overeenkomst { $id } van { $supplier } loopt af op { $ends_on }, binnen { $horizon } dagen, en haar opvolger { $next } gaat pas in op { $takes_effect }: daartussen heeft { $supplier } geen geldende overeenkomst
    .hint = { $next } is al geregistreerd: laat haar de dag erna ingaan, vreg agreement edit { $next } --starts-on DATUM, of stop de verwerking daartussen
audit-agreement-expired-gap = overeenkomst { $id } van { $supplier } is verlopen op { $expires_on }, en haar opvolger { $next } gaat in op { $takes_effect }: tot dan heeft { $supplier } geen geldende overeenkomst
    .hint = { $next } is al geregistreerd: stop de verwerking tot { $takes_effect }, of laat haar eerder ingaan: vreg agreement edit { $next } --starts-on DATUM
audit-agreement-expiring = overeenkomst { $id } van { $supplier } loopt af op { $ends_on }, binnen { $horizon } dagen
    .hint = vernieuw haar op tijd en registreer de nieuwe overeenkomst: vreg agreement add { $supplier }
audit-review-overdue = overeenkomst { $id } had op { $review_on } geëvalueerd moeten worden
    .hint = evalueer haar en zet de volgende datum: vreg agreement edit { $id } --review-on DATUM
audit-scope-missing = overeenkomst { $id } geldt, maar registreert geen soorten gegevens
    .hint = registreer wat de leverancier ontvangt: vreg scope set { $id } CATEGORIE...
audit-document-missing = overeenkomst { $id } verwijst niet naar het getekende document
    .hint = vreg agreement edit { $id } --document VERWIJZING
audit-model-signed-late = overeenkomst { $id } volgt de Model Verwerkersovereenkomst 3.0, maar is getekend op of na { $from }
    .hint = spreek het Model 4.0 af met de leverancier en leg het vast: vreg agreement edit { $id } --model model-4.0
audit-model-past-review = overeenkomst { $id } volgt na haar evaluatiedatum nog de Model Verwerkersovereenkomst 3.0
    .hint = spreek het Model 4.0 af met de leverancier en leg het vast: vreg agreement edit { $id } --model model-4.0
audit-special-category = overeenkomst { $id } ontvangt bijzondere persoonsgegevens ({ $categories }) zonder verwijzing naar een DPIA
    .hint = voer een DPIA uit en leg die vast: vreg agreement edit { $id } --dpia VERWIJZING
audit-bsn-agreement = overeenkomst { $id } geeft leverancier { $supplier } het BSN zonder de wet te noemen die dat voorschrijft (UAVG art. 46)
    .hint = leermiddelen krijgen in plaats daarvan het ECK iD: vreg scope remove { $id } bsn; noem voor de leerlingadministratie de wet: vreg scope add { $id } bsn --law "WPO art. 178a"
audit-transfer-unsafeguarded = { $recipient ->
        [storage] overeenkomst { $id } slaat gegevens op in { $country }
       *[sub] subverwerker { $name } van overeenkomst { $id } zit in { $country }
    } (buiten de EER) zonder eigen waarborg voor de doorgifte
    .hint = leg de waarborg vast (adequacy, scc, dpf, bcr): { $recipient ->
            [storage] vreg agreement edit { $id } --transfer-safeguard S
           *[sub] vreg agreement subprocessor remove { $id } "{ $name }", en voeg hem opnieuw toe met --transfer-safeguard S
        }
audit-transfer-invalid = { $recipient ->
        [storage] overeenkomst { $id } slaat gegevens op in { $country }
       *[sub] subverwerker { $name } van overeenkomst { $id } zit in { $country }
    } met waarborg { $safeguard }, die voor { $country } niet geldt: dpf dekt alleen de Verenigde Staten, adequacy alleen de landen op de lijst van de Europese Commissie ({ $adequacy })
    .hint = leg een waarborg vast die daar geldt (scc of bcr overal): { $recipient ->
            [storage] vreg agreement edit { $id } --transfer-safeguard S
           *[sub] vreg agreement subprocessor remove { $id } "{ $name }", en voeg hem opnieuw toe met --transfer-safeguard S
        }

## Externe partijen

audit-party-no-basis = partij { $id } heeft als grondslag wettelijke plicht (legal-obligation), maar er is geen wet genoemd
    .hint = noem de wet: vreg party edit { $id } --law "..."
audit-bsn-party = partij { $id } mag het BSN ontvangen op grondslag { $basis }; alleen een wettelijke plicht staat dat toe (UAVG art. 46)
    .hint = haal bsn uit haar categorieën: vreg party edit { $id } --category ...
audit-special-category-party-not-explicit = partij { $id } mag { $categories } ontvangen op toestemming, en haar doel { $purpose } aanvaardt elke vorm: bijzondere persoonsgegevens (art. 9) gaan alleen met uitdrukkelijke toestemming
    .hint = laat het doel om een uitdrukkelijke verklaring vragen: vreg consent purpose edit { $purpose } --explicit true
audit-special-category-party = partij { $id } mag { $categories } ontvangen: { $problem ->
        [never] grondslag { $basis } heft het verbod op bijzondere persoonsgegevens (AVG art. 9) nooit op: alleen uitdrukkelijke toestemming per leerling, of een wet die het dekt
        [case-by-case] grondslag { $basis } heft het verbod op bijzondere persoonsgegevens (AVG art. 9 lid 2 sub c) alleen op in een noodgeval waarin iemand geen toestemming kan geven, per geval, niet voor een uitwisseling die vooraf is vastgelegd
       *[no-law] grondslag { $basis } dekt bijzondere persoonsgegevens (AVG art. 9) alleen waar de wet die haar voorschrijft dat doet; er is geen wet vastgelegd
    }
    .hint = { $problem ->
            [never] haal de bijzondere categorieën weg (vreg party edit { $id } --category ...), of deel ze alleen met uitdrukkelijke toestemming (--basis consent)
            [case-by-case] baseer de uitwisseling op uitdrukkelijke toestemming (vreg party edit { $id } --basis consent) of op de wet die erin voorziet, of haal de bijzondere categorieën weg (--category ...); een noodgeval hoeft niet vooraf te worden vastgelegd
           *[no-law] noem de wet: vreg party edit { $id } --law "...", of haal de categorieën weg: vreg party edit { $id } --category ...
        }
audit-party-legitimate-interest = partij { $id } ontvangt leerlinggegevens op grond van gerechtvaardigd belang, dat niet geldt voor de publieke taak van een school (AVG art. 6 lid 1, laatste zin)
    .hint = noem de grondslag die wel geldt (public-task met haar wet, legal-obligation, consent), of leg de reden vast in de notities: vreg party edit { $id } --basis GRONDSLAG
audit-party-not-in-regulation = partij { $id } staat niet in het privacyreglement
    .hint = neem haar op in het privacyreglement (met de GMR), en daarna: vreg party edit { $id } --in-privacy-regulation true

## Toestemming en leerlingen

audit-consent-unknown = { $count ->
        [one] voor 1 leerling is
       *[other] voor { $count } leerlingen is
    } geen besluit over { $purpose } vastgelegd; zonder besluit is er geen toestemming
    .hint = vraag het de ouders (vanaf 16 jaar de leerling) en importeer of leg vast: vreg consent list --purpose { $purpose } --not-granted
audit-consent-stale = { $count ->
        [one] 1 besluit
       *[other] { $count } besluiten
    } over { $purpose } { $count ->
        [one] is
       *[other] zijn
    } van voor dit schooljaar (begonnen op { $start })
    .hint = vraag het de ouders (vanaf 16 jaar de leerling) opnieuw en importeer de antwoorden als die van dit jaar: vreg pupil import BESTAND.csv --reconfirm
audit-consent-explicit-unwritten = { $count ->
        [one] 1 toestemming
       *[other] { $count } toestemmingen
    } voor { $purpose } { $count ->
        [one] is
       *[other] zijn
    } gegeven in een vorm die dit doel niet aanvaardt (mondelinge toestemming telt nooit waar een uitdrukkelijke verklaring nodig is)
    .hint = vraag de verklaring die het doel nodig heeft en leg die vast: vreg consent set LEERLING { $purpose } granted --form written
audit-consent-not-on-paper = { $count ->
        [one] 1 toestemming
       *[other] { $count } toestemmingen
    } voor { $purpose } { $count ->
        [one] is
       *[other] zijn
    } niet op papier gegeven, en dit doel telt alleen een schriftelijke verklaring
    .hint = vraag het ondertekende formulier en leg het vast: vreg consent set LEERLING { $purpose } granted --form written
audit-consent-disputed = { $count ->
        [one] 1 leerling heeft
       *[other] { $count } leerlingen hebben
    } beslissers die het over { $purpose } niet eens zijn (twee ouders, of een leerling van 16 of ouder en het bestand van de administratie): de een gaf toestemming, de ander weigerde of trok in; dan is er geen toestemming
    .hint = spreek wie beslissen (beide ouders; vanaf 16 de leerling) en leg vast waarover zij het eens zijn; zie wie het zijn: vreg consent list --purpose { $purpose } --not-granted
audit-consent-turned-16 = leerling { $pupil } is 16 jaar of ouder en beslist zelf, maar voor { $purposes } geldt nog het besluit van een ouder
    .hint = vraag het de leerling en leg het vast: vreg consent set { $number } DOEL granted|refused --by pupil{ $school_flag }
audit-pupil-retention = { $count ->
        [one] 1 leerling die
       *[other] { $count } leerlingen die
    } vóór { $limit } (meer dan 2 jaar geleden) de school { $count ->
        [one] verliet, staat
       *[other] verlieten, staan
    } nog in het register
    .hint = vreg pupil purge --left-before { $limit } --yes

## Datalekken

audit-breach-reported-late = datalek { $id } is op { $reported_at } bij de AP gemeld, na de 72 uur (uiterlijk { $due })
    .hint = bewaar de redenen voor de vertraging bij de melding (art. 33 lid 1 AVG)
audit-breach-reported-late-explained = datalek { $id } is op { $reported_at } bij de AP gemeld, na de 72 uur (uiterlijk { $due }), met de redenen voor de vertraging
    .hint = niets meer te doen: de redenen gingen mee met de melding (art. 33 lid 1 AVG)
audit-breach-unassessed-late = datalek { $id } is nog steeds niet beoordeeld, en de 72 uur zijn verstreken op { $due }
    .hint = beslis nu en meld waar nodig: vreg breach assess { $id } --risk none|risk|high --reason TEKST
audit-breach-unreported = datalek { $id } moet gemeld worden en is niet vóór { $due } bij de AP gemeld
    .hint = meld het nu, met de redenen voor de vertraging: vreg breach notify { $id } ap --at TIJD --ref MELDNUMMER
audit-breach-undecided = datalek { $id } is niet beoordeeld; de termijn voor de AP loopt tot { $due }
    .hint = vreg breach assess { $id } --risk none|risk|high --reason TEKST
audit-breach-subjects-unnotified = datalek { $id } heeft een hoog risico en de betrokkenen zijn niet ingelicht
    .hint = licht hen zonder onnodige vertraging in, en daarna: vreg breach notify { $id } subjects --at TIJD --how TEKST
audit-breach-subjects-late = datalek { $id } heeft een hoog risico, en de betrokkenen zijn pas op { $told_at } ingelicht, na { $due } (72 uur nadat het hoge risico is vastgesteld)
    .hint = leg vast waarom het langer duurde (vreg breach edit { $id } --description TEKST): "zonder onnodige vertraging" (art. 34 AVG) heeft in de wet geen uur; vreg geeft het de 72 uur van een melding aan de AP
audit-breach-processor-late = leverancier { $supplier } meldde datalek { $id } op { $reported_at }, later dan de { $hours } uur van overeenkomst { $agreement } (uiterlijk { $due })
    .hint = spreek de leverancier aan op de overeenkomst en neem het mee in de volgende evaluatie
audit-breach-processor-silent = leverancier { $supplier } heeft datalek { $id } niet gemeld; dat had uiterlijk { $due } gemoeten, binnen de { $hours } uur van overeenkomst { $agreement }
    .hint = vraag de leverancier om zijn melding en leg die vast: vreg breach supplier-reported { $id } --at TIJD
audit-breach-inspectie-unnotified = datalek { $id } betreft toets- of examenresultaten en is een risico, en de Inspectie van het Onderwijs is niet ingelicht
    .hint = licht de Inspectie in en leg het vast: vreg breach notify { $id } inspectie --at TIJD --ref KENMERK
audit-breach-open = datalek { $id } ({ $title }) is nog open
    .hint = sluit het af als het is afgehandeld: vreg breach close { $id } --measures TEKST

## Verzoeken

audit-request-overdue = { $kind ->
        [access] inzageverzoek
        [rectification] rectificatieverzoek
        [erasure] verwijderingsverzoek
        [restriction] verzoek om beperking
        [portability] verzoek om overdracht
       *[objection] bezwaar
    } { $id }, ontvangen op { $received_on }, moest uiterlijk { $due } beantwoord zijn en is niet beantwoord
    .hint = beantwoord het, en daarna: vreg request close { $id } --on DATUM --outcome granted|partly|refused (art. 12 lid 3 AVG: binnen een maand, of drie maanden als tijdig verlengd)
audit-request-due-soon = { $kind ->
        [access] inzageverzoek
        [rectification] rectificatieverzoek
        [erasure] verwijderingsverzoek
        [restriction] verzoek om beperking
        [portability] verzoek om overdracht
       *[objection] bezwaar
    } { $id } moet uiterlijk { $due } beantwoord zijn, { $days ->
        [0] vandaag
        [one] over 1 dag
       *[other] over { $days } dagen
    } (binnen { $within })
    .hint = beantwoord het, en daarna: vreg request close { $id } --on DATUM --outcome granted|partly|refused{ $extended ->
            [yes] {""}
           *[no] ; of, bij een ingewikkeld verzoek, laat de verzoeker met redenen weten dat u verlengt en leg het vast: vreg request extend { $id } --reason TEKST --notified-on DATUM
        }

## Verwerkingen

audit-art30-incomplete = verwerking { $id } mist { $missing } (AVG art. 30 lid 1)
    .hint = vul het aan: vreg processing edit { $id } --purpose TEKST --subjects S --category C --basis B
audit-processing-special = verwerking { $id } bevat bijzondere persoonsgegevens ({ $categories }) { $problem ->
        [never] op grondslag { $basis }, die het verbod van AVG art. 9 nooit opheft, welke wet er ook naast staat: alleen uitdrukkelijke toestemming, of een wettelijke plicht of publieke taak waarvan de wet erin voorziet
        [no-law] op grondslag { $basis }, die ze (AVG art. 9) alleen dekt waar de onderliggende wet dat doet; er is geen wet vastgelegd
        [case-by-case] op grondslag { $basis }, die het verbod van AVG art. 9 (lid 2 sub c) alleen opheft in een noodgeval waarin iemand geen toestemming kan geven, per geval, niet voor een verwerking die vooraf is vastgelegd
       *[no-basis] zonder grondslag; niets heft het verbod van AVG art. 9 op
    }
    .hint = { $problem ->
            [never] baseer haar op uitdrukkelijke toestemming (vreg processing edit { $id } --basis consent) of op de taak of plicht waarvan de wet erin voorziet (--basis public-task --law "...", bijv. UAVG art. 30 voor begeleiding vanwege gezondheid), of haal ze weg: vreg processing edit { $id } --category ...
            [no-law] noem de wet (bijv. UAVG art. 30 voor begeleiding vanwege gezondheid): vreg processing edit { $id } --law "...", of baseer haar op uitdrukkelijke toestemming (--basis consent)
            [case-by-case] baseer haar op uitdrukkelijke toestemming (vreg processing edit { $id } --basis consent) of op de taak of plicht waarvan de wet erin voorziet (--basis public-task --law "..."), of haal ze weg: vreg processing edit { $id } --category ...
           *[no-basis] noem de grondslag en, voor bijzondere persoonsgegevens, de wet die erin voorziet: vreg processing edit { $id } --basis GRONDSLAG --law "..."
        }
audit-processing-bsn = verwerking { $id } bevat { $categories } { $problem ->
        [never] op grondslag { $basis }; een nationaal identificatienummer mag alleen worden gebruikt waar een wet het voorschrijft: een wettelijke plicht met haar wet (UAVG art. 46)
        [no-law] op een wettelijke plicht waarvan de wet niet is vastgelegd; een nationaal identificatienummer mag alleen worden gebruikt waar een wet het voorschrijft (UAVG art. 46)
       *[no-basis] zonder grondslag; een nationaal identificatienummer mag alleen worden gebruikt waar een wet het voorschrijft (UAVG art. 46)
    }
    .hint = { $problem ->
            [no-law] noem de wet: vreg processing edit { $id } --law "..."
           *[other] baseer haar op de wettelijke plicht die het voorschrijft, met haar wet (vreg processing edit { $id } --basis legal-obligation --law "..."), of haal het weg: vreg processing edit { $id } --category ...
        }
audit-processing-legitimate-interest = verwerking { $id } rust op gerechtvaardigd belang, dat niet geldt voor de publieke taak van een school (AVG art. 6 lid 1, laatste zin) en nooit bijzondere persoonsgegevens of het BSN dekt
    .hint = noem de grondslag die wel geldt (public-task met haar wet, legal-obligation, contract, consent): vreg processing edit { $id } --basis GRONDSLAG; handelt het bestuur buiten zijn publieke taak, leg dan de reden vast: vreg audit accept processing-legitimate-interest processing:{ $id } --reason TEKST --until DATUM
audit-processing-categories-unlisted = verwerking { $id } noemt { $categories } niet, terwijl { $kind ->
        [party] partij { $recipient } ze mag ontvangen
       *[supplier] { $recipient } ze ontvangt onder overeenkomst { $agreement }
    }; ook geen andere verwerking die eraan gekoppeld is noemt ze, dus het register vermeldt ze niet (AVG art. 30 lid 1 sub c)
    .hint = neem ze op in de categorieën van de verwerking (vreg processing edit { $id } --category ..., met de categorieën die ze al heeft), of { $kind ->
            [party] haal ze uit wat de partij mag ontvangen: vreg party edit { $recipient_id } --category ...
           *[supplier] haal ze uit de overeenkomst: vreg scope remove { $agreement } CATEGORIE
        }
audit-processing-review-overdue = verwerking { $id } had op { $review_on } geëvalueerd moeten worden
    .hint = evalueer haar met de eigenaar, en daarna: vreg processing edit { $id } --review-on DATUM
audit-agreement-unlinked = overeenkomst { $id } geldt, maar geen verwerking gebruikt haar
    .hint = koppel haar aan de verwerking die zij dient: vreg processing edit ID --agreement { $id } (met de overeenkomsten die de verwerking al heeft)

## Wat elke code betekent (`vreg audit codes`)

audit-meaning-agreement-missing = een verwerker zonder geldende verwerkersovereenkomst (en zonder verlopen overeenkomst: dat is agreement-expired)
audit-meaning-agreement-expired = een overeenkomst voorbij haar einddatum, niet vernieuwd, en geen latere geldende overeenkomst van de leverancier
audit-meaning-scope-missing = een geldende overeenkomst zonder soorten gegevens
audit-meaning-bsn-shared = een overeenkomst ontvangt het BSN zonder dat de wet op haar regel in de gegevensset staat, of een partij zonder wettelijke plicht mag het ontvangen
audit-meaning-transfer-unsafeguarded = opslag of een subverwerker buiten de EER zonder eigen waarborg
audit-meaning-transfer-safeguard-invalid = een waarborg die voor het land niet geldt: dpf buiten de Verenigde Staten, adequacy voor een land dat niet op de lijst van de Europese Commissie staat
audit-meaning-party-no-basis = een partij met wettelijke plicht als grondslag, zonder de wet die haar voorschrijft
audit-meaning-special-category-party = een partij die bijzondere persoonsgegevens (art. 9) mag ontvangen op grond van een overeenkomst of gerechtvaardigd belang, op een wettelijke plicht of publieke taak zonder haar wet, of op toestemming via een doel dat elke vorm aanvaardt
audit-meaning-breach-ap-late = een meldplichtig datalek dat na 72 uur bij de AP is gemeld, of daarna nog niet beoordeeld is
audit-meaning-breach-ap-late-explained = een datalek na 72 uur bij de AP gemeld, met de redenen voor de vertraging
audit-meaning-breach-subjects-unnotified = een datalek met hoog risico waarvan de betrokkenen niet zijn ingelicht
audit-meaning-breach-subjects-late = een datalek met hoog risico waarvan de betrokkenen pas na de dag van het vastgestelde risico zijn ingelicht
audit-meaning-request-overdue = een verzoek van een ouder of leerling dat na de termijn nog niet is beantwoord
audit-meaning-art30-incomplete = een verwerking zonder doel, betrokkenen, soorten gegevens of grondslag (AVG art. 30 lid 1)
audit-meaning-processing-special-no-exception = een verwerking met bijzondere persoonsgegevens (art. 9) op een grondslag die het verbod niet opheft: een overeenkomst of gerechtvaardigd belang (welke wet er ook staat), een wettelijke plicht of publieke taak zonder haar wet, of geen grondslag
audit-meaning-processing-bsn-no-law = een verwerking met het BSN (of een ander nationaal identificatienummer) op iets anders dan een wettelijke plicht met haar wet (UAVG art. 46)
audit-meaning-agreement-expiring = een overeenkomst die binnen de horizon afloopt en geen opvolger heeft
audit-meaning-review-overdue = een geldende overeenkomst voorbij haar evaluatiedatum
audit-meaning-document-missing = een geldende overeenkomst zonder verwijzing naar het getekende document
audit-meaning-model-outdated = een overeenkomst op Model 3.0, getekend op of na 2022-08-01, of die na haar evaluatiedatum nog geldt
audit-meaning-special-category = een overeenkomst ontvangt bijzondere persoonsgegevens zonder verwijzing naar een DPIA
audit-meaning-convenant-none = een verwerker die geen deelnemer of medestander van het Privacyconvenant is, of met onbekende status
audit-meaning-party-not-in-regulation = een partij die niet in het privacyreglement staat
audit-meaning-party-legitimate-interest = een partij op grond van gerechtvaardigd belang, dat niet geldt voor de publieke taak van een school
audit-meaning-consent-stale = besluiten over een doel dat elk jaar wordt gevraagd, van voor dit schooljaar (1 augustus)
audit-meaning-consent-explicit-unwritten = toestemmingen in een vorm die het doel niet aanvaardt (mondeling waar een uitdrukkelijke verklaring nodig is, niet op papier waar papier nodig is)
audit-meaning-consent-disputed = leerlingen van wie de beslissers het niet eens zijn (twee ouders, of de leerling en het bestand van de administratie): de een gaf toestemming, de ander weigerde of trok in
audit-meaning-pupil-retention = leerlingen die meer dan 2 jaar geleden vertrokken en nog in het register staan
audit-meaning-breach-inspectie-unnotified = een datalek met toets- of examenresultaten, beoordeeld als risico, en de Inspectie van het Onderwijs niet ingelicht
audit-meaning-breach-processor-late = een leverancier meldde een datalek later dan de uren in haar overeenkomst, of heeft een open datalek niet gemeld terwijl die uren voorbij zijn
audit-meaning-breach-undecided = een open datalek dat nog niet beoordeeld is
audit-meaning-request-due-soon = een open verzoek met een termijn binnen 7 dagen
audit-meaning-processing-review-overdue = een verwerking voorbij haar evaluatiedatum
audit-meaning-processing-legitimate-interest = een verwerking op grond van gerechtvaardigd belang, dat niet geldt voor de publieke taak van een school
audit-meaning-processing-categories-unlisted = een verwerking waarvan een gekoppelde overeenkomst of partij soorten gegevens ontvangt die zij noch een andere verwerking met die ontvanger noemt
audit-meaning-convenant-unchecked = de convenantstatus van een verwerker is nooit nagekeken, of meer dan een jaar geleden
audit-meaning-consent-unknown = leerlingen zonder enig besluit over een doel dat aan elke leerling wordt gevraagd
audit-meaning-consent-turned-16 = een leerling van 16 jaar of ouder voor wie nog het besluit van een ouder geldt
audit-meaning-breach-open = een datalek dat niet is afgesloten
audit-meaning-agreement-unlinked = een geldende overeenkomst die geen verwerking gebruikt, zodra het register verwerkingen bevat

## De tabel van de controle

audit-saved-see-history = controle bewaard (zie `vreg audit history`)
audit-subject = { $kind ->
        [supplier] leverancier
        [agreement] overeenkomst
        [party] partij
        [pupil] leerling
        [purpose] doel
        [breach] datalek
        [request] verzoek
        [processing] verwerking
       *[other] { $kind }
    }

## Bewaarde controles en geaccepteerde bevindingen

audit-no-saved-runs = geen bewaarde controles (gebruik `vreg audit --save`)
audit-no-findings = geen bevindingen
audit-no-findings-in-either = geen bevindingen in beide controles
audit-nothing-to-compare = geen bewaarde controle om mee te vergelijken (gebruik `vreg audit --save`)
audit-saved-run-line = controle { $id } op { $as_of } (uitgevoerd { $at }): { $error ->
        [one] 1 fout
       *[other] { $error } fouten
    }, { $warning ->
        [one] 1 waarschuwing
       *[other] { $warning } waarschuwingen
    }, { $info } ter info
audit-no-accepted = geen geaccepteerde bevindingen
audit-accept-not-kind-id = '{ $subject }' is niet SOORT:ID, bijv. supplier:camping-de-berk
audit-accept-not-accepted = { $key } is niet geaccepteerd (zie `vreg audit accepted`)
audit-accept-revoked = { $key } telt vanaf nu weer mee
audit-accept-until-past = --until { $until } ligt vóór vandaag ({ $today }): de acceptatie zou al voorbij zijn
audit-accept-accepted = { $key } geaccepteerd tot { $until }; de controle toont de bevinding apart en faalt er niet op
audit-accept-unknown-code = '{ $code }' is geen code van een bevinding (zie `vreg audit codes`)
audit-accept-unknown-kind = '{ $kind }' is geen soort onderwerp (verwacht een van: { $expected })
audit-accept-wrong-kind = bevindingen { $code } gaan nooit over { $kind }, alleen over { $expected }: geef SOORT:ID zoals `vreg audit` het toont
audit-accept-no-id = het onderwerp heeft een id nodig, als SOORT:ID
audit-accept-no-reason = { $code } accepteren vraagt om de reden (--reason): die legt het besluit vast
