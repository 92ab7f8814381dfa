# De woorden van clap zelf. Het Engels van elke opdracht en elk argument staat in de
# doc-commentaar van de opdrachtregel (src/cli.rs, src/commands/); het Nederlands hieronder.

help-clap-usage = Gebruik:
help-clap-options-placeholder = OPTIES
help-clap-arguments = Argumenten
help-clap-options = Opties
help-clap-global-options = Algemene opties
help-clap-commands = Opdrachten
help-clap-command = OPDRACHT
help-clap-help = Hulp tonen
help-clap-help-short = Hulp tonen (meer met '--help')
help-clap-help-long = Hulp tonen (een samenvatting met '-h')
help-clap-version = Versie tonen
help-clap-help-command = Deze hulp tonen, of die van de gegeven opdracht
help-clap-default = standaard:
help-clap-possible-values = mogelijke waarden:
help-clap-possible-values-heading = Mogelijke waarden:
help-clap-also = ook:
help-clap-examples = Voorbeelden:
help-clap-example = Voorbeeld:

# De gebruiksfouten van clap, zoals main.rs ze zegt (de eerste alinea van die van clap, op één regel).
help-clap-error-unknown-command = onbekende opdracht '{ $name }'
help-clap-error-unknown-argument = onverwacht argument '{ $name }'
help-clap-error-invalid-value = ongeldige waarde '{ $value }' voor '{ $arg }'
help-clap-error-value-missing = '{ $arg }' vraagt om een waarde, maar er is geen gegeven
help-clap-error-possible-values = [mogelijke waarden: { $values }]
help-clap-error-missing-arguments = deze verplichte argumenten ontbreken: { $args }
help-clap-error-missing-command = '{ $name }' vraagt om een opdracht, maar er is geen gegeven
help-clap-error-commands = [opdrachten: { $names }]
help-clap-error-too-many = onverwachte waarde '{ $value }' voor '{ $arg }'; er werden geen waarden meer verwacht
help-clap-error-too-few = '{ $arg }' vraagt om { $min } waarden; er { $actual ->
        [one] is maar 1 gegeven
       *[other] zijn maar { $actual } gegeven
    }
help-clap-error-wrong-number = '{ $arg }' vraagt om { $expected } waarden, maar er { $actual ->
        [one] is 1 gegeven
       *[other] zijn { $actual } gegeven
    }
help-clap-error-used-twice = het argument '{ $arg }' mag maar één keer worden gebruikt
help-clap-error-conflict = het argument '{ $arg }' kan niet samen met { $other }
help-clap-error-command-conflict = de opdracht '{ $name }' kan niet samen met { $other }
help-clap-error-conflict-others = een of meer van de andere gegeven argumenten
help-clap-error-no-equals = bij '{ $arg }' hoort een isgelijkteken tussen argument en waarde
help-clap-error-utf8 = een of meer argumenten bevatten ongeldige UTF-8
# Waarom clap een getal weigerde

# Wat `vreg` zonder meer toont: de opdrachten waarmee een nieuwe functionaris begint.
help-start =
    vreg — het verwerkersregister van een Nederlands schoolbestuur. Om te beginnen:

      vreg init --example                            een register met een voorbeeldbestuur, om te proberen
      vreg supplier add NAAM                         een leverancier registreren
      vreg agreement add LEVERANCIER --signed-on D   de verwerkersovereenkomst ervan
      vreg pupil import leerlingen.csv               leerlingen en toestemming uit de administratie
      vreg audit                                     wat er te doen is; afsluitcode 1 als er iets is

    `vreg --help` noemt elke opdracht; `vreg OPDRACHT --help` legt er een uit, met voorbeelden.

# Elke opdracht: de waarde is de korte beschrijving, .long-about de lange, .after-help wat na de
# opties komt als dat meer is dan voorbeelden; elk argument een attribuut met zijn clap-id.

help-vreg = vreg — het verwerkersregister van een Nederlands schoolbestuur: leveranciers, verwerkersovereenkomsten, de leerlinggegevens die elk ontvangt en de status in het Privacyconvenant, in één lokaal SQLite-bestand
    .db = Het registerbestand [standaard: $VREG_DB, anders de gegevensmap van het platform, verwerkersregister/register.sqlite]; `audit`, `deadlines`, `export gmr` en `report year` nemen het meermaals, één register per bestuur
    .actor = Wie de wijziging maakt, voor het wijzigingslogboek [standaard: $VREG_ACTOR, anders de gebruiker van het systeem]
    .format = Uitvoervorm van lijsten en details; md en html zijn voor `pupil report` en `report year` (html ook voor `export art30`), ics voor `deadlines`
    .format-value-table = Een tabel voor mensen (de opmaak kan per versie veranderen)
    .format-value-json = Eén JSON-document; sleutels en vorm zijn een vaste afspraak
    .format-value-csv = CSV volgens RFC 4180 met een kopregel; de kolomnamen zijn een vaste afspraak
    .format-value-md = Markdown (`pupil report`, `report year`)
    .format-value-html = Eén zelfstandige HTML-pagina die op A4 afdrukt (`pupil report`, `report year`, `export art30`, `export gmr`)
    .format-value-ics = Een iCalendar-bestand (RFC 5545) voor een agendaprogramma (alleen `deadlines`)
    .color = Kleur in tabellen: auto (op een terminal, tenzij NO_COLOR gezet is), always (altijd), never (nooit)
    .color-value-auto = Op een terminal, tenzij NO_COLOR gezet is
    .wide = Tabellen houden elke kolom; bij een smalle terminal laten ze anders de kolommen weg die de --help van elke lijst noemt
    .quiet = Geen notities op stderr (wat is toegevoegd, waarschuwingen over de gegevens); fouten worden wel getoond
    .lang = Taal van hulp, meldingen en tabellen: en of nl [standaard: nl als LC_ALL, LC_MESSAGES of LANG Nederlands is (nl_*), anders en]; JSON en CSV zijn in beide talen gelijk

help-init = Een nieuw, leeg register maken en zeggen waar het staat
    .example = Het nieuwe register vullen met het voorbeeldbestuur van register.example.toml

help-supplier = Leveranciers van digitaal leermateriaal en andere diensten

help-supplier-add = Een leverancier registreren; toont het id
    .name = De naam van de leverancier, bijvoorbeeld "Gynzy B.V." (op een terminal gevraagd als die ontbreekt)
    .id = Het id [standaard: afgeleid van de naam, bijvoorbeeld gynzy-bv]
    .force = Toch toevoegen, ook als er al een leverancier is met dezelfde naam (zonder hoofdletters, leestekens en rechtsvorm) of hetzelfde KvK-nummer
    .kvk = KvK-nummer (8 cijfers)
    .website = Website
    .contact = Contact (privacycontactpersoon, e-mail)
    .role = Rol onder de AVG: processor (verwerker), controller (verwerkingsverantwoordelijke), joint-controller (gezamenlijk verwerkingsverantwoordelijke) [bij add: processor]
    .notes = Vrije tekst

help-supplier-list = Leveranciers opsommen
    .long-about =
        Leveranciers opsommen

        Als de terminal smal is, laat de tabel rol, kvk, convenantversie en convenant gecontroleerd op weg (--wide houdt ze).
    .convenant = Alleen leveranciers met deze convenantstatus: participant (deelnemer), supporter (medestander), none (geen), unknown (onbekend)
    .role = Alleen leveranciers met deze rol: processor, controller, joint-controller
    .all = Ook voormalige (uitgefaseerde) leveranciers

help-supplier-show = Alles over één leverancier: overeenkomsten, gegevenssets, subverwerkers
    .id = Het id van de leverancier (zie `vreg supplier list`)
    .as_of = De status berekenen voor deze dag [standaard: vandaag]
    .within = Een overeenkomst die binnen zoveel dagen afloopt, is `expiring` (loopt af)

help-supplier-edit = De gegevens van een leverancier wijzigen (een lege waarde wist een optioneel veld)
    .id = Het id van de leverancier (zie `vreg supplier list`)
    .name = Nieuwe naam (het id blijft)
    .kvk = KvK-nummer (8 cijfers)
    .website = Website
    .contact = Contact (privacycontactpersoon, e-mail)
    .role = Rol onder de AVG: processor, controller, joint-controller [bij add: processor]
    .notes = Vrije tekst

help-supplier-remove = Een per vergissing ingevoerde leverancier verwijderen (een voormalige leverancier wordt uitgefaseerd, niet verwijderd)
    .id = Het id van de leverancier (zie `vreg supplier list`)
    .after-help =
        Voorbeelden:
          vreg supplier remove oud-bv --yes
          vreg supplier remove oud-bv --cascade --yes    # met de overeenkomsten, in een script
    .cascade = Ook de overeenkomsten, gegevenssets en subverwerkers van de leverancier verwijderen
    .yes = Niet om bevestiging vragen (verplicht zonder terminal)

help-supplier-retire = Een voormalige leverancier: met de overeenkomsten bewaard als bewijs, buiten de lijsten en buiten de bevindingen die een lopende overeenkomst of convenantcontrole verwachten
    .id = Het id van de leverancier (zie `vreg supplier list`)
    .on = De eerste dag dat het geen leverancier meer is [standaard: vandaag]
    .reason = Waarom, bijvoorbeeld "contract niet verlengd"
    .undo = Een per vergissing uitgefaseerde leverancier terugnemen

help-convenant = Status van leveranciers in het Privacyconvenant Onderwijs

help-convenant-set = De convenantstatus van een leverancier vastleggen (deelnemer, medestander, geen, onbekend)
    .supplier = Het id van de leverancier (zie `vreg supplier list`)
    .status = participant (deelnemer), supporter (medestander), none (geen), unknown (onbekend)
    .version = De convenantversie waaraan de leverancier deelneemt: 2.0, 3.0, 4.0
    .checked_on = Wanneer de status is gecontroleerd op privacyconvenant.nl [standaard: vandaag]

help-convenant-list = De convenantstatus van elke leverancier en het aantal dagen sinds de controle
    .long-about =
        De convenantstatus van elke leverancier en het aantal dagen sinds de controle

        Als de terminal smal is, laat de tabel dagen sinds controle en convenantversie weg (--wide houdt ze).
    .as_of = Dagen sinds de controle tellen tot deze dag [standaard: vandaag]

help-agreement = Verwerkersovereenkomsten

help-agreement-add = Een verwerkersovereenkomst van een leverancier registreren; toont het id
    .supplier = Het id van de leverancier (op een terminal gevraagd als het ontbreekt)
    .force = Toch toevoegen, ook als de leverancier al een overeenkomst heeft die op die dag is getekend met hetzelfde document
    .id = Het id [standaard: <leverancier>-<jaar van ondertekening>, bijvoorbeeld gynzy-bv-2024]
    .signed_on = Datum van ondertekening (YYYY-MM-DD of DD-MM-YYYY)
    .starts_on = Datum waarop ze ingaat
    .expires_on = Laatste dag dat ze geldt [standaard: onbepaalde tijd]
    .review_on = Datum van de volgende herziening
    .model = model-4.0, model-3.0, general-4.0, own (eigen), none (geen) [standaard: volgens de convenantstatus]
    .products = Een product of dienst waarvoor ze geldt (herhaal voor meer)
    .schools = Een school die ze bedient: BRIN, BRIN met vestiging, of de naam (herhaal voor meer) [standaard: elke school van het bestuur]
    .document = Waar het getekende document is: pad, URL of DMS-verwijzing
    .privacy_leaflet = Versie van of verwijzing naar de privacybijsluiter
    .storage_countries = Land waar de gegevens worden opgeslagen, ISO 3166 alpha-2 (herhaal voor meer)
    .safeguard = Waarborg voor doorgifte buiten de EER: adequacy (adequaatheidsbesluit), scc, dpf, bcr, none (geen)
    .breach_hours = Aantal uren waarbinnen de leverancier een datalek meldt
    .dpia = Verwijzing naar de DPIA
    .notes = Vrije tekst

help-agreement-list = Overeenkomsten met hun status opsommen
    .long-about =
        Overeenkomsten met hun status opsommen

        Als de terminal smal is, laat de tabel herzien op, opslaglanden, model, getekend op en leverancier weg (--wide houdt ze).
    .supplier = Alleen de overeenkomsten van deze leverancier
    .status = Alleen overeenkomsten met deze status; `active` omvat ook die binnenkort aflopen
    .as_of = De status berekenen voor deze dag [standaard: vandaag]
    .within = Een overeenkomst die binnen zoveel dagen afloopt, is `expiring` (loopt af)

help-agreement-show = Eén overeenkomst met haar gegevensset en subverwerkers
    .id = Het id van de overeenkomst (zie `vreg agreement list`)
    .as_of = De status berekenen voor deze dag [standaard: vandaag]
    .within = Een overeenkomst die binnen zoveel dagen afloopt, is `expiring` (loopt af)

help-agreement-edit = Een overeenkomst wijzigen (een lege waarde wist een optioneel veld)
    .id = Het id van de overeenkomst (zie `vreg agreement list`)
    .signed_on = Datum van ondertekening
    .starts_on = Datum waarop ze ingaat
    .expires_on = Laatste dag dat ze geldt ("" = onbepaalde tijd)
    .review_on = Datum van de volgende herziening
    .terminated_on = De datum van beëindiging corrigeren ("" = niet beëindigd); beëindigen doet u met `agreement end`
    .model = model-4.0, model-3.0, general-4.0, own (eigen), none (geen)
    .products = De producten vervangen (herhaal voor meer; één lege waarde wist ze)
    .schools = De scholen die ze bedient vervangen (herhaal voor meer; één lege waarde: elke school)
    .document = Waar het getekende document is
    .privacy_leaflet = Versie van of verwijzing naar de privacybijsluiter
    .storage_countries = De opslaglanden vervangen (herhaal voor meer; één lege waarde wist ze)
    .safeguard = Waarborg voor doorgifte: adequacy, scc, dpf, bcr, none
    .breach_hours = Aantal uren waarbinnen de leverancier een datalek meldt
    .dpia = Verwijzing naar de DPIA
    .notes = Vrije tekst

help-agreement-end = Een overeenkomst beëindigen; ze blijft bewaard, met vanaf die dag de status terminated (beëindigd)
    .id = Het id van de overeenkomst (zie `vreg agreement list`)
    .on = De dag waarop de beëindiging ingaat

help-agreement-subprocessor = Subverwerkers die in een overeenkomst worden genoemd

help-agreement-subprocessor-add = Een subverwerker in een overeenkomst noemen
    .name = De naam van de subverwerker (verplicht)
    .agreement = Het id van de overeenkomst (zie `vreg agreement list`; op een terminal wordt elk veld gevraagd als dit ontbreekt)
    .country = Land waar ze de gegevens verwerkt, ISO 3166 alpha-2 (verplicht)
    .purpose = Wat ze doet
    .safeguard = Waarborg voor doorgifte buiten de EER: adequacy, scc, dpf, bcr, none

help-agreement-subprocessor-remove = Een subverwerker uit een overeenkomst verwijderen
    .name = De naam van de subverwerker
    .agreement = Het id van de overeenkomst (zie `vreg agreement list`)

help-agreement-subprocessor-list = De subverwerkers van een overeenkomst
    .agreement = Het id van de overeenkomst (zie `vreg agreement list`)

help-scope = De leerlinggegevens (categorieën) die elke overeenkomst ontvangt

help-scope-set = De gegevensset van een overeenkomst vervangen door deze categorieën
    .agreement = Het id van de overeenkomst (zie `vreg agreement list`)
    .categories = Gegevenscategorieën (zie `vreg scope categories`)

help-scope-add = Categorieën aan de gegevensset van een overeenkomst toevoegen (of hun doel of bewaartermijn bijwerken)
    .agreement = Het id van de overeenkomst (zie `vreg agreement list`)
    .categories = Gegevenscategorieën (zie `vreg scope categories`)
    .purpose = Waarom de leverancier ze ontvangt
    .retention = Hoe lang de leverancier ze bewaart
    .law = De wet die deze verwerking voorschrijft, bijvoorbeeld "WPO art. 178a" voor het BSN in de leerlingadministratie (leeg wist het)

help-scope-remove = Categorieën uit de gegevensset van een overeenkomst verwijderen
    .agreement = Het id van de overeenkomst (zie `vreg agreement list`)
    .categories = Gegevenscategorieën die de overeenkomst niet meer ontvangt (zie `vreg scope categories`)

help-scope-list = Wie ontvangt wat
    .long-about =
        Wie ontvangt wat

        Als de terminal smal is, laat de tabel leverancier, wet en bewaartermijn weg (--wide houdt ze).
    .after-help =
        Voorbeeld:
          vreg scope list --category health    # wie ontvangt medische gegevens?
    .category = Alleen deze categorie, bijvoorbeeld health

help-scope-categories = De catalogus van gegevenscategorieën met hun kenmerken en Nederlandse namen

help-party = Externe partijen en de controle "mogen we dit delen?"

help-party-add = Een externe partij registreren; toont het id
    .name = De naam van de partij, bijvoorbeeld "GGD Hollands Noorden"
    .id = Het id [standaard: afgeleid van de naam]
    .kind = government (overheid), education (onderwijs), care (zorg), safety (veiligheid), other (anders)
    .basis = AVG art. 6 lid 1: consent (toestemming), contract (overeenkomst), legal-obligation (wettelijke plicht), vital-interest (vitaal belang), public-task (publieke taak), legitimate-interest (gerechtvaardigd belang)
    .law = De wet die de uitwisseling voorschrijft of toestaat (verplicht bij legal-obligation)
    .categories = Een gegevenscategorie die ze mag ontvangen (herhaal voor meer)
    .in_regulation = Genoemd in het privacyreglement van het bestuur
    .schools = Een school waarvan ze gegevens ontvangt: BRIN, BRIN met vestiging, of de naam (herhaal voor meer) [standaard: elke school van het bestuur]
    .notes = Vrije tekst

help-party-list = Externe partijen opsommen
    .long-about =
        Externe partijen opsommen

        Als de terminal smal is, laat de tabel notities, scholen, in privacyreglement, wet en categorieën weg (--wide houdt ze).

help-party-show = Eén externe partij
    .id = Het id van de partij (zie `vreg party list`)

help-party-edit = Een externe partij wijzigen (een lege waarde wist een optioneel veld)
    .id = Het id van de partij (zie `vreg party list`)
    .name = Nieuwe naam (het id blijft)
    .kind = government, education, care, safety, other
    .basis = consent, contract, legal-obligation, vital-interest, public-task, legitimate-interest
    .law = De verwijzing naar de wet
    .categories = De categorieën die ze mag ontvangen vervangen (herhaal voor meer; één lege waarde wist ze)
    .in_regulation = Genoemd in het privacyreglement: true (ja) of false (nee)
    .schools = De scholen waarvan ze gegevens ontvangt vervangen (herhaal voor meer; één lege waarde: elke school)
    .notes = Vrije tekst

help-party-remove = Een externe partij verwijderen
    .id = Het id van de partij (zie `vreg party list`)
    .yes = Niet om bevestiging vragen (verplicht zonder terminal)

help-party-check = Mogen we dit met hen delen? Afsluitcode 0 = ja, 1 = nee; toont waarom
    .party = Het id van de partij
    .pupil = De leerling om wiens gegevens het gaat (nodig bij een partij op grond van toestemming)
    .school = De school van de leerling, als leerlingen van meer scholen dit nummer hebben: BRIN, BRIN met vestiging, of de naam
    .categories = Een gegevenscategorie om te delen (herhaal voor meer)

help-pupil = Leerlingen, uit de export van de leerlingadministratie

help-pupil-import = Leerlingen en toestemmingskolommen importeren uit een CSV-export (ParnasSys, Magister, ...)
    .file = Het CSV-bestand: `;` of `,`, UTF-8 (UTF-16 met een byte-order mark) of Windows-1252, met een kopregel; `-` leest de standaardinvoer
    .school = De school van de regels als het bestand geen schoolkolom heeft: BRIN, BRIN met vestiging, of de naam zoals in `[[school]]`
    .complete = Het bestand is de hele school op --on: leerlingen van de school die niet in het bestand staan, krijgen die dag als vertrekdatum (de proefrun noemt ze eerst)
    .reconfirm = Het bestand beantwoordt de vraag van dit schooljaar: een cel die zegt wat er al staat, wordt vastgelegd als herbevestiging op --on (een latere beslissing gaat altijd voor)
    .save_map = De --map-vlaggen van deze import onder NAAM in het register bewaren, voor --profile
    .profile = De kolomindeling gebruiken die onder NAAM is bewaard (ook gegeven --map-vlaggen gaan daarboven)
    .on = Datum van de beslissingen in het bestand, de dag van de export [standaard: vandaag; een bestand dat byte voor byte al eerder is ingelezen, is de export van de dag waarop het toen is ingelezen]
    .maps = Een kolom toewijzen: KOP=veld (leerlingnummer, name, first_name, prefix, last_name, group, school, birth_date, ignore) of KOP=doel-id
    .form = Hoe de beslissingen in het bestand zijn gegeven: written (schriftelijk), digital (digitaal), verbal (mondeling)
    .given_by = Wie besliste voor leerlingen van 16 en ouder: file (een export zegt niet wie klikte), pupil (de leerling) of representative (een vertegenwoordiger); voor jongere leerlingen is het altijd een ouder
    .dry_run = Het hele bestand controleren en per leerling en doel melden wat zou worden vastgelegd en wat blijft omdat een latere beslissing of export geldt; niets schrijven

help-pupil-list = Leerlingen op school opsommen (niet wie vertrokken is)
    .long-about =
        Leerlingen op school opsommen (niet wie vertrokken is)

        Als de terminal smal is, laat de tabel vertrokken op en geboortedatum weg (--wide houdt ze).
    .group = Alleen deze groep, bijvoorbeeld 5B
    .school = Alleen deze school: BRIN (12AB), BRIN met vestiging (12AB00), of de naam
    .all = Ook vertrokken leerlingen

help-pupil-show = Eén leerling
    .pupil = Het leerlingnummer
    .school = De school van de leerling, als leerlingen van meer scholen dit nummer hebben: BRIN, BRIN met vestiging, of de naam

help-pupil-leave = Vastleggen dat een leerling de school heeft verlaten
    .pupil = Het leerlingnummer
    .school = De school van de leerling, als leerlingen van meer scholen dit nummer hebben: BRIN, BRIN met vestiging, of de naam
    .on = De dag waarop de leerling vertrok
    .correct = De vertrekdatum wijzigen van een leerling die er al een heeft
    .undo = Een per vergissing ingevoerde vertrekdatum terugnemen: de leerling is weer op school

help-pupil-purge = Leerlingen die vóór een datum vertrokken zijn verwijderen, met hun toestemmingsgeschiedenis
    .left_before = Leerlingen verwijderen van wie de vertrekdatum vóór deze dag ligt
    .yes = Niet om bevestiging vragen (verplicht zonder terminal)

help-pupil-report = Het antwoord op een inzageverzoek, in het Nederlands: de gegevens van de leerling, de leveranciers en partijen die gegevens ontvangen en waarom, de toestemmingsgeschiedenis, bewaartermijnen, rechten
    .after-help =
        Vormen: --format md (standaard), html (één zelfstandige pagina die op A4 afdrukt) of json.

        Voorbeelden:
          vreg pupil report 1001 --format html --out inzage-1001.html
          vreg leerling report 1001 --as-of 2026-11-27 --format json
    .pupil = Het leerlingnummer
    .school = De school van de leerling, als leerlingen van meer scholen dit nummer hebben: BRIN, BRIN met vestiging, of de naam
    .as_of = Het register zoals het op deze dag is: geldende overeenkomsten, toestemming [standaard: vandaag]
    .out = Het antwoord naar dit nieuwe bestand schrijven (gemaakt met modus 0600; een bestaand bestand wordt nooit overschreven) in plaats van naar stdout

help-pupil-erase = Eén leerling wissen voor een toegekend verzoek tot verwijdering, zo grondig als purge, en het verzoek afsluiten
    .pupil = Het leerlingnummer
    .school = De school van de leerling, als leerlingen van meer scholen dit nummer hebben: BRIN, BRIN met vestiging, of de naam
    .request = Het verzoek tot verwijdering dat dit uitvoert; het wordt vandaag afgesloten als toegekend
    .note = Wat er gewist is, voor het dossier van het verzoek (geen namen)
    .yes = Niet om bevestiging vragen (verplicht zonder terminal)

help-consent = Toestemming van ouders: vastleggen, tonen, controleren, opsommen

help-consent-set = Een beslissing vastleggen (altijd een nieuwe gebeurtenis: ook een herhaalde beslissing is bewijs)
    .pupil = Het leerlingnummer
    .school = De school van de leerling, als leerlingen van meer scholen dit nummer hebben: BRIN, BRIN met vestiging, of de naam
    .purpose = Het id van het doel (zie `vreg consent purposes`)
    .decision = granted (gegeven), refused (geweigerd) of withdrawn (ingetrokken)
    .given_by = Wie besliste: parent (ouder) of guardian (voogd) onder 16; pupil (leerling) of representative (vertegenwoordiger: curator, mentor) vanaf 16 [standaard: parent]
    .who = Welke ouder, als beide het gezag hebben, bijvoorbeeld "ouder 2": de eigen beslissing van elke ouder geldt, en een weigering van een van beiden is geen toestemming
    .form = Hoe: written (schriftelijk), digital (digitaal: een formulier in de ouderapp, een e-mail), verbal (mondeling)
    .evidence = Het bewijs: het formulier, de e-mail, een verwijzing naar een document
    .on = Datum van de beslissing [standaard: vandaag]

help-consent-show = Hoe een leerling er per doel voor staat, de beslissing van elke ouder en de hele geschiedenis
    .long-about =
        Hoe een leerling er per doel voor staat, de beslissing van elke ouder en de hele geschiedenis

        Als de terminal smal is, laat de tabel gegeven door, vorm en vastgelegd op weg (--wide houdt ze).
    .pupil = Het leerlingnummer
    .school = De school van de leerling, als leerlingen van meer scholen dit nummer hebben: BRIN, BRIN met vestiging, of de naam
    .as_of = De dag waarvoor de geldende beslissingen gelden: de beslissingen met die datum of eerder; de geschiedenis is het hele dossier [standaard: vandaag]

help-consent-check = Mag het? Afsluitcode 0 = ja, 1 = nee, met de reden
    .pupil = Het leerlingnummer
    .school = De school van de leerling, als leerlingen van meer scholen dit nummer hebben: BRIN, BRIN met vestiging, of de naam
    .purpose = Het id van het doel
    .as_of = De dag waarvoor het antwoord geldt: de beslissingen met die datum of eerder [standaard: vandaag]

help-consent-list = Leerlingen en hun toestemming voor één doel, bijvoorbeeld wie niet op de klassenfoto mag
    .long-about =
        Leerlingen en hun toestemming voor één doel, bijvoorbeeld wie niet op de klassenfoto mag

        Als de terminal smal is, laat de tabel school, groep weg (--wide houdt ze).
    .purpose = Het id van het doel
    .not_granted = Alleen leerlingen zonder toestemming die telt: precies die waarvoor `consent check` nee zegt (geweigerd, ingetrokken, betwist, onbekend, of gegeven in een vorm die het doel niet aanvaardt)
    .group = Alleen deze groep
    .school = Alleen deze school: BRIN, BRIN met vestiging, of de naam
    .as_of = De dag waarvoor de lijst geldt: leerlingen die dan op school zijn, beslissingen met die datum of eerder [standaard: vandaag]

help-consent-matrix = Eén rij per leerling, één kolom per doel: ja, nee, onbekend of betwist in één oogopslag
    .long-about =
        Eén rij per leerling, één kolom per doel: ja, nee, onbekend of betwist in één oogopslag

        De tabel nummert de doelen en noemt ze eronder. Als de terminal smal is, laat ze groep weg (--wide houdt die).
    .group = Alleen deze groep, bijvoorbeeld 5B
    .school = Alleen deze school: BRIN, BRIN met vestiging, of de naam
    .as_of = De dag waarvoor de tekens gelden (leerlingen die dan op school zijn, beslissingen die dan genomen zijn) [standaard: vandaag]

help-consent-purposes = De toestemmingsdoelen die in gebruik zijn (--all: ook uitgefaseerde)
    .long-about =
        De toestemmingsdoelen die in gebruik zijn (--all: ook uitgefaseerde)

        Als de terminal smal is, laat de tabel uitgefaseerd op, partij, alleen schriftelijk en uitdrukkelijk weg (--wide houdt ze).
    .all = Ook doelen die zijn uitgefaseerd

help-consent-purpose = Toestemmingsdoelen toevoegen, wijzigen of uitfaseren

help-consent-purpose-add = Een toestemmingsdoel toevoegen; toont het id
    .name = De naam die ouders lezen, in het Nederlands (op een terminal wordt elk veld gevraagd als die ontbreekt)
    .id = Het id [standaard: afgeleid van de naam]
    .explicit = Vraagt om een uitdrukkelijke verklaring: schriftelijke of digitale toestemming telt, mondelinge nooit
    .written_only = Alleen schriftelijke (papieren) toestemming telt (houdt --explicit in)
    .renewal = yearly (elk schooljaar gevraagd; oudere beslissingen zijn verouderd) of once (eenmalig)
    .applies_to = all (elke leerling wordt gevraagd) of some (alleen de leerlingen om wie het gaat, bijvoorbeeld logopedie)

help-consent-purpose-edit = Een toestemmingsdoel wijzigen
    .id = Het id van het doel (zie `vreg consent purposes`)
    .name = Nieuwe naam
    .explicit = Of een uitdrukkelijke verklaring nodig is: true (ja; de vlag alleen) of false (nee)
    .written_only = Of alleen schriftelijke (papieren) toestemming telt: true (ja; de vlag alleen) of false (nee)
    .renewal = yearly (jaarlijks) of once (eenmalig)
    .applies_to = all (iedereen) of some (sommigen)

help-consent-purpose-retire = Een doel niet meer gebruiken: bewaard met de geschiedenis, weg uit lijsten, controles en de GMR
    .id = Het id van het doel (zie `vreg consent purposes`)
    .on = De eerste dag dat het niet meer wordt gebruikt [standaard: vandaag]
    .undo = Het weer in gebruik nemen

help-breach = Datalekken: het register van art. 33 lid 5 AVG en de termijnen
    .after-help =
        Voorbeelden:
          vreg breach add "Phishingmail leverancier" --discovered "2026-10-23 16:00" --supplier gynzy-bv
          vreg datalek show 2026-001
          vreg breach clock || mail -s datalek fg@school.example    # vanuit cron

help-breach-add = Een datalek registreren; toont het id (2026-001, genummerd per kalenderjaar)
    .after-help =
        Tijden zijn Nederlandse tijd zoals de klok die aangeeft: "2026-10-23 16:00" of "23-10-2026 16:00". In het uur dat zich herhaalt als de klok teruggaat, voegt u de afwijking toe: "2026-10-25T02:30+01:00".

        Leg soorten en aantallen mensen vast, nooit hun namen of leerlingnummers: houd die buiten de titel, de beschrijving en elke andere tekst.

        Voorbeelden:
          vreg breach add "Phishingmail leverancier" --discovered "2026-10-23 16:00" --supplier gynzy-bv
          vreg breach add "Mail aan verkeerde ouders" --discovered "2026-11-02 09:00" --subjects 120
          id=$(vreg datalek add "Laptop kwijt" --discovered "23-10-2026 09:15" --school 12AB)
    .title = Wat er gebeurde, in een paar woorden (geen namen of nummers van leerlingen)
    .discovered = Wanneer het bestuur ervan op de hoogte raakte, Nederlandse tijd ("2026-10-23 16:00"); de 72 uur voor de AP lopen vanaf hier
    .started = Wanneer het datalek begon, als dat bekend is
    .ended = Wanneer het datalek eindigde, als het eindigde
    .supplier = De leverancier waar het gebeurde (de overeenkomst die die dag gold, wordt ook gekoppeld)
    .agreement = De overeenkomst waaronder het gebeurde (bepaalt de leverancier; haar breach_notice_hours starten de klok van de verwerker)
    .schools = Een getroffen school: BRIN, BRIN met vestiging, of de naam (herhaal voor meer)
    .categories = Een getroffen gegevenscategorie (herhaal voor meer; zie `vreg scope categories`)
    .subjects = Hoeveel mensen getroffen zijn (een aantal, nooit wie)
    .subject_kinds = Wie er getroffen zijn: pupils (leerlingen), parents (ouders), staff (medewerkers), applicants (sollicitanten), alumni (oud-leerlingen) (herhaal voor meer)
    .kinds = confidentiality (vertrouwelijkheid), integrity (integriteit), availability (beschikbaarheid) (herhaal voor meer)
    .description = Wat er gebeurde (geen namen of nummers van leerlingen)
    .consequences = De gevolgen voor de getroffen mensen

help-breach-list = Datalekken opsommen met de stand van hun AP-termijn
    .long-about =
        Datalekken opsommen met de stand van hun AP-termijn

        Als de terminal smal is, laat de tabel ontdekt op, leverancier en risico weg (--wide houdt ze).
    .open = Alleen datalekken die nog niet zijn afgesloten
    .year = Alleen datalekken die in dit kalenderjaar zijn ontdekt

help-breach-show = Eén datalek met elke klok: "AP: uiterlijk 26-10-2026 15:00 (nog 70 u)"
    .id = Het id van het datalek, bijvoorbeeld 2026-001

help-breach-edit = Wijzigen wat er over een datalek bekend is (een lege waarde wist een optioneel veld)
    .id = Het id van het datalek, bijvoorbeeld 2026-001
    .title = Nieuwe titel (geen namen of nummers van leerlingen)
    .discovered = Wanneer het bestuur ervan op de hoogte raakte (het id houdt zijn jaar)
    .started = Wanneer het datalek begon ("" wist)
    .ended = Wanneer het datalek eindigde ("" wist)
    .supplier = De leverancier ("" wist leverancier en overeenkomst)
    .agreement = De overeenkomst ("" wist haar; de leverancier blijft)
    .schools = De getroffen scholen vervangen (herhaal; één lege waarde wist ze)
    .categories = De getroffen gegevenscategorieën vervangen (herhaal; één lege waarde wist ze)
    .subjects = Hoeveel mensen getroffen zijn ("" wist)
    .subject_kinds = Vervangen wie er getroffen zijn: pupils, parents, staff, applicants, alumni (herhaal; één lege waarde wist ze)
    .kinds = De soorten vervangen (herhaal; één lege waarde wist ze)
    .description = Wat er gebeurde (geen namen of nummers van leerlingen)
    .consequences = De gevolgen voor de getroffen mensen
    .measures = De genomen maatregelen
    .closed = Wanneer het datalek is afgesloten ("" opent het weer)

help-breach-supplier-reported = Vastleggen wanneer de leverancier (verwerker) het bestuur inlichtte
    .id = Het id van het datalek, bijvoorbeeld 2026-001
    .at = Wanneer de leverancier het bestuur inlichtte, Nederlandse tijd ("2026-10-24 22:00")
    .aware_at = Wanneer de leverancier het zelf wist, volgens haar melding: de uren van haar overeenkomst lopen vanaf hier [standaard: vanaf de ontdekking door het bestuur]

help-breach-assess = De beslissing of er gemeld wordt vastleggen, met de reden (none stopt de AP-klok)
    .id = Het id van het datalek, bijvoorbeeld 2026-001
    .risk = none: geen melding nodig (stopt de AP-klok); risk: melden bij de AP; high: melden bij de AP en de getroffen mensen inlichten
    .reason = Waarom: de vastlegging van de beslissing (art. 33 lid 5 AVG)
    .at = Wanneer de beslissing is genomen [standaard: nu]
    .correct = Het vastgelegde moment van een beoordeling met hetzelfde risico wijzigen (een verkeerd getypte tijd); zonder deze vlag wordt hetzelfde risico met een andere --at geweigerd

help-breach-notify = Een melding vastleggen: aan de AP (met het meldnummer), aan de getroffen mensen of aan de Inspectie
    .id = Het id van het datalek, bijvoorbeeld 2026-001
    .to = Wie is ingelicht: ap (Autoriteit Persoonsgegevens), subjects (de getroffen mensen: ouders, leerlingen van 16 en ouder), inspectie (Inspectie van het Onderwijs, voor toets- en examenresultaten)
    .at = Wanneer, Nederlandse tijd ("2026-10-26 14:00")
    .reference = Het meldnummer dat de AP gaf; de verwijzing van de Inspectie
    .how = Hoe de getroffen mensen zijn ingelicht (brief, e-mail, ouderapp; geen namen)
    .delay_reason = Bij ap na de 72 uur: de redenen voor de vertraging, die met een latere melding meegaan (art. 33 lid 1 AVG)
    .correct = Wijzigen wat is vastgelegd voor een melding die al is gedaan (een verkeerd getypte tijd of referentie); zonder deze vlag wordt een tweede melding aan dezelfde ontvanger geweigerd

help-breach-close = Een datalek afsluiten met de genomen maatregelen
    .id = Het id van het datalek, bijvoorbeeld 2026-001
    .measures = De maatregelen die zijn genomen om het datalek te stoppen en een volgend te voorkomen
    .on = Wanneer het is afgesloten [standaard: nu]

help-breach-clock = Elke open termijn; afsluitcode 1 als er een verstreken is of minder dan --within uur weg is (voor cron)
    .after-help =
        Afsluitcodes:
          0  geen termijn verstreken, geen minder dan --within uur weg
          1  een termijn is verstreken, verloopt nu, of is minder dan --within uur weg
          2  de klokken konden niet worden gelezen

        Voorbeelden:
          vreg breach clock --within 12
          vreg datalek clock --format json || mail fg@school.example

        Een regel voor crontab (elk uur; cron mailt wat getoond wordt als de afsluitcode 1 is):
          0 * * * *  vreg breach clock >/tmp/vreg-clock.txt || mail -s "datalek: deadline" fg@school.example </tmp/vreg-clock.txt
    .within = Afsluitcode 1 als een termijn minder dan zoveel uur weg is

help-request = Verzoeken van ouders en leerlingen (inzage, correctie, verwijdering, ...) en hun termijnen

help-request-add = Een verzoek registreren; toont het id (2026-001, genummerd per kalenderjaar van ontvangst)
    .after-help =
        SOORT is access (inzage), rectification (correctie), erasure (verwijdering), restriction (beperking), portability (overdraagbaarheid) of objection (bezwaar). Het antwoord moet er zijn binnen één kalendermaand na --received (de laatste dag van een kortere maand; een zaterdag of zondag schuift door naar de maandag). Onder 16 handelen de ouders: --by pupil wordt geweigerd voor een jongere leerling; vanaf 16 handelt de leerling, en een verzoek --by parent wordt aanvaard met een notitie.

        Houd namen buiten --via en --notes: het verzoek noemt de leerling alleen bij nummer.

        Voorbeelden:
          vreg request add access --pupil 1001 --by parent --received 2026-11-02 --via e-mail
          id=$(vreg verzoek add inzage --pupil 1001 --by ouder --received 02-11-2026)
    .kind = access (inzage), rectification (correctie), erasure (verwijdering), restriction (beperking), portability (overdraagbaarheid), objection (bezwaar) (op een terminal wordt elk veld gevraagd als dit ontbreekt)
    .pupil = Het leerlingnummer van de leerling om wie het verzoek gaat (verplicht)
    .school = De school van de leerling, als leerlingen van meer scholen dit nummer hebben: BRIN, BRIN met vestiging, of de naam
    .requested_by = Wie het indiende: parent (ouder, ook een voogd), pupil (leerling van 16 of ouder), representative (curator of mentor van een leerling van 16 of ouder) (verplicht)
    .received = De dag waarop de school het ontving; de maand voor het antwoord loopt vanaf hier (verplicht)
    .via = Hoe het binnenkwam (brief, e-mail aan de directeur, de ouderapp)
    .notes = Vrije tekst (geen namen)

help-request-list = Verzoeken met hun uiterste datum opsommen
    .long-about =
        Verzoeken met hun uiterste datum opsommen

        Als de terminal smal is, laat de tabel gedaan door, ontvangen op, uitkomst en resterende dagen weg (--wide houdt ze).
    .open = Alleen verzoeken die nog niet beantwoord zijn
    .overdue = Alleen open verzoeken waarvan de uiterste datum verstreken is
    .as_of = De uiterste datums beoordelen op deze dag, en alleen verzoeken tonen die toen ontvangen waren [standaard: vandaag]

help-request-show = Eén verzoek met de uiterste datum en hoe het ervoor staat
    .id = Het id van het verzoek, bijvoorbeeld 2026-001
    .as_of = De uiterste datum beoordelen op deze dag [standaard: vandaag]

help-request-extend = De termijn met nog twee maanden verlengen (in totaal drie maanden na ontvangst); de verzoeker moet dat binnen de eerste maand te horen hebben gekregen, met redenen
    .id = Het id van het verzoek, bijvoorbeeld 2026-001
    .reason = Waarom meer tijd nodig is (ingewikkeld of veel verzoeken), zoals aan de verzoeker gemeld
    .notified_on = De dag waarop de verzoeker het hoorde; uiterlijk de laatste dag van de eerste maand

help-request-close = Het antwoord vastleggen: granted (toegekend), partly (deels) of refused (geweigerd)
    .after-help =
        Voorbeelden:
          vreg request close 2026-001 --on 2026-11-27 --outcome granted --note "inzage verstuurd per brief"
          vreg pupil erase 1001 --request 2026-002 --yes    # een toegekende verwijdering sluit zichzelf af
    .id = Het id van het verzoek, bijvoorbeeld 2026-001
    .on = De dag waarop het antwoord is verstuurd
    .outcome = granted (toegekend), partly (deels), refused (geweigerd)
    .note = Wat er is geantwoord, en waarom (bij een weigering: de reden, en dat de verzoeker een klacht kan indienen bij de Autoriteit Persoonsgegevens)

help-processing = Het register van verwerkingen (AVG art. 30), gebouwd op de overeenkomsten en partijen

help-processing-add = Een verwerking registreren; toont het id
    .after-help =
        BETROKKENEN zijn pupils (leerlingen), parents (ouders), staff (medewerkers), applicants (sollicitanten) en alumni (oud-leerlingen). Categorieën zijn die van `vreg processing categories`: de vaste catalogus en die van het bestuur zelf ([[category]] in het registerbestand). Ontvangers en doorgiften typt u niet: ze volgen uit --agreement (de leverancier, haar opslaglanden en subverwerkers) en --party.

        Voorbeelden:
          vreg verwerking add Toets --purpose toets --basis public-task --subjects pupils --category results
          vreg verwerking add Salaris --purpose salaris --basis contract --subjects staff --category name
          id=$(vreg verwerking add Foto --purpose foto --basis consent --subjects pupils --category photo)
    .name = De naam van de verwerking, bijvoorbeeld "Leerlingadministratie" (op een terminal wordt elk veld gevraagd als die ontbreekt)
    .id = Het id [standaard: afgeleid van de naam]
    .purposes = Waarom de gegevens worden verwerkt (herhaal voor meer doelen; verplicht)
    .basis = AVG art. 6 lid 1: consent (toestemming), contract (overeenkomst), legal-obligation (wettelijke plicht), vital-interest (vitaal belang), public-task (publieke taak), legitimate-interest (gerechtvaardigd belang) (verplicht)
    .law = De wet waarop de verwerking rust; bij bijzondere categorieën de wet die het verbod opheft
    .subjects = Van wie de gegevens zijn: pupils, parents, staff, applicants, alumni (meer na één vlag, of gescheiden door komma's; verplicht)
    .categories = Een gegevenscategorie (herhaal, of meer na één vlag; zie `vreg processing categories`; verplicht)
    .retention = Hoe lang de gegevens worden bewaard, bijvoorbeeld "2 jaar na vertrek"
    .security = Waar de beveiligingsmaatregelen beschreven staan, bijvoorbeeld "Informatiebeveiligingsbeleid 2025, par. 4"
    .dpia = De verwijzing naar de DPIA
    .owner = Wie de vermelding van deze verwerking bijhoudt (een rol of een naam)
    .review_on = Wanneer de vermelding opnieuw wordt herzien
    .agreements = Een overeenkomst waarvan de leverancier de gegevens verwerkt (herhaal voor meer)
    .parties = Een externe partij die de gegevens ontvangt (herhaal voor meer)
    .notes = Vrije tekst

help-processing-list = Verwerkingen opsommen
    .long-about =
        Verwerkingen opsommen

        Als de terminal smal is, laat de tabel herzien op, eigenaar, partijen, overeenkomsten, categorieën en betrokkenen weg (--wide houdt ze).
    .agreement = Alleen verwerkingen die deze overeenkomst gebruiken
    .party = Alleen verwerkingen waarvan de gegevens naar deze partij gaan
    .category = Alleen verwerkingen die deze categorie verwerken
    .subject = Alleen verwerkingen over deze mensen: pupils, parents, staff, applicants, alumni

help-processing-show = Eén verwerking met haar ontvangers en doorgiften, afgeleid van haar overeenkomsten en partijen
    .id = Het id van de verwerking

help-processing-edit = Een verwerking wijzigen (een lege waarde wist een optioneel veld; een lijstvlag vervangt de lijst, één lege waarde maakt haar leeg)
    .after-help =
        Voorbeelden:
          vreg processing edit leerlingadministratie --review-on 2027-09-01 --owner directeur
          vreg processing edit leerlingadministratie --agreement cloudwerk-2025    # vervangt de lijst
    .id = Het id van de verwerking
    .name = Nieuwe naam (het id blijft)
    .purposes = De doelen vervangen (herhaal; één lege waarde maakt ze leeg)
    .basis = consent, contract, legal-obligation, vital-interest, public-task, legitimate-interest ("" wist)
    .law = De wet ("" wist)
    .subjects = De betrokkenen vervangen: pupils, parents, staff, applicants, alumni (één lege waarde maakt ze leeg)
    .categories = De categorieën vervangen (herhaal; één lege waarde maakt ze leeg)
    .retention = Hoe lang de gegevens worden bewaard ("" wist)
    .security = Waar de beveiligingsmaatregelen beschreven staan ("" wist)
    .dpia = De verwijzing naar de DPIA ("" wist)
    .owner = Wie deze vermelding bijhoudt ("" wist)
    .review_on = Wanneer de vermelding opnieuw wordt herzien ("" wist)
    .agreements = De gekoppelde overeenkomsten vervangen (herhaal; één lege waarde ontkoppelt ze allemaal)
    .parties = De gekoppelde partijen vervangen (herhaal; één lege waarde ontkoppelt ze allemaal)
    .notes = Vrije tekst ("" wist)

help-processing-remove = Een verwerking verwijderen (haar overeenkomsten en partijen blijven)
    .id = Het id van de verwerking
    .yes = Niet om bevestiging vragen (verplicht zonder terminal)

help-processing-categories = De gegevenscategorieën die een verwerking mag noemen: de vaste catalogus en die van het bestuur zelf

help-report = Rapporten voor mensen: het privacyjaarverslag voor het bestuursverslag en de GMR

help-report-year = Het privacyjaarverslag van een kalenderjaar, in het Nederlands, voor het bestuursverslag en de GMR: overeenkomsten, convenant, datalekken, verzoeken, toestemming en controles, zonder leerlinggegevens
    .after-help =
        Vormen: md (standaard: de paragraaf voor het bestuursverslag), html (één zelfstandige pagina met grafieken, voor A4), json (de cijfers).

        Voorbeelden:
          vreg report year 2026 --format html --out privacyjaarverslag-2026.html
          vreg report year 2025 --format json
    .year = Het kalenderjaar, bijvoorbeeld 2026; over een lopend jaar wordt gerapporteerd tot vandaag
    .min_count = Aantallen leerlingen van 1 tot (niet tot en met) dit getal worden geschreven als "<N" (minstens 1, dan wordt elk aantal getoond)
    .out = Het verslag naar dit bestand schrijven in plaats van naar stdout (vervangen als het bestaat; modus 0600)

help-deadlines = Elke plicht met een datum in één lijst, de eerste eerst: afsluitcode 1 als er een verstreken is
    .long-about =
        Elke plicht met een datum in één lijst, de eerste eerst: afsluitcode 1 als er een verstreken is

        Als de terminal smal is, laat de tabel de kolom afhandelen met weg, de opdracht voor elke plicht (--wide houdt die).
    .after-help =
        Voorbeelden:
          vreg deadlines --within 30
          vreg deadlines --format ics --out termijnen.ics
          vreg deadlines --within 14 || mail -s termijnen fg@school.example    # vanuit cron
    .within = Alleen wat binnen zoveel dagen vanaf vandaag verloopt (een termijn precies zoveel dagen vooruit telt mee); verstreken termijnen staan er altijd in [standaard: alles]
    .out = De lijst naar dit bestand schrijven in plaats van naar stdout (vervangen als het bestaat, zodat een agenda-abonnement het opnieuw kan lezen; modus 0600)

help-import = Een declaratief registerbestand invoegen of bijwerken (de vorm van `export toml`); --create maakt het register, --merge werkt het bij
    .file = Een TOML-bestand zoals register.example.toml
    .dry_run = Melden wat zou worden toegevoegd of gewijzigd, en niets schrijven
    .merge = Bijwerken: sleutels die het bestand weglaat, houden hun waarde; een onderdeel mag alleen zijn id en de te wijzigen sleutels hebben
    .only_existing = Met --merge: alleen leveranciers, overeenkomsten en de rest aanraken die het register al heeft
    .create = Het register maken als het bestand bij --db nog niet bestaat
    .force = Een bestand importeren waarvan de organisatie een ander KvK-nummer heeft dan die van het register

help-merge = Het register van een ander bestuur in dit register opnemen: leveranciers, overeenkomsten, partijen, doelen, scholen, leerlingen met hun hele toestemmingsgeschiedenis, datalekken, verzoeken en de rest, in één transactie; dit register houdt zijn organisatie
    .other = Het register dat in dit register (--db) wordt opgenomen; het wordt alleen gelezen
    .id_suffix = Elk binnenkomend onderdeel waarvan dit register het id al voor iets anders gebruikt, hernoemen naar ID-S, met elke verwijzing ernaar
    .renumber = Een binnenkomende leerling van wie een leerling van dezelfde school hier het nummer heeft, een vrij nummer geven
    .dry_run = Melden wat zou worden samengevoegd, en niets schrijven

help-export = Het hele register wegschrijven

help-export-toml = Het register als TOML, in de vorm die `import` leest; hetzelfde register geeft dezelfde bytes. Alleen TOML: --format json of csv wordt geweigerd (`vreg export json` is hetzelfde document als JSON)
    .out = Naar dit bestand schrijven in plaats van naar stdout (nieuw gemaakt, modus 0600, op zijn plaats gezet als het af is)

help-export-json = Hetzelfde document als JSON; met --with-pupils ook elke leerling, toestemmingsgebeurtenis en elk verzoek
    .after-help =
        Voorbeelden:
          vreg export json --out register.json
          vreg export json --with-pupils --out volledig.json    # bevat leerlinggegevens: houd het besloten
    .out = Naar dit bestand schrijven in plaats van naar stdout (nieuw gemaakt, modus 0600, op zijn plaats gezet als het af is)
    .with_pupils = Elke leerling toevoegen, met de toestemmingsgeschiedenis en de verzoeken van ouders en leerlingen: het volledige register, met leerlinggegevens erin

help-export-gmr = Nederlandse CSV voor de GMR (gemeenschappelijke medezeggenschapsraad): het overzicht op stdout, of vijf bestanden; --format html: alle vijf tabellen als één document om af te drukken op A4 liggend
    .as_of = Status van overeenkomsten en aantallen toestemmingen op deze dag [standaard: vandaag]
    .out_dir = verwerkersregister.csv, externe-partijen.csv, toestemmingen.csv, datalekken.csv en verzoeken.csv hier schrijven
    .out = Het overzicht (verwerkersregister.csv), of met --format html het document, naar dit bestand schrijven, modus 0600, in plaats van naar stdout
    .school = Alleen wat deze school betreft (BRIN, BRIN met vestiging, of de naam): voor de MR van de school
    .min_count = In toestemmingen.csv worden aantallen van 1 tot (niet tot en met) dit getal geschreven als "<N": een aantal van één bij een zorgpartij op een kleine school wijst een kind aan (minstens 1, dan wordt elk aantal getoond)

help-export-art30 = Het register van verwerkingen (AVG art. 30 lid 1 a-g) voor de Autoriteit Persoonsgegevens, in het Nederlands: --format csv (standaard), json of html
    .after-help =
        Elk onderdeel van art. 30 lid 1 a-g per verwerking: de verwerkingsverantwoordelijke en de FG (uit [organisation]: name, contact, address, privacy_officer, alle verplicht), doelen, betrokkenen en categorieën, ontvangers en doorgiften buiten de EER (afgeleid van de gekoppelde overeenkomsten en partijen), bewaartermijnen en beveiligingsmaatregelen. CSV (standaard) opent in de Nederlandse Excel zoals de GMR-export; json is voor scripts; html is één zelfstandige pagina die op A4 afdrukt.

        Voorbeelden:
          vreg export art30 --format html --out verwerkingsregister.html
          vreg export art30 --out verwerkingsregister.csv
          vreg export art30 --format json | jq '.activities[].name'
    .out = Naar dit bestand schrijven in plaats van naar stdout (nieuw gemaakt, modus 0600, op zijn plaats gezet als het af is)

help-audit = Het hele register controleren: afsluitcode 0 = niets op of boven --fail-on, 1 = bevindingen, 2 = fout
    .long-about =
        Het hele register controleren: afsluitcode 0 = niets op of boven --fail-on, 1 = bevindingen, 2 = fout

        Als de terminal smal is, laat de tabel de aanwijzing weg (--wide houdt die).
    .after-help =
        Afsluitcodes:
          0  geen bevinding op of boven --fail-on (standaard: error)
          1  een bevinding op of boven --fail-on
          2  de controle kon niet draaien (geen register, verkeerde vlag, ...)

        --fail-on error    alleen bij fouten mislukken (ontbrekende of verlopen overeenkomsten, BSN, doorgiften zonder waarborg, ...)
        --fail-on warning  ook bij waarschuwingen mislukken (aflopende overeenkomsten, convenant, verouderde toestemming, ...)
        --fail-on never    altijd afsluitcode 0; lees de bevindingen uit --format json

        Voorbeelden:
          vreg audit
          vreg audit --format json --fail-on warning >audit.json || mail fg@school.example <audit.json
          vreg audit --as-of 2027-08-01 --horizon 120 --save
          vreg audit history
    .as_of = Het register controleren zoals het op deze dag is [standaard: vandaag]
    .horizon = Waarschuwen voor overeenkomsten die binnen zoveel dagen aflopen
    .fail_on = Afsluitcode 1 als een bevinding deze ernst of hoger heeft: error (fout), warning (waarschuwing), never (nooit)
    .save = Deze controle bewaren (zie `vreg audit history`)

help-audit-history = Bewaarde controles; `history show N` toont er een zoals de controle deed
    .long-about =
        Bewaarde controles; `history show N` toont er een zoals de controle deed

        Als de terminal smal is, laat de tabel ernst en id van het onderwerp weg (--wide houdt ze).

help-audit-history-show = De bevindingen van één bewaarde controle, zoals de controle ze toonde
    .id = Het id van de controle (zie `vreg audit history`)

help-audit-diff = Bevindingen die nieuw, opgelost en nog open zijn tussen twee bewaarde controles (standaard: de laatst bewaarde controle en nu)
    .long-about =
        Bevindingen die nieuw, opgelost en nog open zijn tussen twee bewaarde controles (standaard: de laatst bewaarde controle en nu)

        Als de terminal smal is, laat de tabel soort onderwerp, ernst en id van het onderwerp weg (--wide houdt ze).
    .from = De eerdere bewaarde controle [standaard: de laatste]
    .to = De latere bewaarde controle [standaard: de controle op vandaag]

help-audit-accept = Een bevinding tot een bepaalde dag aanvaarden, met een reden: apart getoond, zonder dat de controle mislukt
    .code = De code van de bevinding (zie `vreg audit codes`)
    .subject = Waar het om gaat, als SOORT:ID, bijvoorbeeld supplier:camping-de-berk
    .reason = Waarom het bestuur het aanvaardt: de vastlegging van de beslissing
    .until = De laatste dag dat de aanvaarding geldt; vanaf de dag erna telt de bevinding weer
    .revoke = De aanvaarding nu beëindigen

help-audit-accepted = De bevindingen die het bestuur heeft aanvaard, met reden en einddatum
    .long-about =
        De bevindingen die het bestuur heeft aanvaard, met reden en einddatum

        Als de terminal smal is, laat de tabel soort onderwerp weg (--wide houdt die).

help-audit-codes = Elke code van een bevinding met haar ernst en betekenis

help-log = De wijzigingsgeschiedenis van het register
    .long-about =
        De wijzigingsgeschiedenis van het register

        Als de terminal smal is, laat de tabel soort onderdeel, detail en actor weg (--wide houdt ze).
    .since = Alleen wijzigingen op of na deze dag (UTC)
    .entity = Alleen wijzigingen aan dit onderdeel, bijvoorbeeld supplier:gynzy-bv

help-backup = Het register kopiëren terwijl het in gebruik is (online back-up van SQLite), en dan de kopie controleren
    .file = Waar de kopie komt; mag nog niet bestaan

help-check = Het register controleren: integriteit, verwijzende sleutels, schemaversie, bestandsrechten
    .after-help =
        Afsluitcodes: 0 gaaf, 1 beschadigd, 2 niet leesbaar.

        Voorbeeld:
          vreg check && vreg backup backup.sqlite

help-completions = Een script voor aanvulling in de shell tonen
    .after-help =
        Voorbeelden:
          vreg completions bash > ~/.local/share/bash-completion/completions/vreg
          vreg completions zsh > ~/.zfunc/_vreg        # met fpath+=(~/.zfunc) in ~/.zshrc
          vreg completions fish > ~/.config/fish/completions/vreg.fish
    .shell = bash, zsh, fish, powershell of elvish

help-man = De man-pagina tonen (roff)
