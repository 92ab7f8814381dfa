-- vreg schema: saved column mappings of pupil imports (`vreg pupil import --save-map NAME`,
-- `--profile NAME`), so that a routine import of an administration's export needs no flags.

CREATE TABLE import_profile (
    name TEXT PRIMARY KEY,
    -- The header-to-target mappings as a JSON array of [header, target] pairs, in flag order.
    maps TEXT NOT NULL CHECK (json_valid(maps))
) STRICT;

-- A leerlingnummer is unique within one school's administration, not within a board: Somtoday's
-- pupil 1001 at one school and Magister's 1001 at another are two children. `number` holds the
-- administration's number; `leerlingnummer`, which consent events, import cells and requests
-- point at, is the register's key of the pupil: the number itself, or `NUMBER@SCHOOL` for the
-- second pupil with a number another school's pupil already has. Every existing pupil keeps
-- its key, so every reference stays as it was.
ALTER TABLE pupil ADD COLUMN number TEXT NOT NULL DEFAULT '';
UPDATE pupil SET number = leerlingnummer;
CREATE UNIQUE INDEX pupil_number_school ON pupil(number, coalesce(school, ''));
