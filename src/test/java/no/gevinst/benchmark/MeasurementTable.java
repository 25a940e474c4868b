package no.gevinst.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the measurement table's secondary indexes and keys before a bulk load and builds them again after it: one
 * sort per index instead of ten million random index insertions and key checks. Whatever indexes, keys and
 * triggers the migrations of this build define are read from the catalogue, so later migrations are kept too.
 * Only the schema's owner may do this; for anyone else it does nothing and the load maintains them row by row.
 */
final class MeasurementTable {

    private record Definition(String table, String name, String sql) {}

    private final Connection connection;
    private final boolean owner;
    private final List<Definition> keys = new ArrayList<>();
    private final List<Definition> foreignKeys = new ArrayList<>();
    private final List<String> indexes = new ArrayList<>();
    private boolean triggersDisabled;

    MeasurementTable(Connection connection, boolean owner) {
        this.connection = connection;
        this.owner = owner;
    }

    void dropIndexesAndKeys() throws SQLException {
        if (!owner) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("""
                    SELECT DISTINCT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype
                    FROM pg_constraint c
                    WHERE (c.conrelid = 'measurement'::regclass AND c.contype IN ('p', 'u', 'f'))
                       OR c.confrelid = 'measurement'::regclass
                    """)) {
                while (rows.next()) {
                    Definition definition = new Definition(rows.getString(1), rows.getString(2), rows.getString(3));
                    ("f".equals(rows.getString(4)) ? foreignKeys : keys).add(definition);
                }
            }
            for (Definition key : foreignKeys) {
                statement.execute("ALTER TABLE " + key.table() + " DROP CONSTRAINT " + key.name());
            }
            for (Definition key : keys) {
                statement.execute("ALTER TABLE " + key.table() + " DROP CONSTRAINT " + key.name());
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes"
                    + " WHERE tablename = 'measurement' AND schemaname = current_schema()")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                    indexes.add(rows.getString(2));
                }
            }
            for (String name : names) {
                statement.execute("DROP INDEX " + name);
            }
            // The maintained roll-ups are rebuilt from the rows afterwards, so their per-row triggers (if this build
            // maintains them with triggers) need not run during the load.
            if (rollupsRebuildExists(statement)) {
                statement.execute("ALTER TABLE measurement DISABLE TRIGGER USER");
                triggersDisabled = true;
            }
        }
    }

    void restoreIndexesAndKeys() throws SQLException {
        if (!owner) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET maintenance_work_mem = '512MB'");
            for (Definition key : keys) {
                statement.execute("ALTER TABLE " + key.table() + " ADD CONSTRAINT " + key.name() + " " + key.sql());
            }
            for (String index : indexes) {
                statement.execute(index);
            }
            for (Definition key : foreignKeys) {
                statement.execute("ALTER TABLE " + key.table() + " ADD CONSTRAINT " + key.name() + " " + key.sql());
            }
            if (triggersDisabled) {
                statement.execute("ALTER TABLE measurement ENABLE TRIGGER USER");
            }
            statement.execute("RESET maintenance_work_mem");
        }
    }

    static boolean rollupsRebuildExists(Statement statement) throws SQLException {
        try (ResultSet exists = statement.executeQuery("SELECT to_regproc('indicator_rollups_rebuild') IS NOT NULL")) {
            exists.next();
            return exists.getBoolean(1);
        }
    }
}
