-- vreg schema: each decider's latest decision per pupil and purpose, kept up to date in the
-- transaction that records a decision, so that reading where consent stands needs no pass over
-- the whole history. It holds what the history says (`src/store/consent.rs` writes it, from
-- the events, and fills it when a register is brought to this version); `vreg check` compares
-- the two.
--
-- decider_key: '' for the pupil's own side (pupil, representative, file), which is one decider;
-- else given_by || ':' || decider, each parent or guardian apart. The other columns are those of
-- the event `seq`, the decider's latest by date, then by recording order. The event stays the
-- record; this is derived from it, and a merge never copies it.
CREATE TABLE consent_decider (
    pupil       TEXT NOT NULL REFERENCES pupil(leerlingnummer) ON DELETE CASCADE,
    purpose     TEXT NOT NULL REFERENCES purpose(id) ON DELETE CASCADE,
    decider_key TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    decision    TEXT NOT NULL,
    given_by    TEXT NOT NULL,
    decider     TEXT,
    form        TEXT NOT NULL,
    date        TEXT NOT NULL,
    PRIMARY KEY (pupil, purpose, decider_key)
) STRICT, WITHOUT ROWID;

-- Whether any decision stands from after a day: reading as of an earlier day goes back to the
-- history.
CREATE INDEX consent_decider_date ON consent_decider(date);
