package no.gevinst.config.web;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.shared.FieldViolation;
import org.springframework.dao.DataAccessException;

/**
 * What the database itself refused, said as a field violation: the last line of defence behind the edge's checks.
 * V19 names its bounds {@code <table>_<column>_bounds}, so a refused row names its field; a number too large for
 * its column or a reference to nothing names the reason. Anything else stays an error of ours.
 */
final class DatabaseRefusals {

    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([a-z0-9_]+)\"");
    private static final Pattern RELATION = Pattern.compile("relation \"([a-z0-9_]+)\"");

    private DatabaseRefusals() {}

    static Optional<FieldViolation> of(DataAccessException e) {
        SQLException sql = sqlException(e);
        if (sql == null || sql.getSQLState() == null) {
            return Optional.empty();
        }
        String state = sql.getSQLState();
        String message = String.valueOf(sql.getMessage());
        if (state.equals("23514")) {
            return Optional.of(FieldViolation.of(field(message), "value.outOfBounds"));
        }
        if (state.equals("22003")) {
            return Optional.of(FieldViolation.of("request", "number.tooLarge"));
        }
        if (state.startsWith("22")) {
            return Optional.of(FieldViolation.of("request", "value.invalid"));
        }
        if (state.equals("23503")) {
            return Optional.of(FieldViolation.of("request", "reference.unknown"));
        }
        return Optional.empty();
    }

    /** Whether the database refused the row as a duplicate of one it has. */
    static boolean duplicate(DataAccessException e) {
        SQLException sql = sqlException(e);
        return sql != null && "23505".equals(sql.getSQLState());
    }

    private static String field(String message) {
        Matcher constraint = CONSTRAINT.matcher(message);
        Matcher relation = RELATION.matcher(message);
        if (!constraint.find()) {
            return "request";
        }
        String name = constraint.group(1);
        if (relation.find() && name.startsWith(relation.group(1) + "_")) {
            name = name.substring(relation.group(1).length() + 1);
        }
        name = name.replaceAll("_(bounds|check|length|range)$", "");
        return camel(name);
    }

    private static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.isEmpty() ? "request" : out.toString();
    }

    private static SQLException sqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
