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
--
-- No foreign keys: checking them took a third of the time an import spends on this table. The
-- two ways rows of pupils and purposes go (`Tx::delete_pupils`, `Tx::delete_party`) delete the
-- rows here first, and `vreg check` would count a row left behind. No index on the date either
-- (a fifth of the rest): whether a kept decision is dated after the day asked about is one scan
-- of the table, small beside reading it.
CREATE TABLE consent_decider (
    pupil       TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    decider_key TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    decision    TEXT NOT NULL,
    given_by    TEXT NOT NULL,
    decider     TEXT,
    form        TEXT NOT NULL,
    date        TEXT NOT NULL,
    PRIMARY KEY (pupil, purpose, decider_key)
) STRICT, WITHOUT ROWID;
