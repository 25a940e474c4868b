package no.gevinst.config.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * Asks the database whether it answers, and records the answer in {@link DatabaseAvailability}. It opens a
 * connection of its own with short timeouts rather than waiting for the pool, whose wait is meant for requests.
 */
@Component
class DatabaseProbe {

    private static final String TIMEOUT_SECONDS = "2";

    private final AvailabilityTrackingDataSource dataSource;
    private final DatabaseAvailability availability;

    DatabaseProbe(AvailabilityTrackingDataSource dataSource, DatabaseAvailability availability) {
        this.dataSource = dataSource;
        this.availability = availability;
    }

    boolean reachable() {
        boolean wasUp = availability.isUp();
        Properties properties = new Properties();
        if (dataSource.getUsername() != null) {
            properties.setProperty("user", dataSource.getUsername());
        }
        if (dataSource.getPassword() != null) {
            properties.setProperty("password", dataSource.getPassword());
        }
        properties.setProperty("connectTimeout", TIMEOUT_SECONDS);
        properties.setProperty("socketTimeout", TIMEOUT_SECONDS);
        properties.setProperty("loginTimeout", TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(dataSource.getJdbcUrl(), properties);
                var statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        } catch (SQLException e) {
            availability.markDown(e);
            return false;
        }
        if (!wasUp) {
            // Connections opened before the outage may point at a server that has since died.
            dataSource.forgetIdleConnections();
        }
        availability.markUp();
        return true;
    }
}
