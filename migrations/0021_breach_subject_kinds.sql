-- vreg schema 21: which kinds of people a breach affected (pupils, parents, staff, ...), beside
-- how many: art. 33(5) and the AP's report ask for both. A JSON list of codes, as the breach's
-- categories and kinds; empty for the breaches recorded before.
ALTER TABLE breach ADD COLUMN subject_kinds TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(subject_kinds));
