package no.gevinst.benefit.domain;

import java.util.UUID;
import no.gevinst.programme.FrameworkChanged;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.ObjectiveNumbered;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The benefit module's own copy of each programme's area and priority-area names and of its objectives' numbers
 * (issue 21, V58), which the register's filter and counts and the order of a benefit's objectives read instead of the
 * programme module's tables. Kept by plain listeners in the transaction of the programme's write, as {@link
 * IndicatorStatusCopy} is: the register filters by a renamed area's new name from the commit of the rename on.
 */
@Component
class ProgrammeNamesCopy {

    private final JdbcClient jdbc;

    ProgrammeNamesCopy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the programme's names with the framework as it now stands; names already held write nothing. */
    @EventListener
    void on(FrameworkChanged changed) {
        UUID[] ids = changed.framework().stream().map(i -> i.id().value()).toArray(UUID[]::new);
        jdbc.sql(
                        "DELETE FROM benefit_framework_name WHERE programme_id = :programme AND NOT (framework_item_id = ANY(:ids))")
                .param("programme", changed.programme().value())
                .param("ids", ids)
                .update();
        if (ids.length == 0) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO benefit_framework_name AS c (framework_item_id, programme_id, kind, name)
                        SELECT i.id, :programme, i.kind, i.name
                        FROM unnest(CAST(:ids AS uuid[]), CAST(:kinds AS text[]), CAST(:names AS text[])) AS i (id, kind, name)
                        ON CONFLICT (framework_item_id) DO UPDATE
                            SET programme_id = EXCLUDED.programme_id, kind = EXCLUDED.kind, name = EXCLUDED.name
                            WHERE (c.programme_id, c.kind, c.name)
                                  IS DISTINCT FROM (EXCLUDED.programme_id, EXCLUDED.kind, EXCLUDED.name)
                        """)
                .param("programme", changed.programme().value())
                .param("ids", ids)
                .param(
                        "kinds",
                        changed.framework().stream().map(i -> i.kind().name()).toArray(String[]::new))
                .param(
                        "names",
                        changed.framework().stream().map(FrameworkItem::name).toArray(String[]::new))
                .update();
    }

    /** Writes the objective's number; the number already held writes nothing. */
    @EventListener
    void on(ObjectiveNumbered numbered) {
        jdbc.sql("""
                        INSERT INTO benefit_objective_number AS c (objective_id, programme_id, number)
                        VALUES (:objective, :programme, :number)
                        ON CONFLICT (objective_id) DO UPDATE
                            SET programme_id = EXCLUDED.programme_id, number = EXCLUDED.number
                            WHERE (c.programme_id, c.number) IS DISTINCT FROM (EXCLUDED.programme_id, EXCLUDED.number)
                        """)
                .param("objective", numbered.objective().value())
                .param("programme", numbered.programme().value())
                .param("number", numbered.number())
                .update();
    }
}
