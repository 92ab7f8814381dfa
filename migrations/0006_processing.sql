-- vreg schema version 6: the register of processing activities (AVG art. 30), built on the
-- agreements and parties; the controller's contact details; the board's own data categories.
-- Recipients and transfers are not stored: they follow from the linked agreements (their
-- supplier, storage countries and sub-processors) and the linked parties.

ALTER TABLE organisation ADD COLUMN contact TEXT;
ALTER TABLE organisation ADD COLUMN address TEXT;

-- Categories a board adds to the fixed catalogue, for its processing activities.
CREATE TABLE category (
    code        TEXT PRIMARY KEY,
    label       TEXT NOT NULL,
    special     INTEGER NOT NULL DEFAULT 0 CHECK (special IN (0, 1)),
    national_id INTEGER NOT NULL DEFAULT 0 CHECK (national_id IN (0, 1))
) STRICT;

CREATE TABLE processing (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    purposes   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(purposes)),
    basis      TEXT CHECK (basis IN ('consent', 'contract', 'legal-obligation', 'vital-interest',
                                     'public-task', 'legitimate-interest')),
    law        TEXT,
    subjects   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(subjects)),
    -- Codes of the fixed catalogue or of the category table.
    categories TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories)),
    retention  TEXT,
    security   TEXT,
    dpia       TEXT,
    owner      TEXT,
    review_on  TEXT,
    notes      TEXT
) STRICT;

CREATE TABLE processing_agreement (
    processing_id TEXT NOT NULL REFERENCES processing(id) ON DELETE CASCADE,
    agreement_id  TEXT NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    PRIMARY KEY (processing_id, agreement_id)
) STRICT;
CREATE INDEX processing_agreement_agreement ON processing_agreement(agreement_id);

CREATE TABLE processing_party (
    processing_id TEXT NOT NULL REFERENCES processing(id) ON DELETE CASCADE,
    party_id      TEXT NOT NULL REFERENCES party(id) ON DELETE CASCADE,
    PRIMARY KEY (processing_id, party_id)
) STRICT;
CREATE INDEX processing_party_party ON processing_party(party_id);
