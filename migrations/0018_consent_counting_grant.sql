-- vreg schema 18: a grant in a form a purpose does not accept no longer takes the place of a
-- grant the same decider gave in a form it does accept. A parent who signed for the website
-- in September and says "yes" at the door in October has still signed: the signed grant
-- stands, with its date, until that parent refuses or withdraws. Where any form counts, the
-- latest decision stands as before. The rule is `domain::consent::standing_deciders`, and the
-- queries of `src/store/consent.rs` ask it the same.
--
-- `consent_decider` keeps, beside each decider's latest decision, the latest of theirs that is
-- a refusal, a withdrawal or an express grant (written or digital), and the same with a written
-- grant: where the latest is a grant the purpose does not accept and the one kept for its forms
-- is a grant, that grant stands. The table is filled anew from the history after this
-- migration.
ALTER TABLE consent_decider ADD COLUMN express_seq INTEGER;
ALTER TABLE consent_decider ADD COLUMN express_date TEXT;
ALTER TABLE consent_decider ADD COLUMN written_seq INTEGER;
ALTER TABLE consent_decider ADD COLUMN written_date TEXT;
DELETE FROM consent_decider;

DROP VIEW consent_standing;

CREATE VIEW consent_standing AS
WITH latest AS (
               SELECT coalesce(f.seq, e.seq) AS seq, e.pupil, e.purpose, e.decision,
                      coalesce(f.form, e.form) AS form, coalesce(f.date, e.date) AS date,
                      e.given_by, e.decider,
                      e.given_by IN ('pupil', 'representative', 'file') AS own,
                      e.decision <> 'granted' AS neg,
                      (f.seq IS NOT NULL
                       OR CASE WHEN u.written_only THEN e.form = 'written'
                               WHEN u.explicit THEN e.form IN ('written', 'digital')
                               ELSE 1 END) AS form_counts
                 FROM consent_event e
                 JOIN purpose u ON u.id = e.purpose
                  AND (u.retired_on IS NULL OR u.retired_on > date('now', 'localtime'))
                 -- In the place of a grant in a form the purpose does not accept: the same
                 -- decider's latest grant in a form it does accept, unless a refusal or
                 -- withdrawal came after it.
                 LEFT JOIN consent_event f
                   ON f.seq = CASE WHEN e.decision = 'granted'
                                    AND NOT (CASE WHEN u.written_only THEN e.form = 'written'
                                                  WHEN u.explicit THEN e.form IN ('written', 'digital')
                                                  ELSE 1 END)
                              THEN (SELECT g.seq FROM consent_event g
                                     WHERE g.pupil = e.pupil AND g.purpose = e.purpose
                                       AND g.date <= date('now', 'localtime')
                                       AND g.given_by = e.given_by
                                       AND coalesce(g.decider, '') = coalesce(e.decider, '')
                                       AND (g.decision <> 'granted'
                                            OR (CASE WHEN u.written_only THEN g.form = 'written'
                                                     ELSE g.form IN ('written', 'digital') END))
                                     ORDER BY g.date DESC, g.seq DESC LIMIT 1)
                              END
                  AND f.decision = 'granted'
                  AND NOT (CASE WHEN f.given_by IN ('pupil', 'representative', 'file')
                                THEN coalesce((SELECT date(b.birth_date, '+16 years')
                                                 FROM pupil b
                                                WHERE b.leerlingnummer = f.pupil) > f.date, 0)
                                ELSE 0 END)
                WHERE e.date <= date('now', 'localtime')
                  AND NOT EXISTS (
                      SELECT 1 FROM consent_event l
                       WHERE l.pupil = e.pupil AND l.purpose = e.purpose AND l.date <= date('now', 'localtime')
                         AND (l.date > e.date OR (l.date = e.date AND l.seq > e.seq))
                         AND l.given_by = e.given_by
                         AND coalesce(l.decider, '') = coalesce(e.decider, ''))
                  AND NOT (CASE WHEN e.given_by IN ('pupil', 'representative', 'file')
                                THEN coalesce((SELECT date(b.birth_date, '+16 years')
                                                 FROM pupil b
                                                WHERE b.leerlingnummer = e.pupil) > e.date, 0)
                                ELSE 0 END)
                  AND NOT (e.given_by = 'file' AND EXISTS (
                      SELECT 1 FROM consent_event p
                       WHERE p.pupil = e.pupil AND p.purpose = e.purpose
                         AND p.date <= date('now', 'localtime')
                         AND (p.given_by = 'pupil' OR p.given_by = 'representative')
                         AND (p.date > e.date OR (p.date = e.date AND p.seq > e.seq))))),
             grouped AS (
               SELECT pupil, purpose, decision, form, date, given_by, decider, form_counts,
                      max(own) AS own_side,
                      sum(own AND NOT neg) AS own_grants, sum(own AND neg) AS own_refusals,
                      sum(NOT own AND NOT neg) AS parent_grants,
                      sum(NOT own AND neg) AS parent_refusals,
                      max(((own * 2 + neg) * 2 + (neg OR form_counts)) * 100000000000000000
                          + CAST(replace(date, '-', '') AS INTEGER) * 1000000000 + seq) AS pick
                 FROM latest GROUP BY pupil, purpose)
             SELECT pupil, purpose,
                    CASE WHEN (CASE WHEN own_side THEN own_refusals ELSE parent_refusals END) = 0
                              THEN 'granted'
                         WHEN (CASE WHEN own_side THEN own_grants ELSE parent_grants END) > 0
                              THEN 'disputed'
                         ELSE decision END AS state,
                    (CASE WHEN own_side THEN own_refusals ELSE parent_refusals END) = 0
                        AND form_counts AS counts,
                    date, form, given_by, decider
               FROM grouped;
