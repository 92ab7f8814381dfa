-- vreg schema 19: a purge or an erasure is finished only when the file has been rebuilt
-- (VACUUM): until then, copies of a removed pupil's name that earlier page splits left in free
-- space are still in the file, and a backup would carry them. The rebuild cannot run inside
-- the transaction that removes the pupils, so that transaction writes a row here, and the
-- rebuild deletes it. A process stopped between the two (power loss, kill) leaves the row, and
-- the next command on the register rebuilds the file first.
CREATE TABLE reclaim_pending (
    since TEXT NOT NULL
) STRICT;
