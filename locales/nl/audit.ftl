# De controle: meldingen en aanwijzingen van de bevindingen, de betekenis van elke code, de samenvatting.

audit-summary-line = controle op { $as_of }: { $error ->
        [one] 1 fout
       *[other] { $error } fouten
    }, { $warning ->
        [one] 1 waarschuwing
       *[other] { $warning } waarschuwingen
    }, { $info } ter informatie
