-- Failed logins held against an account ('account:<username>') or a client address ('address:<ip>'), kept in the
-- database so that every Gevinst node behind one load balancer throttles the same attacker. A row exists only while
-- failures are remembered: a successful login deletes the account's row, and rows idle for a day are swept.
CREATE TABLE login_throttle (
    subject       text        PRIMARY KEY CHECK (length(subject) <= 200),
    failures      integer     NOT NULL CHECK (failures >= 0),
    last_failure  timestamptz NOT NULL,
    -- No login is tried for the subject before this moment: the delay after its latest failure, or its lock.
    blocked_until timestamptz
);

CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure);
