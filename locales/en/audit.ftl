# The audit: its findings' messages and hints, the meaning of each code, the summary.

audit-summary-line = audit of { $as_of }: { $error ->
        [one] 1 error
       *[other] { $error } errors
    }, { $warning ->
        [one] 1 warning
       *[other] { $warning } warnings
    }, { $info } info
