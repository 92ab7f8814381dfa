-- vreg schema version 2: consent decided per decider, purposes with policies, imports as
-- snapshots.

-- Who decided, when more than one person can (e.g. 'ouder 2'), and the proof (the form, the
-- e-mail, the file and line of an import).
ALTER TABLE consent_event ADD COLUMN decider TEXT;
ALTER TABLE consent_event ADD COLUMN evidence TEXT;

-- written_only: only a paper form counts (explicit purposes otherwise count written and digital).
-- renewal: 'yearly' (asked every school year, stale after 1 August) or 'once'.
-- applies_to: 'all' (every pupil is asked) or 'some' (asked only when needed).
-- retired_on: no longer used from that day; kept with its history.
ALTER TABLE purpose ADD COLUMN written_only INTEGER NOT NULL DEFAULT 0 CHECK (written_only IN (0, 1));
ALTER TABLE purpose ADD COLUMN renewal TEXT NOT NULL DEFAULT 'yearly' CHECK (renewal IN ('yearly', 'once'));
ALTER TABLE purpose ADD COLUMN applies_to TEXT NOT NULL DEFAULT 'all' CHECK (applies_to IN ('all', 'some'));
ALTER TABLE purpose ADD COLUMN retired_on TEXT;

-- Asking every parent about a care party is no data minimisation: only the pupils concerned.
UPDATE purpose SET applies_to = 'some' WHERE party_id IS NOT NULL;

-- Publication on social media needs an express statement; the seeded purpose said otherwise.
-- Only where it was never edited.
UPDATE purpose SET explicit = 1
 WHERE id = 'photo-social-media'
   AND name = 'Beeldmateriaal op sociale media van de school'
   AND NOT EXISTS (SELECT 1 FROM change_event
                    WHERE entity_kind = 'purpose' AND entity_id = 'photo-social-media');

-- What the last import said in each cell: an export is a snapshot, and a cell that says what
-- the previous import said is no new decision.
CREATE TABLE import_cell (
    pupil       TEXT NOT NULL REFERENCES pupil(leerlingnummer) ON DELETE CASCADE,
    purpose     TEXT NOT NULL REFERENCES purpose(id) ON DELETE CASCADE,
    answer      TEXT NOT NULL CHECK (answer IN ('granted', 'refused')),
    imported_on TEXT NOT NULL,
    PRIMARY KEY (pupil, purpose)
) STRICT, WITHOUT ROWID;

-- Registers imported before: the last decision an import recorded is what its file said.
INSERT INTO import_cell (pupil, purpose, answer, imported_on)
SELECT pupil, purpose, CASE decision WHEN 'granted' THEN 'granted' ELSE 'refused' END, date
  FROM (SELECT pupil, purpose, decision, date,
               row_number() OVER (PARTITION BY pupil, purpose ORDER BY seq DESC) AS nth
          FROM consent_event WHERE source IS NOT NULL)
 WHERE nth = 1;
