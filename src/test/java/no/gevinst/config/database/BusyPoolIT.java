package no.gevinst.config.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import no.gevinst.GevinstIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Under load every connection may be lent out; a request that then waits in vain is refused, but the database is
 * not taken for gone (which would refuse every request until the next probe, as the region benchmark's 64 users
 * showed). A server that cannot be reached still is.
 */
@GevinstIntegrationTest
class BusyPoolIT {

    @Autowired
    HikariDataSource running;

    @Test
    void aPoolWhoseConnectionsAreAllLentOutIsBusyNotDown() throws Exception {
        DatabaseAvailability availability = new DatabaseAvailability();
        try (AvailabilityTrackingDataSource pool = pool(running.getJdbcUrl(), availability);
                Connection lent = pool.getConnection()) {
            assertThat(lent.isValid(1)).isTrue();

            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);

            assertThat(availability.isUp()).isTrue();
        }
    }

    @Test
    void aServerThatCannotBeReachedIsDown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseAvailability availability = new DatabaseAvailability();
        try (AvailabilityTrackingDataSource pool =
                pool("jdbc:postgresql://localhost:" + closedPort + "/gevinst", availability)) {

            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);

            assertThat(availability.isUp()).isFalse();
        }
    }

    private AvailabilityTrackingDataSource pool(String url, DatabaseAvailability availability) {
        AvailabilityTrackingDataSource pool = new AvailabilityTrackingDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(running.getUsername());
        pool.setPassword(running.getPassword());
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(500);
        pool.setInitializationFailTimeout(-1);
        pool.reportTo(availability);
        return pool;
    }
}
