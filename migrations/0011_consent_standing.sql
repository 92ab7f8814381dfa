-- vreg schema 11: a view of where consent stands today for every pupil and purpose that has a
-- decision, as `vreg consent check`, `consent list` and `consent show` decide it, for tools that
-- read the register with SQL. A plain "latest decision" query gets it wrong: it ignores that
-- each parent decides apart and a refusal of either stands, that a grant in a form that does not
-- count for the purpose (verbal, or digital for a written-only purpose) is no consent, that the
-- pupil's own decision takes over from 16, and retired purposes. This is the standing decision
-- of src/store/consent.rs (`standing_sql!`) on SQLite's local date; a property test
-- (tests/cli/views.rs) holds the view to `vreg consent list` on random histories. `counts` is 1
-- where the standing decision is consent. A (pupil, purpose) without a row has no decision: its
-- state is `unknown`, which is never consent.
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
                         AND (CASE WHEN l.given_by IN ('pupil', 'representative', 'file') THEN ''
                                   ELSE l.given_by || ':' || coalesce(l.decider, '') END)
                           = (CASE WHEN e.given_by IN ('pupil', 'representative', 'file') THEN ''
                                   ELSE e.given_by || ':' || coalesce(e.decider, '') END))),
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
