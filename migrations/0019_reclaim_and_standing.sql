-- vreg schema 19.
--
-- A purge or an erasure is finished only when the file has been rebuilt (VACUUM): until then,
-- copies of a removed pupil's name that earlier page splits left in free space are still in the
-- file, and a backup would carry them. The rebuild cannot run inside the transaction that
-- removes the pupils, so that transaction writes a row here, and the rebuild deletes it. A
-- process stopped between the two (power loss, kill) leaves the row, and the next command on the
-- register rebuilds the file first.
CREATE TABLE reclaim_pending (
    recorded_at TEXT NOT NULL
) STRICT;

-- `consent_decider` keeps the decision that counts for an express or a paper-only purpose
-- (`express_*`, `written_*`, schema 18) only where the latest decision is not itself such a
-- decision (else the columns are empty); the table is filled anew from the history after this
-- migration. The view follows the rule `domain::consent::standing_deciders` again: a grant
-- from the file does not stand beside a later decision of the pupil's own side, and its
-- grouping takes the own side as `sum(own) > 0` (with a second `max()` beside the one that
-- picks the row, which row SQLite takes the bare columns from is not defined).
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
                  AND NOT (f.given_by = 'file' AND EXISTS (
                      SELECT 1 FROM consent_event p
                       WHERE p.pupil = f.pupil AND p.purpose = f.purpose
                         AND p.date <= date('now', 'localtime')
                         AND (p.given_by = 'pupil' OR p.given_by = 'representative')
                         AND (p.date > f.date OR (p.date = f.date AND p.seq > f.seq))))
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
                      sum(own) > 0 AS own_side,
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
