-- vreg schema: requests of parents and pupils (rights of data subjects, art. 15-21 AVG) and
-- their deadlines (art. 12(3)). The due date is not stored: it follows from received_on and
-- whether the request was extended (src/domain/request.rs).

CREATE TABLE request (
    id                    TEXT PRIMARY KEY,
    kind                  TEXT NOT NULL CHECK (kind IN ('access', 'rectification', 'erasure',
                                                        'restriction', 'portability', 'objection')),
    -- Empty once the pupil is erased or purged: the request stays as evidence that it was
    -- answered, without pointing at anyone.
    pupil                 TEXT REFERENCES pupil(leerlingnummer) ON DELETE SET NULL,
    requested_by          TEXT NOT NULL CHECK (requested_by IN ('parent', 'pupil', 'representative')),
    received_on           TEXT NOT NULL,
    via                   TEXT,
    notes                 TEXT,
    extension_reason      TEXT,
    extension_notified_on TEXT,
    closed_on             TEXT,
    outcome               TEXT CHECK (outcome IN ('granted', 'partly', 'refused')),
    outcome_note          TEXT,
    CHECK ((extension_reason IS NULL) = (extension_notified_on IS NULL)),
    CHECK ((closed_on IS NULL) = (outcome IS NULL))
) STRICT;
CREATE INDEX request_pupil ON request(pupil);
