-- vreg schema version 4: the law that lets an agreement receive a category (the BSN in the pupil
-- administration: WPO art. 178a, deliveries to DUO).
ALTER TABLE scope ADD COLUMN law TEXT;
