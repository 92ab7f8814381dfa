-- vreg schema version 1: the board and its schools, suppliers, agreements, sub-processors,
-- scopes, external parties, pupils, consent purposes and events, saved audits, the change log.
-- Append-only: never edit a migration once it has landed; add the next file instead.

PRAGMA application_id = 1987208551; -- 'vreg'

CREATE TABLE organisation (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT NOT NULL,
    kvk             TEXT,
    privacy_officer TEXT
) STRICT;

CREATE TABLE school (
    brin      TEXT NOT NULL,
    vestiging TEXT NOT NULL,
    name      TEXT NOT NULL,
    PRIMARY KEY (brin, vestiging)
) STRICT;

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

CREATE TABLE party (
    id                    TEXT PRIMARY KEY,
    name                  TEXT NOT NULL,
    kind                  TEXT NOT NULL,
    basis                 TEXT NOT NULL,
    law                   TEXT,
    categories            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories)),
    in_privacy_regulation INTEGER NOT NULL DEFAULT 0 CHECK (in_privacy_regulation IN (0, 1)),
    notes                 TEXT
) STRICT;

CREATE TABLE purpose (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    explicit INTEGER NOT NULL DEFAULT 0 CHECK (explicit IN (0, 1)),
    party_id TEXT REFERENCES party(id) ON DELETE CASCADE
) STRICT;

-- The consent every school asks for at enrolment; editable afterwards.
INSERT INTO purpose (id, name, explicit) VALUES
    ('photo-internal', 'Beeldmateriaal in nieuwsbrief, schoolgids en ouderapp', 0),
    ('photo-website', 'Beeldmateriaal op de website van de school', 1),
    ('photo-social-media', 'Beeldmateriaal op sociale media van de school', 0),
    ('social-media-use', 'Gebruik van sociale media door het kind', 0),
    ('contact-sharing', 'Contactgegevens delen met andere ouders', 0);

CREATE TABLE pupil (
    leerlingnummer TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    groep          TEXT,
    school         TEXT,
    birth_date     TEXT,
    left_on        TEXT
) STRICT;

-- Append-only: a decision is never changed, a new one is recorded. The current state of a
-- (pupil, purpose) is its latest event by date, then by recording order (seq).
CREATE TABLE consent_event (
    seq         INTEGER PRIMARY KEY,
    pupil       TEXT NOT NULL REFERENCES pupil(leerlingnummer) ON DELETE CASCADE,
    purpose     TEXT NOT NULL REFERENCES purpose(id) ON DELETE CASCADE,
    decision    TEXT NOT NULL,
    given_by    TEXT NOT NULL,
    form        TEXT NOT NULL,
    date        TEXT NOT NULL,
    source      TEXT,
    recorded_at TEXT NOT NULL,
    actor       TEXT NOT NULL
) STRICT;
CREATE INDEX consent_event_latest ON consent_event(pupil, purpose, date, seq);

CREATE TABLE audit_run (
    seq      INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    as_of    TEXT NOT NULL,
    error    INTEGER NOT NULL,
    warning  INTEGER NOT NULL,
    info     INTEGER NOT NULL,
    findings TEXT NOT NULL CHECK (json_valid(findings))
) STRICT;

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
