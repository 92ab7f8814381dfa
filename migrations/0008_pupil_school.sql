-- vreg schema: saved column mappings of pupil imports (`vreg pupil import --save-map NAME`,
-- `--profile NAME`), so that a routine import of an administration's export needs no flags.

CREATE TABLE import_profile (
    name TEXT PRIMARY KEY,
    -- The header-to-target mappings as a JSON array of [header, target] pairs, in flag order.
    maps TEXT NOT NULL CHECK (json_valid(maps))
) STRICT;
