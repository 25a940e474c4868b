package no.gevinst.portfolio.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The number every committed write the dashboard can show moves on (V26's triggers bump it at the writer's commit,
 * together with the data). Two readings that find the same number see the same data, on any node.
 */
@Component
class DashboardGeneration {

    private final JdbcClient jdbc;

    DashboardGeneration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long current() {
        return jdbc.sql("SELECT generation FROM dashboard_generation")
                .query(Long.class)
                .single();
    }
}
