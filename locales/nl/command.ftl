# Wat de opdrachten zeggen: meldingen, fouten, vragen, verslagen.

## De fouten die elke opdracht kan geven (src/error.rs)

command-register-missing = geen register op { $path }; maak het aan met `vreg init` (of wijs met --db / VREG_DB een register aan)
command-register-exists = { $path } bestaat al; `vreg init` maakt een register in een nieuw bestand
command-register-newer = { $path } is geschreven door een nieuwere vreg (schemaversie { $found }, deze vreg kent tot en met { $known }); werk vreg bij, er is niets gewijzigd
command-register-damaged = het register { $path } is beschadigd: SQLite kan de kop niet lezen; `vreg check` zegt wat het vindt, en een reservekopie herstelt het
command-register-version-lost = het register { $path } heeft de tabellen van vreg maar geen schemaversie (een ander programma zette die op 0); `vreg check` zegt wat het vindt, en een reservekopie herstelt het
command-register-foreign = { $path } is geen vreg-register (maak er een aan met `vreg init` in een nieuw bestand)
# $kind is de opdracht van het zelfstandig naamwoord (supplier, agreement, party, ...).
command-not-found = geen { $kind ->
        [supplier] leverancier
        [agreement] verwerkersovereenkomst
        [party] externe partij
        [processing] verwerking
        [pupil] leerling
        [request] verzoek
        [breach] datalek
       *[other] { $kind }
    } '{ $id }' (zie `vreg { $kind } list`)

## Vragen op de terminal (src/prompt.rs)

command-prompt-missing = { $flag } ontbreekt
command-prompt-unreadable = kon het antwoord niet lezen
command-prompt-refused = { $question }: geweigerd zonder terminal; geef --yes mee
# Een ja/nee-vraag als lijst van twee antwoorden
command-prompt-yes = ja
command-prompt-no = nee

## Elke opdracht (src/commands/mod.rs)

command-db-several = --db is { $count } keer gegeven; alleen `audit`, `deadlines`, `export gmr` en `report year` werken over meerdere registers
command-db-no-match = --db { $path }: geen register past hierop
command-format-deadlines = `vreg deadlines` neemt --format table, json, csv of ics
command-format-document = --format md en html zijn voor `vreg pupil report` en `vreg report year` (html ook voor `vreg export art30` en `vreg export gmr`); lijsten en details nemen table, json of csv
command-format-ics = --format ics is voor `vreg deadlines`; lijsten en details nemen table, json of csv
command-written-not-read = de lezer van standaarduitvoer sloot die voordat { $command } kon afdrukken wat het schreef; er is niets veranderd
command-unreadable-value = het register bevat een waarde die vreg niet kan lezen ({ $detail }), daar geschreven door een ander programma of een fout; `vreg check` zoekt naar zulke datums en codes
command-register-orphans = het register is beschadigd: rijen verwijzen naar wat er niet in staat ({ $rows }), geschreven door een ander programma of een fout, en vreg laat ze niet stilzwijgend weg; zet een reservekopie terug, of voeg wat ontbreekt opnieuw toe met dat id (`vreg supplier add NAAM --id ID`)
command-backup-purge-unfinished = een opschoning of verwijdering is niet af: het bestand kon niet opnieuw worden opgebouwd (alleen-lezen, of geen ruimte voor een kopie), dus het bevat nog wat is verwijderd, en een reservekopie zou het meenemen; maak het register schrijfbaar of maak ruimte vrij, en probeer het opnieuw
command-written-no-csv = `{ $command }` kan wat het schreef niet als één CSV-regel tonen; gebruik --format json
# $kind: supplier, agreement, party, processing, purpose.
command-id-taken = er bestaat al { $kind ->
        [supplier] een leverancier
        [agreement] een verwerkersovereenkomst
        [party] een externe partij
        [processing] een verwerking
        [purpose] een doel
       *[other] een { $kind }
    } met id '{ $id }'
command-id-underivable = kan geen id afleiden uit '{ $name }'; geef --id mee
command-empty = { $what } mag niet leeg zijn
command-label-actor = de actor
command-label-subprocessor-name = de naam van de subverwerker
command-label-title = de titel
command-label-reason = de reden
command-label-measures = de maatregelen
command-label-purpose-name = de naam van het doel
command-label-supplier-name = de naam van de leverancier
command-label-name = de naam
command-label-party-name = de naam van de externe partij

## Leveranciers (src/commands/supplier/)

command-supplier-duplicate-kvk = leverancier { $id } ({ $name }, KvK { $kvk }) lijkt dezelfde leverancier; gebruik die, of voeg deze toch toe met --force
command-supplier-duplicate = leverancier { $id } ({ $name }) lijkt dezelfde leverancier; gebruik die, of voeg deze toch toe met --force
command-supplier-missing-name = NAME (de naam van de leverancier)
command-supplier-added = leverancier { $id } ({ $name }) toegevoegd
command-supplier-unchanged = leverancier { $id } ongewijzigd
command-supplier-updated = leverancier { $id } bijgewerkt
command-supplier-has-agreements =
    leverancier { $id } heeft { $count ->
        [one] 1 verwerkersovereenkomst
       *[other] { $count } verwerkersovereenkomsten
    } ({ $agreements }), ook na het einde bewaard als bewijs; een voormalige leverancier zet u buiten gebruik (`vreg supplier retire { $id } --on DATUM`), en alleen een die per vergissing is ingevoerd verwijdert u met de overeenkomsten (--cascade)
command-supplier-in-breaches =
    leverancier { $id } wordt genoemd in { $count ->
        [one] datalek
       *[other] datalekken
    } { $breaches }, die in het datalekregister blijven; de leverancier blijft ook
command-supplier-remove-ask = Leverancier { $id } ({ $name }) verwijderen?
command-supplier-remove-ask-cascade =
    Leverancier { $id } ({ $name }) en { $count ->
        [one] zijn verwerkersovereenkomst
       *[other] zijn { $count } verwerkersovereenkomsten
    } verwijderen?
command-nothing-removed = niets verwijderd
command-supplier-removed = leverancier { $id } verwijderd
command-processing-unlinked = verwerking { $id } noemt { $links } niet meer als ontvanger (het wijzigingslogboek bewaart het){ $left ->
        [0] ; ze noemt nu geen enkele ontvanger
       *[other] {""}
    }; koppel wat ervoor in de plaats komt: vreg processing edit { $id } { $flag } ID (de optie vervangt de lijst: noem ook wat ze houdt)
command-supplier-retire-in-force = verwerkersovereenkomst { $agreement } van { $id } is van kracht op { $on }; beëindig die eerst: vreg agreement end { $agreement } --on DATUM
command-supplier-unretired = leverancier { $id } is weer een huidige leverancier
command-supplier-retired = leverancier { $id } uitgefaseerd per { $on }; de leverancier en zijn verwerkersovereenkomsten blijven als bewijs (`vreg supplier list --all`)
command-supplier-show-no-agreements = geen verwerkersovereenkomsten
command-supplier-show-agreement = verwerkersovereenkomst { $id }
command-supplier-none = geen leveranciers

## Verwerkersovereenkomsten en subverwerkers (src/commands/agreement/)

command-agreement-missing-supplier = SUPPLIER (het id van de leverancier)
command-agreement-duplicate = verwerkersovereenkomst { $id } van { $supplier } is op { $signed_on } ondertekend met hetzelfde document; het is dezelfde overeenkomst, of voeg deze toch toe met --force
command-agreement-added = verwerkersovereenkomst { $id } van { $supplier } toegevoegd; leg de gegevens vast met `vreg scope set { $id } CATEGORIE...`
command-agreement-unchanged = verwerkersovereenkomst { $id } ongewijzigd
command-agreement-updated = verwerkersovereenkomst { $id } bijgewerkt
command-agreement-already-ended = verwerkersovereenkomst { $id } is al beëindigd op { $ended }; wijzig de datum met `vreg agreement edit`
command-agreement-ended = verwerkersovereenkomst { $id } beëindigd op { $on }
command-agreement-ending = verwerkersovereenkomst { $id } eindigt op { $on }: van kracht tot en met { $last }
command-agreement-already-ending = verwerkersovereenkomst { $id } eindigt al op { $ended }; wijzig de datum met `vreg agreement edit`
command-agreement-none = geen verwerkersovereenkomsten
command-subprocessor-added = verwerkersovereenkomst { $id } noemt subverwerker { $name }
command-subprocessor-missing = verwerkersovereenkomst { $id } noemt geen subverwerker '{ $name }' (zie `vreg agreement subprocessor list { $id }`)
command-subprocessor-removed = subverwerker { $name } van verwerkersovereenkomst { $id } verwijderd
command-subprocessor-none = geen subverwerkers

## Gegevenssets en het convenant (src/commands/scope/, src/commands/convenant/)

command-scope-none = geen verwerkersovereenkomst ontvangt dat
command-scope-not-received = verwerkersovereenkomst { $agreement } ontvangt '{ $category }' niet (zie `vreg agreement show { $agreement }`)
command-scope-warn-bsn = waarschuwing: een leverancier mag het BSN alleen ontvangen waar een wet het voorschrijft (UAVG art. 46), zoals voor de leerlingadministratie; noem de wet (`vreg scope add { $agreement } bsn --law TEKST`), anders meldt `vreg audit` dit als fout
command-scope-warn-special = waarschuwing: bijzondere persoonsgegevens (AVG art. 9) vragen een DPIA-verwijzing op de verwerkersovereenkomst (`vreg agreement edit { $agreement } --dpia VERWIJZING`)
command-party-warn-no-law = { $id } heeft een wettelijke verplichting als grondslag, maar de wet is niet vastgelegd: `vreg party check` zegt nee en `vreg audit` meldt party-no-basis tot de wet is vastgelegd (`vreg party edit { $id } --law TEKST`)
command-scope-unchanged = verwerkersovereenkomst { $agreement }: gegevensset ongewijzigd
command-scope-now-nothing = verwerkersovereenkomst { $agreement } ontvangt nu geen gegevenscategorieën
command-scope-now = verwerkersovereenkomst { $agreement } ontvangt nu: { $categories }
command-convenant-set = leverancier { $id }: convenant { $convenant } ({ $label }), gecontroleerd op { $checked_on }

## Externe partijen en verwerkingen (src/commands/party/, src/commands/processing/)

command-party-added = externe partij { $id } ({ $name }) toegevoegd
command-party-unchanged = externe partij { $id } ongewijzigd
command-party-updated = externe partij { $id } bijgewerkt
command-party-none = geen externe partijen
command-party-remove-ask = Externe partij { $id } ({ $name }) verwijderen?
command-party-remove-ask-consent =
    Externe partij { $id } ({ $name }) verwijderen, met het toestemmingsdoel en { $count ->
        [one] de 1 vastgelegde toestemmingsbeslissing
       *[other] de { $count } vastgelegde toestemmingsbeslissingen
    }?
command-party-removed = externe partij { $id } verwijderd
command-processing-needs = een verwerking heeft { $missing } nodig (AVG art. 30(1)); een lege waarde telt als geen
command-processing-added = verwerking { $id } ({ $name }) toegevoegd
command-processing-unchanged = verwerking { $id } ongewijzigd
command-processing-updated = verwerking { $id } bijgewerkt
command-processing-lacks = let op: verwerking { $id } mist { $missing } (de controle meldt art30-incomplete)
command-processing-no-categories = geen categorieën
command-processing-none = geen verwerkingen
command-processing-remove-ask = Verwerking { $id } ({ $name }) uit het register van verwerkingen verwijderen?
command-processing-removed = verwerking { $id } verwijderd
command-processing-no-recipients = ontvangers: geen (koppel verwerkersovereenkomsten en externe partijen)
command-processing-transfer = buiten de EER: { $recipient } in { $country }, waarborg { $safeguard }
command-processing-transfer-via = buiten de EER: { $recipient } (subverwerker van { $via }) in { $country }, waarborg { $safeguard }
command-processing-safeguard-invalid = { $safeguard }, die niet geldt voor { $country }

## Registerbestanden, doelen van externe partijen, scholen (src/ops/)

command-kind =
    { $kind ->
        [register] register
        [organisation] organisatie
        [school] school
        [supplier] leverancier
        [agreement] verwerkersovereenkomst
        [party] externe partij
        [purpose] toestemmingsdoel
        [pupil] leerling
        [import] import
        [finding] bevinding
        [import-profile] importprofiel
        [breach] datalek
        [request] verzoek
        [category] eigen categorie
        [processing] verwerking
       *[other] { $kind }
    }
command-document-key-merged = sleutel `{ $key }` (met de waarden van het register): { $message }
command-document-too-big = { $path } is { $size } bytes; een registerbestand van meer dan 64 MiB wordt geweigerd
command-document-not-utf8 = { $path } is geen UTF-8-tekst
command-document-at-key = { $source }:{ $line }: sleutel `{ $key }`: { $message }
command-import-unreadable = kon het register niet als TOML lezen: { $error }
command-import-unpatchable = kon het bestand niet over het register leggen: { $error }
command-document-accepted-ended = geaccepteerde bevinding { $key }: `until` { $until } ligt vóór vandaag ({ $today }): de acceptatie zou al voorbij zijn
command-import-breach-undone = datalek { $id }: het bestand neemt terug wat het register vastlegde ({ $keys }); een vastgelegde stap verander je met zijn eigen opdracht (breach assess --correct, breach notify --correct, breach supplier-reported, breach edit), en een bestand van vóór die stap is verouderd: exporteer het register opnieuw
command-import-breach-no-organisation = { $source } bevat datalekken maar zegt niet dat het een bestand van dit bestuur is: een datalek hoort bij één bestuur en is per bestuur genummerd; laat de datalekken weg uit een bestand dat besturen delen, of geef het bestand de [organisation] van dit bestuur met zijn kvk (--force importeert de datalekken van een ander bestuur toch)
command-import-other-board = { $source } is voor KvK { $file_kvk } ({ $file_name }), dit register is KvK { $own_kvk } ({ $own_name })
command-import-other-board-refused = { $message }; er is niets geïmporteerd (geef --force mee om het toch in dit register te importeren)
command-import-other-board-forced = waarschuwing: { $message }; geïmporteerd vanwege --force
command-document-purpose-namesake = doel { $id } heeft dezelfde naam als doel { $other } in het register
command-document-agreement-owner = verwerkersovereenkomst { $id } hoort bij leverancier { $owner }, niet bij { $supplier }; ids van overeenkomsten zijn uniek over alle leveranciers
command-document-breach-supplier = datalek { $id } noemt leverancier '{ $supplier }', die niet in het bestand en niet in het register staat
command-document-breach-agreement = datalek { $id } noemt verwerkersovereenkomst '{ $agreement }', die niet in het bestand en niet in het register staat
command-document-breach-agreement-owner = datalek { $id }: verwerkersovereenkomst { $agreement } hoort bij leverancier { $owner }
command-document-unknown-school = school { $schools } is geen school van dit bestuur (voeg haar toe als [[school]])
command-document-purpose-party = doel noemt externe partij '{ $party }', die niet in het bestand en niet in het register staat
command-document-processing-category = verwerking { $id } noemt categorie '{ $category }', die niet in de catalogus staat en geen [[category]] van het bestand of het register is
command-document-processing-agreement = verwerking { $id } noemt verwerkersovereenkomst '{ $agreement }', die niet in het bestand en niet in het register staat
command-document-processing-party = verwerking { $id } noemt externe partij '{ $party }', die niet in het bestand en niet in het register staat
command-party-purpose-taken = toestemmingsdoel { $purpose } bestaat al maar gaat niet over externe partij { $party }; hernoem het eerst (`vreg consent purpose edit`) of geef de partij een ander --id
command-party-purpose-namesake = toestemmingsdoel { $purpose } heet al '{ $name }'; hernoem het eerst (`vreg consent purpose edit { $purpose } --name ...`)
command-party-purpose-made = toestemmingsdoel { $purpose } ({ $name }) is waar ouders toestemming voor geven voordat gegevens naar { $party } gaan
command-request-answered = verzoek { $id } is beantwoord op { $closed } ({ $outcome })
command-school-unknown = --school { $schools }: geen school van dit bestuur (bekend: { $known })
command-school-unknown-none = --school { $schools }: geen school van dit bestuur (bekend: geen; voeg ze toe als [[school]] in het registerbestand)

## Importeren en samenvoegen (src/commands/import.rs, src/commands/merge.rs)

command-import-no-register = geen register op { $path }; `vreg import --create` maakt er een uit { $source }, of maak het eerst aan met `vreg init`
command-created-register = register aangemaakt op { $path }
command-import-would-add = zou toevoegen: { $kind } { $id }
command-import-added = toegevoegd: { $kind } { $id }
command-import-would-change = zou wijzigen: { $kind } { $id } ({ $fields })
command-import-changed = gewijzigd: { $kind } { $id } ({ $fields })
command-import-change = { "  " }{ $kind } { $id }: { $field }: { $from } -> { $to }
command-import-skipped = overgeslagen: { $kind } { $id }: niet in het register (--only-existing)
command-import-summary = { $added } toegevoegd, { $changed } gewijzigd, { $unchanged } ongewijzigd
command-import-summary-skipped = { $summary }, { $skipped } overgeslagen
command-import-none = (geen)
command-dry-run = proefrun, er is niets geschreven: { $summary }
command-merge-itself = { $path } is dit register zelf; voeg het register van een ander bestuur samen
command-cannot-read = kan { $path } niet lezen
command-merge-consent-moved = het samenvoegen zou de toestemming van leerling { $pupil } veranderen; er is niets gewijzigd
command-merge-renumbered = leerling { $from } op { $school } -> { $to }
command-merge-renumbered-no-school = leerling { $from } zonder school -> { $to }
command-merge-count =
    { $count } { $table ->
        [school] { $count ->
            [one] school
           *[other] scholen
        }
        [category] { $count ->
            [one] eigen categorie
           *[other] eigen categorieën
        }
        [supplier] { $count ->
            [one] leverancier
           *[other] leveranciers
        }
        [agreement] { $count ->
            [one] verwerkersovereenkomst
           *[other] verwerkersovereenkomsten
        }
        [subprocessor] { $count ->
            [one] subverwerker
           *[other] subverwerkers
        }
        [scope] { $count ->
            [one] gegevenscategorie van een overeenkomst
           *[other] gegevenscategorieën van overeenkomsten
        }
        [party] { $count ->
            [one] externe partij
           *[other] externe partijen
        }
        [purpose] { $count ->
            [one] toestemmingsdoel
           *[other] toestemmingsdoelen
        }
        [pupil] { $count ->
            [one] leerling
           *[other] leerlingen
        }
        [consent_event] { $count ->
            [one] toestemmingsbeslissing
           *[other] toestemmingsbeslissingen
        }
        [import_cell] { $count ->
            [one] importcel
           *[other] importcellen
        }
        [breach] { $count ->
            [one] datalek
           *[other] datalekken
        }
        [request] { $count ->
            [one] verzoek
           *[other] verzoeken
        }
        [processing] { $count ->
            [one] verwerking
           *[other] verwerkingen
        }
        [processing_agreement] { $count ->
            [one] koppeling van verwerking en overeenkomst
           *[other] koppelingen van verwerking en overeenkomst
        }
        [processing_party] { $count ->
            [one] koppeling van verwerking en externe partij
           *[other] koppelingen van verwerking en externe partij
        }
        [accepted_finding] { $count ->
            [one] geaccepteerde bevinding
           *[other] geaccepteerde bevindingen
        }
        [change_event] { $count ->
            [one] regel van het logboek
           *[other] regels van het logboek
        }
        [import_profile] { $count ->
            [one] opgeslagen kolomindeling
           *[other] opgeslagen kolomindelingen
        }
       *[other] { $table }
    }
command-merge-namesake = leverancier { $id } ({ $name }) lijkt op leverancier { $other } ({ $other_name }): dezelfde naam of hetzelfde KvK-nummer; de samenvoeging voegde hem toe als tweede leverancier, omdat zijn id hier al in gebruik was
command-merge-not-added-again = { $count ->
        [one] 1 leerling van het andere register is
       *[other] { $count } leerlingen van het andere register zijn
    } niet toegevoegd: niet hier, van een school waarvan hier leerlingen zijn gewist of opgeschoond op of na de dag van de laatste export die ze daar noemde
command-merge-renamed = { $kind ->
        [supplier] leverancier
        [agreement] verwerkersovereenkomst
        [party] externe partij
        [purpose] toestemmingsdoel
        [breach] datalek
        [request] verzoek
        [processing] verwerking
        [import_profile] kolomindeling
       *[other] { $kind }
    } { $from } -> { $to }
command-merge-nothing = niets
command-merge-would-add = zou toevoegen: { $added }; hier al gelijk: { $identical }
command-merge-added = toegevoegd: { $added }; hier al gelijk: { $identical }

## De leerlingenimport (src/ops/pupil_import/)

command-pupil-import-same-file = { $source } is byte voor byte de export van { $earlier } die al eerder is ingelezen: gelezen als die export, niet als die van vandaag (geef --on met de dag waarop hij is gemaakt om hem anders te dateren)
command-pupil-import-school-column = { $source } heeft een kolom school; --school is voor een bestand zonder die kolom
command-pupil-import-which-school = --complete: { $source } heeft geen kolom school, en het register heeft { $count } scholen; zeg met --school van welke school het bestand is
command-pupil-import-retired-purpose = { $source }: het bestand heeft een kolom voor toestemmingsdoel { $purpose }, dat is beëindigd; laat de kolom weg (--map "HEADER=ignore")
command-pupil-import-line-column = { $source } regel { $line }, { $column }: { $error }
command-pupil-import-lost-letters = { $source } regel { $line }: de naam van leerling { $pupil } bevat '?' waar een letter hoort (een teken dat de export niet kon opslaan); verbeter het in de administratie en exporteer als UTF-8
command-pupil-import-older-pupils = { $source }: { $count ->
        [one] 1 leerling is
       *[other] { $count } leerlingen zijn
    } al eerder ingelezen uit een export van na { $on }, en blijven zoals die export ze gaf
command-pupil-import-not-added-again = { $source }: { $count ->
        [one] 1 leerling die niet in het register staat is
       *[other] { $count } leerlingen die niet in het register staan zijn
    } niet toegevoegd: op { $removed } zijn leerlingen verwijderd (gewist of opgeschoond), en een export van { $on } noemt ze nog; een export van na { $removed } voegt nieuwe leerlingen toe
command-pupil-import-not-added-again-school = { $source }: { $count ->
        [one] 1 leerling van { $school } die niet in het register staat is
       *[other] { $count } leerlingen van { $school } die niet in het register staan zijn
    } niet toegevoegd: op { $removed } zijn leerlingen van die school verwijderd (gewist of opgeschoond), en een export van { $on } noemt ze nog; een export van na { $removed } voegt nieuwe leerlingen toe
command-pupil-import-added-left = { $source }: { $count ->
        [one] 1 leerling die nieuw is in het register is
       *[other] { $count } leerlingen die nieuw zijn in het register zijn
    } toegevoegd als vertrokken: een eerder ingelezen volledige export van na { $on } noemde ze niet
command-pupil-import-before-sixteen = { $source } regel { $line }: met de geboortedatum { $born } { $count ->
        [one] valt 1 besluit
       *[other] vallen { $count } besluiten
    } van leerling { $pupil } zelf (het eerste van { $first }) vóór de 16e verjaardag: die tellen niet meer, en de besluiten van de ouders gelden weer (`vreg consent show { $pupil }`)
command-pupil-import-request-under-sixteen = { $source } regel { $line }: met de geboortedatum { $born } was leerling { $pupil } nog geen 16 toen verzoek { $request } binnenkwam ({ $received }), dat volgens het register door de leerling is gedaan; onder de 16 handelen de ouders (`vreg request show { $request }`)
command-pupil-import-several-schools = { $source } regel { $line }: leerlingnummer { $pupil } hoort bij een leerling op { $count } scholen: { $schools }; geef het bestand een kolom school, of zeg met --school welke school het is
command-pupil-import-twice = { $source } regel { $line }, { $column }: leerlingnummer { $pupil } staat twee keer in het bestand
command-pupil-import-unknown-unnamed = { $source } regel { $line }: leerling { $pupil } staat niet in het register, en het bestand heeft geen kolom naam: een bestand met alleen nummers werkt alleen bekende leerlingen bij
command-pupil-import-other-child = { $source } regel { $line }: leerlingnummer { $pupil } was { $was } ({ $was_born }), nu { $now } ({ $now_born }); een nummer dat van persoon wisselt zou de toestemming van het andere kind houden. Als de administratie het nummer aan een andere leerling heeft gegeven, laat de eerste dan vertrekken en schoon die op of wis die vóór deze import
command-pupil-import-born-in-future = { $source } regel { $line }{ $column }: leerling { $pupil } heeft een geboortedatum in de toekomst ({ $born })
command-pupil-import-born-after = { $source } regel { $line }{ $column }: leerling { $pupil } is geboren na de datum van de beslissingen, { $on }
command-pupil-import-given-by = { $source } regel { $line }: leerling { $pupil }: --by { $given_by }: { $error }
command-pupil-import-cell-kept = het bestand zegt { $answer }, maar { $reason }
command-pupil-import-cell-older = het bestand zegt { $answer } op { $on }, maar een export van { $last } is al eerder ingelezen: een ouder exportbestand verandert niets, en { $reason }
command-pupil-import-cell-recorded = { $decision } op { $on } door { $given_by } ({ $form })
command-pupil-import-cell-recorded-but = { $decision } op { $on } door { $given_by } ({ $form }); { $reason }
command-pupil-import-utf16 = { $path }: het bestand lijkt UTF-16 zonder byte-order mark, dat niet van andere coderingen te onderscheiden is; sla het op als UTF-8 (CSV UTF-8 in Excel)

## Het verslag van de leerlingenimport (src/commands/pupil/import.rs)

command-label-file-name = de naam van het bestand
command-import-namesake = leverancier { $id } ({ $name }) lijkt op leverancier { $other } ({ $other_name }): dezelfde naam of hetzelfde KvK-nummer; het bestand voegt hem toe als tweede leverancier (zijn ze één, geef het bestand dat id)
command-warning = waarschuwing: { $warning }
command-pupil-import-no-profiles = --profile { $name }: geen opgeslagen koppeling met die naam (er is er geen opgeslagen); sla er een op met --map ... --save-map { $name }
command-pupil-import-no-profile = --profile { $name }: geen opgeslagen koppeling met die naam (opgeslagen: { $saved }); sla er een op met --map ... --save-map { $name }
command-pupil-import-would-leave = vertrek { $pupil }: niet in het volledige bestand, vertrokken op { $on }
command-pupil-import-left = vertrokken { $pupil }: niet in het volledige bestand, vertrokken op { $on }
command-pupil-import-listed-after-leaving = leerling { $pupil } is vertrokken op { $left }, maar de export van { $on } noemt de leerling: nog steeds vertrokken; is de leerling terug op school, importeer dan de volledige export van de school (--complete), die brengt de leerling terug
command-pupil-import-would-return = terug { $pupil }: vertrokken op { $left }, weer vermeld in de export van { $on }
command-pupil-import-returned = terug { $pupil }: vertrokken op { $left }, weer vermeld in de export van { $on }, op school vanaf die dag
command-pupil-import-kept = behouden { $pupil } { $purpose } (regel { $line }): { $reason }
command-pupil-import-reconfirm = opnieuw bevestigen { $pupil } { $purpose } (regel { $line }): { $reason }
command-pupil-import-record = vastleggen { $pupil } { $purpose } (regel { $line }): { $reason }
command-pupil-import-ignored = genegeerde kolommen: { $columns }
command-pupil-import-no-purpose = geen kolom van het bestand is een toestemmingsdoel, dus er is geen beslissing gelezen (genegeerd: { $columns }); wijs een toestemmingskolom aan met --map 'HEADER=PURPOSE' (zie `vreg consent purposes`)
command-pupil-import-pupils =
    { $added ->
        [one] 1 leerling
       *[other] { $added } leerlingen
    } toegevoegd, { $changed } gewijzigd, { $unchanged } ongewijzigd
command-pupil-import-pupils-left = { $summary }, { $left } vertrokken
command-pupil-import-decisions =
    { $recorded ->
        [one] 1 toestemmingsbeslissing
       *[other] { $recorded } toestemmingsbeslissingen
    } vastgelegd
command-pupil-import-decisions-reconfirmed = { $decisions }, { $reconfirmed } opnieuw bevestigd
command-pupil-import-summary = { $pupils }; { $decisions }, { $kept } behouden omdat een latere beslissing of export geldt
command-pupil-import-saved-map = kolomkoppeling opgeslagen als profiel { $name }: gebruik de volgende keer `--profile { $name }`

## Leerlingen (src/commands/pupil/)

command-erase-not-erasure = verzoek { $request } is een verzoek om { $kind }, niet om verwijdering; leg een verwijderverzoek vast met `vreg request add erasure --pupil { $pupil } ...`
command-erase-other-pupil = verzoek { $request } gaat niet over leerling { $pupil }
command-erase-answered = verzoek { $request } is beantwoord op { $closed }; een nieuwe verwijdering vraagt een nieuw verzoek
command-erase-ask = Leerling { $pupil } ({ $name }) met de toestemmingsgeschiedenis uit het register wissen, en verzoek { $request } afsluiten als toegewezen?
command-nothing-erased = niets gewist
command-erase-failed = leerling { $pupil } kon niet worden gewist
command-erased = leerling { $pupil } gewist en verzoek { $request } afgesloten (toegewezen, { $today }); het verzoek blijft, zonder de leerling. Vraag de leerlingenadministratie en de leveranciers de leerling ook te wissen.
command-leave-nothing-to-undo = leerling { $pupil } heeft geen vertrekdatum om ongedaan te maken
command-leave-undone = leerling { $pupil } zit weer op school (de vertrekdatum { $left } is ongedaan gemaakt)
command-leave-before-birth = --on { $on } ligt vóór de geboorte van leerling { $pupil } ({ $born })
command-leave-already = leerling { $pupil } is al vertrokken op { $on }
command-leave-already-other = leerling { $pupil } is al vertrokken op { $left }; wijzig de datum met --correct, of maak het vertrek ongedaan met --undo
command-leave-nothing-to-correct = leerling { $pupil } heeft geen vertrekdatum om te verbeteren; laat --correct weg
command-leave-corrected = leerling { $pupil } vertrokken op { $on } (verbeterd, was { $left })
command-leave-left = leerling { $pupil } vertrokken op { $on }
command-pupil-none = geen leerlingen
command-purge-future = --left-before { $left_before } ligt na vandaag ({ $today }): alleen vertrokken leerlingen kunnen worden opgeschoond
command-purge-held = { $count ->
    [one] 1 leerling bewaard over wie een verzoek openstaat
   *[other] { $count } leerlingen bewaard over wie een verzoek openstaat
    }: { $pupils }; verwijder opnieuw zodra het verzoek is afgehandeld (`vreg request close`)
command-purge-none = geen leerlingen vertrokken vóór { $left_before }
command-purge-ask =
    { $count ->
        [one] 1 leerling die vóór { $left_before } vertrok, met de toestemmingsgeschiedenis
       *[other] { $count } leerlingen die vóór { $left_before } vertrokken, met hun toestemmingsgeschiedenis
    } verwijderen?
command-purged =
    { $count ->
        [one] 1 leerling verwijderd die vóór { $left_before } vertrok
       *[other] { $count } leerlingen verwijderd die vóór { $left_before } vertrokken
    }
command-access-format = het inzageoverzicht is een document: --format md, html of json
command-access-not-allowed = waarschuwing: het antwoord noemt een uitwisseling die de wet niet toestaat, en zegt dat ook ({ $party }: { $why }); corrigeer het register (zie `vreg audit`) voordat u het verstuurt
command-access-written = inzageoverzicht van leerling { $pupil } per { $as_of } geschreven naar { $path } (modus 0600: het bevat leerlinggegevens)

## Toestemming (src/commands/consent/)

command-matrix-yes = ja
command-matrix-no = NEE
command-matrix-unknown = ?
command-matrix-disputed = ONEENS
command-matrix-legend =
    ja: toestemming die telt; NEE: geweigerd, ingetrokken of niet in een vorm
    die telt; ?: geen beslissing; ONEENS: de ouders zijn het oneens
command-purpose-special-not-explicit = { $id } aanvaardt nu elke vorm, dus partij { $party } ontvangt daarop geen { $categories } (bijzondere persoonsgegevens, art. 9, gaan alleen met uitdrukkelijke toestemming); `vreg audit` meldt het
command-purpose-forms-changed = waarschuwing: welke vormen van toestemming tellen voor { $id } is veranderd; elke toestemming wordt beoordeeld naar het doel zoals het nu is, ook in antwoorden voor een eerdere dag (--as-of): een toestemming die toen telde, telt nu misschien niet, of andersom
command-purpose-none = geen toestemmingsdoelen
command-purpose-added = toestemmingsdoel { $id } toegevoegd
command-purpose-unchanged = doel { $id } ongewijzigd
command-purpose-updated = toestemmingsdoel { $id } bijgewerkt
command-purpose-of-party = { $id } is het toestemmingsdoel van externe partij { $party }; het verdwijnt als de partij een andere grondslag krijgt of wordt verwijderd (`vreg party edit` / `vreg party remove`)
command-purpose-unretired = toestemmingsdoel { $id } is weer in gebruik
command-purpose-retired = toestemmingsdoel { $id } beëindigd; de beslissingen blijven in de geschiedenis
command-consent-by-file = --by file legt een import vast als de export niet zegt wie besliste; noem wie besliste (parent, guardian, pupil, representative)
command-consent-given-by = --by { $given_by }: leerling { $pupil }: { $error }
command-consent-recorded = vastgelegd: { $decision } { $purpose } voor { $pupil } op { $on } door { $by }
command-consent-pupil-left = let op: leerling { $pupil } is vertrokken op { $left }; de beslissing is toch vastgelegd
command-consent-pupil-gone = let op: leerling { $pupil } is vertrokken op { $left }; lijsten en tellingen van die dag laten de leerling weg
command-consent-later-stands = let op: een beslissing met een latere datum geldt; deze blijft als geschiedenis bewaard
command-consent-form-does-not-count = waarschuwing: { $purpose } vraagt { $needed }; deze toestemming ({ $form }) telt niet
command-consent-counting-grant-stands = let op: { $purpose } vraagt { $needed }; deze toestemming ({ $form }) telt niet, en de toestemming ({ $was }) van { $on } ({ $by }) blijft gelden
command-consent-disputed = waarschuwing: de ouders zijn het nu oneens over { $purpose }: er is geen toestemming tot zij het eens zijn
command-consent-decider = { "  " }{ $by }: { $decision } op { $date } ({ $form })
command-consent-no-history = geen beslissingen vastgelegd
command-consent-history = geschiedenis:

## Datalekken (src/commands/breach/)

command-breach-added-agreement = datalek { $id } toegevoegd bij leverancier { $supplier } (verwerkersovereenkomst { $agreement }); de termijn voor de AP is { $due }; leg de beslissing vast met `vreg breach assess { $id } --risk none|risk|high --reason TEKST`
command-breach-added-supplier = datalek { $id } toegevoegd bij leverancier { $supplier } (geen verwerkersovereenkomst van kracht op die dag); de termijn voor de AP is { $due }; leg de beslissing vast met `vreg breach assess { $id } --risk none|risk|high --reason TEKST`
command-breach-added = datalek { $id } toegevoegd; de termijn voor de AP is { $due }; leg de beslissing vast met `vreg breach assess { $id } --risk none|risk|high --reason TEKST`
command-breach-assessed-none = datalek { $id }: geen risico; de klok voor de AP staat stil
command-breach-assessed-risk = datalek { $id }: meldplichtig
command-breach-assessed-high = datalek { $id }: hoog risico
command-breach-duties = { $head }; { $duties }
command-breach-duties-done = { $head }; wat de wet bij dit risico vraagt, is vastgelegd
command-breach-duty-ap = meld het uiterlijk { $due } bij de AP: vreg breach notify { $id } ap --at TIJD --ref MELDNUMMER
command-breach-duty-subjects = informeer de betrokkenen zonder onredelijke vertraging: vreg breach notify { $id } subjects --at TIJD --how TEKST
command-breach-duty-inspectie = meld de uitgelekte resultaten bij de Inspectie van het Onderwijs: vreg breach notify { $id } inspectie --at TIJD --ref KENMERK
command-breach-no-deadlines = geen open termijnen van datalekken
command-breach-already-closed = datalek { $id } is afgesloten op { $closed }; wijzig het met `vreg breach edit { $id } --measures .. --closed ..`
command-breach-closed-unassessed = datalek { $id } afgesloten; het is nooit beoordeeld: leg de beslissing vast met `vreg breach assess { $id }`
command-breach-closed = datalek { $id } afgesloten op { $at }
command-breach-closed-duties = datalek { $id } afgesloten op { $at }; nog te doen (`vreg deadlines` houdt het bij): { $duties }
command-breach-other-year = datalek { $id } is genummerd in { $year }; een ontdekking in { $other } is een ander datalek (voeg het opnieuw toe)
command-breach-unchanged = datalek { $id } ongewijzigd
command-breach-updated = datalek { $id } bijgewerkt
command-breach-none = geen datalekken
command-breach-agreement-owner = verwerkersovereenkomst { $agreement } hoort bij leverancier { $owner }, niet bij { $supplier }
command-breach-notify-needs-ref = een melding bij de AP vraagt het meldnummer dat de AP gaf: --ref MELDNUMMER
command-breach-notify-needs-how = zeg hoe de betrokkenen zijn geïnformeerd: --how TEKST
command-breach-notify-how-only = --how is voor `notify subjects`
command-breach-assess-nothing-to-correct = datalek { $id } heeft geen beoordeling als { $risk } om te corrigeren; laat --correct weg
command-breach-assess-same-risk = datalek { $id } is al op { $was } beoordeeld als { $risk }: dat moment blijft bij een nieuwe reden; om het vastgelegde moment te wijzigen: voeg --correct toe
command-breach-notify-already = datalek { $id }: { $to } is al op { $at } ingelicht, en het register houdt vast wanneer (dezelfde --at vult die melding aan); om de vastgelegde tijd te wijzigen: voeg --correct toe
command-breach-notify-other-reference = datalek { $id }: de melding aan { $to } is vastgelegd met "{ $was }"; om te wijzigen wat is vastgelegd: voeg --correct toe
command-breach-notify-nothing-to-correct = datalek { $id }: { $to } is nog niet ingelicht, er is dus niets te corrigeren; laat --correct weg
command-breach-notify-delay-only = --delay-reason is voor `notify ap`
command-breach-notify-ref-only = --ref is voor `notify ap` en `notify inspectie`
command-breach-told = datalek { $id }: { $to } geïnformeerd op { $at }
command-breach-told-late = { $told }, na de 72 uur (termijn { $due }): de melding moet de redenen voor de vertraging geven (leg ze vast: --delay-reason TEKST)
command-breach-told-late-explained = { $told }, na de 72 uur (termijn { $due }), met de redenen voor de vertraging
command-breach-told-in-time = { $told }, binnen de 72 uur
command-breach-no-supplier = datalek { $id } noemt geen leverancier; noem die eerst: vreg breach edit { $id } --supplier ID
command-breach-supplier-reported = datalek { $id }: de leverancier meldde het op { $at }
command-breach-supplier-reported-late = { $reported }, later dan de { $hours } uur van de verwerkersovereenkomst (termijn { $due })
command-breach-supplier-reported-in-time = { $reported }, binnen de { $hours } uur van de verwerkersovereenkomst

## Verzoeken (src/commands/request/)

command-request-added = verzoek { $id } ({ $kind }) toegevoegd; het antwoord moet er uiterlijk { $due } zijn
command-note = let op: { $note }
command-request-closed-late = verzoek { $id } afgesloten ({ $outcome }), te laat: de termijn was { $due }
command-request-closed = verzoek { $id } afgesloten ({ $outcome }), op tijd (termijn { $due })
command-request-extend-answered = verzoek { $id } is beantwoord op { $closed }; een beantwoord verzoek wordt niet verlengd
command-request-extended-already = verzoek { $id } is al verlengd (de verzoeker is geïnformeerd op { $told }); de wet staat één verlenging van twee maanden toe
command-request-extended = verzoek { $id } verlengd; het antwoord moet er nu uiterlijk { $due } zijn
command-request-not-yet-received = verzoek { $id } is ontvangen op { $received }, na { $day }: op die dag was het nog niet bekend
command-count-too-large = { $text } is te groot (hoogstens { $max })
command-min-count-zero = --min-count is 1 of meer: kleinere aantallen worden geschreven als "<N"
command-not-a-count = '{ $text }' is geen geheel getal van 0 of meer
command-request-none = geen verzoeken
command-request-pupil-erased = de leerling is uit het register gewist
command-request-open =
    open: het antwoord moet er uiterlijk { $due } zijn (nog { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    })
command-request-overdue =
    te laat: het antwoord moest er uiterlijk { $due } zijn, { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    } geleden
command-request-answered-on-time = beantwoord op { $closed } (op tijd), termijn { $due }
command-request-answered-late = beantwoord op { $closed } (te laat), termijn { $due }

## Verslagen, exports, termijnen, het logboek (src/commands/)

command-year-report-several = met meerdere --db geeft het jaarverslag md of json en een samenvatting (csv: alleen de samenvatting) op stdout; voor een html-pagina of --out: draai het per register
command-year-report-format = het jaarverslag is een document: --format md, html of json
command-year-report-written = privacyjaarverslag { $year } geschreven naar { $path }
command-portfolio-no-organisation = (geen organisatie)
command-log-not-an-entity = '{ $value }' is geen KIND:ID, bijvoorbeeld supplier:gynzy-bv
command-log-none = geen wijzigingen vastgelegd
command-deadlines-several = met meerdere --db geeft deadlines table, json of csv op stdout; voor een agenda (--format ics, --out): draai het per register
command-deadlines-format = de termijnen zijn een lijst: --format table, json, csv of ics
command-deadlines-written =
    { $count ->
        [one] 1 termijn
       *[other] { $count } termijnen
    } geschreven naar { $path }
command-deadlines-none-within =
    geen termijnen binnen { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    }
command-deadlines-none = geen termijnen
command-export-toml-format = export toml schrijft alleen TOML en neemt geen --format; gebruik voor JSON `vreg export json`
command-export-json-format = export json schrijft alleen JSON; gebruik voor het register als TOML `vreg export toml`
command-export-pupil-data = let op: deze export bevat leerlinggegevens (namen, geboortedata, toestemming); houd hem vertrouwelijk
command-export-art30-format = export art30 schrijft csv, json of html; geen md
command-wrote = { $path } geschreven
command-cannot-create = kan { $path } niet aanmaken
command-export-toml-failed = kon het register niet als TOML schrijven
command-export-toml-unreadable = kon de TOML-export niet teruglezen
command-gmr-several-needs-dir = met meerdere --db schrijft export gmr één map per register: geef --out-dir MAP
command-gmr-several-flags = met meerdere --db neemt export gmr --out-dir, niet --out of --school
command-gmr-no-folder-name = { $path } heeft geen bestandsnaam om de map naar te noemen
command-gmr-same-folder = twee registers zouden naar { $path } schrijven; geef de registerbestanden verschillende namen
command-gmr-format = export gmr schrijft csv (standaard) of html; geen { $format }
command-gmr-out-dir-not-dir = --out-dir { $path } is een bestand, geen map; de vijf GMR-bestanden komen in een map
command-gmr-out-dir-dash = vijf bestanden kunnen niet naar stdout; laat --out-dir weg voor het overzicht op stdout
command-gmr-out-dir-empty = noem de map voor de vijf bestanden
command-gmr-html-out-dir = --out-dir schrijft de CSV-bestanden voor de GMR; het html-document gaat naar stdout of naar --out BESTAND

## Aanmaken, reservekopie en controle (src/commands/init.rs, src/commands/backup.rs)

command-backup-stdout = een back-up wordt naar een bestand geschreven en daar gecontroleerd; '-' (stdout) is er geen: noem een bestand, bijvoorbeeld `vreg backup register-$(date +%F).sqlite`
command-backup-failed = reservekopie naar { $path } mislukt
command-backed-up = reservekopie van { $from } gemaakt in { $to } (schemaversie { $version }, integriteit in orde)
command-check-integrity = integriteitscontrole: { $found }
command-check-missing-schema = ontbreekt in het schema: { $objects }
command-check-dates = datums die vreg niet kan lezen (door een ander programma geschreven; verbeter ze als JJJJ-MM-DD): { $values }
command-check-enumerations = waarden buiten hun opsomming, die vreg niet kan lezen: { $values }
command-check-foreign-keys =
    { $count ->
        [one] 1 rij verwijst
       *[other] { $count } rijen verwijzen
    } naar iets dat er niet is: { $references }
command-check-foreign-keys-unread =
    { $count ->
        [one] 1 rij verwijst
       *[other] { $count } rijen verwijzen
    } naar iets dat er niet is (welke, kon vreg in het beschadigde bestand niet lezen)
command-check-consent-decider =
    { $count ->
        [one] 1 rij van consent_decider wijkt
       *[other] { $count } rijen van consent_decider wijken
    } af van de toestemmingsgeschiedenis (geschreven door ander gereedschap?); waar toestemming staat, kan verkeerd worden getoond
command-check-schema-version = schemaversie { $found } waar { $expected } werd verwacht
command-check-journal-mode = journaalmodus { $mode } waar vreg het terugdraaijournaal (delete) houdt; voer `sqlite3 { $path } 'PRAGMA journal_mode=DELETE'` uit
command-check-purge-unfinished = een opschoning of verwijdering is niet af: het bestand bevat in zijn vrije ruimte nog wat ze verwijderde, en een reservekopie zou het meenemen; de volgende opdracht die mag schrijven bouwt het bestand opnieuw op
command-check-file-mode = { $path } heeft modus { $mode }: anderen kunnen de toestemmingsgegevens van leerlingen lezen; voer `chmod 600 { $path }` uit
command-check-ok = in orde
command-check-problems = PROBLEMEN
command-check-damaged = beschadigd
command-check-line = { $verdict }: { $path } (schemaversie { $version }, integriteit { $integrity }, verwijzingen { $foreign_keys }, modus { $mode })
command-check-problem = probleem: { $problem }

## De opslag (src/store/)

command-pupil-several-schools = leerlingnummer { $pupil } hoort bij een leerling op { $count } scholen: { $schools }; zeg welke met --school
command-pupil-at-school = { $pupil } op { $school }
command-no-school = geen school
command-purpose-not-found = geen toestemmingsdoel '{ $id }' (zie `vreg consent purposes`)
command-purpose-retired-on = toestemmingsdoel { $id } is beëindigd op { $retired }; de geschiedenis blijft in `vreg consent show`
command-purpose-name-taken = toestemmingsdoel { $other } heeft al de naam '{ $name }'; geef { $id } een andere naam
command-audit-run-not-found = geen bewaarde controle { $id } (zie `vreg audit history`)
command-cannot-open-register = kan register { $path } niet openen
command-merge-older-schema = { $path } is een register met schemaversie { $version } en deze vreg schrijft versie { $current }; open het eenmaal met vreg (`vreg --db { $path } check`) om het bij te werken, en voeg dan samen
command-merge-row-failed = kon een rij niet samenvoegen in { $table }
command-merge-binary = een register bevat geen binaire waarden
command-cannot-lock-directory = kan de map { $path } niet vergrendelen terwijl het register erin wordt gemaakt (een netwerkschijf zonder vergrendeling?)
command-cannot-create-directory = kan map { $path } niet aanmaken
command-migration-commit-failed = kon de schemamigratie niet vastleggen
command-reclaim-failed = kon de vrijgekomen ruimte van het register niet teruggeven
command-commit-failed = kon de wijziging niet vastleggen
command-cannot-read-register = kan register { $path } niet lezen
command-register-read-only = kan niet schrijven in register { $path }: het bestand of de map is alleen-lezen (SQLite schrijft er een journaal naast); er is niets gewijzigd
command-migration-failed = { $path } zegt op schemaversie { $version } te staan, maar de tabellen zijn niet wat die versie heeft: schemamigratie { $number } is mislukt ({ $reason }); er is niets gewijzigd. `vreg check` zegt meer; een back-up van voor de wijziging is de weg terug
command-deciders-failed = kon niet bepalen waar de toestemming staat
command-no-data-directory = kan de gegevensmap van het platform niet vinden; geef --db PAD mee of zet VREG_DB
command-cannot-open = kan { $path } niet openen
command-backup-locked = het register bleef 30 s vergrendeld door een andere vreg; probeer het opnieuw
command-backup-unsound = de kopie doorstond de integriteitscontrole niet; er is niets geschreven
command-document-breach-invalid = datalek { $id }: { $error }
command-merge-unknown-table = { $table } is geen tabel die samenvoegen schrijft
command-matrix-group = groep { $group }

## De redenen van het besturingssysteem en SQLite (error.rs)

command-io-error = { $reason } (systeemfout { $code })
command-io-not-found = het bestand of de map bestaat niet
command-io-permission-denied = geen toegang
command-io-already-exists = bestaat al
command-io-is-a-directory = is een map
command-io-not-a-directory = een deel van het pad is geen map
command-io-directory-not-empty = de map is niet leeg
command-io-read-only = het bestandssysteem is alleen-lezen
command-io-storage-full = de schijf is vol
command-sqlite-error = { $reason } (SQLite-fout { $code })
command-sqlite-locked = het register is vergrendeld: een ander programma of een andere vreg schrijft erin; probeer het zo opnieuw
command-sqlite-corrupt = het registerbestand is beschadigd
command-sqlite-not-a-database = het bestand is geen SQLite-database
command-sqlite-read-only = het register kan alleen gelezen worden, niet beschreven
command-sqlite-cannot-open = het registerbestand kan niet worden geopend
command-matrix-group-at = groep { $group }, school { $school }
