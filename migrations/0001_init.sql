-- vreg schema version 1: suppliers, agreements, sub-processors, scopes and the change log.
-- Append-only: never edit a migration once it has landed; add the next file instead.

PRAGMA application_id = 1987208551; -- 'vreg'

CREATE TABLE supplier (
    id                   TEXT PRIMARY KEY,
    name                 TEXT NOT NULL,
    kvk                  TEXT,
    website              TEXT,
    contact              TEXT,
    role                 TEXT NOT NULL,
    convenant            TEXT NOT NULL,
    convenant_version    TEXT,
    convenant_checked_on TEXT,
    notes                TEXT
) STRICT;

CREATE TABLE agreement (
    id                  TEXT PRIMARY KEY,
    supplier_id         TEXT NOT NULL REFERENCES supplier(id) ON DELETE CASCADE,
    products            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(products)),
    model               TEXT NOT NULL,
    signed_on           TEXT,
    starts_on           TEXT,
    expires_on          TEXT,
    review_on           TEXT,
    terminated_on       TEXT,
    document            TEXT,
    privacy_leaflet     TEXT,
    storage_countries   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(storage_countries)),
    transfer_safeguard  TEXT,
    breach_notice_hours INTEGER,
    dpia                TEXT,
    notes               TEXT
) STRICT;
CREATE INDEX agreement_supplier ON agreement(supplier_id);

CREATE TABLE subprocessor (
    agreement_id       TEXT NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    name               TEXT NOT NULL,
    country            TEXT NOT NULL,
    purpose            TEXT,
    transfer_safeguard TEXT,
    PRIMARY KEY (agreement_id, name)
) STRICT;

CREATE TABLE scope (
    agreement_id TEXT NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
    category     TEXT NOT NULL,
    purpose      TEXT,
    retention    TEXT,
    PRIMARY KEY (agreement_id, category)
) STRICT;
CREATE INDEX scope_category ON scope(category);

CREATE TABLE change_event (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity_kind TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    detail      TEXT NOT NULL CHECK (json_valid(detail))
) STRICT;
CREATE INDEX change_event_entity ON change_event(entity_kind, entity_id);
