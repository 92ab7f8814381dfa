-- vreg schema: the breach register (datalekken), art. 33(5) AVG.
-- Moments are ISO 8601 text with the Dutch offset of their moment, e.g. 2026-10-23T16:00:00+02:00.
-- No column holds a pupil's name or number: a breach records kinds and numbers of people.

CREATE TABLE breach (
    id                    TEXT PRIMARY KEY,
    title                 TEXT NOT NULL,
    discovered_at         TEXT NOT NULL,
    started_at            TEXT,
    ended_at              TEXT,
    -- A breach stays in the register: its supplier and agreement cannot be removed under it.
    supplier_id           TEXT REFERENCES supplier(id),
    agreement_id          TEXT REFERENCES agreement(id),
    schools               TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(schools)),
    categories            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories)),
    subjects              INTEGER CHECK (subjects >= 0),
    kinds                 TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(kinds)),
    description           TEXT,
    consequences          TEXT,
    supplier_reported_at  TEXT,
    risk                  TEXT CHECK (risk IN ('none', 'risk', 'high')),
    risk_reason           TEXT,
    assessed_at           TEXT,
    ap_reported_at        TEXT,
    ap_reference          TEXT,
    subjects_notified_at  TEXT,
    subjects_notice       TEXT,
    inspectie_notified_at TEXT,
    inspectie_reference   TEXT,
    measures              TEXT,
    closed_at             TEXT
) STRICT;
CREATE INDEX breach_supplier ON breach(supplier_id);
CREATE INDEX breach_agreement ON breach(agreement_id);
