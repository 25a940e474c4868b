package no.gevinst.indicator.domain;

import java.util.List;
import java.util.function.Consumer;
import no.gevinst.indicator.MeasurementIntake;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.RowError;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a query of the staged rows that names the bad ones (columns {@code row}, {@code argument} and {@code bad},
 * the count of all), at most {@link MeasurementIntake#MAX_REPORTED_ERRORS} of them; its plan is logged at debug.
 */
final class NamedRows {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MeasurementStaging.class);

    private final JdbcClient jdbc;

    NamedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return how many rows are bad, however many were named */
    long query(
            String sql,
            MeasurementSource source,
            String field,
            String key,
            Consumer<RowError> named,
            boolean numericArgument) {
        long[] bad = {0};
        if (log.isDebugEnabled()) {
            var explain = jdbc.sql("EXPLAIN " + sql).param("limit", MeasurementIntake.MAX_REPORTED_ERRORS);
            if (source != null) {
                explain = explain.param("source", source.name());
            }
            log.debug(
                    "Plan of {}:\n{}",
                    key,
                    String.join("\n", explain.query(String.class).list()));
        }
        var statement = jdbc.sql(sql).param("limit", MeasurementIntake.MAX_REPORTED_ERRORS);
        if (source != null) {
            statement = statement.param("source", source.name());
        }
        statement.query(rs -> {
            bad[0] = rs.getLong("bad");
            String argument = rs.getString("argument");
            named.accept(new RowError(
                    rs.getLong("row"),
                    field,
                    key,
                    List.of(numericArgument ? (Object) Long.valueOf(argument) : argument)));
        });
        return bad[0];
    }
}
