-- vreg schema 10: a view of every agreement's status today, for tools that read the register
-- with SQL (a report, a dashboard). It follows `Agreement::status_among` in src/domain/agreement.rs
-- with the default horizon of 90 days, and a property test (tests/cli/views.rs) holds it to
-- `vreg agreement list` on random agreements. "Today" is SQLite's local date.
--
-- An agreement is terminated from its terminated_on; a draft until it is signed and has started;
-- its last day is the expiry date or the day before a termination, whichever comes first; it is
-- expired after its last day and expiring within 90 days of it. An expiring or expired one that a
-- later agreement of the same supplier renews (signed by today, taking effect after it and no
-- later than the day after its last day, running longer, for a product it shares, or both for
-- none) is active until its last day and renewed after.
CREATE VIEW agreement_status AS
WITH today AS (SELECT date('now', 'localtime') AS d),
a AS (
    SELECT id, supplier_id, products, signed_on, starts_on, terminated_on,
           CASE
               WHEN terminated_on IS NULL THEN expires_on
               WHEN expires_on IS NULL THEN date(terminated_on, '-1 day')
               ELSE min(expires_on, date(terminated_on, '-1 day'))
           END AS ends_on,
           coalesce(starts_on, signed_on) AS takes_effect
      FROM agreement
),
own AS (
    SELECT a.*,
           CASE
               WHEN terminated_on IS NOT NULL AND terminated_on <= today.d THEN 'terminated'
               WHEN signed_on IS NULL OR signed_on > today.d
                    OR (starts_on IS NOT NULL AND starts_on > today.d) THEN 'draft'
               WHEN ends_on IS NOT NULL AND ends_on < today.d THEN 'expired'
               WHEN ends_on IS NOT NULL AND ends_on <= date(today.d, '+90 days') THEN 'expiring'
               ELSE 'active'
           END AS status
      FROM a, today
)
SELECT own.id AS agreement,
       own.supplier_id AS supplier,
       own.ends_on,
       CASE
           WHEN own.status IN ('expiring', 'expired') AND EXISTS (
               SELECT 1 FROM a AS next, today
                WHERE next.id <> own.id
                  AND next.supplier_id = own.supplier_id
                  AND next.signed_on IS NOT NULL AND next.signed_on <= today.d
                  AND next.takes_effect IS NOT NULL
                  AND (own.takes_effect IS NULL OR next.takes_effect > own.takes_effect)
                  AND next.takes_effect <= date(own.ends_on, '+1 day')
                  AND (next.ends_on IS NULL OR next.ends_on > own.ends_on)
                  AND ((json_array_length(own.products) = 0 AND json_array_length(next.products) = 0)
                       OR EXISTS (SELECT 1 FROM json_each(own.products) AS p
                                   JOIN json_each(next.products) AS q ON p.value = q.value))
           )
           THEN CASE own.status WHEN 'expiring' THEN 'active' ELSE 'renewed' END
           ELSE own.status
       END AS status
  FROM own;
