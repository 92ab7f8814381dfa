# Redenen die een controle geeft: of een leerling mee mag doen, of een partij gegevens mag ontvangen.
# Apart van de rest van het domein, zodat `consent check` alleen deze leest.

reason-consent-needs-written = een schriftelijke (papieren) verklaring
reason-consent-needs-express = een uitdrukkelijke verklaring, schriftelijk of digitaal
reason-consent-needs-any = welke vorm dan ook
reason-consent-no-decision = geen beslissing vastgelegd voor { $id }: zonder beslissing is er geen toestemming
reason-consent-granted-not-counting = voor { $id } is op { $on } toestemming gegeven door { $by } ({ $form }), maar dit doel vraagt { $needed }
reason-party-special-never = grondslag { $basis } heft het verbod op bijzondere persoonsgegevens (AVG art. 9) nooit op: alleen uitdrukkelijke toestemming per leerling, of een wet die erin voorziet
reason-party-special-emergency = grondslag { $basis } heft het verbod op bijzondere persoonsgegevens (AVG art. 9 lid 2 sub c) alleen op in een noodgeval waarin iemand geen toestemming kan geven, per geval, niet voor een uitwisseling die vooraf is vastgelegd: alleen uitdrukkelijke toestemming per leerling, of een wet die erin voorziet
reason-party-special-needs-law = grondslag { $basis } dekt bijzondere persoonsgegevens (AVG art. 9) alleen waar de wet die de verwerking voorschrijft dat doet; er is geen wet vastgelegd
reason-party-other-school = { $id } ontvangt alleen gegevens van { $schools }, en deze leerling zit op { $school }
reason-party-bsn = het BSN mag alleen naar een partij die wettelijk verplicht is het te ontvangen (UAVG art. 46); { $id } deelt op grondslag { $basis }
reason-party-bsn-no-law = het BSN mag alleen naar een partij die wettelijk verplicht is het te ontvangen (UAVG art. 46); { $id } heeft een wettelijke verplichting als grondslag, maar er is geen wet vastgelegd
reason-party-no-law = { $id } heeft een wettelijke verplichting als grondslag, maar er is geen wet vastgelegd: zonder die wet is er geen grondslag om te delen (vreg party edit { $id } --law "...")
reason-party-special-refused = { $problem }: { $id } mag { $categories } niet ontvangen
reason-party-not-allowed = { $id } mag { $refused } niet ontvangen (toegestaan: { $allowed })
reason-party-not-allowed-none = { $id } mag { $refused } niet ontvangen (toegestaan: niets)
reason-party-basis = grondslag { $basis }
reason-party-basis-law = grondslag { $basis } ({ $law })
reason-party-special-not-explicit = { $categories }: bijzondere persoonsgegevens (AVG art. 9), die alleen met uitdrukkelijke toestemming naar { $id } gaan, en doel { $purpose } aanvaardt elke vorm; laat het om een uitdrukkelijke verklaring vragen: vreg consent purpose edit { $purpose } --explicit true
reason-party-consent-needs-pupil = { $id } ontvangt alleen leerlinggegevens met toestemming: noem de leerling met --pupil
reason-party-basis-consent = { $basis }: { $why }
reason-party-categories-allowed = { $basis }; de gevraagde categorieën zijn toegestaan
reason-party-pupil-reason = leerling { $pupil }: { $reason }
reason-consent-standing = { $state ->
        [granted] { $id }: toestemming gegeven op { $on } door { $by } ({ $form })
        [disputed] { $id }: de ouders zijn het oneens: de een gaf toestemming, op { $on } is geweigerd of ingetrokken door { $by } ({ $form }); er is geen toestemming totdat zij het eens zijn
        [disputed-own] { $id }: wie voor de leerling beslissen zijn het oneens: toestemming gegeven door een van hen (de leerling, een vertegenwoordiger of het bestand van de administratie), op { $on } geweigerd of ingetrokken door { $by } ({ $form }); er is geen toestemming totdat zij het eens zijn
        [refused] { $id }: geen toestemming, geweigerd op { $on } door { $by } ({ $form })
       *[withdrawn] { $id }: toestemming ingetrokken op { $on } door { $by } ({ $form })
    }
reason-consent-unknown = geen beslissing vastgelegd voor { $id }
reason-by = { $who }
reason-by-decider = { $who } ({ $decider })
