# Begeleide invoer aan een terminal: de vragen, en wat eromheen wordt gezegd.

guide-stopped = gestopt; er is niets toegevoegd
guide-the-line = { $count ->
        [one] Zonder vragen doet deze opdracht hetzelfde:
       *[other] Zonder vragen doen deze opdrachten hetzelfde:
    }
    { $lines }
guide-supplier-name = Naam van de leverancier
guide-supplier-kvk = KvK-nummer (8 cijfers; leeg als onbekend)
guide-supplier-website = Website (leeg als er geen is)
guide-supplier-contact = Contact voor privacy, bijv. een e-mailadres (leeg als onbekend)
guide-supplier-role = Rol onder de AVG
guide-supplier-convenant = Status in het Privacyconvenant Onderwijs (zie privacyconvenant.nl)
guide-supplier-version = Versie van het convenant waaraan de leverancier deelneemt
guide-supplier-offer = Nu de verwerkersovereenkomst toevoegen?
guide-agreement-no-suppliers = er zijn nog geen leveranciers; voeg er eerst een toe: vreg supplier add
guide-agreement-supplier = Leverancier (typ om te zoeken)
guide-agreement-signed-on = Datum van ondertekening (JJJJ-MM-DD of DD-MM-JJJJ)
guide-agreement-starts-on = Ingangsdatum (leeg: bij ondertekening)
guide-agreement-expires-on = Laatste geldige dag (leeg: onbepaalde tijd)
guide-agreement-review-on = Datum van de volgende evaluatie (leeg als er geen is)
guide-agreement-model = Op welke tekst is zij gebaseerd?
guide-agreement-products = Producten of diensten die zij dekt, gescheiden door komma's (leeg als er geen zijn)
guide-agreement-document = Waar het getekende document is: pad, URL of DMS-verwijzing (leeg als nog niet)
guide-agreement-countries = Landen waar de gegevens worden opgeslagen, ISO-codes gescheiden door komma's, bijv. NL, IE (leeg als onbekend)
guide-agreement-safeguard = Gegevens gaan buiten de EER: met welke waarborg?
guide-agreement-breach-hours = Binnen hoeveel uur de leverancier een datalek meldt (leeg als niet afgesproken)
guide-agreement-dpia = Verwijzing naar de DPIA (leeg als er geen is)
guide-agreement-scope = De gegevens die zij ontvangt (spatie kiest, enter is klaar)
guide-party-name = Naam van de partij
guide-party-kind = Soort organisatie
guide-party-basis = Grondslag van de uitwisseling (AVG art. 6 lid 1)
guide-party-law = De wet die het voorschrijft of toestaat, bijv. "Leerplichtwet 1969 art. 21a"
guide-party-categories = De gegevens die zij mag ontvangen (spatie kiest, enter is klaar)
guide-party-in-regulation = Staat zij in het privacyreglement van het bestuur?
guide-breach-title = Wat er gebeurde, in een paar woorden (geen namen of nummers van leerlingen)
guide-breach-discovered = Wanneer het bestuur het ontdekte, bijv. 2026-10-23 16:00 (vanaf dan lopen de 72 uur)
guide-breach-no-supplier = (niet bij een leverancier)
guide-breach-supplier = Bij welke leverancier (typ om te zoeken)
guide-breach-categories = De getroffen gegevens (spatie kiest, enter is klaar)
guide-breach-subjects = Hoeveel mensen getroffen zijn (een getal; leeg als nog onbekend)
guide-breach-kinds = Wat het met de gegevens deed (spatie kiest, enter is klaar)
guide-breach-description = Wat er gebeurde (geen namen of nummers van leerlingen; leeg om later aan te vullen)
guide-breach-consequences = De gevolgen voor de getroffenen (leeg om later aan te vullen)
guide-no-pupils = er zijn nog geen leerlingen; importeer ze eerst: vreg pupil import BESTAND.csv
guide-pupil = Leerling (typ een nummer of een naam)
guide-consent-purpose = Voor welk doel
guide-consent-decision = Het besluit
guide-consent-by = Wie besliste
guide-consent-who = Welke ouder, als beide ouders gezag hebben, bijv. "ouder 2" (leeg als er één is)
guide-consent-form = Hoe het besluit is gegeven
guide-consent-evidence = Het bewijs: het formulier, de e-mail, een verwijzing naar een document (leeg als er geen is)
guide-consent-on = Datum van het besluit (leeg: vandaag)
guide-needs-answer = hier is een antwoord nodig
guide-request-kind = Over welk recht het verzoek gaat
guide-request-by = Wie het verzoek deed
guide-request-received = De dag waarop de school het ontving (leeg: vandaag)
guide-request-via = Hoe het binnenkwam: een brief, een e-mail aan de directeur, de ouderapp (leeg als dat niet is gezegd)
guide-request-notes = Aantekeningen, zonder namen (leeg als er geen zijn)
