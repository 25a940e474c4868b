-- Periodic work that the Gevinst nodes sharing this database must do once per period, not once per node (issue 15).
-- A node claims a task by moving its last_run_at forward in the transaction that does the work; a node that finds
-- it moved within the period skips the task. The row lock makes two nodes claiming at the same moment take turns,
-- and the second then sees the first's time. The application role gets its rights by V17's default privileges.
CREATE TABLE periodic_task (
    task        text        PRIMARY KEY CHECK (length(task) BETWEEN 1 AND 100),
    last_run_at timestamptz NOT NULL
);

-- Known tasks start with a row, so that their first run changes no row count (tests compare counts around writes).
INSERT INTO periodic_task (task, last_run_at) VALUES ('expired-sessions', '-infinity');
