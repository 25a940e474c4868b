-- Issue 19 (processes, seed 000 §2.3.2: processes "må kartlegges og tegnes slik de er i dag og slik vi ønsker at de
-- skal være"): a programme's patient pathways and work processes with their owner, the organisations and units they
-- span, their KPIs (indicators), and two BPMN 2.0 diagrams, as-is and to-be. Each diagram is kept as the BPMN XML as
-- it was checked and the SVG the server rendered from it (never an SVG a browser sent). A change of the benefit map
-- can point to a process and the steps it changes; the link is kept here. The process module owns these tables.
CREATE TABLE process (
    id           uuid    PRIMARY KEY,
    programme_id uuid    NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    name         text    NOT NULL CHECK (char_length(name) BETWEEN 1 AND 300),
    kind         text    NOT NULL CHECK (kind IN ('PATIENT_PATHWAY', 'WORK_PROCESS')),
    owner_id     uuid    NOT NULL REFERENCES person (id),
    description  text    NOT NULL DEFAULT '' CHECK (char_length(description) <= 4000),
    demo         boolean NOT NULL DEFAULT false,
    version      bigint  NOT NULL DEFAULT 0
);
CREATE INDEX process_programme ON process (programme_id);

CREATE TABLE process_organisation (
    process_id      uuid NOT NULL REFERENCES process (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (process_id, organisation_id)
);

-- The indicator module owns the indicators; an id here is read through its facade.
CREATE TABLE process_indicator (
    process_id   uuid NOT NULL REFERENCES process (id) ON DELETE CASCADE,
    indicator_id uuid NOT NULL,
    PRIMARY KEY (process_id, indicator_id)
);

CREATE TABLE process_diagram (
    process_id uuid   NOT NULL REFERENCES process (id) ON DELETE CASCADE,
    phase      text   NOT NULL CHECK (phase IN ('AS_IS', 'TO_BE')),
    bpmn_xml   text   NOT NULL CHECK (octet_length(bpmn_xml) <= 1048576),
    svg        text   NOT NULL,
    version    bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (process_id, phase)
);

-- A change (an element of the network module's map, by id) and the steps of the to-be diagram it changes, by their
-- BPMN ids, comma separated.
CREATE TABLE process_change (
    process_id uuid NOT NULL REFERENCES process (id) ON DELETE CASCADE,
    element_id uuid NOT NULL,
    steps      text NOT NULL DEFAULT '' CHECK (char_length(steps) <= 4000),
    PRIMARY KEY (process_id, element_id)
);
CREATE INDEX process_change_element ON process_change (element_id);

-- No dashboard reads these tables today; the triggers keep the rule of V26 that every table moves the generation.

CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON process
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON process
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();

CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON process_organisation
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON process_organisation
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();

CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON process_indicator
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON process_indicator
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();

CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON process_diagram
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON process_diagram
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();

CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON process_change
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON process_change
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
