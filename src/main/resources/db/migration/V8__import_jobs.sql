-- Uploads of measurement files run in the background; their progress is written here as they go (in its own
-- transaction), so that any app node can show it, while the import itself commits all or nothing at the end.
CREATE TABLE import_job (
    id            uuid PRIMARY KEY,
    file_name     text        NOT NULL,
    started_by    text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'REFUSED', 'FAILED')),
    rows_read     bigint      NOT NULL DEFAULT 0,
    rows_rejected bigint      NOT NULL DEFAULT 0,
    added         bigint      NOT NULL DEFAULT 0,
    unchanged     bigint      NOT NULL DEFAULT 0,
    errors        jsonb,
    started_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz
);
CREATE INDEX import_job_started_by ON import_job (started_by, started_at DESC);
