-- vreg schema 22: the newsletter, the school guide and the parent app publish pictures to every
-- family (the school guide is often on the website too): a publication, which needs an
-- express statement (written or digital), never a spoken "yes". The seeded purpose said
-- otherwise. Only where it was never edited, as schema 2 did for social media.
UPDATE purpose SET explicit = 1
 WHERE id = 'photo-internal'
   AND name = 'Beeldmateriaal in nieuwsbrief, schoolgids en ouderapp'
   AND NOT EXISTS (SELECT 1 FROM change_event
                    WHERE entity_kind = 'purpose' AND entity_id = 'photo-internal');
