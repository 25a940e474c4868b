-- Issue 15: a benefit's own lists (its allocations, investors, objectives, priority areas, status changes) and its
-- valuation model count against the programme of their benefit, as the benefit's row does (V28, V34), instead of
-- against 'others'. Every edit of a benefit rewrites its lists (a DELETE and INSERTs, and a DELETE fires its statement
-- trigger even when it removes nothing), so until now each edit of one benefit retired every programme's kept parts
-- and the next dashboard read and valued the whole portfolio again; now it retires its own programme's, as a
-- measurement does. What another programme works out of a benefit (a shared benefit's value, realised kroner, its
-- allocations) is kept under the benefit's home programme's register or under every register (Reading), so it is
-- retired all the same. A row whose benefit is gone in the same statement (a cascade from the benefit's delete)
-- still counts against 'others', and a TRUNCATE too (V26's trigger stays for it).
--
-- V34's dashboard_programmes_of_indicators() moves both numbers of the programme of each written row's benefit_id;
-- these rows name their benefit the same way.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['benefit_allocation', 'benefit_investor', 'benefit_objective', 'benefit_priority_area',
                             'benefit_status_change', 'benefit_valuation']
    LOOP
        EXECUTE format('DROP TRIGGER dashboard_touched ON public.%I', t);
        EXECUTE format('CREATE TRIGGER dashboard_touched AFTER INSERT ON public.%I REFERENCING NEW TABLE AS written'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION dashboard_programmes_of_indicators()', t);
        EXECUTE format('CREATE TRIGGER dashboard_touched_deleted AFTER DELETE ON public.%I'
                       ' REFERENCING OLD TABLE AS written FOR EACH STATEMENT'
                       ' EXECUTE FUNCTION dashboard_programmes_of_indicators()', t);
        EXECUTE format('CREATE TRIGGER dashboard_touched_updated_before AFTER UPDATE ON public.%I'
                       ' REFERENCING OLD TABLE AS written FOR EACH STATEMENT'
                       ' EXECUTE FUNCTION dashboard_programmes_of_indicators()', t);
        EXECUTE format('CREATE TRIGGER dashboard_touched_updated_after AFTER UPDATE ON public.%I'
                       ' REFERENCING NEW TABLE AS written FOR EACH STATEMENT'
                       ' EXECUTE FUNCTION dashboard_programmes_of_indicators()', t);
    END LOOP;
END
$$;
