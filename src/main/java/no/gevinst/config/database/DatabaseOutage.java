package no.gevinst.config.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/** Tells an error caused by the database being out of reach from every other error. */
final class DatabaseOutage {

    private DatabaseOutage() {}

    static boolean caused(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || (cause instanceof SQLException sql && lostConnection(sql.getSQLState()))) {
                return true;
            }
            // A rollback that fails on the lost connection hides the error that caused it.
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && caused(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /** SQL states of class 08 (connection exception) and 57P01–57P03 (the server shuts down or starts up). */
    private static boolean lostConnection(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
