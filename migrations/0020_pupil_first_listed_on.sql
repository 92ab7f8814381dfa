-- vreg schema 20: the date of the export that first listed a pupil who came after a complete
-- export (`pupil import --complete`) of their school that did not list them. Before that date
-- the register knows them not at school, so a count of an earlier day (the year report of an
-- earlier year, an audit or the GMR's counts `--as-of` a day before) leaves them out instead of
-- counting a newcomer as a pupil of whom nothing was known. Empty for every other pupil: at
-- school, as far as the register can tell, from birth until they left. Pupils imported before
-- stay so: which complete export listed whom the register did not keep.
ALTER TABLE pupil ADD COLUMN first_listed_on TEXT;
