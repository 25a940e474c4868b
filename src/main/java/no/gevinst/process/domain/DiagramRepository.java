package no.gevinst.process.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.process.DiagramPhase;
import no.gevinst.process.ProcessId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The diagrams' XML and SVG as stored; the steps are read from the XML again by whoever needs them. */
@Repository
class DiagramRepository {

    /** A stored diagram. */
    record Stored(ProcessId process, DiagramPhase phase, String xml, String svg, long version) {}

    private static final String SELECT = "SELECT process_id, phase, bpmn_xml, svg, version FROM process_diagram";

    private final JdbcClient jdbc;

    DiagramRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(ProcessId process, DiagramPhase phase) {
        return jdbc.sql(SELECT + " WHERE process_id = :p AND phase = :phase")
                .param("p", process.value())
                .param("phase", phase.name())
                .query((rs, n) -> map(rs))
                .optional();
    }

    List<Stored> of(List<ProcessId> processes) {
        if (processes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE process_id IN (:p) ORDER BY process_id, phase")
                .param("p", processes.stream().map(ProcessId::value).toList())
                .query((rs, n) -> map(rs))
                .list();
    }

    /**
     * Writes the diagram if it still stands at the expected version (0 when there is none yet), and returns whether
     * it did; the new version is one more.
     */
    boolean save(ProcessId process, DiagramPhase phase, String xml, String svg, long expectedVersion) {
        if (expectedVersion == 0) {
            return jdbc.sql("""
                                    INSERT INTO process_diagram (process_id, phase, bpmn_xml, svg, version)
                                    VALUES (:p, :phase, :xml, :svg, 1) ON CONFLICT DO NOTHING
                                    """)
                            .param("p", process.value())
                            .param("phase", phase.name())
                            .param("xml", xml)
                            .param("svg", svg)
                            .update()
                    == 1;
        }
        return jdbc.sql("""
                                UPDATE process_diagram SET bpmn_xml = :xml, svg = :svg, version = version + 1
                                WHERE process_id = :p AND phase = :phase AND version = :expected
                                """)
                        .param("p", process.value())
                        .param("phase", phase.name())
                        .param("xml", xml)
                        .param("svg", svg)
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    private static Stored map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(
                new ProcessId(rs.getObject("process_id", UUID.class)),
                DiagramPhase.valueOf(rs.getString("phase")),
                rs.getString("bpmn_xml"),
                rs.getString("svg"),
                rs.getLong("version"));
    }
}
