package no.gevinst.backup.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of Gevinst's schema as the database itself describes them, ordered so that each comes after the
 * tables its foreign keys point to. Read from the catalogue rather than listed by hand, so that a table a new
 * migration adds is in the next backup without anyone remembering to add it.
 */
final class SchemaTables {

    /** Flyway's own table: the installation that restores writes its own history while migrating. */
    static final String MIGRATION_HISTORY = "flyway_schema_history";

    private SchemaTables() {}

    /** Table name → its columns in their order, tables in loading order. */
    static Map<String, List<String>> inLoadingOrder(Connection connection) throws SQLException {
        Map<String, List<String>> columns = columns(connection);
        Map<String, Set<String>> references = references(connection);
        Set<String> ordered = new LinkedHashSet<>();
        for (String table : columns.keySet()) {
            place(table, references, ordered, new LinkedHashSet<>());
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        ordered.forEach(table -> result.put(table, columns.get(table)));
        return result;
    }

    private static void place(
            String table, Map<String, Set<String>> references, Set<String> ordered, Set<String> path) {
        if (ordered.contains(table) || !path.add(table)) {
            return; // placed already, or a cycle: the constraint is then checked at the end of the transaction
        }
        for (String referenced : references.getOrDefault(table, Set.of())) {
            place(referenced, references, ordered, path);
        }
        ordered.add(table);
    }

    private static Map<String, List<String>> columns(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (var statement = connection.prepareStatement("""
                SELECT c.relname, a.attname
                  FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                   AND c.relname <> ? AND a.attgenerated = ''
                 ORDER BY c.relname, a.attnum""")) {
            statement.setString(1, MIGRATION_HISTORY);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
        }
        return columns;
    }

    private static Map<String, Set<String>> references(Connection connection) throws SQLException {
        Map<String, Set<String>> references = new LinkedHashMap<>();
        try (var statement = connection.prepareStatement("""
                SELECT c.relname, r.relname
                  FROM pg_constraint k
                  JOIN pg_class c ON c.oid = k.conrelid
                  JOIN pg_class r ON r.oid = k.confrelid
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE k.contype = 'f' AND n.nspname = current_schema() AND c.oid <> r.oid""");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                references
                        .computeIfAbsent(rows.getString(1), t -> new LinkedHashSet<>())
                        .add(rows.getString(2));
            }
        }
        return references;
    }
}
