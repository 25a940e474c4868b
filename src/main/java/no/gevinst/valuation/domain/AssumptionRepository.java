package no.gevinst.valuation.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.Assumption;
import no.gevinst.valuation.AssumptionBook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A programme's assumptions and derived values (the assumption table). */
@Repository
class AssumptionRepository {

    private final JdbcClient jdbc;

    AssumptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An assumption as stored: a value with its range, or a formula; kept whole in the audit log. */
    record StoredAssumption(
            String name,
            BigDecimal low,
            BigDecimal likely,
            BigDecimal high,
            String formula,
            String unit,
            String source,
            java.time.LocalDate asOf,
            String owner,
            boolean demoValue,
            long version) {}

    /** The version of each of the programme's assumptions, by name. */
    Map<String, Long> versions(ProgrammeId programme) {
        Map<String, Long> assumptions = new HashMap<>();
        jdbc.sql("SELECT name, version FROM assumption WHERE programme_id = :p")
                .param("p", programme.value())
                .query(rs -> {
                    assumptions.put(rs.getString("name"), rs.getLong("version"));
                });
        return assumptions;
    }

    Optional<StoredAssumption> assumption(ProgrammeId programme, String name) {
        return jdbc.sql("SELECT * FROM assumption WHERE programme_id = :p AND name = :name")
                .param("p", programme.value())
                .param("name", name)
                .query((rs, n) -> {
                    Date asOf = rs.getDate("as_of");
                    return new StoredAssumption(
                            rs.getString("name"),
                            rs.getBigDecimal("low"),
                            rs.getBigDecimal("likely"),
                            rs.getBigDecimal("high"),
                            rs.getString("formula"),
                            rs.getString("unit"),
                            rs.getString("source"),
                            asOf == null ? null : asOf.toLocalDate(),
                            rs.getString("owner"),
                            rs.getBoolean("demo_value"),
                            rs.getLong("version"));
                })
                .optional();
    }

    /** The version of the named assumption as stored now; none when there is none. */
    Optional<Long> version(ProgrammeId programme, String name) {
        return assumption(programme, name).map(StoredAssumption::version);
    }

    /** The programme's assumptions and derived values, in the order they were entered. */
    AssumptionBook book(ProgrammeId programme) {
        AssumptionBook book = new AssumptionBook();
        jdbc.sql("SELECT * FROM assumption WHERE programme_id = :p ORDER BY formula NULLS FIRST, name")
                .param("p", programme.value())
                .query(rs -> {
                    String formula = rs.getString("formula");
                    if (formula != null) {
                        book.derive(rs.getString("name"), formula);
                    } else {
                        Date asOf = rs.getDate("as_of");
                        book.add(new Assumption(
                                rs.getString("name"),
                                rs.getBigDecimal("low"),
                                rs.getBigDecimal("likely"),
                                rs.getBigDecimal("high"),
                                rs.getString("unit"),
                                rs.getString("source"),
                                asOf == null ? null : asOf.toLocalDate(),
                                rs.getString("owner"),
                                rs.getBoolean("demo_value")));
                    }
                });
        return book;
    }

    /**
     * Writes an assumption if the stored one still has the expected version (none stored when null).
     *
     * @return false when someone else wrote it first: nothing was changed
     */
    boolean save(ProgrammeId programme, Assumption a, String formula, String name, Long expectedVersion) {
        return jdbc.sql("""
                        INSERT INTO assumption (id, programme_id, name, low, likely, high, formula, unit, source, as_of,
                            owner, demo_value)
                        VALUES (:id, :p, :name, :low, :likely, :high, :formula, :unit, :source, :asOf, :owner, :demo)
                        ON CONFLICT (programme_id, name) DO UPDATE SET low = excluded.low, likely = excluded.likely,
                            high = excluded.high, formula = excluded.formula, unit = excluded.unit,
                            source = excluded.source, as_of = excluded.as_of, owner = excluded.owner,
                            demo_value = excluded.demo_value, version = assumption.version + 1
                        WHERE assumption.version = :expected
                        """)
                        .param("expected", expectedVersion == null ? -1 : expectedVersion)
                        .param("id", UUID.randomUUID())
                        .param("p", programme.value())
                        .param("name", name)
                        .param("low", a == null ? null : a.low())
                        .param("likely", a == null ? null : a.likely())
                        .param("high", a == null ? null : a.high())
                        .param("formula", formula)
                        .param("unit", a == null ? "" : nullToEmpty(a.unit()))
                        .param("source", a == null ? "" : nullToEmpty(a.source()))
                        .param("asOf", a == null ? null : a.date())
                        .param("owner", a == null ? "" : nullToEmpty(a.owner()))
                        .param("demo", a != null && a.demoValue())
                        .update()
                == 1;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
