package no.gevinst.process.domain;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.gevinst.process.ChangeLink;
import no.gevinst.process.ProcessId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChangeLinkRepository {

    private final JdbcClient jdbc;

    ChangeLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ChangeLink> ofProcess(ProcessId process) {
        return jdbc.sql(
                        "SELECT process_id, element_id, steps FROM process_change WHERE process_id = :p ORDER BY element_id")
                .param("p", process.value())
                .query((rs, n) -> map(rs))
                .list();
    }

    List<ChangeLink> ofProgramme(ProgrammeId programme) {
        return jdbc.sql("""
                        SELECT c.process_id, c.element_id, c.steps FROM process_change c
                        JOIN process p ON p.id = c.process_id
                        WHERE p.programme_id = :p ORDER BY c.element_id, c.process_id
                        """)
                .param("p", programme.value())
                .query((rs, n) -> map(rs))
                .list();
    }

    /** Links the change to the process with these steps, replacing the steps it had. */
    void put(ChangeLink link) {
        jdbc.sql("""
                        INSERT INTO process_change (process_id, element_id, steps) VALUES (:p, :e, :steps)
                        ON CONFLICT (process_id, element_id) DO UPDATE SET steps = EXCLUDED.steps
                        """)
                .param("p", link.process().value())
                .param("e", link.element())
                .param("steps", String.join(",", link.steps()))
                .update();
    }

    boolean remove(ProcessId process, UUID element) {
        return jdbc.sql("DELETE FROM process_change WHERE process_id = :p AND element_id = :e")
                        .param("p", process.value())
                        .param("e", element)
                        .update()
                == 1;
    }

    private static ChangeLink map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String steps = rs.getString("steps");
        return new ChangeLink(
                new ProcessId(rs.getObject("process_id", UUID.class)),
                rs.getObject("element_id", UUID.class),
                steps.isEmpty() ? List.of() : Arrays.asList(steps.split(",")));
    }
}
