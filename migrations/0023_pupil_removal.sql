-- vreg schema 23: the last day pupils of a school were removed from the register (an erasure,
-- a purge after the retention period), and nothing about who they were. An export of that day
-- or earlier, imported afterwards, still lists them: it adds no pupil the register does not
-- hold, or a re-import would undo an erasure (art. 17 AVG). `school` is the school's code, ''
-- for pupils without a school.
CREATE TABLE pupil_removal (
    school TEXT NOT NULL PRIMARY KEY,
    removed_on TEXT NOT NULL CHECK (removed_on IS date(removed_on))
) STRICT;
