-- vreg schema 13: consent_event holds its enumerations with CHECK constraints instead of
-- migration 9's triggers. Every consent decision is written to this table (an import of 200,000
-- pupils writes 800,000), and the triggers made each insert cost two and a half times what it
-- does without them: a trigger runs as a sub-program, and a constant `IN (...)` list of more
-- than two values is compiled into a temporary index that is built again at every run of the
-- statement. A CHECK constraint runs inside the insert itself, and a chain of `=` builds nothing
-- (callgrind, an import of 5,000 pupils: 2.24 G instructions with the triggers, 0.88 G with these
-- constraints, 0.85 G with no check at all).
--
-- SQLite adds a CHECK constraint only by rebuilding the table. Nothing points at consent_event,
-- so it is copied into a new table, dropped and replaced; rows stored before migration 9 with a
-- value outside their enumeration are copied as they are (`vreg check` names them), and the view
-- consent_standing, which reads the table by name, is kept as it is (legacy_alter_table: the
-- rename does not check the view while the old table is gone). The triggers of the old table go
-- with it.

PRAGMA legacy_alter_table = ON;
PRAGMA ignore_check_constraints = ON;

CREATE TABLE consent_event_new (
    seq         INTEGER PRIMARY KEY,
    pupil       TEXT NOT NULL REFERENCES pupil(leerlingnummer) ON DELETE CASCADE,
    purpose     TEXT NOT NULL REFERENCES purpose(id) ON DELETE CASCADE,
    decision    TEXT NOT NULL
                CHECK (decision = 'granted' OR decision = 'refused' OR decision = 'withdrawn'),
    given_by    TEXT NOT NULL
                CHECK (given_by = 'parent' OR given_by = 'guardian' OR given_by = 'pupil'
                       OR given_by = 'representative' OR given_by = 'file'),
    form        TEXT NOT NULL
                CHECK (form = 'written' OR form = 'digital' OR form = 'verbal'),
    date        TEXT NOT NULL,
    source      TEXT,
    recorded_at TEXT NOT NULL,
    actor       TEXT NOT NULL,
    decider     TEXT,
    evidence    TEXT
) STRICT;

INSERT INTO consent_event_new
     SELECT seq, pupil, purpose, decision, given_by, form, date, source, recorded_at, actor,
            decider, evidence
       FROM consent_event;

DROP TABLE consent_event;
ALTER TABLE consent_event_new RENAME TO consent_event;
CREATE INDEX consent_event_latest ON consent_event(pupil, purpose, date, seq);

PRAGMA ignore_check_constraints = OFF;
PRAGMA legacy_alter_table = OFF;
