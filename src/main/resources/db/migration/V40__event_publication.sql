-- Spring Modulith's event publication registry (its v2 schema for PostgreSQL): a domain event published by a write is
-- recorded here in the write's transaction, one row per listener, and the row is removed when that listener has done
-- its work. A row left means a listener failed or its node stopped; it is published again at start and by the periodic
-- resubmission, so what a module promised another after a commit is never lost (issue 18: merges, life after close).
CREATE TABLE event_publication (
    id                     uuid        NOT NULL PRIMARY KEY,
    listener_id            text        NOT NULL,
    event_type             text        NOT NULL,
    serialized_event       text        NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
