-- vreg schema 17: a decision on the pupil's own side dated before the 16th birthday does not
-- count. The pupil, a representative or the file decide only from that birthday, and vreg
-- refuses such a decision before it; but a birth date corrected afterwards (by a later export)
-- can put a decision the pupil took "as 16" before the birthday, and it then hid
-- the parents' decisions (a parents' dispute shown as the pupil's grant). The birth date on
-- record decides, as in `domain::consent::before_sixteen` and the queries of
-- `src/store/consent.rs`; an unknown birth date leaves every decision counting. (SQLite
-- carries 29 February + 16 years on to 1 March in a year without one: the birthday's rule.)
--
-- Nothing is stored differently: `consent_decider` keeps each decider's latest decision, and
-- a decider whose latest is before the birthday has all of theirs before it. Only the view of
-- schema 16 is made again, with the rule.
DROP VIEW consent_standing;

CREATE VIEW consent_standing AS
WITH latest AS (
               SELECT e.seq, e.pupil, e.purpose, e.decision, e.form, e.date, e.given_by, e.decider,
                      e.given_by IN ('pupil', 'representative', 'file') AS own,
                      e.decision <> 'granted' AS neg,
                      CASE WHEN u.written_only THEN e.form = 'written'
                           WHEN u.explicit THEN e.form IN ('written', 'digital')
                           ELSE 1 END AS form_counts
                 FROM consent_event e
                 JOIN purpose u ON u.id = e.purpose
                  AND (u.retired_on IS NULL OR u.retired_on > date('now', 'localtime'))
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
