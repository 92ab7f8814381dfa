-- vreg schema 15: the date of the latest export imported for each pupil. An export is a
-- snapshot: one dated before an export already imported changes nothing, neither the pupil's
-- consent cells (import_cell.imported_on) nor the pupil (group, school, name) nor whether a
-- `--complete` import marks them as left. A cell's date alone cannot say it of a pupil whose
-- cells were empty, or of a file without consent columns. Filled for registers imported before
-- from what their cells and events say.
ALTER TABLE pupil ADD COLUMN imported_on TEXT;

UPDATE pupil SET imported_on = (
    SELECT max(d) FROM (
        SELECT max(imported_on) AS d FROM import_cell WHERE import_cell.pupil = pupil.leerlingnummer
        UNION ALL
        SELECT max(date) FROM consent_event
         WHERE consent_event.pupil = pupil.leerlingnummer AND source IS NOT NULL));
