package no.gevinst.transfer.domain;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** What the database named when it refused imported rows: the constraint, or the table and column. */
final class Refusals {

    private Refusals() {}

    static String constraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                        return named(psql.getServerErrorMessage());
                    }
                }
            }
        }
        return "";
    }

    private static String named(ServerErrorMessage message) {
        if (message.getConstraint() != null) {
            return message.getConstraint();
        }
        String table = message.getTable() == null ? "" : message.getTable();
        return message.getColumn() == null ? table : table + "." + message.getColumn();
    }
}
