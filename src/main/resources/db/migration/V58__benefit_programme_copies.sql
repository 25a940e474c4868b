-- Issue 21: the benefit module's own copies of what it reads of the programme's framework and objectives, so that
-- the register's filter and counts (areas and priority areas by name, merged across programmes in the database's
-- collation) and the ordering of a benefit's objectives by their number read only the benefit module's tables.
-- The programme module tells of every write (FrameworkChanged with the whole framework, ObjectiveNumbered) in the
-- transaction of the write; the benefit module writes the copies then. The references only remove a copy with its
-- item or objective (which leave with their programme).
CREATE TABLE benefit_framework_name (
    framework_item_id uuid PRIMARY KEY REFERENCES framework_item (id) ON DELETE CASCADE,
    programme_id      uuid NOT NULL,
    kind              text NOT NULL CHECK (kind IN ('AREA', 'PRIORITY_AREA')),
    name              text NOT NULL
);
CREATE INDEX benefit_framework_name_programme ON benefit_framework_name (programme_id);
CREATE INDEX benefit_framework_name_name ON benefit_framework_name (name, kind);

INSERT INTO benefit_framework_name (framework_item_id, programme_id, kind, name)
SELECT id, programme_id, kind, name FROM framework_item;

CREATE TABLE benefit_objective_number (
    objective_id uuid PRIMARY KEY REFERENCES objective (id) ON DELETE CASCADE,
    programme_id uuid NOT NULL,
    number       int  NOT NULL
);
CREATE INDEX benefit_objective_number_programme ON benefit_objective_number (programme_id);

INSERT INTO benefit_objective_number (objective_id, programme_id, number)
SELECT id, programme_id, number FROM objective;

-- A write here comes with the write of the programme's framework or objective in the same transaction; like the
-- copies of V57 it moves the number of the programme it names.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['benefit_framework_name', 'benefit_objective_number']
    LOOP
        EXECUTE format('CREATE TRIGGER dashboard_touched AFTER INSERT ON public.%I REFERENCING NEW TABLE AS written'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION dashboard_programmes_of_benefits()', t);
        EXECUTE format('CREATE TRIGGER dashboard_touched_deleted AFTER DELETE ON public.%I'
                       ' REFERENCING OLD TABLE AS written FOR EACH STATEMENT'
                       ' EXECUTE FUNCTION dashboard_programmes_of_benefits()', t);
        EXECUTE format('CREATE TRIGGER dashboard_touched_updated_before AFTER UPDATE ON public.%I'
                       ' REFERENCING OLD TABLE AS written FOR EACH STATEMENT'
                       ' EXECUTE FUNCTION dashboard_programmes_of_benefits()', t);
        EXECUTE format('CREATE TRIGGER dashboard_touched_updated_after AFTER UPDATE ON public.%I'
                       ' REFERENCING NEW TABLE AS written FOR EACH STATEMENT'
                       ' EXECUTE FUNCTION dashboard_programmes_of_benefits()', t);
        EXECUTE format('CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON public.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched()', t);
    END LOOP;
END
$$;
