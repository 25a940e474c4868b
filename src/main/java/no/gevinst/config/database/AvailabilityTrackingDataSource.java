package no.gevinst.config.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The connection pool, telling {@link DatabaseAvailability} when no connection can be had: Hikari only says so
 * after its connection timeout, and every request after it should not have to wait that long again. A pool that is
 * merely busy (every connection lent out to other requests under load) is not an outage: Hikari then times out
 * without a failed attempt to connect behind it, and only that request is refused.
 */
public class AvailabilityTrackingDataSource extends HikariDataSource {

    private DatabaseAvailability availability = new DatabaseAvailability();

    void reportTo(DatabaseAvailability availability) {
        this.availability = availability;
        // A pooled connection to a server that has died fails on its first statement, not on getConnection.
        setExceptionOverride(new SQLExceptionOverride() {
            @java.lang.Override
            public SQLExceptionOverride.Override adjudicate(SQLException e) {
                if (DatabaseOutage.caused(e)) {
                    availability.markDown(e);
                }
                return SQLExceptionOverride.Override.CONTINUE_EVICT;
            }
        });
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return super.getConnection();
        } catch (SQLTransientConnectionException e) {
            if (couldNotConnect(e)) {
                availability.markDown(e);
            }
            throw e;
        }
    }

    /**
     * Hikari's timeout carries the pool's last failed attempt to open a connection as its cause, and forgets it
     * once a connection opens again; a pool that has no connection at all cannot be merely busy either.
     */
    private boolean couldNotConnect(SQLTransientConnectionException timeout) {
        var pool = getHikariPoolMXBean();
        return timeout.getCause() != null || pool == null || pool.getTotalConnections() == 0;
    }

    /** Gives back the pool's idle connections, which may have been opened to a server that has since died. */
    void forgetIdleConnections() {
        var pool = getHikariPoolMXBean();
        if (pool != null) {
            pool.softEvictConnections();
        }
    }
}
