-- vreg schema 23: per school, the last day an export may still list pupils the register
-- removed (the day of an erasure; for a purge, the day before its --left-before),
-- and nothing about who they were. An export of that day or earlier, imported afterwards, adds
-- no pupil of that school the register does not hold, or a re-import would undo an erasure
-- (art. 17 AVG). `school` is the school's code, '' for pupils without a school.
CREATE TABLE pupil_removal (
    school TEXT NOT NULL PRIMARY KEY,
    removed_on TEXT NOT NULL CHECK (removed_on IS date(removed_on))
) STRICT;
