-- vreg schema version: the audit a board can pass. Former suppliers kept as evidence, findings
-- accepted for a while with their reason.

-- A supplier no longer used from `retired_on`: kept with its agreements, out of the findings
-- that expect a current agreement or convenant check.
ALTER TABLE supplier ADD COLUMN retired_on TEXT;
ALTER TABLE supplier ADD COLUMN retired_reason TEXT;

-- A decision to live with a finding until a day: the audit shows it apart and does not fail on
-- it; from `until` on the finding counts again.
CREATE TABLE accepted_finding (
    code         TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id   TEXT NOT NULL,
    reason       TEXT NOT NULL,
    until        TEXT NOT NULL,
    PRIMARY KEY (code, subject_kind, subject_id)
) STRICT;

-- The schools an agreement or a party serves (BRIN or BRIN with vestiging); none listed: every
-- school of the board.
ALTER TABLE agreement ADD COLUMN schools TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(schools));
ALTER TABLE party ADD COLUMN schools TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(schools));
