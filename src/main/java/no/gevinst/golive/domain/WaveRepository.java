package no.gevinst.golive.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.golive.Wave;
import no.gevinst.golive.WaveId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The waves and their units, read in one statement per request whatever the number of waves. */
@Repository
class WaveRepository {

    private static final String SELECT = """
            SELECT w.id, w.programme_id, w.name, w.planned_date, w.actual_date, w.version,
                   array_remove(array_agg(u.organisation_id ORDER BY u.organisation_id), NULL) AS units
            FROM golive_wave w LEFT JOIN golive_wave_unit u ON u.wave_id = w.id
            """;

    private static final String GROUP = " GROUP BY w.id ORDER BY w.planned_date, lower(w.name), w.id";

    private final JdbcClient jdbc;

    WaveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Wave> ofProgrammes(Collection<ProgrammeId> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE w.programme_id = ANY(:ids)" + GROUP)
                .param("ids", programmes.stream().map(ProgrammeId::value).toArray(UUID[]::new))
                .query(WaveRepository::map)
                .list();
    }

    Optional<Wave> find(WaveId id) {
        return jdbc.sql(SELECT + "WHERE w.id = :id" + GROUP)
                .param("id", id.value())
                .query(WaveRepository::map)
                .optional();
    }

    /** For each unit already in another wave of the programme, that wave's name. */
    Map<OrganisationId, String> takenElsewhere(ProgrammeId programme, WaveId self, Collection<OrganisationId> units) {
        if (units.isEmpty()) {
            return Map.of();
        }
        Map<OrganisationId, String> taken = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT u.organisation_id, w.name FROM golive_wave_unit u JOIN golive_wave w ON w.id = u.wave_id
                        WHERE u.programme_id = :programme AND u.wave_id <> :self AND u.organisation_id = ANY(:units)
                        """)
                .param("programme", programme.value())
                .param("self", self.value())
                .param("units", units.stream().map(OrganisationId::value).toArray(UUID[]::new))
                .query((rs, n) -> taken.put(
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("name")))
                .list();
        return taken;
    }

    void insert(Wave wave) {
        jdbc.sql("""
                        INSERT INTO golive_wave (id, programme_id, name, planned_date, actual_date, version)
                        VALUES (:id, :programme, :name, :planned, :actual, :version)
                        """)
                .param("id", wave.id().value())
                .param("programme", wave.programme().value())
                .param("name", wave.name())
                .param("planned", wave.plannedDate())
                .param("actual", wave.actualDate())
                .param("version", wave.version())
                .update();
        insertUnits(wave);
    }

    /** Writes the changes only if nobody else did since {@code expectedVersion}; answers whether it did. */
    boolean update(Wave wave, long expectedVersion) {
        boolean written = jdbc.sql("""
                                UPDATE golive_wave SET name = :name, planned_date = :planned, actual_date = :actual,
                                    version = :version
                                WHERE id = :id AND version = :expected
                                """)
                        .param("id", wave.id().value())
                        .param("name", wave.name())
                        .param("planned", wave.plannedDate())
                        .param("actual", wave.actualDate())
                        .param("version", wave.version())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
        if (written) {
            jdbc.sql("DELETE FROM golive_wave_unit WHERE wave_id = :id")
                    .param("id", wave.id().value())
                    .update();
            insertUnits(wave);
        }
        return written;
    }

    boolean delete(WaveId id, long expectedVersion) {
        return jdbc.sql("DELETE FROM golive_wave WHERE id = :id AND version = :expected")
                        .param("id", id.value())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    private void insertUnits(Wave wave) {
        for (OrganisationId unit : wave.units()) {
            jdbc.sql("""
                            INSERT INTO golive_wave_unit (wave_id, programme_id, organisation_id)
                            VALUES (:wave, :programme, :unit)
                            """)
                    .param("wave", wave.id().value())
                    .param("programme", wave.programme().value())
                    .param("unit", unit.value())
                    .update();
        }
    }

    private static Wave map(ResultSet rs, int rowNum) throws SQLException {
        List<OrganisationId> units = new ArrayList<>();
        for (Object unit : (Object[]) rs.getArray("units").getArray()) {
            units.add(new OrganisationId((UUID) unit));
        }
        return new Wave(
                new WaveId(rs.getObject("id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                rs.getString("name"),
                date(rs, "planned_date"),
                date(rs, "actual_date"),
                units,
                rs.getLong("version"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
