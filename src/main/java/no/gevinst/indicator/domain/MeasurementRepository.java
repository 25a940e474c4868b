package no.gevinst.indicator.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.indicator.Confidence;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.MeasurementId;
import no.gevinst.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Single measurements: read one, write one, and let a correction supersede the one it replaces. */
@Repository
class MeasurementRepository {

    private final JdbcClient jdbc;

    MeasurementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Measurement> measurement(MeasurementId id) {
        return jdbc.sql("SELECT * FROM measurement WHERE id = :id")
                .param("id", id.value())
                .query(MeasurementRepository::mapMeasurement)
                .optional();
    }

    void supersede(MeasurementId old, MeasurementId replacement, String reason) {
        jdbc.sql("UPDATE measurement SET superseded_by = :new, supersede_reason = :reason WHERE id = :old")
                .param("old", old.value())
                .param("new", replacement.value())
                .param("reason", reason)
                .update();
    }

    void insert(Measurement m) {
        jdbc.sql("""
                        INSERT INTO measurement (id, indicator_id, value, period_start, period_end, organisation_id, unit,
                            source, method, confidence, comment, recorded_by)
                        VALUES (:id, :indicator, :value, :start, :end, :org, :unit, :source, :method, :confidence,
                            :comment, :by)
                        """)
                .param("id", m.id().value())
                .param("indicator", m.indicator().value())
                .param("value", m.value())
                .param("start", m.periodStart())
                .param("end", m.periodEnd())
                .param("org", m.organisation().value())
                .param("unit", m.unit())
                .param("source", m.source().name())
                .param("method", m.method())
                .param("confidence", m.confidence().name())
                .param("comment", m.comment())
                .param("by", m.recordedBy())
                .update();
    }

    static Measurement mapMeasurement(ResultSet rs, int n) throws SQLException {
        UUID supersededBy = rs.getObject("superseded_by", UUID.class);
        return Measurement.builder()
                .id(new MeasurementId(rs.getObject("id", UUID.class)))
                .indicator(new IndicatorId(rs.getObject("indicator_id", UUID.class)))
                .value(rs.getBigDecimal("value"))
                .periodStart(date(rs, "period_start"))
                .periodEnd(date(rs, "period_end"))
                .organisation(new OrganisationId(rs.getObject("organisation_id", UUID.class)))
                .unit(rs.getString("unit"))
                .source(MeasurementSource.valueOf(rs.getString("source")))
                .method(rs.getString("method"))
                .confidence(Confidence.valueOf(rs.getString("confidence")))
                .comment(rs.getString("comment"))
                .recordedBy(rs.getString("recorded_by"))
                .recordedAt(rs.getTimestamp("recorded_at").toInstant())
                .supersededBy(supersededBy == null ? null : new MeasurementId(supersededBy))
                .supersedeReason(rs.getString("supersede_reason"))
                .build();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
